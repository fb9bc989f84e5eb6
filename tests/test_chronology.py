"""List and chronology items (extract/chronology.py) on invented Korean lists and sentences.

Mentions are given by hand (surface, kind, country) so the tests check the reading of
lists alone; sentences, dates and morphemes come from the real stages.
"""

from __future__ import annotations

import pytest
from conftest import hand_analysis as analysis
from hypothesis import given, settings
from hypothesis import strategies as st

from coopgraph.extract.chronology import add_list_events
from coopgraph.extract.chronology_dates import list_dates
from coopgraph.extract.chronology_page import load_chronology
from coopgraph.extract.events import extract_events
from coopgraph.recognise.dates import find_dates
from coopgraph.records import Sentence

MN = [("몽골", "country", "MN"), ("한국", "country", "KR")]


def summary(evs):
    return sorted((e.type, e.date.start if e.date else None, e.date.end if e.date else None) for e in evs)


# (case, text, extra mentions, expected (type, start, end) of the list events)
CASES = [
    ("prose: one predicate shared by three dated items",
     "몽골과 한국은 교류가 잦다. 몽골 측에서는 2011년 4월 총리가 방한하였으며, 2014년 10월에는 외교장관, "
     "2018년 6월에는 대통령이 방한하였다.", [],
     [("visit", "2011-04", "2011-04"), ("visit", "2014-10", "2014-10"), ("visit", "2018-06", "2018-06")]),
    ("table rows flattened: name cells before the date, two agreements in one row",
     "몽골과 한국의 협정\n협정명 발효일\n사증면제협정 2015년 03월 01일\n항공협정, 문화협정 2016년 07월 15일\n몽골 한국", [],
     [("agreement", "2015-03-01", "2015-03-01"), ("agreement", "2016-07-15", "2016-07-15"),
      ("agreement", "2016-07-15", "2016-07-15")]),
    ("short-year lines under a heading that names the act",
     "몽골 한국 관계\n(2) 방한\n'97.4 하늘나라 총리\n'01.11.5~7 바다나라 외교장관\n몽골", [],
     [("visit", "1997-04", "1997-04"), ("visit", "2001-11-05", "2001-11-07")]),
    ("dates closing the words before them, in brackets",
     "몽골 총리의 공식 방한('95.3.2-5) 및 몽골 외교장관의 방한('99.6.10-12) 이후 한국과의 교류가 늘었다.", [],
     [("visit", "1995-03-02", "1995-03-05"), ("visit", "1999-06-10", "1999-06-12")]),
    ("a year list told with the act before it",
     "몽골 대통령의 방한은 1999, 2006, 2011년에 이루어졌다. 한국과 몽골.", [],
     [("visit", "1999", "1999"), ("visit", "2006", "2006"), ("visit", "2011", "2011")]),
    ("a year followed by its months",
     "몽골 한국 정상 방문\na. 2000, 2월, 10월, 몽골 대통령 한국 방문\nb. 2003, 5월, 한국 대통령 몽골 방문", [],
     [("visit", "2000-02", "2000-02"), ("visit", "2000-10", "2000-10"), ("visit", "2003-05", "2003-05")]),
    ("a note in brackets after a dated line is no item",
     "몽골 한국 주요 일지\n1977.12 주울란바토르 대사관 개설 (1982.2월 폐쇄)\n2007.1 주울란바토르 대사관 재개설\n한국 몽골", [],
     [("opening", "1977-12", "1977-12"), ("opening", "2007-01", "2007-01")]),
    ("two openings, the second sharing the predicate",
     "한국 정부는 1990년 3월 울란바토르에 대사관을 개설했고, 1996년 8월 다르항 영사관을, 2001년 5월 에르데네트 "
     "분관을 설치하였다. 몽골 한국", [("울란바토르", "place", "MN")],
     [("opening", "1990-03", "1990-03"), ("opening", "1996-08", "1996-08"), ("opening", "2001-05", "2001-05")]),
    ("bodies in brackets after the first dated pair, shared predicate at the end",
     "한편 가나다대는 2009년 몽골 국립대와 자매결연을 맺은 후 몽골 과학대(2013), 몽골 의대(2016) 등과 "
     "교류협정을 체결했다. 한국", [("가나다대", "org", "KR"), ("몽골 국립대", "org", "MN"),
                             ("몽골 과학대", "org", "MN"), ("몽골 의대", "org", "MN")],
     [("agreement", "2009", "2009"), ("agreement", "2013", "2013"), ("agreement", "2016", "2016")]),
    ("a credit in brackets is no date of an item", "한-몽골 정상회담 (외교부 2015.06.02)\n한국 몽골", [], []),
    ("a bare year inside a name is no item", "2024 한-몽골 비즈니스 포럼 개최\n한국 몽골", [], []),
    ("a date that frames is no item", "2023년 기준 몽골과 한국의 교역액은 10억 달러이다.", [], []),
    ("one date in prose is left to the clause reader",
     "몽골과 한국은 2019년 4월 9일 투자보장협정에 서명했다.", [], []),
    ("a line telling what no act is (recognition, relations) makes no item",
     "몽골 한국 일지\n1990.3 외교관계 수립\n1991.6 몽골, 한국 승인\n한국", [], []),
]


@pytest.mark.parametrize("case,text,mentions,expected", CASES, ids=[c[0] for c in CASES])
def test_list_items(case, text, mentions, expected):
    a = analysis(text, MN + mentions)
    got = add_list_events(a, ())
    assert summary(got) == sorted(expected), case
    for e in got:
        assert a.doc.text[e.evidence.begin:e.evidence.stop] == e.evidence.sentence
        assert e.confidence < 0.55  # below the clause reader's events
        assert set(e.countries) >= {"KR", "MN"}


def test_visit_place_follows_direction():
    text = "몽골 한국 교류\n(1) 방몽\n84.2 김가나 국회의장\n(2) 방한\n89.6 바트 총리\n몽골 한국"
    a = analysis(text, MN + [("김가나", "person", "KR"), ("바트", "person", "MN")])
    got = {e.participants[0].name: e for e in add_list_events(a, ())}
    assert got["김가나"].location.country == "MN" and got["김가나"].date.start == "1984-02"
    assert got["바트"].location.country == "KR" and got["바트"].date.start == "1989-06"


def test_parties_stay_with_their_item():
    text = "한국은 2004년 11월에 김가나 대통령, 2008년 11월에 이다라 대통령이 몽골을 방문했다. 몽골과 한국."
    a = analysis(text, MN + [("김가나", "person", "KR"), ("이다라", "person", "KR")])
    got = {e.date.start: [p.name for p in e.participants] for e in add_list_events(a, ())}
    assert got == {"2004-11": ["김가나"], "2008-11": ["이다라"]}


def test_future_item_is_planned():
    text = "몽골 한국 협정 현황\n2019.3 문화협정 서명\n2021.5 항공협정 서명\n몽골 한국"
    got = {e.date.start: e.status for e in add_list_events(analysis(text, MN, doc_date="2020-01-10"), ())}
    assert got == {"2019-03": "happened", "2021-05": "planned"}


def test_clause_reader_events_are_not_repeated():
    text = "몽골 총리는 2015년 5월 한국을 방문했고, 2019년 8월에는 한국 외교장관이 몽골을 방문했다."
    evs = extract_events(analysis(text, MN))
    visits = [e for e in evs if e.type == "visit"]
    assert sorted(e.date.start for e in visits) == ["2015-05", "2019-08"]


@pytest.mark.parametrize("line,expected", [
    ("'99.12.14~17 제1차 협상", [("1999-12-14", "1999-12-17")]),
    ("84.2 김가나 국회의장", [("1984-02", "1984-02")]),
    ("ο 문화협정 (72.5)", [("1972-05", "1972-05")]),
    ("ο 관광협정 (06.10 서명, 미발효)", [("2006-10", "2006-10")]),
    ("1957.3 대사급 관계 합의", [("1957-03", "1957-03")]),
    ("84.2% 증가했다", []),
    ("성장률은 3.5 수준", []),
])
def test_list_date_forms(line, expected):
    s = Sentence(0, len(line), line)
    got = [(d.start, d.end) for d in list_dates(line, s, find_dates(line), pivot=20)]
    assert got == expected


def test_lexicon_is_data():
    lex = load_chronology()
    assert lex.heads["협정"] == "agreement" and lex.heads["방한"] == "visit"
    assert "기준" in lex.not_item_after


@pytest.mark.parametrize("text,mentions,expected", [
    ("몽골과 한국이 체결한 협정으로는 무역협정, 항공협정, 문화협정, 사증면제협정 등이 있다. 몽골 한국", [], 4),
    ("몽골과 한국은 무역협정, 항공협정, 문화협정 체결을 논의했다. 몽골 한국", [], 0),
    ("가나시와 자매결연을 맺은 해외 도시는 몽골의 다르항·에르데네트, 베트남의 다낭, 일본 오사카 등 4개 도시이다. 몽골 한국",
     [("가나시", "org", "KR")], 4),
])
def test_undated_enumerations(text, mentions, expected):
    got = add_list_events(analysis(text, MN + mentions), ())
    assert len(got) == expected and all(e.type == "agreement" and e.date is None for e in got)
    for e in got:
        if mentions:
            assert e.participants[0].name == "가나시" and e.participants[1].country in ("MN", "VN", "JP")


def test_table_flattened_one_cell_a_line():
    text = "몽골 한국 협정 현황\n2016.3.2\n사증면제협정 서명\n2018.7\n항공협정 서명\n몽골 한국"
    assert summary(add_list_events(analysis(text, MN), ())) == [
        ("agreement", "2016-03-02", "2016-03-02"), ("agreement", "2018-07", "2018-07")]


