"""The reader's recall (extract/reader.py, triggers.py, data/triggers.yaml) on hand-written Korean sentences:
acts told in forms the reader once never made a candidate of.

Mentions are given by hand (surface, kind, country), so these tests check the event reading alone.
"""

from __future__ import annotations

from conftest import hand_analysis as analysis

from coopgraph.extract.events import extract_events


def events(text, mentions=(), doc_date=None):
    return [e.to_json(explain=True) for e in extract_events(analysis(text, mentions, doc_date))]


def kinds(evs) -> list[tuple[str, str | None]]:
    return sorted((e["type"], e["date"]["start"] if e["date"] else None) for e in evs)


def test_an_act_told_by_ba_itda_happened():
    # '논의한 바 있다': the experiential past is a finite predicate, not an adnominal modifying 바
    evs = events("앞서 김가나 총리는 작년 5월 몽골을 국빈 방문해 양국 간 에너지 협력 방안을 논의한 바 있다.",
                 [("김가나", "person", "KR"), ("몽골", "country", "MN")], "2024-03-02")
    assert kinds(evs) == [("meeting", "2023-05"), ("visit", "2023-05")]


def test_talks_told_by_sangui_are_a_meeting():
    evs = events("이후 바트볼드 몽골 외교장관이 지난달 방한해 후속 조치를 상의했다.",
                 [("바트볼드", "person", "MN")], "2024-03-02")
    assert kinds(evs) == [("meeting", "2024-02"), ("visit", "2024-02")]


def test_a_roundtable_held_is_a_forum():
    evs = events("한빛상공회의소와 몽골상공회의소는 12일 울란바토르에서 '한·몽골 비즈니스 라운드테이블'을 열었다.",
                 [("한빛상공회의소", "org", "KR"), ("몽골상공회의소", "org", "MN"), ("울란바토르", "place", "MN")],
                 "2024-03-20")
    assert kinds(evs) == [("forum", "2024-03-12")]


def test_an_event_noun_with_en_points_back():
    # '이날 행사엔' (행사에는) attended: the event told before, no second one
    evs = events("한빛상공회의소와 몽골상공회의소는 12일 울란바토르에서 투자 포럼을 개최했다. "
                 "이날 행사엔 박다라 한빛전자 대표가 참석했다.",
                 [("한빛상공회의소", "org", "KR"), ("몽골상공회의소", "org", "MN"), ("울란바토르", "place", "MN"),
                  ("박다라", "person", "KR")], "2024-03-20")
    assert kinds(evs) == [("forum", "2024-03-12")]
    assert "박다라" in {p["name"] for p in evs[0]["participants"]}


def test_a_visit_told_as_a_noun_before_a_plan_noun_or_ahead_is_planned():
    # '2월 방한 예정이다' was no event (the noun seemed to modify 예정); '방한을 앞두고' was read as happened
    for text in ("바트 몽골 대통령은 2월 방한 예정이다.", "바트 몽골 대통령은 2월 방한을 앞두고 있다."):
        evs = events(text, [("바트", "person", "MN")], "2024-11-28")
        assert [(e["type"], e["status"]) for e in evs] == [("visit", "planned")], text


def test_an_adnominal_visit_modifying_the_place_visited_is_a_visit():
    # '찾은 X대학교와는': 찾 needs a place as its object; told adnominally, the place follows it
    evs = events("김가나 총장은 또한 15일 찾은 몽골 국립대학교와는 교수 교류 방안에 대해 논의했다.",
                 [("김가나", "person", "KR"), ("몽골 국립대학교", "org", "MN")], "2024-03-20")
    assert ("visit", "2024-03-15") in kinds(evs)


def test_agreeing_with_a_named_counterpart_is_a_meeting():
    # '방문해 B 대통령과 ... 강화하기로 합의했다': no instrument, but an agreement reached with a counterpart is a talk
    evs = events("김가나 대통령은 2014년 몽골을 방문해 바트 대통령과 에너지 협력을 강화하기로 합의했다.",
                 [("김가나", "person", "KR"), ("몽골", "country", "MN"), ("바트", "person", "MN")], "2024-03-02")
    assert kinds(evs) == [("meeting", "2014"), ("visit", "2014")]
    # what a talk told before agreed stays its content
    evs = events("김가나 대통령은 2014년 몽골에서 바트 대통령과 회담을 갖고 에너지 협력을 강화하기로 합의했다.",
                 [("김가나", "person", "KR"), ("몽골", "country", "MN"), ("바트", "person", "MN")], "2024-03-02")
    assert kinds(evs) == [("meeting", "2014")]


