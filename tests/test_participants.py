"""Who takes part in an act (extract/arguments.py): visitors, frames, anaphors, venues, opened centres.

Every sentence here is the team's own; names are invented.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # Kiwi


def parties(pipeline, text: str) -> dict[str, list[set[str]]]:
    """Event type -> for each event of that type, its participants' names."""
    out: dict[str, list[set[str]]] = {}
    for e in pipeline.analyse_text(text, ref_date="2024-05-01").events:
        out.setdefault(e.type, []).append({p.name for p in e.participants})
    return out


def test_a_visit_told_by_an_adnominal_verb_has_the_visitor_only(pipeline):
    got = parties(pipeline, "김민수 대통령은 2023년 5월 5일 서울에서 방한한 아마드 하산 가나 총리와 정상회담을 가졌다.")
    assert got["visit"] == [{"아마드 하산"}]
    assert {"김민수", "아마드 하산"} <= got["meeting"][0]


def test_a_visit_told_in_the_genitive_has_the_visitor_not_the_announcer(pipeline):
    got = parties(pipeline, "외교부는 2023년 6월 1일 아마드 하산 가나 총리의 한국 방문을 계기로 양국 간 교육 협력 "
                            "양해각서를 체결했다고 밝혔다.")
    assert got["visit"] == [{"아마드 하산"}]


def test_the_person_met_after_a_visit_verb_is_no_party_to_the_visit(pipeline):
    got = parties(pipeline, "한국대학교 김철수 총장은 2023년 3월 2일 가나대학교를 방문해 아마드 하산 총장과 "
                            "학술교류협정을 체결했다.")
    assert "아마드 하산" not in got["visit"][0]
    assert {"김철수", "가나대학교"} <= got["visit"][0]
    assert "아마드 하산" in got["agreement"][0]


def test_a_multilateral_body_naming_the_summit_is_no_party(pipeline):
    got = parties(pipeline, "김민수 대통령은 2019년 11월 15일 APEC 정상회의 계기에 부산에서 아마드 하산 가나 총리와 "
                            "정상회담을 가졌다.")
    assert got["meeting"] == [{"김민수", "아마드 하산"}]


def test_both_countries_stand_for_the_parties_told_before_only_without_named_ones(pipeline):
    got = parties(pipeline, "한국연구원은 2023년 4월 3일 가나 과학기술부와 양해각서를 체결했다. "
                            "양국은 2024년 공동연구센터를 설립하기로 합의했다.")
    assert {"한국연구원", "가나 과학기술부"} <= got["opening"][0]
    assert "공동연구센터" in got["opening"][0]  # the year before the centre is no part of its name
    got = parties(pipeline, "한국연구원은 2023년 4월 3일 가나 과학기술부와 양해각서를 체결했다. "
                            "양국은 이어 2023년 4월 4일 다라대학교와 마바연구소 간 공동연구협약도 체결했다.")
    later = [ps for ps in got["agreement"] if "다라대학교" in ps]
    assert later and not later[0] & {"한국연구원", "가나 과학기술부"}


def test_two_countries_as_subject_are_the_leaders_named_next_to_them(pipeline):
    text = ("김민수 대통령은 2024년 3월 4일 가나 아크라 대통령궁에서 아마드 하산 가나 대통령과 환영식에 참석했다. "
            "한국과 가나는 이날 아크라에서 보건 분야 양해각서 3건을 체결했다.")
    got = parties(pipeline, text)
    assert any({"김민수", "아마드 하산"} <= ps for ps in got["agreement"])


def test_a_later_clause_with_no_subject_shares_the_first_clauses_subject(pipeline):
    got = parties(pipeline, "한국대학교 김철수 총장은 2024년 3월 3일 영국 가나대학교를 방문하고 다라 마바 총장과 "
                            "연구교류협약을 체결하였다.")
    assert {"한국대학교", "김철수", "다라 마바"} <= got["agreement"][0]
    assert "다라 마바" not in got["visit"][0]
    got = parties(pipeline, "김민수 대통령은 2024년 3월 3일 아크라에서 아마드 하산 가나 대통령과 정상회담을 하고 "
                            "양국간 투자 협약을 맺었다.")
    assert got["agreement"] == [{"김민수", "아마드 하산"}]


def test_a_surname_and_title_name_the_person_told_before(pipeline):
    text = ("김가온 외교부 차관보가 2024년 3월 2일 가나를 방문했다. "
            "김 차관보는 2024년 3월 3일 아크라에서 아마드 하산 가나 외교부 차관과 면담했다.")
    got = parties(pipeline, text)
    assert "김가온" in got["meeting"][0]