def test_a_named_visitor_before_a_title_is_a_party():
    text = "몽골 Bataar 대통령의 방한('95.3.2-5) 및 몽골 총리의 방한('99.6.10-12) 이후 한국과의 교류가 늘었다."
    got = sorted(add_list_events(analysis(text, MN), ()), key=lambda e: e.date.start)
    assert [[p.name for p in e.participants] for e in got] == [["Bataar"], []]
    assert got[0].participants[0].kind == "person" and got[0].participants[0].country == "MN"


def test_row_with_its_act_before_the_date():
    text = "몽골 한국 인사 교류\n○ 방한: 2019.3 바트 총리\n○ 방몽: 2021.6 김가나 장관\n몽골 한국"
    a = analysis(text, MN + [("바트", "person", "MN"), ("김가나", "person", "KR")])
    got = {e.date.start: ([p.name for p in e.participants], e.location.country) for e in add_list_events(a, ())}
    assert got == {"2019-03": (["바트"], "KR"), "2021-06": (["김가나"], "MN")}


def test_one_dated_headline_is_no_list():
    text = "2019.04.11 몽골-한국 항공협정 서명\n몽골과 한국 정부는 항공 노선을 늘리기로 했다고 밝혔다."
    assert add_list_events(analysis(text, MN), ()) == ()


@pytest.mark.parametrize("line,seat", [
    ("1990.3 주다르항 총영사관 개설", ("다르항", "MN")),
    ("1994.5 주한 몽골대사관 개설", ("한국", "KR")),
    ("1991.1 주 몽골 대사관 개설", ("몽골", "MN")),
    ("1999.9 한국 대사관 분관 설치", None),
])
def test_opened_mission_sits_where_its_name_says(line, seat):
    text = f"몽골 한국 일지\n{line}\n2001.2 에르데네트 분관 개설\n몽골 한국"
    got = add_list_events(analysis(text, MN), ())
    first = min(got, key=lambda e: e.date.start)
    assert (first.location.name, first.location.country) == seat if seat else first.location is None


def test_a_page_about_korea_alone_has_no_cooperation_items():
    text = "가나다연구원 연혁\n2015.3 가나다연구원 부산 분원 개원\n2018.7 서울 캠퍼스 개소\n2020.1 한국 본원 이전"
    assert add_list_events(analysis(text, [("한국", "country", "KR")]), ()) == ()


_FRAGMENTS = ["2019.4.9 ", "'99.12.14~17 ", "84.2 ", "(72.5)", "1981, 7월, ", "1992,1995,2001년 ", "2008년 8월 및 11월에는 ",
              "2024년 6월 기준 ", "몽골 ", "한국 ", "투자보장협정", "방한", "방몽", "정상회담", ", ", "및 ", "(", ")", "\n",
              "대사관 개설", "자매결연을 맺은 도시는 몽골의 다르항·에르데네트, ", "이루어졌다. ", "했으며, ", "바트 대통령 ",
              "체결한 협정으로는 ", "ο ", "(1) ", "a. ", "다음과 같다 :\n", "2000, 2월, 10월, ", "~", "-", "'"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=25), st.sampled_from([None, "2020-05-01"]))
def test_any_mix_of_list_fragments_reads_without_error(parts, doc_date):
    text = "몽골 한국 " + "".join(parts) + " 몽골 한국"
    a = analysis(text, MN, doc_date=doc_date)
    for e in add_list_events(a, ()):
        assert text[e.evidence.begin:e.evidence.stop] == e.evidence.sentence
        assert e.date is None or (e.date.start and e.date.start <= (e.date.end or e.date.start))
        assert e.type in ("agreement", "meeting", "visit", "forum", "opening", "project", "award")


def test_an_item_refines_the_year_of_the_event_it_repeats():
    text = "몽골과 한국은 항공협정을 맺었다. 2016년 몽골 항공협정 서명, 2018.3.5 몽골 문화협정 서명이 이어졌다."
    a = analysis(text, MN)
    from coopgraph.records import DateExpr, Event, Evidence
    s = a.sentences[1]
    old = Event(type="agreement", evidence=Evidence(s.text, s.begin, s.stop),
                date=DateExpr(0, 4, "2018", "2018", "2018"), countries=("MN", "KR"))
    got = add_list_events(a, (old,))
    assert sorted(e.date.start for e in got) == ["2016", "2018-03-05"]


def test_entry_into_force_after_a_signing_is_no_second_item():
    text = "몽골 한국 주요 협정\n2015.10 몽골-한국 투자보장협정 서명, 2016.12 발효\n2017.3 몽골-한국 항공협정 서명\n몽골"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2015-10", "2015-10"), ("agreement", "2017-03", "2017-03")]


def test_sister_city_table_rows():
    text = ("국제교류 현황\n자매결연 도시\n몽골 다르항시 2001. 3. 15.\n베트남 후에시 2005. 7. 20.\n"
            "우호교류 도시\n일본 오타루시 2012. 4. 9.\n몽골 한국")
    got = sorted((e.date.start, [p.name for p in e.participants], e.countries)
                 for e in add_list_events(analysis(text, MN), ()))
    assert got == [("2001-03-15", ["다르항시"], ("KR", "MN")), ("2005-07-20", ["후에시"], ("KR", "VN")),
                   ("2012-04-09", ["오타루시"], ("KR", "JP"))]


def test_an_instrument_named_again_in_the_next_clause_is_one():
    text = "몽골과 한국은 2003년 2월 15일 항공협정에 서명하였으며, 이 협정은 2004년 4월 1일 발효되었다. 몽골 한국"
    assert summary(add_list_events(analysis(text, MN), ())) == [("agreement", "2003-02-15", "2003-02-15")]


def test_project_lines_with_dotted_stretches():
    text = "몽골 개발협력 사업\n2012.3~2015.12 몽골 직업훈련원 건립 사업\n'16.1-'18.12 몽골 농촌개발 사업\n한국 몽골"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("project", "2012-03", "2015-12"), ("project", "2016-01", "2018-12")]


def test_project_nouns_make_no_prose_items():
    text = "몽골과 한국은 2019년 5월 사업 예산을, 2020년 3월 사업 계획을 검토했다. 몽골 한국"
    assert add_list_events(analysis(text, MN), ()) == ()


def test_an_undated_act_of_the_sentence_takes_its_items_date():
    text = "몽골 측에서는 2011년 4월 총리가, 2014년 10월에는 외교장관이 방한하였다. 한국 몽골"
    a = analysis(text, MN)
    from coopgraph.records import Event, Evidence
    s = a.sentences[0]
    got = add_list_events(a, (Event(type="visit", evidence=Evidence(s.text, s.begin, s.stop)),))
    assert summary(got) == [("visit", "2011-04", "2011-04"), ("visit", "2014-10", "2014-10")]


@pytest.mark.parametrize("text,party", [
    ("몽골 관계. 한국은 1990년 3월 다르항에 영사관을 개설했고, 1996년 8월 에르데네트에 무역관을 개설하였다. 몽골", "영사관"),
    ("몽골 한국 일지\n1991.1 주 몽골 한국대사관 개설\n1994.5 주한 몽골대사관 개설\n몽골", "주 몽골 한국대사관"),
])
def test_the_mission_opened_is_the_party(text, party):
    got = min(add_list_events(analysis(text, MN), ()), key=lambda e: e.date.start)
    assert [p.name for p in got.participants] == [party]


def test_months_under_a_year_heading():
    text = "몽골 한국 연표\n2019년\n3월 5일 몽골 총리 방한\n11월 몽골-한국 항공협정 서명\n2021년\n6월 한국 외교장관 몽골 방문\n몽골"
    assert summary(add_list_events(analysis(text, MN), ())) == [
        ("agreement", "2019-11", "2019-11"), ("visit", "2019-03-05", "2019-03-05"), ("visit", "2021-06", "2021-06")]


def test_a_happening_in_two_lists_of_the_page_is_one():
    text = ("몽골 한국 관계\n바트 대통령의 방한은 2006, 2010년에 이루어졌다.\n주요 인사 교류\n"
            "2006.3 바트 대통령 방한\n2012.5 바트 대통령 방한\n몽골")
    got = summary(add_list_events(analysis(text, MN + [("바트", "person", "MN")]), ()))
    assert got == [("visit", "2006-03", "2006-03"), ("visit", "2010", "2010"), ("visit", "2012-05", "2012-05")]


# --- generalising list shapes (other countries, other table forms)

def test_pair_framed_inside_an_organisation_name():
    """No country mention of the partner: the pair comes from "한-페루" inside the committee's name;
    numbered sessions in brackets each take the place in their bracket."""
    text = ("한-페루 공동위원회 개최 현황\n제1차(2005.3, 리마), 제2차(2008.5, 서울), 제3차(2012.4, 리마) "
            "공동위원회가 열렸다.")
    a = analysis(text, [("한-페루 공동위원회", "org", None), ("리마", "place", "PE"), ("서울", "place", "KR")])
    got = sorted((e.date.start, e.location.name if e.location else None, frozenset(e.countries))
                 for e in add_list_events(a, ()))
    assert got == [("2005-03", "리마", {"KR", "PE"}), ("2008-05", "서울", {"KR", "PE"}),
                   ("2012-04", "리마", {"KR", "PE"})]


def test_framed_countries_need_the_whole_name():
    from coopgraph.extract.chronology_page import framed_countries

    got = framed_countries("한-케냐 포럼, 한·페루간 협력, 폴란드-한국 관계, 주가봉 대사관, 한-가나다 학교")
    assert set(got) == {"KE", "PE", "PL", "GA", "KR"} and got["KR"] == 4