def test_a_talk_told_as_a_noun_with_its_partner_before_the_day_and_place_is_a_meeting():
    # '장관과 14일 서울에서 회담을 하고': the partner, then the day and the place; '화상 회담을 했다'
    people = [("김가나", "person", "KR"), ("바트", "person", "MN")]
    for text in ("김가나 장관은 방한한 바트 몽골 장관과 14일 서울에서 회담을 하고 협력을 강화하기로 했다.",
                 "김가나 장관은 14일 바트 몽골 장관과 화상 회담을 했다."):
        evs = events(text, people, "2024-03-20")
        assert ("meeting", "2024-03-14") in kinds(evs), text


def test_a_meeting_noun_with_the_light_verb_is_a_meeting():
    # '두 장관은 회의를 했다', '회담을 했다': the light verb 하다 makes the noun an act told
    evs = events("김가나 장관과 바트 몽골 장관은 14일 서울에서 회의를 하고 에너지 협력을 논의했다.",
                 [("김가나", "person", "KR"), ("바트", "person", "MN"), ("서울", "place", "KR")], "2024-03-20")
    assert kinds(evs) == [("meeting", "2024-03-14")]


def test_a_chamber_of_commerce_short_name_is_no_talk():
    # '대한상의', '몽골상의': 상의 glued to a name is the chamber (상공회의소), not '상의했다'
    evs = events("한빛상공회의소(한빛상의)와 몽골상공회의소(몽골상의)가 12일 울란바토르에서 투자 포럼을 열었다.",
                 [("한빛상공회의소", "org", "KR"), ("몽골상공회의소", "org", "MN"), ("울란바토르", "place", "MN")],
                 "2024-03-20")
    assert kinds(evs) == [("forum", "2024-03-12")]


def test_a_talk_after_a_visit_clause_is_a_meeting_of_its_own():
    # '방한 중인 X와 오찬을 함께하며 ... 논의했다': the meal and the talk with the visitor are a meeting
    # (a talk after a forum or a signing stays what was done there)
    evs = events("김가나 시장은 14일 방한 중인 바트 울란바토르 시장과 오찬을 함께하며 교류 협력을 논의했다.",
                 [("김가나", "person", "KR"), ("바트", "person", "MN"), ("울란바토르", "place", "MN")], "2024-03-20")
    assert kinds(evs) == [("meeting", "2024-03-14"), ("visit", "2024-03-14")]


def test_a_goods_exhibition_held_is_a_forum():
    evs = events("한빛무역공사는 지난 4일 몽골 울란바토르에서 한국 상품전을 열었다.",
                 [("한빛무역공사", "org", "KR"), ("울란바토르", "place", "MN")], "2024-03-20")
    assert kinds(evs) == [("forum", "2024-03-04")]


def test_an_instrument_exchanged_signed_or_carried_out_with_a_light_verb_is_an_agreement():
    people = [("한빛대학교", "org", "KR"), ("몽골국립대학교", "org", "MN")]
    for text in ("한빛대학교는 지난 5일 몽골국립대학교와 학술교류 협약서를 주고받았다.",
                 "한빛대학교와 몽골국립대학교는 지난 5일 업무협약을 진행했다.",
                 "한빛대학교는 지난 5일 몽골국립대학교와 MOU에 사인했다.",
                 "한빛대학교는 지난 5일 몽골국립대학교와 자매결연을 했다."):
        assert kinds(events(text, people, "2024-03-20")) == [("agreement", "2024-03-05")], text


def test_more_verbs_of_acts_in_common_use():
    # 착공 (building started), 완료 of a project noun, 수훈 (an order received), 환담 (a friendly talk)
    cases = [("한빛공사는 지난 5일 몽골 울란바토르에서 병원을 착공했다.", "project"),
             ("한빛공사는 지난 5일 몽골에서 스마트팜 시범사업을 완료했다.", "project"),
             ("김가나 회장은 지난 5일 몽골 정부로부터 북극성 훈장을 수훈했다.", "award")]
    ms = [("한빛공사", "org", "KR"), ("김가나", "person", "KR"), ("몽골 정부", "org", "MN"), ("몽골", "country", "MN"),
          ("울란바토르", "place", "MN")]
    for text, typ in cases:
        assert kinds(events(text, [m for m in ms if m[0] in text], "2024-03-20")) == [(typ, "2024-03-05")], text
    evs = events("바트 몽골 총리는 지난 5일 한빛시를 방문해 김가나 시장과 환담했다.",
                 [("바트", "person", "MN"), ("한빛시", "org", "KR"), ("김가나", "person", "KR")], "2024-03-20")
    assert kinds(evs) == [("meeting", "2024-03-05"), ("visit", "2024-03-05")]