def test_a_multilateral_gathering_attended_is_no_party(pipeline):
    got = parties(pipeline, "아프리카연합 정상회의(AUS) 참석을 위해 가나를 방문 중인 김민수 외교부 장관은 "
                            "2024년 2월 3일 아크라에서 가나 보건연구소 개소식에 참석했다.")
    assert all("AUS" not in ps and "아프리카연합 정상회의" not in ps for ps in got.get("visit", []) + got.get("opening", []))


def test_an_adnominal_visit_of_unnamed_people_does_not_take_the_hosts(pipeline):
    got = parties(pipeline, "김민수 대통령과 이가온 외교부 장관은 2024년 5월 2일 포럼 참석 차 방한한 아프리카 "
                            "정상·각료들과 별도 양자회담을 가졌다.")
    assert not got["visit"][0] & {"김민수", "이가온"}
    assert {"김민수", "이가온"} <= got["meeting"][0]


def test_a_self_reference_names_the_pages_own_body(pipeline):
    text = ("우리대학은 2024년 3월 4일 가나 아크라대학교와 학생교류협정을 체결했다. 아크라대학교는 가나의 "
            "명문이다. 한빛여대 학생들은 내년부터 아크라에서 공부한다.")
    got = parties(pipeline, text)
    assert {"한빛여대", "아크라대학교"} <= got["agreement"][0] or {"한빛여대", "가나 아크라대학교"} <= got["agreement"][0]
    got = parties(pipeline, "본교는 2024년 3월 4일 가나 아크라대학교와 학생교류협정을 체결했다.")
    assert all("본교" not in ps for ps in got["agreement"])  # the page never names its own body


def test_a_sentence_with_no_subject_goes_on_with_the_topic_before(pipeline):
    got = parties(pipeline, "한빛대학교는 2024년 3월 5일 인도 델리대학교와 학술교류 협약을 체결했다.\n"
                            "이어 3월 7일에는 뭄바이대학교를 방문해 공동연구 방안을 논의했다.")
    assert {"한빛대학교", "뭄바이대학교"} <= got["visit"][0]
    got = parties(pipeline, "한빛대학교는 2024년 3월 5일 인도 델리대학교와 학술교류 협약을 체결했다.\n"
                            "가나대학교 학생들은 3월 7일 뭄바이대학교를 방문했다.")
    assert "한빛대학교" not in got["visit"][0]  # a subject of its own


def test_a_city_the_tagger_read_as_a_name_is_the_city(pipeline):
    got = parties(pipeline, "한빛시, 베트남 다낭시와 우호교류 협약 체결\n한빛시는 2024년 3월 5일 베트남 다낭시와 "
                            "우호교류 협약을 체결했다고 6일 밝혔다.")
    assert got["agreement"] == [{"한빛시", "베트남 다낭시"}]


def test_koreas_own_government_is_no_party(pipeline):
    got = parties(pipeline, "한국 정부가 1985년 3월에 아크라 총영사관을 개설했다.")
    assert all("한국 정부" not in ps for ps in got["opening"])


def test_a_person_in_the_genitive_before_an_envoy_owns_the_envoy_and_is_no_party(pipeline):
    text = ("이가람 대통령의 경제협력 특사 자격으로 아랍에미리트를 방문 중인 강다라 비서실장은 7일 "
            "아부다비에서 UAE 대통령을 만나 이 대통령의 친서를 전달했다.")
    got = parties(pipeline, text)
    assert got.get("meeting") or got.get("visit")
    for sets in got.values():
        for names in sets:
            assert "이가람" not in names


def test_the_person_met_by_one_visiting_is_no_party_to_the_visit(pipeline):
    got = parties(pipeline, "가나를 국빈 방문 중인 김민수 대통령은 2024년 3월 5일 아크라에서 아마드 하산 가나 대통령과 "
                            "정상회담을 가졌다.")
    assert got["visit"] == [{"김민수"}]
    assert {"김민수", "아마드 하산"} <= got["meeting"][0]
    got = parties(pipeline, "가나를 국빈 방문 중인 김민수 대통령과 아마드 하산 가나 대통령이 2024년 3월 5일 아크라에서 "
                            "열린 보건 협력 양해각서 서명식에 참석했다.")
    assert {"김민수", "아마드 하산"} <= got["visit"][0]


def test_bodies_standing_for_a_count_of_people_present_are_no_parties(pipeline):
    got = parties(pipeline, "가나상공회의소는 2024년 5월 3일 서울에서 다라전자·마바중공업·사하건설 등 한국 기업인 20명이 "
                            "참석한 가운데 한-가나 비즈니스 포럼을 개최했다.")
    assert len(got["forum"]) == 1
    assert "가나상공회의소" in got["forum"][0]
    assert not any("다라전자" in name or "사하건설" in name for name in got["forum"][0])