def test_a_head_ending_one_long_noun():
    text = "페루 한국 관계 연표\n2015.6.2 제3차 한-페루 경제공동위원회 (서울)\n2017.9.1 한-페루 외교장관회담\n페루"
    got = summary(add_list_events(analysis(text, [("페루", "country", "PE"), ("서울", "place", "KR")]), ()))
    assert got == [("meeting", "2015-06-02", "2015-06-02"), ("meeting", "2017-09-01", "2017-09-01")]


def test_year_cells_of_a_flattened_table():
    text = ("케냐 교류 현황\n연도\t내용\n2011\t케냐 총리 방한\n2014~2016\t케냐 직업훈련 사업\n"
            "2018 | 한-케냐 투자보장협정 서명\n케냐 한국")
    got = summary(add_list_events(analysis(text, [("케냐", "country", "KE"), ("한국", "country", "KR")]), ()))
    assert got == [("agreement", "2018", "2018"), ("project", "2014", "2016"), ("visit", "2011", "2011")]


def test_year_cells_are_not_figures_or_prose():
    text = "케냐 한국 교역\n2018 3000만 달러 수출\n2019 년 교역은 늘었다\n케냐 한국"
    assert add_list_events(analysis(text, [("케냐", "country", "KE"), ("한국", "country", "KR")]), ()) == ()


def test_a_row_dated_at_signing_and_entry_into_force_is_one_signing():
    text = "케냐 한국 협정\n- 사증면제협정: 1992.10.20 서명, 1993.5.19 발효\n- 항공협정: 2001.3.8 서명\n케냐"
    got = summary(add_list_events(analysis(text, [("케냐", "country", "KE")]), ()))
    assert got == [("agreement", "1992-10-20", "1992-10-20"), ("agreement", "2001-03-08", "2001-03-08")]


def test_a_heading_naming_the_country_visited():
    text = "페루 한국 인사교류\n○ 방페루\n- 2018.4 김가나 총리\n- 2008.11 이다라 대통령\n페루"
    a = analysis(text, [("페루", "country", "PE"), ("김가나", "person", "KR"), ("이다라", "person", "KR")])
    got = sorted((e.type, e.date.start, e.location.country) for e in add_list_events(a, ()))
    assert got == [("visit", "2008-11", "PE"), ("visit", "2018-04", "PE")]


def test_a_sister_city_keeps_no_particle():
    text = "가나시는 1998년 캐나다 밴쿠버시와 자매결연을 맺었고, 2004년 호주 퍼스시와 우호도시 협약을 맺었다."
    a = analysis(text, [("가나시", "org", "KR"), ("캐나다", "country", "CA"), ("호주", "country", "AU")])
    names = {p.name for e in add_list_events(a, ()) for p in e.participants}
    assert not any(n.endswith(("와", "과")) for n in names) and {"퍼스시"} <= names


def test_one_bare_year_headline_beside_a_list_is_no_row():
    text = "2025 한-케냐 청년 포럼 개최\n케냐 한국 교류\n2019.3 케냐 총리 방한\n2020.5 케냐 외교장관 방한\n케냐"
    got = summary(add_list_events(analysis(text, [("케냐", "country", "KE"), ("한국", "country", "KR")]), ()))
    assert got == [("visit", "2019-03", "2019-03"), ("visit", "2020-05", "2020-05")]


UZ = [("우즈베키스탄", "country", "UZ"), ("한국", "country", "KR")]


def test_the_subject_before_the_dates_visits_in_each_item():
    text = "우즈베키스탄과 한국. 카리모프 대통령은 1992년, 1995년, 2006년 3월 한국을 방문하였다."
    a = analysis(text, UZ + [("카리모프", "person", "UZ")])
    got = sorted((e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("1992", ["카리모프"]), ("1995", ["카리모프"]), ("2006-03", ["카리모프"])]


def test_a_person_told_before_each_date_is_that_items():
    text = "우즈베키스탄과 한국. 한국에서는 김가나 대통령이 1994년, 이다라 대통령이 2005년 우즈베키스탄을 방문하였다."
    a = analysis(text, UZ + [("김가나", "person", "KR"), ("이다라", "person", "KR")])
    got = sorted((e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("1994", ["김가나"]), ("2005", ["이다라"])]


@pytest.mark.parametrize("text,expected", [
    ("우즈베키스탄과 한국. 우즈베키스탄의 바트 대통령은 1992년과 2007년 두 차례 한국을 찾았다.", [("visit", "1992", "1992"), ("visit", "2007", "2007")]),
    ("우즈베키스탄과 한국. 우즈베키스탄과 한국은 1992년과 2007년 두 차례 협력 방안을 찾았다.", []),
])
def test_a_visit_told_by_a_verb_with_a_place(text, expected):
    assert summary(add_list_events(analysis(text, UZ), ())) == expected


def test_lines_naming_partners_under_a_sentence_telling_the_act():
    text = ("본교는 여러 해외 대학과 학술교류협정을 맺고 있습니다.\n우즈베키스탄 가나대학교 (2012.3.5)\n"
            "우즈베키스탄 다라대학교 (2014.6.20 체결)\n한국")
    a = analysis(text, UZ + [("우즈베키스탄 가나대학교", "org", "UZ"), ("우즈베키스탄 다라대학교", "org", "UZ")])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("agreement", "2012-03-05", ["우즈베키스탄 가나대학교"]),
                   ("agreement", "2014-06-20", ["우즈베키스탄 다라대학교"])]


def test_an_item_keeps_the_whole_stretch_of_its_date():
    text = "케냐 한국 일지\n2019.3.5~3.7 한-케냐 공동위원회(나이로비)\n2018. 5. 9. ~ 5. 11. 케냐 대통령 방한\n케냐"
    got = summary(add_list_events(analysis(text, [("케냐", "country", "KE"), ("한국", "country", "KR")]), ()))
    assert got == [("meeting", "2019-03-05", "2019-03-07"), ("visit", "2018-05-09", "2018-05-11")]


def test_a_row_flattened_into_three_cells():
    text = ("몽골 한국 인사 교류\n(1) 방한\n2019.3\n바트 도르지\n총리\n2017.11\n간바타르\n외교장관\n"
            "(2) 방몽\n2018.5\n김가나\n국무총리\n몽골 한국")
    a = analysis(text, MN + [("바트 도르지", "person", "MN"), ("간바타르", "person", "MN"), ("김가나", "person", "KR")])
    got = sorted((e.date.start, [p.name for p in e.participants], e.location.country) for e in add_list_events(a, ()))
    assert got == [("2017-11", ["간바타르"], "KR"), ("2018-05", ["김가나"], "MN"), ("2019-03", ["바트 도르지"], "KR")]


def test_column_names_keep_the_heading_and_its_korean_side():
    text = ("가나다대학교 해외 교류협정 체결 현황\n국가 대학명 체결일\n몽골 하늘대학교 2015.03.10\n"
            "몽골 바다대학교 2016.07.21\n몽골 한국")
    a = analysis(text, MN + [("가나다대학교", "org", "KR"), ("하늘대학교", "org", "MN"), ("바다대학교", "org", "MN")])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("agreement", "2015-03-10", ["가나다대학교", "하늘대학교"]),
                   ("agreement", "2016-07-21", ["가나다대학교", "바다대학교"])]


def test_sister_city_rows_with_the_city_cell_first():
    text = ("가나시 국제교류 현황\n자매도시\n도시명 국가 체결일\n다르항시 몽골 1997. 9. 30.\n"
            "오타루시 일본 2002. 4. 22.\n몽골 한국")
    a = analysis(text, MN + [("가나시", "place", "KR")])
    got = sorted((e.date.start, [p.name for p in e.participants], e.countries) for e in add_list_events(a, ()))
    assert got == [("1997-09-30", ["가나시", "다르항시"], ("KR", "MN")),
                   ("2002-04-22", ["가나시", "오타루시"], ("KR", "JP"))]


def test_an_undated_act_in_the_heading_of_its_list_is_no_event():
    text = "가나다대학교 해외 교류협정 체결 현황\n몽골 하늘대학교 2015.03.10\n몽골 바다대학교 2016.07.21\n몽골 한국"
    a = analysis(text, MN + [("가나다대학교", "org", "KR"), ("하늘대학교", "org", "MN"), ("바다대학교", "org", "MN")])
    evs = extract_events(a)
    assert sorted(e.date.start for e in evs if e.type == "agreement") == ["2015-03-10", "2016-07-21"]


def test_labelled_rows_of_year_month_cells():
    text = "몽골 한국 인사 교류\n○ 방한\n- 대통령 : 2004.6(국빈), 2009.11(실무)\n- 외교장관 : '99.12.14~17, 2012.3\n몽골 한국"
    got = sorted((e.date.start, e.date.end, e.location.country) for e in add_list_events(analysis(text, MN), ()))
    assert got == [("1999-12-14", "1999-12-17", "KR"), ("2004-06", "2004-06", "KR"), ("2009-11", "2009-11", "KR"),
                   ("2012-03", "2012-03", "KR")]


@pytest.mark.parametrize("line", ["성장률 : 2004.6%", "면적 : 2004.5", "대통령은 2004.6 방한했다", "수치 : 1234.5, 2004.6"])
def test_labelled_month_cells_are_not_figures_or_prose(line):
    s = Sentence(0, len(line), line)
    assert [d.rule for d in list_dates(line, s, find_dates(line))] == []


def test_a_visit_noted_in_brackets_goes_where_its_heading_says():
    text = "몽골 한국 인사 교류\n○ 방몽\n- 대통령 : 2004.11(국빈방문)\n- 총리 : 2008.3(공식방문)\n몽골 한국"
    got = sorted((e.type, e.date.start, e.location.country) for e in add_list_events(analysis(text, MN), ()))
    assert got == [("visit", "2004-11", "MN"), ("visit", "2008-03", "MN")]