def parties(ev) -> set[str]:
    return {p["name"] for p in ev["participants"]}


def test_bodies_in_an_attendance_sentence_join_only_where_they_act():
    # proposal of helper P: '이날 포럼에는 X 회장과 A·B·C 등 한국 기업인 10명이 참석했다': counted people are no parties
    ms = [("한국상공회의소", "org", "KR"), ("가나상공회의소", "org", "GH"), ("아크라", "place", "GH"),
          ("김가온", "person", "KR"), ("다라전자", "org", "KR"), ("마바중공업", "org", "KR"), ("사하건설", "org", "KR")]
    evs = events("한국상공회의소와 가나상공회의소는 2024년 3월 4일 아크라에서 '한-가나 비즈니스 포럼'을 개최했다. "
                 "이날 포럼에는 김가온 한국상공회의소 회장과 다라전자·마바중공업·사하건설 등 한국 기업인 10명이 참석했다.",
                 ms, "2024-03-10")
    assert [e["type"] for e in evs] == ["forum"]
    assert not parties(evs[0]) & {"다라전자", "마바중공업", "사하건설"}
    # a body told only as an attendee's post is no party
    evs = events("한국상공회의소는 2024년 3월 4일 아크라에서 '한-가나 비즈니스 포럼'을 개최했다. 이날 포럼에는 "
                 "아마드 하산 가나 무역부 장관과 김가온 다라전자 사장 등이 참석했다.",
                 [("한국상공회의소", "org", "KR"), ("아크라", "place", "GH"), ("아마드 하산", "person", "GH"),
                  ("김가온", "person", "KR"), ("다라전자", "org", "KR")], "2024-03-10")
    assert "다라전자" not in parties(evs[0])
    # an act with no body of its own keeps the bodies that take part
    evs = events("2024년 5월 2일 아크라에서 한-가나 농업기술 세미나가 열렸다. 세미나에는 한국농업연구원, 가나농업연구소 등 "
                 "양국 7개 기관이 참여했다.",
                 [("아크라", "place", "GH"), ("한국농업연구원", "org", "KR"), ("가나농업연구소", "org", "GH")], "2024-05-10")
    assert {"한국농업연구원", "가나농업연구소"} <= parties(evs[0])


def test_an_event_that_closed_was_held():
    ms = [("한빛대학교", "org", "KR"), ("울란바토르", "place", "MN")]
    for text in ("한-몽골 투자포럼이 지난 5일 울란바토르에서 막을 내렸다.",
                 "한-몽골 투자포럼이 지난 5일 울란바토르에서 성황리에 마무리됐다.",
                 "한-몽골 투자포럼이 지난 5일 울란바토르에서 폐막했다.",
                 "한빛대학교는 지난 5일 울란바토르에서 한-몽골 투자포럼을 성료했다."):
        evs = events(text, [m for m in ms if m[0] in text], "2024-03-20")
        assert kinds(evs) == [("forum", "2024-03-05")], text


def test_a_joint_survey_or_analysis_carried_out_is_a_project():
    evs = events("한빛연구원과 몽골지질청은 2024년부터 2026년까지 고비 사막의 지하수 자료를 공동 분석하는 연구를 수행한다.",
                 [("한빛연구원", "org", "KR"), ("몽골지질청", "org", "MN")], "2023-12-07")
    assert kinds(evs) == [("project", "2024")]


def test_a_programme_told_with_its_years_as_ongoing_or_led_since_is_a_project():
    ms = [("한빛공사", "org", "KR"), ("울란바토르", "place", "MN"), ("몽골과학원", "org", "MN")]
    evs = events("울란바토르는 한빛공사가 2022년부터 2025년까지 추진 중인 '울란바토르 교통관제 시스템 구축 사업'의 대상 도시다.",
                 ms[:2], "2024-03-20")
    assert kinds(evs) == [("project", "2022")]
    evs = events("김가나 연구원은 2017년부터 몽골과학원과 함께 지진 관측 공동연구를 이끌어 왔다.",
                 [("김가나", "person", "KR"), ("몽골과학원", "org", "MN")], "2024-03-20")
    assert kinds(evs) == [("project", "2017")]
    # with no years of its own an ongoing programme is only what a talk was about
    evs = events("김가나 장관은 5일 바트 몽골 총리와 회담했다. 회담에서는 한국이 몽골에서 추진 중인 교통 사업이 논의됐다.",
                 [("김가나", "person", "KR"), ("바트", "person", "MN")], "2024-03-20")
    assert kinds(evs) == [("meeting", "2024-03-05")]