def test_an_earlier_act_of_the_two_countries_has_no_parties_of_the_act_told_before(pipeline):
    got = parties(pipeline, "한빛연구원은 2024년 5월 3일 가나 과학기술부와 공동연구 협약을 체결했다. 이번 협약은 양국이 "
                            "2019년 6월 체결한 과학기술협력협정의 후속 조치다.")
    assert {"한빛연구원", "가나 과학기술부"} in got["agreement"]
    assert set() in got["agreement"]  # the 2019 treaty: the two countries, no body named for it


def test_the_visitor_of_the_trip_that_is_the_occasion_is_no_party_of_the_act(pipeline):
    got = parties(pipeline, "가나 산업부는 2024년 3월 5일 아마드 하산 가나 대통령 방한 계기 양국 정상이 임석한 가운데 "
                            "원전협력 양해각서를 체결했다고 밝혔다.")
    assert got["agreement"] == [{"가나 산업부"}]
    assert got["visit"] == [{"아마드 하산"}]


def test_a_body_only_the_tagger_read_is_a_party_only_where_it_acts():
    from types import SimpleNamespace

    from coopgraph.extract.arguments_exclusions import ExclusionsMixin
    from coopgraph.records import Mention

    class Reader(ExclusionsMixin):
        def __init__(self, text):
            self.d = SimpleNamespace(text=text)

    def guess(text, word, **kw):
        b = text.index(word)
        fields = dict(strategy="ner", entity_id="org-own-test", country=None) | kw
        return Reader(text)._tagger_guess(Mention(b, b + len(word), word, "org", **fields))

    text = "한빛연구원은 가나연구소와 다라 생물자원을 함께 연구하는 사업을 시작했다."
    assert guess(text, "다라")  # a topic: no party
    assert not guess(text, "가나연구소")  # the partner (와)
    assert not guess("다라(DARA) 측은 협약을 맺었다.", "다라")  # a side that acts
    assert not guess("마바 부총리는 다라를 만났다.", "마바")  # a name the tagger took for a body, with its title
    assert not guess(text, "다라", country="GH")  # a country the linker found: left to it
    assert not guess(text, "다라", strategy="pattern")  # the patterns' bodies are not judged here


def test_an_act_the_two_countries_judge_has_no_parties_of_the_act_told_before(pipeline):
    got = parties(pipeline, "한빛연구원은 2024년 5월 3일 가나 과학기술부와 공동연구 협약을 체결했다. 양국 차관은 지난 4월 "
                            "양국 간 정상회담을 개최해 협력 방안을 논의한 것을 높이 평가했다.")
    assert got["meeting"] == [set()]
    assert got["agreement"] == [{"한빛연구원", "가나 과학기술부"}]


def test_a_body_acts_by_its_case_its_side_or_the_list_it_opens():
    from coopgraph.extract.roles import acts

    assert acts("는 2024년 협약을 체결했다") and acts(" 장관이 참석했다") and acts("(GARI)과 다라연구원이")
    assert acts(" 2차관이 참석했다")  # an ordinal before the title
    assert acts(" 측은 ...") and acts(" 간 협약")
    assert acts(", 다라연구원 등 양국 7개 기관과 함께") and acts(", 다라연구원과 마바대학이") and acts(" 등이 참석했다")
    assert not acts(" 장관, 김가온 회장")  # a post before or after a person
    assert not acts("·마바중공업 등 한국 기업인 10명이 참석했다")  # bodies that stand for people counted
    assert not acts("에서 열린 포럼") and not acts("의 지원으로") and not acts(" 관계자 등이 참석했다")


def test_a_body_opened_named_by_its_head_alone_is_no_participant(pipeline):
    got = parties(pipeline, "한국 외교부는 2024년 3월 4일 가나 다라시에 총영사관을 개설했다.")
    assert all("총영사관" not in ps for ps in got["opening"])
    got = parties(pipeline, "한국연구원은 2024년 3월 4일 아크라에 한-가나 공동연구센터를 개소했다.")
    assert any("한-가나 공동연구센터" in ps for ps in got["opening"])


def test_the_two_countries_stand_for_no_body_without_a_country(pipeline):
    got = parties(pipeline, "김민수 대통령은 2024년 3월 4일 아세안과 가나 정상들과 회의를 가졌다. "
                            "양국 정상은 2024년 3월 5일 아크라에서 보건 협력 협정을 체결했다.")
    assert all("동남아시아국가연합" not in ps for ps in got["agreement"])