def test_month_day_lines_under_a_year_heading():
    text = "몽골 한국 연혁\n2019\n- 03.05 한-몽골 외교장관회담\n- 11.22~24 몽골 총리 방한\n2018\n- 09.14 문화협정 서명\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2018-09-14", "2018-09-14"), ("meeting", "2019-03-05", "2019-03-05"),
                   ("visit", "2019-11-22", "2019-11-24")]


def test_undated_lines_under_a_year_cell():
    text = "몽골 한국 교류 일지\n연도\n내용\n2019\n한-몽골 정상회담 개최\n2017\n몽골 대통령 방한\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "2019", "2019"), ("visit", "2017", "2017")]


def test_an_entry_into_force_column_dates_no_item():
    text = "몽골 한국 협정 현황\n협정명 | 서명일 | 발효일\n사증면제협정 | 1981.9.16 | 1981.10.1\n항공협정 | 1967.6.7 | 1968.1.2\n몽골"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "1967-06-07", "1967-06-07"), ("agreement", "1981-09-16", "1981-09-16")]


def test_an_occasion_in_brackets_under_a_visit_heading():
    text = "몽골 한국 인사 교류\n방몽\n2012.6 김가나 대통령 (G20 정상회의)\n2015.9 이다라 총리\n몽골 한국"
    a = analysis(text, MN + [("김가나", "person", "KR"), ("이다라", "person", "KR"), ("G20", "org", None)])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("visit", "2012-06", ["김가나"]), ("visit", "2015-09", ["이다라"])]


def test_sister_cities_dated_in_brackets_each_with_its_city():
    text = "가나시 자매도시 현황\n가나시는 몽골 다르항(1991.3.5), 일본 오타루(1993.10.23)와 자매결연을 맺었다.\n몽골 한국"
    a = analysis(text, MN + [("가나시", "place", "KR"), ("다르항", "place", "MN"), ("오타루", "place", "JP")])
    got = sorted((e.date.start, [p.name for p in e.participants][-1:], e.countries) for e in extract_events(a))
    assert got == [("1991-03-05", ["다르항"], ("KR", "MN")), ("1993-10-23", ["오타루"], ("KR", "JP"))]


def test_two_instruments_joined_by_gwa_are_two_items():
    text = "몽골과 한국은 1992년 7월에는 무역협정과 투자보장협정을 체결하였으며, 2006년 9월 항공협정에 서명하였다. 몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "1992-07", "1992-07"), ("agreement", "1992-07", "1992-07"),
                   ("agreement", "2006-09", "2006-09")]


def test_pairs_of_partners_after_a_sentence_announcing_agreements():
    text = ("몽골과 한국의 여러 도시는 양해각서에 서명하였는데, 서명한 도시들은 다음과 같다. "
            "다르항과 가나, 에르덴과 다라 간 등의 협정들이다. 몽골 한국")
    a = analysis(text, MN + [("다르항", "place", "MN"), ("가나", "place", "KR")])
    got = sorted([p.name for p in e.participants] for e in add_list_events(a, ()))
    assert got == [["다르항", "가나"], ["에르덴", "다라"]]


def test_a_page_framed_as_korea_and_x_counts_korea():
    text = "한-몽골 주요 협정 체결 현황\n- 사증면제협정 (1994.5.25 서명, 1994.6.24 발효)\n- 항공협정 (2017.9 가서명)\n몽골"
    a = analysis(text, [("몽골", "country", "MN")])
    got = sorted((e.date.start, e.countries) for e in add_list_events(a, ()))
    assert got == [("1994-05-25", ("MN", "KR")), ("2017-09", ("MN", "KR"))]


def test_slash_cells_under_the_sentence_telling_the_act():
    text = ("가나대학교 국제교류 현황\n가나대학교는 세계 여러 대학과 교류협정을 맺고 있다.\n연도 / 대학 / 국가\n"
            "2012 / 하늘대학교 / 몽골\n2015 / 바다대학교 / 일본\n몽골 한국 몽골")
    a = analysis(text, MN + [("가나대학교", "org", "KR"), ("하늘대학교", "org", "MN"), ("바다대학교", "org", "JP")])
    got = sorted((e.date.start, [p.name for p in e.participants], e.countries) for e in add_list_events(a, ()))
    assert got == [("2012", ["가나대학교", "하늘대학교"], ("MN", "KR")),
                   ("2015", ["가나대학교", "바다대학교"], ("KR", "JP"))]


def test_a_name_of_short_words_alone_in_its_cell_visits_from_the_other_side():
    text = "몽골 한국 인사 교류\n몽측 인사 방한\n- 2018.3 바 다이 꽝 국가주석\n- 2014.10 응오 반 투 총리\n몽골 한국"
    got = sorted((e.date.start, [(p.name, p.country) for p in e.participants]) for e in add_list_events(analysis(text, MN), ()))
    assert got == [("2014-10", [("응오 반 투", "MN")]), ("2018-03", [("바 다이 꽝", "MN")])]


@pytest.mark.parametrize("line", ["- 2018.3 공식 방문 총리", "- 2018.3 몽골 정부 총리", "- 2018.3 주요 인사 총리"])
def test_common_words_before_a_title_are_no_name(line):
    text = f"몽골 한국 인사 교류\n방한\n{line}\n- 2019.5 바트 총리\n몽골 한국"
    names = {p.name for e in add_list_events(analysis(text, MN), ()) for p in e.participants}
    assert names == {"바트"}


def test_months_noted_in_brackets_take_the_year_leading_the_line():
    text = "몽골 한국 교류 연혁\n2019년: 몽골 대통령 국빈방한(3월), 한-몽골 외교장관회담(11월)\n2017년: 한-몽골 공동위원회(5월, 서울)\n몽골"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "2017-05", "2017-05"), ("meeting", "2019-11", "2019-11"), ("visit", "2019-03", "2019-03")]


def test_a_year_cell_beside_a_dated_row_of_its_table():
    text = "몽골 한국 개발협력 사업\n2016~2018 몽골 농촌개발 사업\n2019.3~2021.12 몽골 직업훈련원 건립 사업\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("project", "2016", "2018"), ("project", "2019-03", "2021-12")]


def test_the_sentence_announcing_a_list_is_no_event_of_its_own():
    text = "가나시 자매도시\n가나시는 다음 도시와 자매결연을 맺고 있다.\n몽골 다르항시 (1984.2.15)\n일본 오타루시 (1988.12.20)\n몽골 한국"
    evs = extract_events(analysis(text, MN + [("가나시", "place", "KR")]))
    assert sorted(e.date.start if e.date else None for e in evs) == ["1984-02-15", "1988-12-20"]


def test_year_headings_with_words_or_two_digits():
    text = ("몽골 한국 교류 일지\n2019년 주요 인사교류\n3월 5일 몽골 총리\n11월 20일 외교장관\n"
            "'98\n10월 3일 한-몽골 투자보장협정 서명\n몽골 한국")
    got = summary(add_list_events(analysis(text, MN, doc_date="2020-01-01"), ()))
    assert got == [("agreement", "1998-10-03", "1998-10-03"), ("visit", "2019-03-05", "2019-03-05"),
                   ("visit", "2019-11-20", "2019-11-20")]


def test_a_dated_row_led_by_its_year_is_no_heading():
    text = "몽골 한국 교류 일지\n2019년 한-몽골 포럼 개최\n2018년 한-몽골 외교장관회담\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("forum", "2019", "2019"), ("meeting", "2018", "2018")]


def test_two_dotted_numbers_on_a_page_of_month_day_rows_are_no_year_month():
    text = "몽골 한국 연혁\n- 03.05 한-몽골 외교장관회담\n- 11.22 몽골 총리 방한\n- 09.14 문화협정 서명\n몽골 한국"
    assert add_list_events(analysis(text, MN), ()) == ()


def test_a_visit_noted_with_its_occasion_under_a_visit_heading():
    text = "몽골 한국 인사 교류\n방몽\n- 대통령 : 2004.11(APEC 정상회의 참석 계기 국빈방문)\n- 총리 : 2008.3\n몽골 한국"
    a = analysis(text, MN + [("APEC", "org", None)])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("visit", "2004-11", []), ("visit", "2008-03", [])]


def test_working_groups_and_consultations_in_rows_are_meetings():
    text = ("몽골 한국 교류\n2018.5 제2차 한-몽골 공동실무그룹 개최\n2017.4 한-몽골 영사협의회\n"
            "2014.1 한-몽골 고위급협의\n2013.1 한-몽골 협의회 설립\n몽골 한국")
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "2014-01", "2014-01"), ("meeting", "2017-04", "2017-04"), ("meeting", "2018-05", "2018-05")]


def test_forum_nouns_of_rows():
    text = "몽골 한국 교류\n2019.3 한-몽골 투자 설명회\n2018.5 한-몽골 수교 기념행사\n2017.4 한-몽골 의료 워크숍\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("forum", "2017-04", "2017-04"), ("forum", "2018-05", "2018-05"), ("forum", "2019-03", "2019-03")]


def test_aid_school_and_memorandum_rows():
    text = "몽골 한국 교류\n2019.3 몽골 홍수 피해 긴급구호\n2018.5 몽골 한국학교 개교\n2017.4 한-몽골 협력각서 서명\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2017-04", "2017-04"), ("opening", "2018-05", "2018-05"), ("project", "2019-03", "2019-03")]