def test_a_centre_set_up_is_an_opening():
    evs = events("한빛대학교는 지난 5일 울란바토르에 한국학연구소를 세웠다.",
                 [("한빛대학교", "org", "KR"), ("울란바토르", "place", "MN")], "2024-03-20")
    assert kinds(evs) == [("opening", "2024-03-05")]
    # a plan made is no opening
    evs = events("한빛대학교는 지난 5일 울란바토르 진출 계획을 세웠다.",
                 [("한빛대학교", "org", "KR"), ("울란바토르", "place", "MN")], "2024-03-20")
    assert kinds(evs) == []


def test_an_event_named_a_day_is_a_forum():
    # 'GICC 인더스트리데이', 'Korea-Mongolia ICT Day': an event day attended or held
    ms = [("한빛대학교", "org", "KR"), ("울란바토르", "place", "MN")]
    for text in ("한빛대학교는 지난 5일 울란바토르에서 열린 '2024 한몽 인더스트리데이'에 참가했다.",
                 "한빛대학교는 지난 5일 울란바토르에서 'Korea-Mongolia ICT Day'를 열었다."):
        assert kinds(events(text, ms, "2024-03-20")) == [("forum", "2024-03-05")], text


def test_a_visiting_delegation_is_a_visit_told_as_a_frame():
    # '싱가포르 방문단이 ... 간담회를 개최했다': the delegation is on its visit (a framed nominal visit, like '방문길에')
    from coopgraph.extract.triggers import find_triggers, load_lexicon, tokenize

    toks = tokenize("김가나 총장을 비롯한 몽골 방문단이 울란바토르에서 간담회를 개최했다.")
    trs = [t for t in find_triggers(toks, 0, len(toks), load_lexicon()) if t.cls == "visit"]
    assert [(t.lemma, t.form, t.framed) for t in trs] == [("방문단", "nominal", True)]


def test_a_past_temporal_clause_and_an_invitation():
    # proposal of helper E: '방문했을 때' is past (EP before ㄹ), '만난 적이 있다' a finite past act like '만난 바 있다';
    # '방한을 초청했다' is an invitation (a topic), no visit
    ms = [("이가온", "person", "KR"), ("하노이", "place", "VN"), ("팜 민", "person", "VN")]
    evs = events("이가온 원장은 지난 3월 하노이를 방문했을 때 팜 민 원장과 만난 적이 있다.", ms, "2024-05-20")
    assert sorted((e["type"], e["status"]) for e in evs) == [("meeting", "happened"), ("visit", "happened")]
    evs = events("이가온 원장은 지난 3월 팜 민 원장의 방한을 초청했다.", [ms[0], ms[2]], "2024-05-20")
    assert [e["type"] for e in evs] == []


def test_a_film_festival_held_is_a_forum_and_an_order_holder_selected_an_award():
    evs = events("한빛시는 지난 5일 몽골 울란바토르에서 한국 영화제를 열었다.",
                 [("한빛시", "org", "KR"), ("울란바토르", "place", "MN")], "2024-03-20")
    assert kinds(evs) == [("forum", "2024-03-05")]
    evs = events("김가나 교수는 지난 5일 몽골 정부의 친선훈장 수훈자로 선정됐다.",
                 [("김가나", "person", "KR"), ("몽골 정부", "org", "MN")], "2024-03-20")
    assert kinds(evs) == [("award", "2024-03-05")]


def test_a_page_with_no_date_of_its_own_reads_its_acts_by_the_runs_reference_date():
    # `extract --ref`: a page with no date is read as if published on the reference date, by the reader too
    from coopgraph.pipeline import Pipeline

    pipe = Pipeline()

    def told(text, ref):
        rec = pipe.analyse_text(text, ref_date=ref)
        return rec.doc_date, sorted((e.type, e.status, e.date.start if e.date else None) for e in rec.events)

    # a month after the reference month, told in the past: last year's
    assert told("한국과 우즈베키스탄은 12월 서울에서 농업 협력 양해각서를 체결했다.", "2024-05-10") \
        == (None, [("agreement", "happened", "2023-12")])
    # '연내': the reference date's year
    assert told("한국과 우즈베키스탄은 연내 농업 협력 협정을 체결할 예정이다.", "2024-05-10") \
        == (None, [("agreement", "planned", "2024")])
    # a day after the reference date is still to come
    assert told("한국과 우즈베키스탄은 15일 서울에서 농업 협력 양해각서를 체결한다.", "2024-05-10") \
        == (None, [("agreement", "planned", "2024-05-15")])