def test_headings_naming_projects_and_partner_universities():
    text = ("몽골 한국 교류\n한-몽골 개발협력 사업\n2016~2018 몽골 농촌개발\n2019.3~2021.12 몽골 직업훈련원 건립\n"
            "해외 교류대학 현황\n2015.3 몽골 하늘대학교\n2016.4 몽골 바다대학교\n몽골 한국")
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2015-03", "2015-03"), ("agreement", "2016-04", "2016-04"),
                   ("project", "2016", "2018"), ("project", "2019-03", "2021-12")]


def test_a_visit_row_cut_before_the_title_keeps_its_name():
    text = "몽골 한국 정상 방문\na. 2000, 2월, 바트 대통령 한국 방문\nb. 2005, 11월 18-19일, 도르지"
    a = analysis(text + "\n몽골 한국", MN + [("바트", "person", "MN")])
    got = sorted((e.date.start, [p.name for p in e.participants]) for e in add_list_events(a, ()))
    assert got == [("2000-02", ["바트"]), ("2005-11-18", ["도르지"])]


@pytest.mark.parametrize("cell", ["공식 방문", "몽골 정부", "총리", "협정"])
def test_a_cell_of_common_words_is_no_bare_name(cell):
    text = f"몽골 한국 정상 방문\na. 2000, 2월, 바트 대통령 한국 방문\nb. 2005, 11월, {cell}\n몽골 한국"
    a = analysis(text, MN + [("바트", "person", "MN")])
    assert {p.name for e in add_list_events(a, ()) for p in e.participants} <= {"바트"}


def test_a_page_cut_inside_the_last_title_keeps_the_name_before_it():
    text = "몽골 한국 인사 교류\n몽골 한국\n방한\n2019.3 바트 총리\n2016.4 바야르 대"
    got = sorted((e.date.start, [p.name for p in e.participants]) for e in add_list_events(analysis(text, MN), ()))
    assert got == [("2016-04", ["바야르"]), ("2019-03", ["바트"])]


def test_negotiation_rounds_under_an_agreement_heading_are_meetings():
    text = "몽골 한국 FTA\n주요 협정\n'99.12.14~17 제1차 협상\n2000.5.2 제2차 FTA협상 (서울)\n2003.2.15 자유무역협정 서명\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2003-02-15", "2003-02-15"), ("meeting", "1999-12-14", "1999-12-17"),
                   ("meeting", "2000-05-02", "2000-05-02")]


def test_a_later_month_opening_the_next_clause_keeps_the_year():
    text = ("몽골과 한국. 2003년 5월 몽골 총리가 방한하였으며, 9월에는 한국 외교장관이 몽골을 방문하였다. "
            "2008년 3월 협정이 서명되었고, 지난 1월에는 회담이 열렸다. 몽골 한국")
    got = summary(add_list_events(analysis(text, MN), ()))
    assert ("visit", "2003-09", "2003-09") in got and not any(g[1] and g[1].endswith("-01") for g in got)


@pytest.mark.parametrize("note,seat", [("(다르항)", "다르항"), ("(화상)", None), ("(서명)", None), ("(실무)", None)])
def test_a_meeting_row_closed_by_its_seat_in_brackets(note, seat):
    text = f"몽골 한국 공동위원회\n2019.10.15 한-몽골 공동위원회 제5차 회의 {note}\n2017.5.2 한-몽골 공동위원회 제4차 회의\n몽골 한국"
    got = {e.date.start: e.location for e in add_list_events(analysis(text, MN), ())}
    loc = got["2019-10-15"]
    assert (loc.name, loc.country) == (seat, "MN") if seat else loc is None


def test_visits_of_the_same_month_to_either_side_stay_two():
    text = ("1999년 5월 김가나 대통령이 몽골을 국빈 방문하였으며, 2006년 5월 이다라 대통령, 2011년 8월 박마바 대통령이 "
            "각각 몽골을 방문하였다. 몽골의 대통령은 1991년 10월, 1999년 11월, 2006년 5월에 한국을 방문하였다.")
    a = analysis(text, MN + [("김가나", "person", "KR"), ("이다라", "person", "KR"), ("박마바", "person", "KR")])
    got = sorted((e.date.start, e.location.country) for e in extract_events(a) if e.type == "visit")
    assert ("2006-05", "MN") in got and ("2006-05", "KR") in got


def test_sister_city_entries_with_key_value_lines():
    text = ("다온시 국제자매도시\n몽골 다르항시\n- 자매결연일 : 2001년 3월 15일\n- 위치 : 다르항올 아이막\n"
            "일본 오타루시\n- 우호협력 체결일 : 2012년 4월 9일\n몽골 한국")
    got = sorted((e.date.start, [p.name for p in e.participants], e.countries) for e in add_list_events(analysis(text, MN), ()))
    assert got == [("2001-03-15", ["다르항시"], ("KR", "MN")), ("2012-04-09", ["오타루시"], ("KR", "JP"))]


def test_year_headings_in_brackets_or_with_do():
    text = "몽골 한국 연혁\n[2019년]\n3월 5일 한-몽골 외교장관회담\n<2018>\n- 09.14 문화협정 서명\n2017년도\n5월 2일 몽골 총리 방한\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2018-09-14", "2018-09-14"), ("meeting", "2019-03-05", "2019-03-05"),
                   ("visit", "2017-05-02", "2017-05-02")]


def test_a_table_of_rounds_under_its_column_names():
    text = "몽골 한국 공동위원회 개최 현황\n차수 | 일자 | 장소\n제1차 | 2005.3.2 | 서울\n제2차 | 2008.5.14 | 다르항\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "2005-03-02", "2005-03-02"), ("meeting", "2008-05-14", "2008-05-14")]


def test_column_names_one_a_line_keep_the_heading():
    text = "몽골 한국 교류\n방한\n일자\n인사\n2019.3\n바트 총리\n2017.5\n도르지 외교장관\n몽골 한국"
    got = sorted((e.date.start, [p.name for p in e.participants]) for e in add_list_events(analysis(text, MN), ()))
    assert got == [("2017-05", ["도르지"]), ("2019-03", ["바트"])]


def test_an_aid_noun_naming_an_instruments_subject_is_no_project():
    text = "몽골 한국 협정\n- 무상원조 기본협정 (2011.4.12 서명)\n- 공동연구 협약 (2013.5.2 서명)\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2011-04-12", "2011-04-12"), ("agreement", "2013-05-02", "2013-05-02")]


def test_year_headings_survive_the_cleaner_over_their_rows():
    from coopgraph.pipeline import Pipeline

    text = ("한국과 몽골의 교류 연혁\n\n2019\n- 03.05 한-몽골 외교장관회담 (울란바토르)\n- 11.22 몽골 총리 방한\n"
            "2018년\n6월 7일 한-몽골 문화협정 서명\n")
    rec = Pipeline().analyse_text(text, ref_date="2023-01-10")
    assert "2019" in rec.text.splitlines() and "2018년" in rec.text.splitlines()
    got = sorted((e.type, e.date.start if e.date else None) for e in rec.events)
    assert ("meeting", "2019-03-05") in got and ("visit", "2019-11-22") in got and ("agreement", "2018-06-07") in got


@pytest.mark.parametrize("line,expected", [
    ("2019.3 조코위 대통령 방한", [("2019-03", "2019-03")]),
    ("2019.3 명예영사관 개설", [("2019-03", "2019-03")]),
    ("84.2 도르지 총리", [("1984-02", "1984-02")]),
    ("2019.5억원 증가", []),
    ("45.5도의 기온", []),
])
def test_a_name_starting_like_a_unit_keeps_the_rows_date(line, expected):
    s = Sentence(0, len(line), line)
    assert [(d.start, d.end) for d in list_dates(line, s, find_dates(line), pivot=20)] == expected


def test_the_committee_that_meets_is_no_party_of_its_meeting():
    text = "몽골 한국 공동위원회\n2019.10.15 한-몽골 경제공동위원회 제5차 회의\n2017.5.2 한-몽골 경제공동위원회 제4차 회의\n몽골 한국"
    a = analysis(text, MN + [("한-몽골 경제공동위원회", "org", None)])
    assert all(e.participants == () for e in add_list_events(a, ()))


def test_instruments_joined_by_a_middle_dot_or_slash_are_each_an_item():
    text = ("몽골 한국 협정\n2019.4.9 투자보장협정·이중과세방지협정 서명\n2015.3.1 문화·교육 협정 서명\n"
            "2013.2.1 항공협정/해운협정 서명\n몽골 한국")
    got = [g[1] for g in summary(add_list_events(analysis(text, MN), ()))]
    assert got == ["2013-02-01", "2013-02-01", "2015-03-01", "2019-04-09", "2019-04-09"]


def test_a_year_framing_what_follows_is_no_item_of_the_shared_act():
    text = "몽골과 한국은 1990년 수교 이후 2003년, 2008년, 2015년 세 차례 정상회담을 가졌다. 몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "2003", "2003"), ("meeting", "2008", "2008"), ("meeting", "2015", "2015")]


def test_items_that_followed_the_one_before_take_its_act():
    text = ("한국 대통령으로는 2004년 김가나 대통령이 처음으로 몽골을 방문했고, 이후 2011년 이다라 대통령, "
            "2019년 박마바 대통령이 뒤를 이었다. 몽골 한국")
    a = analysis(text, MN + [("김가나", "person", "KR"), ("이다라", "person", "KR"), ("박마바", "person", "KR")])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants], e.location.country)
                 for e in add_list_events(a, ()))
    assert got == [("visit", "2004", ["김가나"], "MN"), ("visit", "2011", ["이다라"], "MN"),
                   ("visit", "2019", ["박마바"], "MN")]


def test_month_day_rows_with_weekdays_under_a_bracketed_year_title():
    text = "몽골 한국 연혁\n<2019년 주요 활동 현황>\n- 5. 18.(화) 한-몽골 외교장관회담\n- 11.22(금)~24(일) 몽골 총리 방한\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "2019-05-18", "2019-05-18"), ("visit", "2019-11-22", "2019-11-24")]


def test_succeeding_someone_is_no_following_act():
    text = "2004년 김가나 대통령이 몽골을 방문했고, 2008년 이다라가 김가나의 뒤를 이어 대통령에 취임했다. 몽골 한국"
    got = summary(add_list_events(analysis(text, MN + [("김가나", "person", "KR")]), ()))
    assert got == [("visit", "2004", "2004")]


def test_a_place_alone_in_a_visit_row_is_no_visitor():
    text = "몽골 한국 정상 방문\na. 2000, 2월, 바트 대통령 한국 방문\nb. 2005, 11월, 다르항\n몽골 한국"
    a = analysis(text, MN + [("바트", "person", "MN"), ("다르항", "place", "MN")])
    assert {p.name for e in add_list_events(a, ()) for p in e.participants} <= {"바트"}


def test_a_pipe_table_with_signing_and_force_dates_survives_the_cleaner_in_any_order():
    # rows ordered by name, not by date: still a table (two date cells a row), not a list of headlines
    from coopgraph.pipeline import Pipeline

    text = ("한-몽골 주요 협정 체결 현황\n협정명 | 서명일 | 발효일\n항공협정 | 1993.5.20 | 1993.8.2\n"
            "투자보장협정 | 1996.9.6 | 1999.9.16\n문화협정 | 2003.2.15 | 2004.4.1\n사증면제협정 | 2002.4.18 | 2003.7.25\n")
    rec = Pipeline().analyse_text(text, ref_date="2023-01-10")
    assert "사증면제협정 | 2002.4.18 | 2003.7.25" in rec.text.splitlines()
    got = sorted((e.type, e.date.start if e.date else None) for e in rec.events)
    # one agreement a row, dated by its signing; the heading's own 협정 is the table's, no event of its own
    assert got == [("agreement", "1993-05-20"), ("agreement", "1996-09-06"), ("agreement", "2002-04-18"),
                   ("agreement", "2003-02-15")]


def test_board_rows_between_pipes_are_still_headlines():
    from coopgraph.clean.tables import chronology_run

    assert not chronology_run(["몽골 대표단 방문 결과 | 관리자 | 2023.03.01 | 조회 15",
                               "몽골 협력 회의 개최 | 관리자 | 2023.02.11 | 조회 9"])
    assert chronology_run(["항공협정 | 1993.5.20 | 1993.8.2", "문화협정 | 1991.2.1 | 1991.9.8"])


@pytest.mark.parametrize("cells", [
    ["1993", "항공협정 서명", "2003", "문화협정 서명", "2019", "제5차 한-몽골 공동위원회 개최"],
    ["1993.5.20", "항공협정 서명", "2003.2.15", "문화협정 서명", "2019.10.15", "제5차 한-몽골 공동위원회 개최"],
])
def test_a_table_flattened_one_cell_a_line_keeps_its_date_cells_and_rows(cells):
    from coopgraph.pipeline import Pipeline

    text = "한-몽골 관계 주요 연혁\n연도\n내용\n" + "\n".join(cells) + "\n"
    rec = Pipeline().analyse_text(text, ref_date="2023-01-10")
    kept = rec.text.splitlines()
    assert all(c in kept for c in cells), kept
    got = sorted((e.type, e.date.start[:4] if e.date else None) for e in rec.events)
    assert got == [("agreement", "1993"), ("agreement", "2003"), ("meeting", "2019")]


def test_a_body_noted_after_a_date_of_a_labelled_row_is_no_visitor():
    text = "몽골 한국 인사교류\n○ 방몽\n- 대통령 : 2004.11(가람 정상회의), 2012.6\n- 총리 : 2010.4\n몽골 한국"
    a = analysis(text, MN + [("가람 정상회의", "org", None)])
    evs = add_list_events(a, ())
    assert summary(evs) == [("visit", "2004-11", "2004-11"), ("visit", "2010-04", "2010-04"),
                            ("visit", "2012-06", "2012-06")]
    assert all(e.participants == () for e in evs)


def test_a_heading_act_dated_by_the_row_under_it_is_that_rows_item():
    # the clause reader's visit read on "○ 방한" with the date of the row below is the row's visit
    from coopgraph.pipeline import Pipeline

    text = "한-몽골 인사교류\n○ 방한\n- 대통령 : 2004.6(국빈), 2009.11(실무)\n- 총리 : 2008.3\n"
    rec = Pipeline().analyse_text(text, ref_date="2023-01-10")
    got = sorted((e.type, e.date.start if e.date else None) for e in rec.events)
    assert got == [("visit", "2004-06"), ("visit", "2008-03"), ("visit", "2009-11")]


def test_a_month_told_as_of_the_same_or_next_year_is_an_item_of_the_prose_list():
    text = ("1999년 5월 몽골 총리가 한국을 방문하였으며, 그 해 11월에는 한-몽골 공동위원회 제1차 회의가 열렸다. "
            "2003년 4월 문화협정을 체결하였고, 이듬해 3월에는 항공협정을 체결하였다. 몽골 한국")
    got = summary(add_list_events(analysis(text, MN), ()))
    assert ("meeting", "1999-11", "1999-11") in got and ("agreement", "2004-03", "2004-03") in got


def test_a_year_and_month_closing_a_row_or_its_brackets_dates_the_row():
    text = "몽골 한국 협정\n항공협정 서명 1993.5\n문화협정 서명 2005.3\n공동위원회\n제1차 회의(서울, 2005.3)\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN + [("서울", "place", "KR")]), ()))
    assert got == [("agreement", "1993-05", "1993-05"), ("agreement", "2005-03", "2005-03"),
                   ("meeting", "2005-03", "2005-03")]
    s = "GDP 2004.5억 달러"
    assert list_dates(s, Sentence(0, len(s), s), find_dates(s)) == []


def test_each_city_of_a_list_over_many_countries_is_korea_and_its_own_country():
    text = ("국제교류 현황\n우리 시는 여러 도시와 자매결연을 맺고 교류하고 있다.\n"
            "자매도시 : 미국 가람시(1995.3.2), 중국 나래시(2001.5.6), 일본 다솜시(2003.10.1)\n"
            "우호도시 : 몽골 라온시(2010.4.9)\n")
    a = analysis(text, [("미국", "country", "US"), ("중국", "country", "CN"), ("일본", "country", "JP"),
                        ("몽골", "country", "MN"), ("가람시", "org", "US"), ("나래시", "org", "CN"),
                        ("다솜시", "org", "JP"), ("라온시", "org", "MN")])
    got = sorted((e.date.start, e.countries) for e in add_list_events(a, ()))
    assert got == [("1995-03-02", ("KR", "US")), ("2001-05-06", ("KR", "CN")), ("2003-10-01", ("KR", "JP")),
                   ("2010-04-09", ("KR", "MN"))]


def test_the_lead_act_dated_as_of_a_day_is_the_lists_not_an_event():
    text = ("국제교류 협정 현황\n본교는 2023년 현재 한국과 몽골의 여러 대학과 학술교류협정을 체결하고 있다.\n"
            "국가 | 대학명 | 체결일\n몽골 | 가람대학교 | 2015.03.10\n몽골 | 나래대학교 | 2018.07.02\n")
    a = analysis(text, MN + [("본교", "org", "KR"), ("가람대학교", "org", "MN"), ("나래대학교", "org", "MN")])
    assert sorted(e.date.start for e in extract_events(a)) == ["2015-03-10", "2018-07-02"]


def test_rows_of_a_pipe_table_are_no_datelines():
    from coopgraph.clean.tables import pipe_table_rows

    rows = ["몽골 | 가람대학교 | 2015.03.10", "몽골 | 나래대학교 | 2018.07.02"]
    assert pipe_table_rows(["표", *rows], ["content"] * 3) == {1, 2}
    board = ["관리자 | 2020-02-11 | 9", "관리자 | 2020-02-12 | 12"]
    assert pipe_table_rows(board, ["content"] * 2) == set()
    assert pipe_table_rows(rows[:1], ["content"]) == set()  # one "outlet | date" line is a dateline


def test_entries_under_a_sister_city_heading_name_their_city():
    text = ("가람시 자매도시\n몽골 나래시\n- 체결일 : 1997년 6월 5일\n- 위치 : 몽골 북부\n"
            "몽골 다솜시\n- 체결일 : 2006년 6월 30일\n")
    a = analysis(text, MN[:1] + [("가람시", "org", "KR")])
    got = sorted((e.date.start, [p.name for p in e.participants][-1], e.countries) for e in add_list_events(a, ()))
    assert got == [("1997-06-05", "나래시", ("KR", "MN")), ("2006-06-30", "다솜시", ("KR", "MN"))]


def test_an_instrument_under_negotiation_is_no_agreement():
    text = "몽골 한국 교섭\nㅇ '99.12.14~17 한-몽골 투자보장협정 제1차 협상 (서울)\nㅇ '00.3.2~4 제2차 협상 (울란바토르)\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("meeting", "1999-12-14", "1999-12-17"), ("meeting", "2000-03-02", "2000-03-04")]


def test_two_cell_pipe_rows_of_a_date_and_an_act_are_a_table():
    from coopgraph.clean.tables import pipe_table_rows

    rows = ["1993.2.13 | 무역협정 서명", "2015.5.5 | 한-몽골 문화협정 서명"]
    assert pipe_table_rows(rows, ["content"] * 2) == {0, 1}


def test_an_act_before_since_is_no_item_of_the_act_after_it():
    text = ("한국 기관은 1991년 몽골에 처음으로 연수생을 초청한 이래 2006년 울란바토르에 사무소를 개설하였고, "
            "2019년 4월 몽골 과학기술연구원을 준공하였다. 몽골 한국")
    got = summary(add_list_events(analysis(text, MN + [("울란바토르", "place", "MN")]), ()))
    assert got == [("opening", "2006", "2006"), ("opening", "2019-04", "2019-04")]


def test_a_table_of_three_cells_a_row_flattened_one_a_line_is_read_row_by_row():
    from coopgraph.pipeline import Pipeline

    text = ("가람대학교 국제교류 협정 현황\n본교는 아시아 여러 대학과 학술교류협정을 맺고 있다.\n체결일\n기관명\n국가\n"
            "2015.03.10\n나래대학교\n몽골\n2018.07.02\n다솜대학교\n몽골\n2019.11.15\n라온대학교\n몽골\n")
    rec = Pipeline().analyse_text(text, ref_date="2024-01-10")
    kept = rec.text.splitlines()
    assert "나래대학교" in kept and "라온대학교" in kept
    got = sorted((e.type, e.date.start, tuple(sorted(e.countries))) for e in rec.events)
    assert got == [("agreement", d, ("KR", "MN")) for d in ("2015-03-10", "2018-07-02", "2019-11-15")]


def test_a_row_telling_a_body_held_is_a_meeting_under_an_older_heading():
    text = "몽골 한국 교류\n나. 주요 협정\n○ 2019.4.9 투자보장협정 서명\n2018년\n5월 : 한-몽골 이행위원회 개최\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2019-04-09", "2019-04-09"), ("meeting", "2018-05", "2018-05")]


def test_headlines_each_closed_by_the_date_below_them():
    from coopgraph.pipeline import Pipeline

    body = "가람시는 17일 몽골 울란바토르시와 교류 확대 방안을 논의했다고 밝혔다.\n"
    rows = ["몽골 총리 방한 추진", "2023.06.15", "한-몽골 경제협력 포럼 개최", "2023.06.10", "몽골과 원전 협력 MOU 체결",
            "2023.05.30"]
    # newest first: a list of related articles, no rows
    rec = Pipeline().analyse_text("가람시, 몽골과 교류\n" + body + "\n".join(rows) + "\n", ref_date="2023-06-18")
    assert not any(e.date and e.date.start in ("2023-06-15", "2023-06-10", "2023-05-30") for e in rec.events)
    # forward in time: a chronology written one cell a line, each act above its date
    page = ("한-몽골 관계 연혁\n양국은 여러 분야에서 협력하고 있다.\n무역협정 서명\n1993.2.13\n문화협정 서명\n2003.5.1\n"
            "제5차 한-몽골 공동위원회 개최\n2019.10.15\n")
    got = sorted((e.type, e.date.start) for e in Pipeline().analyse_text(page, ref_date="2023-06-18").events if e.date)
    assert got == [("agreement", "1993-02-13"), ("agreement", "2003-05-01"), ("meeting", "2019-10-15")]


def test_a_row_whose_year_and_month_lost_their_units_in_the_scrape():
    text = "몽골 한국 연혁\n2008 12 한-몽골 외교장관회담\n2015 5 한-몽골 문화협정 서명\n몽골 한국"
    got = summary(add_list_events(analysis(text, MN), ()))
    assert got == [("agreement", "2015-05", "2015-05"), ("meeting", "2008-12", "2008-12")]


def test_one_line_of_dated_items_each_with_its_act_after_a_label():
    text = ("몽골 한국 관계\n정상 교류: 1991.10 바트 대통령 방한; 1999.5 김가나 대통령 몽골 방문; 2006.5 이다라 대통령 몽골 방문\n"
            "주요 협정: 1991 무역협정, 1993 항공협정, 2003 투자보장협정\n")
    a = analysis(text, MN + [("바트", "person", "MN"), ("김가나", "person", "KR"), ("이다라", "person", "KR")])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants], e.location.country if e.location else None)
                 for e in add_list_events(a, ()))
    assert got == [("agreement", "1991", [], None), ("agreement", "1993", [], None), ("agreement", "2003", [], None),
                   ("visit", "1991-10", ["바트"], "KR"), ("visit", "1999-05", ["김가나"], "MN"),
                   ("visit", "2006-05", ["이다라"], "MN")]


def test_the_date_column_of_a_table_names_the_rows_act_and_its_city_the_partner():
    text = "국제교류 도시 현황\n도시명 국가 체결일\n나래시 몽골 1995.3.2\n다솜시 몽골 2001.5.6\n"
    a = analysis(text, MN[:1])
    got = sorted((e.type, e.date.start, [p.name for p in e.participants], e.countries) for e in add_list_events(a, ()))
    assert got == [("agreement", "1995-03-02", ["나래시"], ("KR", "MN")),
                   ("agreement", "2001-05-06", ["다솜시"], ("KR", "MN"))]


def test_rows_closed_by_their_dates_forward_within_a_year_and_an_act_going_on_since():
    from coopgraph.pipeline import Pipeline

    page = ("한-몽골 교류 연혁\n한-몽골 외교장관회담 - 2019.3.5\n몽골 총리 방한 - 2019.11.22\n"
            "한-몽골 문화협정 서명 - 2019.12.2\n한-몽골 공동연구 사업 (2016.3~현재)\n")
    got = sorted((e.type, e.date.start) for e in Pipeline().analyse_text(page, ref_date="2023-01-10").events if e.date)
    assert got == [("agreement", "2019-12-02"), ("meeting", "2019-03-05"), ("project", "2016-03"),
                   ("visit", "2019-11-22")]


def test_rows_dated_by_a_two_digit_year_and_a_month_in_wol():
    from coopgraph.pipeline import Pipeline

    page = "한국과 몽골의 협상 경과\n97.10월 양국 정상회담에서 협상 추진에 합의\n98.3월 제1차 협상 개최 (울란바토르)\n"
    assert summary(Pipeline().analyse_text(page).events) == [("meeting", "1997-10", "1997-10"),
                                                             ("meeting", "1998-03", "1998-03")]


def test_a_trip_card_listing_countries_is_one_visit_to_each():
    from coopgraph.pipeline import Pipeline

    page = ("정상외교\n• 몽골 국빈방문 및 중앙아시아 2개국 순방\n• 일시 : 2015년 6월 2일 ~ 6월 9일\n"
            "• 장소 : 몽골, 카자흐스탄, 우즈베키스탄\n"
            "몽골을 국빈방문 중인 김하늘 대통령은 3일 울란바토르에서 몽골 대통령과 정상회담을 가졌다.\n")
    evs = Pipeline().analyse_text(page, ref_date="2015-06-05").events
    visits = [(e.location.country, e.date.start, e.date.end) for e in evs if e.type == "visit"]
    assert visits == [("MN", "2015-06-02", "2015-06-09"), ("KZ", "2015-06-02", "2015-06-09"),
                      ("UZ", "2015-06-02", "2015-06-09")]
    assert [p.name for e in evs if e.type == "visit" for p in e.participants] == ["김하늘"] * 3


def test_a_card_with_one_place_or_no_trip_adds_nothing():
    from coopgraph.pipeline import Pipeline

    page = ("행사 안내\n• 한-몽골 경제협력 포럼\n• 일시 : 2015년 6월 2일\n• 장소 : 몽골, 카자흐스탄\n")
    evs = Pipeline().analyse_text(page, ref_date="2015-06-05").events
    assert not [e for e in evs if e.type == "visit"]


def test_a_prose_list_of_agreements_on_a_short_page_takes_the_sides_told_before_the_dates():
    from coopgraph.pipeline import Pipeline

    for page in ("한국과 칠레는 2011년 4월 문화협정, 2013년 6월 투자협정, 2016년 3월 사증면제협정을 체결했다.",
                 "칠레와 한국은 가깝다. 양국은 2011년 4월 문화협정, 2013년 6월 투자협정, 2016년 3월 사증면제협정을 맺었다."):
        evs = Pipeline().analyse_text(page, ref_date="2023-01-10").events
        assert sorted((e.type, e.date.start, tuple(sorted(e.countries))) for e in evs) == [
            ("agreement", "2011-04", ("CL", "KR")), ("agreement", "2013-06", ("CL", "KR")),
            ("agreement", "2016-03", ("CL", "KR"))], page


def test_a_short_heading_over_rows_closed_by_their_dates_is_kept_and_names_their_act():
    from coopgraph.pipeline import Pipeline

    page = "대구광역시 자매도시\n산티아고시\t칠레\t2009.6.12\n발파라이소시\t칠레\t2014.10.3\n"
    evs = Pipeline().analyse_text(page, ref_date="2023-01-10").events
    assert sorted((e.type, e.date.start, e.participants[-1].name) for e in evs) == [
        ("agreement", "2009-06-12", "산티아고시"), ("agreement", "2014-10-03", "발파라이소시")]


def test_year_headings_over_rows_dated_by_a_month_in_their_closing_brackets():
    from coopgraph.pipeline import Pipeline

    page = ("한-칠레 주요 행사\n[2017년]\n한-칠레 투자 포럼 개최 (3월, 산티아고)\n한-칠레 음악 축제 개최 (9월, 부산)\n"
            "[2018년]\n제4차 한-칠레 공동위원회 개최 (5월, 서울)\n")
    evs = Pipeline().analyse_text(page, ref_date="2023-01-10").events
    assert sorted((e.type, e.date.start, e.location.name if e.location else None) for e in evs) == [
        ("forum", "2017-03", "산티아고"), ("forum", "2017-09", "부산"), ("meeting", "2018-05", "서울")]


def test_the_date_cells_of_a_table_flattened_one_cell_a_line_are_rows_not_datelines():
    from coopgraph.clean.tables import cell_table_rows

    texts = ["한-칠레 협정 체결 현황", "1994.6.3", "투자보장협정", "산티아고", "2006.3.15", "문화협력협정", "서울"]
    labels = ["content", "date", "content", "content", "date", "content", "content"]
    assert cell_table_rows(texts, labels) == {1, 4}
    # one date over a news story is its dateline, not a table's cell
    texts = ["2006.3.15", "한-칠레 문화협력협정 서명식이 서울에서 열렸다.", "양국은 교류를 늘리기로 했다."]
    assert cell_table_rows(texts, ["date", "content", "content"]) == set()
    # a split byline ("입력" / date / "수정" / date) and dates running back (related articles) are no table
    texts = ["입력", "2023.03.14 15:20", "수정", "2023.03.15 09:00"]
    assert cell_table_rows(texts, ["content", "date", "content", "date"]) == set()
    texts = ["2023.06.15", "칠레 총리 방한 추진", "산티아고", "2023.06.10", "한-칠레 포럼 개최", "서울"]
    assert cell_table_rows(texts, ["date", "content", "content", "date", "content", "content"]) == set()


def test_rows_dated_by_iso_days():
    from coopgraph.pipeline import Pipeline

    page = "한-칠레 교류 일지\n2018-04-09 한-칠레 투자보장협정 서명\n2018-10-02 제2차 한-칠레 공동위원회 개최 (산티아고)\n" \
           "2019-02-11 칠레 외교장관 방한\n"
    evs = Pipeline().analyse_text(page, ref_date="2023-01-10").events
    assert sorted((e.type, e.date.start, tuple(sorted(e.countries))) for e in evs) == [
        ("agreement", "2018-04-09", ("CL", "KR")), ("meeting", "2018-10-02", ("CL", "KR")),
        ("visit", "2019-02-11", ("CL", "KR"))]


def test_a_line_of_items_between_slashes_one_of_them_relations_only():
    from coopgraph.pipeline import Pipeline

    page = "주요 연혁: 1962.6 수교 / 1994.5 주칠레 대사관 개설 / 2003.3 문화협정 서명 / 2004.2 FTA 서명\n칠레 한국\n"
    evs = Pipeline().analyse_text(page, ref_date="2023-01-10").events
    assert sorted((e.type, e.date.start) for e in evs) == [
        ("agreement", "2003-03"), ("agreement", "2004-02"), ("opening", "1994-05")]


def test_a_meeting_row_placed_by_a_country_in_brackets_glued_to_its_word():
    text = ("몽골 한국 정상외교\n2008.10.24 ASEM 정상회의 계기 양자 정상회담(라오스)에서 협력 강화 합의\n"
            "2009.5.2 한-몽골 정상회담 개최\n몽골 한국")
    got = {e.date.start: e.location for e in add_list_events(analysis(text, MN + [("라오스", "country", "LA")]), ())}
    assert (got["2008-10-24"].name, got["2008-10-24"].country) == ("라오스", "LA")


def test_an_agreement_row_closed_by_its_seat_in_brackets():
    text = "몽골 한국 협정 일지\n1993.10.21 투자보장협정 서명 (다르항)\n1991.3 무역협정 서명\n몽골 한국"
    got = {e.date.start: e.location for e in add_list_events(analysis(text, MN), ())}
    assert (got["1993-10-21"].name, got["1993-10-21"].country) == ("다르항", "MN") and got["1991-03"] is None


def test_an_opened_office_row_is_placed_in_the_known_city_it_is_named_after():
    from coopgraph.pipeline import Pipeline

    text = ("한국-몽골 교류 연혁\n\n2024년\n- 3월 12일: 한빛대학교-몽골 국립대학교 학술교류협정 체결\n"
            "- 5월: 몽골 교육부 차관 방한\n\n2023년\n- 7월: 한빛대학교 울란바토르 사무소 개소\n"
            "- 9월 5일: 몽골 보건부와 의료협력 양해각서 체결\n")
    got = [e for e in Pipeline().analyse_text(text).events if e.type == "opening"]
    assert [(e.location.name, e.location.country) for e in got] == [("울란바토르", "MN")]


def test_sister_city_rows_naming_the_country_in_brackets_after_the_city():
    from coopgraph.pipeline import Pipeline

    text = ("수원시 국제 자매도시 현황\n\n1. 비엔티안시(라오스) : 2019. 4. 9. 자매결연\n"
            "2. 다르항시(몽골) : 2015. 10. 1. 우호협력\n3. 몽골 에르데네트시 2012.5.3 자매결연\n")
    got = {e.date.start: sorted((p.name, p.country) for p in e.participants)
           for e in Pipeline().analyse_text(text).events if e.type == "agreement"}
    assert got["2019-04-09"] == [("비엔티안시", "LA"), ("수원시", "KR")]
    assert got["2015-10-01"] == [("다르항시", "MN"), ("수원시", "KR")]


def test_a_table_row_whose_place_cell_holds_a_known_city():
    from coopgraph.pipeline import Pipeline

    text = ("한국-몽골 주요 협정 체결 현황\n\n| 협정명 | 서명일 | 서명장소 |\n|---|---|---|\n"
            "| 투자보장협정 | 1991.3.28 | 서울 |\n| 항공협정 | 1993.6.1 | 울란바토르 |\n| 문화협정 | 1994.2.11 | 울란바토르 |\n")
    got = {e.date.start: e.location.name if e.location else None
           for e in Pipeline().analyse_text(text).events if e.type == "agreement"}
    assert got == {"1991-03-28": "서울", "1993-06-01": "울란바토르", "1994-02-11": "울란바토르"}


def test_talks_on_the_line_of_a_visit_are_placed_where_the_visit_went():
    text = "몽골 한국 교류\n2003.3 몽골 외교장관 방한 및 외교장관 회담\n2005.6 몽골 총리 방한\n몽골 한국"
    got = [(e.type, e.location.country if e.location else None)
           for e in add_list_events(analysis(text, MN), ()) if e.date.start == "2003-03"]
    assert sorted(got) == [("meeting", "KR"), ("visit", "KR")]


def test_year_headings_over_rows_led_by_a_dotted_month_and_day():
    from coopgraph.pipeline import Pipeline

    text = ("충남대학교 국제교류 연혁\n\n2019년\n- 3.5 몽골 국립대학교와 학술교류협정 체결\n"
            "- 10.21~25 몽골 국립대학교 총장 일행 방문\n\n2018년\n- 4.12 라오스 국립대학교와 교류협정 체결\n"
            "- 11월 베트남 하노이대학교 방문\n")
    got = sorted((e.type, e.date.start, e.date.end) for e in Pipeline().analyse_text(text).events)
    assert got == [("agreement", "2018-04-12", "2018-04-12"), ("agreement", "2019-03-05", "2019-03-05"),
                   ("visit", "2018-11", "2018-11"), ("visit", "2019-10-21", "2019-10-25")]


def test_the_korean_side_a_list_heading_names_joins_an_agreement_the_clause_reader_took():
    from coopgraph.pipeline import Pipeline

    text = ("충남대학교 국제교류 연혁\n\n2019년\n- 3.5 몽골 국립대학교와 학술교류협정 체결\n"
            "- 10.21~25 몽골 국립대학교 총장 일행 방문\n\n2018년\n- 4.12 라오스 국립대학교와 교류협정 체결\n")
    got = {e.date.start: [p.name for p in e.participants] for e in Pipeline().analyse_text(text).events
           if e.type == "agreement"}
    assert got["2019-03-05"] == ["충남대학교", "몽골 국립대학교"]


def test_visit_rows_under_a_korean_bodys_heading_go_by_who_came():
    from coopgraph.pipeline import Pipeline

    text = ("충남대학교 국제교류 연혁\n\n2019년\n- 3.5 몽골 국립대학교와 학술교류협정 체결\n"
            "- 10.21~25 몽골 국립대학교 총장 일행 방문\n\n2018년\n- 4.12 라오스 국립대학교와 교류협정 체결\n"
            "- 11월 베트남 하노이대학교 방문\n")
    got = {e.date.start: e.location.country if e.location else None
           for e in Pipeline().analyse_text(text).events if e.type == "visit"}
    assert got == {"2019-10-21": "KR", "2018-11": "VN"}


def test_pipe_table_rows_led_by_a_bare_year_cell():
    from coopgraph.pipeline import Pipeline

    text = ("한-몽골 주요 교류 현황\n\n| 연도 | 주요 내용 |\n|---|---|\n| 2017 | 한-몽골 투자보장협정 개정 서명 |\n"
            "| 2015 | 몽골 울란바토르에 한국문화원 개원 |\n")
    got = sorted((e.type, e.date.start) for e in Pipeline().analyse_text(text).events)
    assert got == [("agreement", "2017"), ("opening", "2015")]


def test_a_multilateral_summit_that_frames_a_row_is_no_party_of_it():
    # proposal of helper P (session 9): 'APEC 정상회의시 개최된 양자 정상회담' is held at the summit, not with it
    from coopgraph.pipeline import Pipeline

    text = ("몽골 한국 정상외교\n- 2019.11.14 APEC 정상회의시 개최된 양자 정상회담(태국)에서 협력 확대 합의\n"
            "- 2021.5.2 한-몽골 정상회담 개최\n- 2022.3.4 몽골 대통령 방한\n몽골 한국")
    evs = [e for e in Pipeline().analyse_text(text).events if e.type == "meeting"]
    assert evs and all("아시아태평양경제협력체" not in {p.name for p in e.participants} for e in evs), evs
