"""Korean date normaliser: the case table, properties and a few direct checks."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopgraph.recognise.dates import find_dates

CASES = Path(__file__).with_name("date_cases.tsv")


def load_cases() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cat, text, ref, expected = line.split("\t")
        rows.append((cat, text, ref, expected))
    return rows


def render(found) -> str:
    """The table's notation: 'S..E' a range, 'S' a single value, '?' nothing fixed; ';' between."""
    out = []
    for d in found:
        if d.start is None:
            out.append("?")
        else:
            out.append(d.start if d.start == d.end else f"{d.start}..{d.end}")
    return ";".join(out)


ROWS = load_cases()


def test_table_is_big_and_covers_every_category():
    cats = {r[0] for r in ROWS}
    assert len(ROWS) >= 250
    assert {"absolute", "partial", "parts", "range", "damaged", "negative", "relative-ref", "relative-noref",
            "mixed"} <= cats
    assert sum(1 for r in ROWS if r[0] == "negative") >= 40
    assert len({(r[1], r[2]) for r in ROWS}) == len(ROWS), "duplicate case"


@pytest.mark.parametrize("cat,text,ref,expected", ROWS, ids=[f"{r[0]}:{r[1][:30]}|{r[2]}" for r in ROWS])
def test_case_table(cat, text, ref, expected):
    found = find_dates(text, date.fromisoformat(ref) if ref else None)
    assert render(found) == expected, [(d.text, d.rule, d.start, d.end) for d in found]
    for d in found:
        assert text[d.begin:d.stop] == d.text


# --- direct checks of spans, rules and flags ----------------------------------
def test_span_of_damaged_range_includes_until():
    text = "행사는 2017 4 9일부터 13일까지 민스크에서 열렸다."
    (d,) = find_dates(text)
    assert d.text == "2017 4 9일부터 13일까지"
    assert (d.start, d.end, d.relative) == ("2017-04-09", "2017-04-13", False)


def test_particles_are_not_in_the_span():
    (d,) = find_dates("2019년에는 협력했다")
    assert d.text == "2019년"


def test_relative_flag_and_reference():
    (d,) = find_dates("지난 15일 회의", ref=date(2018, 4, 20))
    assert d.relative and d.rule.startswith("relative")
    (d,) = find_dates("2018년 4월 15일 회의")
    assert not d.relative


def test_reference_wins_over_discourse_for_deictic_words():
    text = "2011년 6월 착수했다. 지난해 완료했다."
    assert render(find_dates(text)) == "2011-06;2010"
    assert render(find_dates(text, ref=date(2020, 3, 1))) == "2011-06;2019"


def test_anaphora_prefers_the_text():
    text = "2011 6 벨라루스에서 행사가 열렸다. 이날 장관이 참석했다."
    assert render(find_dates(text, ref=date(2020, 3, 1))) == "2011-06;2011-06"


def test_no_clock():
    # without a reference nothing relative is resolved, whatever today is
    assert render(find_dates("오늘 어제 내일 지난주 이달 올해")) == "?;?;?;?;?;?"


def test_cli_prints_json(capsys):
    from coopgraph.cli import main

    assert main(["dates", "지난 15일부터 19일까지", "--ref", "2018-04-25"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == [{"start": "2018-04-15", "end": "2018-04-19", "text": "지난 15일부터 19일까지",
                    "begin": 0, "stop": 14}]


def test_lexicon_is_consistent():
    from coopgraph.recognise._dates_lex import _load, lexicon

    data = _load()
    for key, spec in data["relative"].items():
        assert spec["kind"] in {"year", "month", "week", "day", "same"}, key
        assert spec["anchor"] in {"deictic", "anaphoric"}, key
        if "part" in spec:
            assert spec["part"] in data["year_parts"], key
    for a, b in list(data["year_parts"].values()):
        assert 1 <= a <= b <= 12
    for a, b in list(data["month_parts"].values()):
        assert 1 <= a <= b <= 31
    assert lexicon() is lexicon()  # built once


# --- properties ---------------------------------------------------------------
FORMS = [
    lambda y, m, d: f"{y}년 {m}월 {d}일",
    lambda y, m, d: f"{y}년{m}월{d}일",
    lambda y, m, d: f"{y}. {m}. {d}.",
    lambda y, m, d: f"{y}.{m:02d}.{d:02d}",
    lambda y, m, d: f"{y}-{m:02d}-{d:02d}",
    lambda y, m, d: f"{y}/{m}/{d}",
    lambda y, m, d: f"{y % 100:02d}.{m:02d}.{d:02d}",
    lambda y, m, d: f"'{y % 100:02d}년 {m}월 {d}일",
    lambda y, m, d: f"{y} {m} {d}일",
    lambda y, m, d: f"{y}년 {m:02d}월 {d:02d}일({'월화수목금토일'[date(y, m, d).weekday()]})",
]
CONTEXTS = ["{}", "양국은 {} 서울에서 협정을 체결했다.", "회의는 {}에 열렸다.", "({}) 보도자료",
            "입력 {} 수정", "13 대학이 참가한 포럼은 {}부터 열린다."]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2039, 12, 31)),
       st.sampled_from(range(len(FORMS))), st.sampled_from(CONTEXTS))
def test_any_date_in_any_form_comes_back(day, form, context):
    surface = FORMS[form](day.year, day.month, day.day)
    text = context.format(surface)
    found = find_dates(text)
    assert len(found) == 1, (text, found)
    (d,) = found
    assert d.start == d.end == day.isoformat()
    assert d.text.startswith(surface.split("(")[0].rstrip("."))


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2039, 12, 30)), st.integers(1, 20))
def test_ranges_come_back(day, length):
    last = date.fromordinal(day.toordinal() + length)
    if last.year > 2039:
        return
    text = f"포럼은 {day.year}년 {day.month}월 {day.day}일부터 {last.year}년 {last.month}월 {last.day}일까지 열렸다."
    (d,) = find_dates(text)
    assert (d.start, d.end) == (day.isoformat(), last.isoformat())


KOREAN = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
PIECES = st.sampled_from(["년", "월", "일", "부터", "까지", "~", "-", ".", " ", "지난", "오는", "이날", "올해",
                          "이달", "상반기", "말", "초", "(화)", "개", "명", "'", "/", ",", "·", "\n"])
TEXTS = st.lists(st.one_of(st.integers(0, 3000).map(str), PIECES, KOREAN, st.characters()), max_size=40).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2039, 12, 31))))
def test_invariants_on_arbitrary_text(text, ref):
    found = find_dates(text, ref)
    last = -1
    for d in found:
        assert text[d.begin:d.stop] == d.text and d.begin < d.stop
        assert d.begin >= last, "sorted and non-overlapping"
        last = d.stop
        assert (d.start is None) == (d.end is None)
        if d.start is not None:
            assert d.start <= d.end
            for v in (d.start, d.end):
                parts = [int(x) for x in v.split("-")]
                date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))  # a real calendar value


# --- lengths, brackets and the sentence's month (table-driven) -----------------
@pytest.mark.parametrize(("text", "ref", "surface", "start", "end"), [
    ("양국은 3일부터 사흘간 회의를 열었다.", date(2022, 9, 6), "3일부터 사흘간", "2022-09-03", "2022-09-05"),
    ("2021년부터 3년간 추진한다.", None, "2021년부터 3년간", "2021", "2023"),
    ("2022년 11월 1일부터 2년간 유효하다.", None, "2022년 11월 1일부터 2년간", "2022-11-01", "2024-10-31"),
    ("14일 오후 2시부터 이틀 동안 열린다.", date(2022, 6, 1), "14일 오후 2시부터 이틀 동안", "2022-06-14",
     "2022-06-15"),
    ("5월 14일(목)부터 16일(토)까지", date(2020, 5, 1), "5월 14일(목)부터 16일(토)까지", "2020-05-14", "2020-05-16"),
    ("13일(현지시간 기준) 개최", date(2022, 6, 16), "13일(현지시간 기준)", "2022-06-13", "2022-06-13"),
    ("설명회 6.3(금) 10:00", date(2022, 5, 30), "6.3(금)", "2022-06-03", "2022-06-03"),
])
def test_spans_and_values(text, ref, surface, start, end):
    found = find_dates(text, ref)
    assert [(d.text, d.start, d.end) for d in found] == [(surface, start, end)]
    assert text[found[0].begin:found[0].stop] == surface


@pytest.mark.parametrize(("text", "ref", "expected"), [
    ("다음 달 3일 서울에서 개막하고 5일 부산에서 폐막한다.", date(2023, 5, 10), ["2023-06-03", "2023-06-05"]),
    # a relative month with a day holds over the paragraph's next sentences, not over a line break
    ("다음 달 3일 개막한다. 5일에는 설명회가 있다.", date(2023, 5, 10), ["2023-06-03", "2023-06-05"]),
    ("다음 달 3일 개막한다.\n5일에는 설명회가 있었다.", date(2023, 5, 10), ["2023-06-03", "2023-05-05"]),
    ("다음 달 8일 포럼이 열린다.\n10일에는 시민 설명회가 있었다.", date(2023, 4, 5), ["2023-05-08", "2023-04-10"]),
    ("교육청은 다음 달 3일 교원을 초청한다. 4일에는 연수를 한다.\n교육청은 이같이 계획을 세웠다고 5일 밝혔다.",
     date(2023, 4, 5), ["2023-05-03", "2023-05-04", "2023-04-05"]),
    ("단장은 지난달 28일 출국했다. 30일에는 협약식에 참석했다. 시는 2일 이같이 밝혔다.", date(2023, 4, 5),
     ["2023-03-28", "2023-03-30", "2023-04-02"]),
    ("협회는 지난달 25일 협약을 맺었다고 3일 밝혔다.", date(2023, 5, 4), ["2023-04-25", "2023-05-03"]),
    ("지난달 25일 협약을 맺은 양측은 3일 후속 회의를 열고 결과를 7일 발표했다.", date(2023, 5, 9),
     ["2023-04-25", "2023-05-03", "2023-05-07"]),
])
def test_bare_day_takes_the_sentence_month_but_not_the_report_date(text, ref, expected):
    assert [d.start for d in find_dates(text, ref)] == expected


def test_a_length_without_a_start_is_no_date():
    assert find_dates("사흘간 머물렀다. 5년간 협력했다.") == ()


# --- ranges whose end is coarser than their start (issue 13) --------------------
@pytest.mark.parametrize(("text", "start", "end"), [
    ("사업은 2019년 4월 9일부터 '19년 말까지 진행한다.", "2019-04-09", "2019-12"),
    ("협약은 2019년 4월 9일부터 2020년까지 유효하다.", "2019-04-09", "2020"),
])
def test_range_with_a_coarser_end_does_not_raise(text, start, end):
    (d,) = find_dates(text)
    assert (d.start, d.end) == (start, end)


FRAGMENTS = st.sampled_from([
    "2019년", "'19년", "19년", "4월", "9일", "말", "초", "중순", "부터", "까지", "~", "-", "–", " ", ".", "(월)",
    "2019.4.9", "'99.12.14", "6.1", "8.11.", "5.31", "12월", "1월", "30일", "2일", "상반기", "하반기", "연내",
    "지난해", "올해", "내년", "이날", "같은 날", "이튿날", "지난 15일", "오는 3일", "다음 달", "지난달", "이달",
    "3년간", "사흘간", "2017", "2008 12", "간", "동안", "년도", "일까지", "월부터", "\n", "에", "는",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(FRAGMENTS, st.integers(0, 2100).map(str)), max_size=14).map("".join),
       st.one_of(st.none(), st.dates(min_value=date(1950, 1, 1), max_value=date(2039, 12, 31))))
def test_find_dates_never_raises_on_mixes_of_date_fragments(text, ref):
    found = find_dates(text, ref)
    for d in found:
        assert text[d.begin:d.stop] == d.text
        assert (d.start is None) == (d.end is None)
        if d.start is not None:
            assert d.start <= d.end, (text, d)


# --- list forms read by the recogniser (issue 9: one reader for lists and prose) ---
@pytest.mark.parametrize(("text", "expected"), [
    ("98.11.5 양국 위원회에서 협상 개시 결정", [("1998-11-05", "1998-11-05")]),
    ("ο 어업협정 (99.3.5 서명)", [("1999-03-05", "1999-03-05")]),
    ("2000.2.29~3.3 제2차 협상 개최", [("2000-02-29", "2000-03-03")]),
    ("협정 현황\n2018.7\n항공협정 서명", [("2018-07", "2018-07")]),
    ("이번 업데이트는 3.5.1 버전이다.", []),
    ("성장률은 12.3.5 수준의 세 지표로 나뉜다.", []),
])
def test_list_forms_are_read_by_the_recogniser(text, expected):
    assert [(d.start, d.end) for d in find_dates(text)] == expected


def test_list_dates_read_two_digit_years_with_the_page_pivot():
    from coopgraph.extract.chronology_dates import list_dates
    from coopgraph.records import Sentence

    line = "'21.3.4 몽골 총리 방한"
    s = Sentence(0, len(line), line)
    assert [d.start for d in list_dates(line, s, find_dates(line))] == ["2021-03-04"]
    assert [d.start for d in list_dates(line, s, find_dates(line), pivot=20)] == ["1921-03-04"]
    years = "총리는 1992,1995,1999, 2006년에 방한했다."
    got = list_dates(years, Sentence(0, len(years), years), find_dates(years))
    assert [d.start for d in got] == ["1992", "1995", "1999", "2006"]


# --- which date an act gets (extract/dating.py) and where it was (extract/place.py) -------------
def _events(text, mentions, doc_date=None):
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import hand_analysis

    from coopgraph.extract.events import extract_events

    return extract_events(hand_analysis(text, mentions, doc_date=doc_date))


MN = [("몽골", "country", "MN"), ("한국", "country", "KR")]


def test_a_visit_named_as_the_occasion_of_a_dated_act_has_its_month():
    evs = _events("김가나 장관은 23일 바트 몽골 총리의 한국 방문을 계기로 몽골 외교부와 협정을 체결했다.",
                  MN + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("몽골 외교부", "org", "MN")],
                  "2024-05-25")
    got = {e.type: (e.date.start, e.date.end) for e in evs}
    assert got == {"visit": ("2024-05", "2024-05"), "agreement": ("2024-05-23", "2024-05-23")}


def test_a_past_act_on_a_day_after_the_report_day_is_in_the_month_before():
    (ev,) = _events("김가나 장관은 25일 몽골 외교부와 협정을 체결했다.",
                    MN[:1] + [("김가나", "person", "KR"), ("몽골 외교부", "org", "MN")], "2024-05-02")
    assert (ev.date.start, ev.date.end) == ("2024-04-25", "2024-04-25")


def test_an_act_the_text_does_not_date_has_no_date():
    (ev,) = _events("한국 외교부는 몽골 외교부와 협정을 체결했다고 밝혔다.",
                    MN + [("한국 외교부", "org", "KR"), ("몽골 외교부", "org", "MN")], "2024-05-02")
    assert ev.date is None


@pytest.mark.parametrize(("text", "mentions", "place"), [
    ("한국 정부는 1992년 3월 주 몽골 대사관을 개설했다.", MN + [("주 몽골 대사관", "org", "KR")], ("몽골", "MN")),
    ("몽골 정부는 2001년 5월 주한 몽골대사관을 개설했다.", MN[:1] + [("주한 몽골대사관", "org", "MN")], ("한국", "KR")),
])
def test_an_opened_mission_is_where_its_name_places_it(text, mentions, place):
    (ev,) = _events(text, mentions)
    assert ev.type == "opening" and (ev.location.name, ev.location.country) == place


def test_a_place_inside_a_quoted_title_is_not_where_a_visit_went():
    evs = _events("김가나 장관은 ‘몽골 내 한국의 해’ 개막식 참석을 위해 바트 총리와 함께 한국을 방문했다.",
                  MN + [("김가나", "person", "KR"), ("바트", "person", "MN")], "2024-05-02")
    visit = next(e for e in evs if e.type == "visit")
    assert visit.location.name == "한국"


def test_dating_helpers():
    from coopgraph.extract.dating import _as_timeline_precision, _month_of, _told_past
    from coopgraph.records import DateExpr

    day = DateExpr(0, 3, "25일", "2024-05-25", "2024-05-25", rule="day", relative=True)
    assert (_told_past(day, "2024-05-02").start, _told_past(day, "2024-05-30").start) == ("2024-04-25", "2024-05-25")
    assert _month_of(DateExpr(0, 3, "23일", "2024-05-23", "2024-05-23", rule="day")).start == "2024-05"
    week = DateExpr(0, 3, "지난주", "2024-09-02", "2024-09-08", rule="relative-week", relative=True)
    assert (_as_timeline_precision("지난주", week).start, _as_timeline_precision("지난주", week).end) == \
        ("2024-09", "2024-09")


def test_an_act_told_as_earlier_does_not_take_the_day_of_the_act_before():
    evs = _events("김가나 장관은 5일 몽골 외교부와 협정을 체결했다. 앞서 김가나 장관은 바트 몽골 총리를 면담했다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("몽골 외교부", "org", "MN")],
                  "2024-05-06")
    got = {e.type: e.date and e.date.start for e in evs}
    assert got == {"agreement": "2024-05-05", "meeting": None}


def test_a_visit_dated_by_one_day_of_the_trip_told_elsewhere_is_the_trip():
    evs = _events("몽골 대표단은 11~14일 한국에 머문다. 한국을 공식 방문 중인 바트 총리는 12일 김가나 장관을 만났다.",
                  MN + [("김가나", "person", "KR"), ("바트", "person", "MN")], "2023-12-15")
    assert {(e.date.start, e.date.end) for e in evs if e.type == "visit"} == {("2023-12-11", "2023-12-14")}


def test_an_undated_lead_takes_the_day_and_place_the_next_sentences_tell():
    people = [("김가나", "person", "KR"), ("바트", "person", "MN"), ("울란바토르", "place", "MN")]
    evs = _events("김가나 차관이 몽골을 방문해 광물 협력 강화에 나섰다.\n"
                  "외교부는 오늘(22일) 김 차관이 지난 19~20일 울란바토르에서 바트 몽골 부총리를 면담했다고 밝혔다.",
                  MN[:1] + people, "2024-05-22")
    visit = next(e for e in evs if e.type == "visit")
    assert (visit.date.start, visit.date.end) == ("2024-05-19", "2024-05-20")  # not the report day
    assert visit.location.name in ("몽골", "울란바토르")
    # an act after a dated act is no lead: it keeps the day of the act before, not the one told after
    evs = _events("김가나 차관은 3일 바트 부총리를 면담했다.\n김 차관은 몽골 외교부와 협정을 체결했다.\n"
                  "양측은 지난 10일 울란바토르에서 실무 회의를 열었다.",
                  MN[:1] + people + [("몽골 외교부", "org", "MN")], "2024-05-22")
    assert next(e for e in evs if e.type == "agreement").date.start == "2024-05-03"


def test_a_dated_row_of_a_table_of_acts_is_no_dateline():
    from coopgraph.clean.datelines import dateline_rest, split_dated_line
    from coopgraph.clean.markers import load_markers

    titles = load_markers().reporter_titles
    for line, signed in (("2011.5.20 문화협정", False), ("2003. 7. 1. 사증면제협정", False), ("2011.5.20 한빛일보", True),
                         ("2011.5.20 홍길동 기자", True)):
        assert dateline_rest(split_dated_line(line)[2], titles) is signed, line


@pytest.mark.parametrize("line", ["Nov 28, 2019", "November 28, 2019 15:05", "28 November 2019", "입력 Nov. 28, 2019 15:05",
                                  "Published: November 28, 2019 | 홍길동 기자", "한빛대학교 홍보실 2019.11.28",
                                  "한빛시 몽골 울란바토르시와 협약 2019-11-28 조회 12",
                                  # 'on' after the keyword; a board's post number; a page that gives its update only
                                  "Posted on November 28, 2019", "No.123 | 2019.11.28 | 조회 55",
                                  "최종 업데이트 2019.11.28", "수정 2019-11-28 15:05",
                                  # the poster named after the keyword; a university office signing the post
                                  "Posted by admin on November 28, 2019", "[한빛대학교 국제교류처] 2019-11-28"])
def test_an_english_byline_dates_the_article(line):
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("홈\n국제\n한빛시, 몽골 울란바토르시와 우호협력 협약\n" + line + "\n"
            "한빛시는 지난 27일 몽골 울란바토르시와 우호협력 협약을 체결했다고 밝혔다.\n"
            "두 도시는 관광과 교육 분야에서 교류를 넓혀 나가기로 했다.\n")
    assert strip_boilerplate(page).doc_date == "2019-11-28"


def test_a_month_word_inside_another_word_is_no_date():
    from coopgraph.clean.datelines import numeric_dates

    assert numeric_dates("Mayor 5 2020") == "Mayor 5 2020" and numeric_dates("Sept. 3, 2021") == "2021.9.3"


def test_a_date_in_brackets_right_after_an_act_is_its_own():
    evs = _events("김가나 장관은 2023년 5월 바트 총리와 회담한 뒤 몽골 외교부와 협정 체결(2023.9.12)을 이끌었다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("몽골 외교부", "org", "MN")],
                  "2023-12-01")
    assert any(e.type == "agreement" and e.date.start == "2023-09-12" and dict(e.explain)["form"] == "nominal"
               for e in evs), evs


def test_a_visit_placed_nowhere_went_to_the_country_its_visitors_are_not_from():
    evs = _events("한빛시는 몽골 울란바토르시와 자매결연을 맺었다. 울란바토르시 대표단은 지난해에도 교류했다.\n"
                  "한빛시 의료봉사단은 지난 3일 의료진 20명을 파견했다.",
                  [("한빛시", "org", "KR"), ("울란바토르시", "org", "MN"), ("몽골", "country", "MN"),
                   ("한빛시 의료봉사단", "org", "KR")], "2024-05-20")
    visit = next(e for e in evs if e.type == "visit")
    assert (visit.location.name, visit.location.country) == ("몽골", "MN")


def test_a_past_act_on_a_month_after_the_report_day_is_in_the_year_before():
    (ev,) = _events("김가나 장관은 12월 28일 몽골 외교부와 협정을 체결했다.",
                    MN[:1] + [("김가나", "person", "KR"), ("몽골 외교부", "org", "MN")], "2024-01-05")
    assert (ev.date.start, ev.status) == ("2023-12-28", "happened")
    (ev,) = _events("김가나 장관은 12월 28일 몽골 외교부와 협정을 체결할 예정이다.",
                    MN[:1] + [("김가나", "person", "KR"), ("몽골 외교부", "org", "MN")], "2024-01-05")
    assert (ev.date.start, ev.status) == ("2024-12-28", "planned")


def test_the_host_nearest_before_the_act_is_where_it_happened_and_its_city_opens_its_name():
    evs = _events("한빛재단 본부에서 지난달 승인됨에 따라 5일 울란바토르국립대학교에서 한국학센터 개소식이 열렸다.",
                  [("한빛재단", "org", "KR"), ("울란바토르국립대학교", "org", "MN")], "2024-05-20")
    opening = next(e for e in evs if e.type == "opening")
    assert opening.location.name == "울란바토르" and "울란바토르국립대학교" in opening.location.aliases


def test_an_act_held_at_a_named_occasion_takes_the_year_in_its_name():
    evs = _events("김가나 장관은 ‘2024 울란바토르 광물 포럼’ 참석을 계기로 바트 몽골 부총리와 양자 면담을 갖고 협력 방안을 논의했다.",
                  [("김가나", "person", "KR"), ("바트", "person", "MN")], "2024-05-20")
    meeting = next(e for e in evs if e.type == "meeting")
    assert meeting.date is not None and meeting.date.start == "2024"


def test_an_unplaced_act_on_a_day_placed_in_one_city_and_its_country_happened_in_that_city():
    evs = _events("바트 몽골 총리는 3일부터 5일까지 한국을 방문한다. 바트 총리는 3일 서울 한빛호텔에서 김가나 장관과 협정을 "
                  "체결했다.\n몽골 광업부는 3일 한빛광물과도 양해각서를 맺었다.",
                  [("바트", "person", "MN"), ("한국", "country", "KR"), ("서울", "place", "KR"), ("김가나", "person", "KR"),
                   ("몽골 광업부", "org", "MN"), ("한빛광물", "org", "KR")], "2024-05-06")
    mous = [e for e in evs if e.type == "agreement" and "한빛광물" in names_of(e)]
    assert mous and all(e.location is not None and e.location.name == "서울" for e in mous), evs


def names_of(ev):
    return {p.name for p in ev.participants}


def test_a_bare_day_does_not_take_the_month_of_another_act_told_before_it():
    evs = _events("한빛연구원은 몽골 에너지부와 지난 2월 체결한 업무협약을 바탕으로 13일 울란바토르에서 공동 워크숍을 개최했다.",
                  [("한빛연구원", "org", "KR"), ("몽골 에너지부", "org", "MN"), ("울란바토르", "place", "MN")], "2024-05-20")
    assert next(e for e in evs if e.type == "forum").date.start == "2024-05-13"


def test_the_year_a_story_runs_on_from_is_no_context_year_for_a_bare_day():
    evs = _events("한빛시는 14일 몽골 울란바토르시와 우호협력 협약을 체결했다. 양 도시는 2015년 자매결연을 맺은 이후 교류해 왔다.",
                  [("한빛시", "org", "KR"), ("울란바토르시", "org", "MN")])
    assert sorted((e.date.start if e.date else "") for e in evs if e.type == "agreement") == ["", "2015"]


def test_a_visited_body_is_where_the_visit_went():
    evs = _events("바트 주한 몽골 대사는 지난 3일 한빛대학교를 방문해 유학생 교류를 논의했다.",
                  [("바트", "person", "MN"), ("한빛대학교", "org", "KR")], "2024-05-20")
    visit = next(e for e in evs if e.type == "visit")
    assert visit.location is not None and "한빛대학교" in (visit.location.name, *visit.location.aliases)


@pytest.mark.parametrize(("text", "typ", "place"), [
    # an envoy acts at the post the mission's name gives
    ("김가나 주 몽골 대사는 지난 3일 한빛협회가 주최한 문화 교류 행사에 참석해 축사를 했다.", "forum", "몽골"),
    # an act on the occasion of a gathering happened where the gathering's name places it
    ("김가나 장관은 ‘2024 울란바토르 광물 포럼’ 참석을 계기로 바트 몽골 부총리와 양자 면담을 갖고 협력 방안을 논의했다.",
     "meeting", "울란바토르"),
    ("양국 정상은 2025년 하노이-부산 문화엑스포의 성공적 개최에 협력하기로 했다.", "forum", "하노이"),
    # a project is carried out in the one foreign country its sentence names
    ("한국국제협력단은 지난해 라오스의 농촌 발전을 위해 새마을 시범마을 조성 사업을 시작했다.", "project", "라오스"),
])
def test_an_act_placed_nowhere_is_where_a_name_in_its_sentence_places_it(text, typ, place):
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(text, ref_date="2024-05-20")
    ev = next(e for e in rec.events if e.type == typ)
    assert ev.location is not None and ev.location.name == place, rec.events


def test_a_city_does_not_carry_its_country_among_its_aliases():
    # ANNOTATE.md: a location's aliases are the venue, the province, other spellings of the place;
    # a country is no name of a city (coordinator's decision, session 6)
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("김가나 장관은 지난 3일 울란바토르에서 바트 몽골 부총리와 회담을 가졌다.", ref_date="2024-05-20")
    ev = next(e for e in rec.events if e.type == "meeting")
    assert ev.location.name == "울란바토르" and "몽골" not in ev.location.aliases, ev.location


def test_a_bare_day_on_an_undated_page_takes_the_one_full_date_told_on_that_day():
    evs = _events("몽골을 국빈 방문 중인 김가나 대통령이 11일 울란바토르에서 열린 한-몽골 포럼에 참석하고 있다. 2024.06.11.\n"
                  "김가나 대통령은 이 자리에서 양국 협력을 강조했다.",
                  [("김가나", "person", "KR"), ("몽골", "country", "MN"), ("울란바토르", "place", "MN")])
    visit = next(e for e in evs if e.type == "visit")
    assert visit.date is not None and visit.date.start == "2024-06-11", visit.date


def test_a_visit_to_two_cities_of_a_country_is_a_visit_to_the_country():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한빛시 방문단은 지난 3일부터 5일까지 인도 뭄바이와 푸네를 방문했다.", ref_date="2024-05-20")
    visit = next(e for e in rec.events if e.type == "visit")
    assert visit.location.name == "인도", visit.location


def test_a_place_the_knowledge_base_does_not_know_gets_no_country_alias():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("인도 케랄라주 대표단이 지난 3일 한빛시를 방문해 김가나 시장과 면담했다.", ref_date="2024-05-20")
    visit = next(e for e in rec.events if e.type == "visit")
    assert "인도" not in visit.location.aliases, visit.location


def test_an_act_a_stretch_after_a_dated_happening_is_dated_by_the_stretch():
    evs = _events("김가나 장관은 지난 3월 몽골 신임 총리 취임 이후 두 달 만에 바트 총리와 첫 정상회담을 가졌다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN")], "2024-06-10")
    meeting = next(e for e in evs if e.type == "meeting")
    assert (meeting.date.start, meeting.date.end) == ("2024-05", "2024-05")


def test_shifted_keeps_the_precision_of_the_date():
    from coopgraph.extract.dating import _shifted
    from coopgraph.records import DateExpr

    def de(start):
        return DateExpr(0, 1, "x", start, start, rule="t", relative=False)

    assert _shifted(de("2023-11"), 3, "개월").start == "2024-02"
    assert _shifted(de("2023-01-31"), 1, "달").start == "2023-02-28"
    assert _shifted(de("2023-12-30"), 3, "일").start == "2024-01-02"
    assert _shifted(de("2023"), 2, "년").start == "2025"
    assert _shifted(de("2023-05"), 3, "일") is None


@pytest.mark.parametrize("text,typ,place,venue", [
    # a room of the body that acts: the city its name opens with or it is the government of
    ("부산대학교는 지난 27일 본관 대회의실에서 몽골 울란바토르대학교와 학술교류협정을 체결했다.", "agreement", "부산", "본관 대회의실"),
    ("수원시는 27일 시청 접견실에서 베트남 다낭시 대표단과 우호교류 협약을 체결했다.", "agreement", "수원", "시청 접견실"),
    ("서울대학교는 27일 교내 국제회의실에서 스리랑카 콜롬보대학교와 협약식을 가졌다.", "agreement", "서울", "교내 국제회의실"),
    # a body's campus: the city opening the body's name
    ("양 기관은 27일 인도 첸나이 소재 한빛공과대학 마드라스 캠퍼스에서 협약을 체결했다.", "agreement", "첸나이",
     "한빛공과대학 마드라스 캠퍼스"),
])
def test_a_room_or_building_is_placed_in_its_hosts_city(text, typ, place, venue):
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(text, ref_date="2024-05-28")
    ev = next(e for e in rec.events if e.type == typ)
    assert ev.location is not None and ev.location.name == place, ev.location
    assert any(a.endswith(venue) for a in ev.location.aliases), ev.location


def test_a_place_told_right_after_an_act_pointing_back_to_it_places_it():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("부산대학교는 지난 23일 몽골 울란바토르대학교와 학술교류협정을 체결했다. "
                                  "울란바토르대학교에서 이뤄진 이번 협약에는 양교 총장이 참석했다.", ref_date="2024-05-28")
    ev = next(e for e in rec.events if e.type == "agreement")
    assert ev.location is not None and ev.location.name == "울란바토르", ev.location


def test_a_word_in_e_before_a_postposition_is_no_venue():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("김가나 국장은 27일 콜롬비아 보고타를 방문했다. 김 국장은 이번 방문에서 현지 공무원들을 상대로 "
                                  "한·중남미 관계에 대해 강연한 뒤 콜롬비아 외교부와 협력 양해각서를 체결했다.", ref_date="2024-05-28")
    for ev in rec.events:
        assert ev.location is None or "관계" not in (ev.location.name, *ev.location.aliases), ev.location


def test_a_trip_under_way_runs_from_the_day_the_traveller_set_off():
    evs = _events("김가나 특사는 지난 24일 몽골로 떠났다.\n몽골을 방문 중인 김가나 특사는 26일 울란바토르에서 바트 총리를 만났다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("울란바토르", "place", "MN")],
                  "2024-06-27")
    visit = next(e for e in evs if e.type == "visit")
    assert (visit.date.start, visit.date.end) == ("2024-06-24", "2024-06-26"), visit.date


def test_the_room_a_placed_act_was_held_in_joins_its_aliases():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("김가나 총장은 27일 네팔 트리부반대학교를 방문해 대학 본관 회의실에서 교류협정을 체결했다.",
                                  ref_date="2024-05-28")
    visit = next(e for e in rec.events if e.type == "visit")
    assert visit.location.name == "네팔" and "대학 본관 회의실" in visit.location.aliases, visit.location


@pytest.mark.parametrize("top", ["한빛대학교, 몽골 울란바토르대학교와 교류협정 체결 (2019.11.28)",
                                 "한빛대학교, 몽골 울란바토르대학교와 교류협정 체결 2019-11-28 15:05",
                                 "한빛대학교, 몽골 울란바토르대학교와 교류협정 체결 Nov 28, 2019",
                                 "2019-11-28 15:05 한빛대학교는 지난 27일 몽골 울란바토르대학교와 협정을 체결했다고 밝혔다."])
def test_a_headline_closed_by_its_date_or_a_timestamp_opening_the_lead_dates_the_article(top):
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("홈\n대학소식\n" + top + "\n한빛대학교는 지난 27일 몽골 울란바토르대학교와 학술교류협정을 체결했다고 밝혔다.\n"
            "두 대학은 교수와 학생 교류를 넓혀 나가기로 했다.\n")
    assert strip_boilerplate(page).doc_date == "2019-11-28"


@pytest.mark.parametrize("text,doc_date,expected", [
    # a planned act told with a month and day before the report day: the year after
    ("한빛시는 1월 5일 몽골 울란바토르시와 우호협력 협정을 체결할 예정이다.", "2019-12-20", ("2020-01-05", "2020-01-05")),
    # the beginning or end of a month ('이달 초', '지난달 말'): only the month is known
    ("한빛시는 이달 초 몽골 울란바토르시와 우호협력 협정을 체결했다.", "2019-12-10", ("2019-12", "2019-12")),
    ("한빛시는 지난달 말 몽골 울란바토르시와 우호협력 협정을 체결했다.", "2019-12-10", ("2019-11", "2019-11")),
])
def test_a_month_day_is_placed_by_the_tense_and_a_part_of_a_month_keeps_the_month(text, doc_date, expected):
    mentions = [m for m in [("한빛시", "org", "KR"), ("몽골", "country", "MN"), ("울란바토르시", "org", "MN")]
                if m[0] in text]
    ev = next(e for e in _events(text, mentions, doc_date) if e.type == "agreement")
    assert (ev.date.start, ev.date.end) == expected, ev.date


def test_an_act_held_on_site_is_in_the_foreign_city_its_sentence_names():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한빛시는 인도 구자라트주 아메다바드시와 27일 현지에서 우호협력 협약을 체결했다.",
                                  ref_date="2024-05-28")
    ev = next(e for e in rec.events if e.type == "agreement")
    assert ev.location is not None and ev.location.name == "아메다바드", ev.location


def test_the_year_a_series_started_with_is_no_year_of_the_page():
    # with no article date, '1993년 … 사업을 시작으로' is background: the award told today gets no year from it
    evs = _events("한빛재단이 22일 몽골 정부 훈장을 수상했다. 한빛재단은 1993년 몽골 의료 지원 사업을 시작으로 "
                  "현지 병원 건립 사업을 펼쳐 왔다.", [("한빛재단", "org", "KR"), ("몽골", "country", "MN")])
    award = next(e for e in evs if e.type == "award")
    assert award.date is None or not award.date.start or award.date.start[:4] != "1993", award.date


@pytest.mark.parametrize("older_first", [True, False])
def test_a_page_with_two_stamped_stories_is_dated_by_the_longer_one(older_first):
    from coopgraph.clean.boilerplate import strip_boilerplate
    from coopgraph.clean.datelines import story_dateline

    older = "한빛일보 김가나 기자 2019.03.02 10:00\n한빛시, 몽골과 교류 논의\n한빛시는 2일 몽골 울란바토르시와 교류를 논의했다.\n"
    story = ("한빛일보 이다라 기자 2021.05.04 09:30\n한빛시, 울란바토르시와 우호협력 협약 체결\n"
             "한빛시는 4일 몽골 울란바토르시와 우호협력 협약을 체결했다고 밝혔다.\n"
             "두 도시는 공무원 연수와 청소년 교류를 넓혀 나가기로 했다.\n"
             "협약식에는 양 도시 시장과 관계자 30여 명이 참석해 협력 방안을 논의했다.\n")
    page = "홈\n국제협력\n" + (older + story if older_first else story + older)
    assert strip_boilerplate(page).doc_date == "2021-05-04"
    assert story_dateline([(0, "2020-01-02"), (3, "2020-01-02")], [0, 40, 40, 0, 99]) is None  # one date: no choice
    assert story_dateline([(0, "2020-01-02"), (3, "2021-01-02")], [0, 40, 40, 0, 80]) == "2020-01-02"  # a tie: the first


@pytest.mark.parametrize("top", ["2019.11.28 한빛대학교는 지난 27일 몽골 울란바토르대학교와 학술교류협정을 체결했다고 밝혔다.",
                                 "[2019.11.28] 한빛대학교, 몽골 울란바토르대학교와 교류협정 체결"])
def test_a_lead_or_a_title_opened_by_the_date_dates_the_article(top):
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("홈\n대학소식\n" + top + "\n두 대학은 교수와 학생 교류를 넓혀 나가기로 했다.\n"
            "협정식에는 양 대학 총장과 관계자 20여 명이 참석했다.\n")
    assert strip_boilerplate(page).doc_date == "2019-11-28"
    # a chronology's row reports nothing: it is no lead of a report
    rows = "홈\n연혁\n2019.4.9 양국은 투자보장협정을 체결했다.\n2020.5.1 양국은 사증면제협정을 체결했다.\n"
    assert strip_boilerplate(rows).doc_date is None


@pytest.mark.parametrize("top", ["한빛대학교, 몽골 울란바토르대학교와 교류협정 체결 2019.11.28 / 국제교류팀",
                                 "Hanbit University signs an exchange agreement with Ulaanbaatar University. 2019.11.28 / "
                                 "International Office",
                                 "Hanbit University signs an exchange agreement with Ulaanbaatar University 2019.11.28"])
def test_a_post_title_closed_by_its_date_and_author_dates_the_article_in_any_script(top):
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("Home\nNews\n" + top + "\n한빛대학교는 지난 27일 몽골 울란바토르대학교와 학술교류협정을 체결했다고 밝혔다.\n"
            "두 대학은 교수와 학생 교류를 넓혀 나가기로 했다.\n")
    assert strip_boilerplate(page).doc_date == "2019-11-28"



def test_with_no_article_date_a_day_no_month_places_and_a_year_an_act_runs_on_from_date_nothing():
    from coopgraph.pipeline import Pipeline

    # '22일' with no month and no article date: the meeting gets no date, not the year a longer story began
    rec = Pipeline().analyse_text("한빛시는 2010년부터 몽골에 의료봉사단을 보내고 있다. 김가나 시장은 22일 울란바토르에서 "
                                  "바트 시장과 회담했다.")
    assert [e.date for e in rec.events if e.type == "meeting"] == [None]
    # '2015년 자매결연을 맺은 이후': a background year, no year for a month and day told after it
    found = find_dates("두 도시는 2015년 자매결연을 맺은 이후 교류해 왔다. 김 시장은 5월 22일 회담했다.")
    assert [(d.text, d.start) for d in found] == [("2015년", "2015"), ("5월 22일", None)]


def test_a_background_date_inside_a_relative_clause_does_not_date_the_act_after_it():
    people = [("한빛시", "org", "KR"), ("김가나", "person", "KR"), ("몽골", "country", "MN"),
              ("울란바토르", "place", "MN"), ("바트", "person", "MN")]
    # '지난해 9월 … 받은 바트 회장을 만나': last year's award, this trip's meeting
    evs = _events("한빛시 김가나 시장은 15일 몽골 울란바토르를 방문했다. 김 시장은 이번 방문에서 지난해 9월 한빛시 "
                  "명예시민증을 받은 바트 회장을 만나 협력을 논의했다.", people, "2024-05-20")
    assert [e.date.start for e in evs if e.type == "meeting"] == ["2024-05-15"]
    # but a clause naming the gathering the act was part of dates it ('… 열린 회의에서 … 체결했다')
    evs = _events("지난해 9월 울란바토르에서 열린 회의에서 한빛시는 몽골과 협약을 체결했다.",
                  [m for m in people if m[0] in ("한빛시", "몽골", "울란바토르")], "2024-05-20")
    assert [e.date.start for e in evs if e.type == "agreement"] == ["2023-09"]


def test_the_date_a_longer_story_began_dates_no_later_act_told_without_a_date():
    from coopgraph.pipeline import Pipeline

    # '2015년 자매결연을 맺은 이후 교류해 왔다': the talks told next are no 2015 talks
    rec = Pipeline().analyse_text("한빛시와 울란바토르시는 2015년 자매결연을 맺은 이후 교류해 왔다. 김가나 시장과 바트 시장은 "
                                  "회담을 갖고 협력 확대를 논의했다.", ref_date="2024-05-20")
    assert all(e.date is None or e.date.start != "2015" for e in rec.events if e.type == "meeting")
    # '2010년부터 … 교류해 왔다' neither
    rec = Pipeline().analyse_text("한빛시는 2010년부터 몽골 울란바토르시와 교류해 왔다. 김가나 시장과 바트 시장은 회담을 갖고 "
                                  "협력 확대를 논의했다.", ref_date="2024-05-20")
    assert all(e.date is None or e.date.start != "2010" for e in rec.events if e.type == "meeting")


def test_a_place_noted_in_brackets_right_after_the_act_is_where_it_happened():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한빛시는 15일 우호협력 협약식(울란바토르)을 열고 몽골 울란바토르시와 협약을 체결했다.",
                                  ref_date="2024-05-20")
    assert {e.location.name if e.location else None for e in rec.events if e.type == "agreement"} == {"울란바토르"}


@pytest.mark.parametrize("line", ["By Kim Min-su | Nov. 28, 2019", "Written by admin on 28 November 2019",
                                  "November 28, 2019 | International Office"])
def test_an_english_author_byline_dates_the_article(line):
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("Home\nNews\nHanbit University signs exchange agreement with Ulaanbaatar University\n" + line + "\n"
            "Hanbit University signed an academic exchange agreement with Ulaanbaatar University on November 27.\n"
            "The two universities agreed to expand faculty and student exchanges.\n")
    assert strip_boilerplate(page).doc_date == "2019-11-28"


@pytest.mark.parametrize("text,country", [
    ("바트 주한 몽골 대사는 15일 주한 몽골 대사관에서 고려대학교와 교류협정을 체결했다.", "KR"),
    ("김가나 대사는 15일 주몽골 한국대사관에서 몽골 과학기술대학교와 협약을 체결했다.", "MN")])
def test_a_mission_stands_where_it_is_posted_not_in_the_country_it_serves(text, country):
    from coopgraph.pipeline import Pipeline

    ev = next(e for e in Pipeline().analyse_text(text, ref_date="2024-05-20").events if e.type == "agreement")
    assert ev.location is not None and ev.location.country == country, ev.location


def test_a_venue_at_a_port_station_or_airport_is_in_its_city():
    from coopgraph.extract.place_kb import _facility_city
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한국해양대는 15일 부산항 국제여객터미널에서 베트남 해양대학과 협약을 체결했다.",
                                  ref_date="2024-05-20")
    ev = next(e for e in rec.events if e.type == "agreement")
    assert ev.location.name == "부산" and "부산항 국제여객터미널" in ev.location.aliases, ev.location
    assert _facility_city("인천국제공항")[0] == "인천" and _facility_city("대항") is None


# byline and dateline shapes of sites the corpus does not hold (an invented bench, no corpus text): each must date the
# article above or below its body
BYLINE_SHAPES = [

 "작성자 관리자 작성일 2019-11-28 조회 120",
 "작성자 : 국제교류팀 | 작성일 : 2019.11.28 | 조회수 : 120",
 "글쓴이 관리자 날짜 2019.11.28 조회 57",
 "등록일 2019.11.28",
 "등록일 : 2019-11-28 15:05",
 "게시일 2019-11-28",
 "게시일자 : 2019.11.28",
 "작성일자 2019.11.28",
 "날짜 2019-11-28",
 "일자 2019.11.28",
 "Date 2019.11.28",
 "Date : 2019-11-28 | Hit : 120",
 "2019-11-28 | 조회수 120",
 "2019.11.28 조회 120",
 "관리자 2019.11.28 조회수 120",
 "국제교류팀 2019-11-28 Hit 120",
 "홍보팀 │ 2019.11.28",
 "기사입력 2019.11.28 오후 3:05",
 "기사입력 : 2019년 11월 28일 15:05",
 "승인 2019.11.28 15:05",
 "입력 : 2019-11-28 15:05:11 | 수정 : 2019-11-28 16:00:00",
 "2019년 11월 28일 (목) 15:05",
 "[한빛신문] 2019년 11월 28일",
 "발행일 2019.11.28",
 "보도일 2019. 11. 28.",
 "배포일시 2019. 11. 28.(목) 15:00",
 "보도일시 2019년 11월 28일(목) 조간",
 "Posted on 2019-11-28 by admin",
 "November 28, 2019",
 "Nov 28, 2019 | News",
 "2019/11/28 15:05",
 "작성일 19-11-28 15:05",
 "등록 2019.11.28 15:05 / 수정 2019.11.29",
 "최종수정 2019.11.28 15:05",
 "글번호 120 작성자 관리자 등록일 2019-11-28 조회수 57",
 "번호 120 | 작성자 국제처 | 등록일 2019.11.28 | 조회 57",
 "분류 대학소식 작성자 홍보팀 작성일 2019.11.28",
 "조회수 57 등록일 2019-11-28",
 "2019.11.28 | 홍보팀 | 조회 57",
 "작성자 홍보팀 / 2019.11.28 / 조회 57",
 "한빛대학교 홍보팀 | 2019.11.28",
 "(2019.11.28)",
 "2019-11-28 목요일",
 "Updated : 2019-11-28 15:05",
 "송고시간 2019-11-28 15:05",
 "업데이트 2019.11.28 15:05",
 "출처 : 한빛일보 (2019.11.28)",
 "홍길동 기자 | 승인 2019.11.28 15:05 | 댓글 0",
 "데스크 입력 2019.11.28 15:05",
 "편집부 | 2019-11-28",
 "Written by 관리자 | 2019-11-28",
 "등록자 관리자 등록일 2019-11-28",
 "담당부서 국제협력과 등록일 2019-11-28",
 "작성일시 2019-11-28 15:05:00",
 "Date. 2019.11.28",
 "2019.11.28. 15:05",
]


@pytest.mark.parametrize("where", ["above", "below"])
@pytest.mark.parametrize("shape", BYLINE_SHAPES)
def test_byline_shapes_of_unseen_sites_date_the_article(shape, where):
    from coopgraph.clean.boilerplate import strip_boilerplate

    if where == "below" and shape in ("등록일 2019.11.28", "출처 : 한빛일보 (2019.11.28)"):
        pytest.skip("under the body these may be the outlet's registration or a cited source, not the article's date")
    top = "홈\n대학소식\n한빛대학교, 몽골 울란바토르대학교와 교류협정 체결\n"
    body = ("한빛대학교는 지난 27일 몽골 울란바토르대학교와 학술교류협정을 체결했다고 밝혔다.\n"
            "두 대학은 교수와 학생 교류를 넓혀 나가기로 했다.\n협정식에는 양 대학 총장과 관계자 20여 명이 참석했다.\n")
    page = top + shape + "\n" + body if where == "above" else top + body + shape + "\n목록\n"
    assert strip_boilerplate(page).doc_date == "2019-11-28"


def test_an_act_held_on_site_with_a_city_the_knowledge_base_does_not_know_is_in_that_city():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("울산시는 15일 현지에서 베트남 닌빈시와 우호협력 협약을 체결했다.", ref_date="2024-05-20")
    ev = next(e for e in rec.events if e.type == "agreement")
    assert ev.location is not None and ev.location.country == "VN" and "닌빈" in (ev.location.name, *ev.location.aliases)


@pytest.mark.parametrize("text,place", [("KOICA는 15일 케냐 키수무에서 직업훈련센터 개소식을 열었다.", "키수무"),
                                        ("한빛문화원은 15일 이집트 남부 아스완대학교에서 한국문화 전시공간 개관식을 열었다.", "이집트")])
def test_a_place_the_knowledge_base_lacks_named_after_its_country_is_the_place_a_body_there_is_not(text, place):
    from coopgraph.pipeline import Pipeline

    ev = next(e for e in Pipeline().analyse_text(text, ref_date="2024-05-20").events)
    assert ev.location is not None and ev.location.name == place, ev.location


def test_a_dated_credit_after_the_last_sentence_dates_a_page_with_no_byline():
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("홈\n국제\n한빛시, 몽골 울란바토르시와 우호협력 협약\n"
            "한빛시는 지난 27일 몽골 울란바토르시와 우호협력 협약을 체결했다고 밝혔다.\n"
            "두 도시는 관광과 교육 분야에서 교류를 넓혀 나가기로 했다. ⓒ한빛일보 무단전재 및 재배포 금지 2019.11.28\n")
    got = strip_boilerplate(page)
    assert got.doc_date == "2019-11-28" and "무단전재" not in got.text and "교류를 넓혀" in got.text


def test_each_office_of_coordinated_openings_is_placed_by_its_own_name():
    from coopgraph.pipeline import Pipeline

    text = ("한국 정부는 호주에 공관을 늘려 왔다. 정부는 1991년 3월 시드니 총영사관을, "
            "1996년 7월 멜버른 총영사관을 설치하였다.")
    rec = Pipeline().analyse_text(text, ref_date="2024-05-20")
    got = {e.date.start: e.location.name for e in rec.events if e.type == "opening" and e.location}
    assert got.get("1996-07") == "멜버른"


@pytest.mark.parametrize("where,city,alias", [
    ("인도 구자라트주 바도다라에서", "바도다라", "구자라트주"),
    ("인도 바도다라 한빛호텔에서", "바도다라", "한빛호텔"),
    ("케냐 키수무 컨벤션센터에서", "키수무", "컨벤션센터"),
])
def test_an_unknown_city_between_its_country_and_the_venue_is_the_place(where, city, alias):
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(f"한빛대학교는 지난 3일 {where} 양국 전문가 포럼을 개최했다.", ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == "forum"]
    assert ev.location.name == city and alias in ev.location.aliases


@pytest.mark.parametrize("told,city", [
    ("므완자에 위치한 므완자 아동병원은 300개 병상을 갖췄다.", "므완자"),
    ("도도마에 자리한 탄자니아 아동병원은 300개 병상을 갖췄다.", "도도마"),
])
def test_an_opened_body_told_with_the_city_it_stands_in_is_placed_there(told, city):
    from coopgraph.pipeline import Pipeline

    first = "한빛재단이 지원한 탄자니아 므완자 아동병원이" if city == "므완자" else "한빛재단이 지원한 탄자니아 아동병원이"
    rec = Pipeline().analyse_text(f"{first} 오는 25일 탄자니아에서 문을 연다. {told}", ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == "opening"]
    assert ev.location.name == city


def test_two_venues_of_one_city_joined_by_and_are_placed_in_that_city():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("양측 실무 회의가 5월 3일 몽골 울란바토르의 한빛센터 사무실과 바트 장관 자택에서 열렸다.",
                                  ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == "meeting"]
    assert ev.location.name == "울란바토르" and any("자택" in a for a in ev.location.aliases)


@pytest.mark.parametrize("text,typ,name", [
    ("한국과학기술연구원(KIST) 김가나 책임연구원이 지난달 30일 울란바토르 몽골 과학아카데미(MAS) 본원에서 공로 메달을 받았다.",
     "award", "울란바토르"),
    ("한국과학기술정보연구원(KISTI)과 몽골 과학아카데미(MAS)는 지난 3일 MAS 본원에 공동 정보센터를 열었다.",
     "opening", "몽골 과학아카데미"),
])
def test_premises_named_after_another_body_are_that_bodys_not_the_actors(text, typ, name):
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(text, ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == typ]
    assert ev.location.name == name and ev.location.country == "MN"


def test_a_host_body_opened_by_its_city_is_the_venue_alias_of_that_city():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한빛시는 지난 3일 울란바토르 국립대학교에서 양국 도시 포럼을 공동 개최했다.", ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == "forum"]
    assert ev.location.name == "울란바토르" and "울란바토르 국립대학교" in ev.location.aliases


def test_a_body_with_a_topic_locative_before_an_opening_is_where_it_opened():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("2019년 울란바토르 한빛대학교에는 한국어 교육센터가 문을 열었다.", ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == "opening"]
    assert ev.location.name == "울란바토르"


def test_a_visit_to_an_unknown_city_named_after_its_country_and_province():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한빛시 대표단은 지난 3일 인도 구자라트주 간디나가르시를 방문했다.", ref_date="2024-05-20")
    (ev,) = [e for e in rec.events if e.type == "visit"]
    assert ev.location.name == "간디나가르시" and "구자라트주" in ev.location.aliases and ev.location.country == "IN"


@pytest.mark.parametrize("text,place", [
    ("한빛대학교 대표단은 지난 3일 몽골로 건너가 몽골 국립대학교와 교류협정을 체결했다.", "몽골"),
    ("김가나 장관은 지난 3일 몽골로 떠나기에 앞서 바트 대사와 면담했다.", None),
])
def test_the_place_the_actors_went_to_earlier_in_the_clause(text, place):
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(text, ref_date="2024-05-20")
    (ev,) = rec.events
    assert (ev.location.name if ev.location else None) == place


def test_a_planned_visit_told_with_its_plan_word_at_the_end_of_the_sentence_is_ahead():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("한빛일보\n입력 2024.05.28 10:00\n바트 몽골 대통령은 2월 방한해 정상회담을 가질 계획이다.\n"
                                  "두 나라는 앞으로 교류를 넓혀 나가기로 했다.")
    got = {e.type: e.date.start for e in rec.events}
    assert got.get("visit") == "2025-02" and got.get("meeting") == "2025-02"


@pytest.mark.parametrize("line,typ,start", [
    ("바트 몽골 대통령이 2월 방한한다.", "visit", "2025-02"),
    ("한빛시는 3일 몽골 울란바토르시와 우호협력 협약을 체결한다고 밝혔다.", "agreement", "2024-12-03"),
    ("한빛시는 3일 몽골 울란바토르시와 우호협력 협약을 체결했다고 밝혔다.", "agreement", "2024-11-03"),
])
def test_an_act_told_in_the_present_of_a_report_is_ahead_of_it(line, typ, start):
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(f"한빛일보\n입력 2024.11.28 10:00\n{line}\n두 기관은 앞으로 교류를 넓혀 나가기로 했다.")
    (ev,) = [e for e in rec.events if e.type == typ]
    assert ev.date.start == start


def test_a_missions_residence_abroad_places_the_act_in_the_country_it_is_posted_to():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("김가나 대사는 지난 3일 주몽골 대사관저에서 바트 장관과 면담했다.", ref_date="2024-05-20")
    (ev,) = rec.events
    assert (ev.type, ev.location.name, ev.location.country) == ("meeting", "몽골", "MN")


def test_a_month_noted_after_an_act_or_the_trip_it_was_the_occasion_of_dates_it():
    # '개최(24.3월)': the month noted in brackets; '개소(이번 순방 계기)': the month of this trip; neither takes
    # the month noted after another item of the list ('조성(24.6월),') nor the year of the visit it all came after
    evs = _events("김가나 대통령은 22일 몽골 울란바토르를 방문해 바트 대통령과 정상회담을 가졌다. 양 정상은 작년 5월 바트 대통령 "
                  "방한 이후, 한빛에너지 발전소 기공식 개최(24.3월), 공동펀드 조성(24.6월), 한몽 비즈니스 센터 "
                  "울란바토르 개소(이번 순방 계기) 등 성과가 이어지고 있음을 평가했다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("울란바토르", "place", "MN"),
                        ("한몽 비즈니스 센터", "org", "MN")],
                  "2024-10-23")
    got = {e.type: e.date.start for e in evs if e.date is not None}
    assert got.get("project") == "2024-03" and got.get("opening") == "2024-10", got


@pytest.mark.parametrize("text, place", [
    ("한빛대학교는 지난 5일 베트남 하노이 국립대학교와 학술교류협정을 체결했다.", "하노이"),
    ("한빛대학교는 지난 5일 베트남 닌빈 국립대학교와 학술교류협정을 체결했다.", "닌빈"),
    ("한빛대학교는 지난 5일 본교를 방문한 베트남 하노이 국립대학교와 학술교류협정을 체결했다.", None),
])
def test_an_agreement_placed_nowhere_is_where_its_foreign_partner_is_named_to_be(text, place):
    from coopgraph.pipeline import Pipeline

    ev = next(e for e in Pipeline().analyse_text(text, ref_date="2024-05-28").events if e.type == "agreement")
    if place is None:  # a partner received at home: not where it is from
        assert ev.location is None or ev.location.country == "KR", ev.location
    else:
        assert ev.location is not None and ev.location.name == place and ev.location.country == "VN", ev.location


def test_an_act_whose_noun_sets_its_sentence_takes_the_days_and_place_of_the_happening_told_before():
    # two days running told as a pair ('1일과 2일') are one stretch; the happening told with them has no act
    # word, and the next sentence's '진행된 기념행사에는' is that happening
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text(
        "올해는 한국과 몽골 수교 35주년이다. 1990년 이후 양국은 교류를 넓혀 왔고 2010년과 2021년에 관계를 격상했다.\n"
        "지난 10월 1일과 2일 울란바토르에서는 양국 인사들이 모여 협력 방향을 논의하는 시간을 가졌다.\n"
        "김가나 주몽골대한민국대사의 주최로 진행된 기념행사에는 바트 몽골 외교부 차관 등이 참석했다.",
        ref_date="2024-10-28")
    ev = next(e for e in rec.events if e.type == "forum")
    assert (ev.date.start, ev.date.end) == ("2024-10-01", "2024-10-02"), ev.date
    assert ev.location is not None and ev.location.name == "울란바토르", ev.location


@pytest.mark.parametrize("told, start, end", [
    ("현지시간 19일 울란바토르에서 바트 몽골 외교부 차관과 면담했다.", "2024-05", "2024-05"),
    ("현지시간 19일과 20일 이틀 동안 울란바토르에서 바트 몽골 외교부 차관 등을 면담했다.", "2024-05-19", "2024-05-20"),
])
def test_an_undated_visit_lead_is_the_trip_the_next_sentence_dates(told, start, end):
    # one day of an act told after the lead is a day within the trip (its month); a stretch told is the trip
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("입력 2024.05.28\n김가나 외교부 차관보가 몽골을 방문해 경제협력 강화에 나섰다.\n"
                                  "김 차관보는 " + told)
    visit = next(e for e in rec.events if e.type == "visit")
    assert (visit.date.start, visit.date.end) == (start, end), visit.date


@pytest.mark.parametrize("text, typ, place", [
    # a province and a city the knowledge base lacks
    ("지난 23일 모로고로주 킬로사에서 한빛 모자보건센터 준공식이 열렸다. 한국국제협력단과 탄자니아 보건부가 참석했다.",
     "opening", "킬로사"),
    # a body named by the foreign city it stands in, opened
    ("2024년 7월 두샨베 세종학당이 개원할 예정입니다. 타지키스탄 교육부와 협력했다.", "opening", "두샨베"),
])
def test_a_place_named_with_its_province_or_a_body_named_by_its_city_places_the_act(text, typ, place):
    from coopgraph.pipeline import Pipeline

    ev = next(e for e in Pipeline().analyse_text(text, ref_date="2024-05-28").events if e.type == typ)
    assert ev.location is not None and ev.location.name == place, ev.location


def test_a_visit_to_korea_is_in_korea_whatever_country_the_later_venue_is_linked_to():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("13일 방한한 몽골 환경관광부 대표단은 14일 정부대전청사에서 산림청과 "
                                  "'제9차 한-몽 산림협력위원회'를 열었다.", ref_date="2024-05-28")
    visit = next(e for e in rec.events if e.type == "visit")
    assert visit.location is not None and visit.location.country == "KR", visit.location


def test_an_act_chained_by_go_takes_the_tense_of_the_verb_closing_its_sentence():
    # '11일 … 회담을 갖고 … 논의한다' on 20 February, in a story of a trip next month: the 11th ahead, not past
    evs = _events("김가나 장관은 11일 바트 몽골 외교부 장관과 회담을 갖고 양국 협력 방안을 논의한다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("몽골 외교부", "org", "MN")],
                  "2025-02-20")
    meeting = next(e for e in evs if e.type == "meeting")
    assert meeting.date.start == "2025-03-11", meeting.date
    evs = _events("김가나 장관은 11일 바트 몽골 외교부 장관과 회담을 갖고 협력 방안을 논의했으며 내년에 다시 만난다.",
                  MN[:1] + [("김가나", "person", "KR"), ("바트", "person", "MN"), ("몽골 외교부", "org", "MN")],
                  "2025-02-20")
    meeting = next(e for e in evs if e.type == "meeting")
    assert meeting.date.start == "2025-02-11", meeting.date


def test_a_visit_told_before_the_body_it_went_to_is_where_that_body_is():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("입력 2024.05.28\n한빛대학교 방문단은 지난 13일 몽골 울란바토르대학교와 협정을 맺었다. "
                                  "또한 15일 찾은 몽골 국립과학기술대학교와는 학생교류 방안에 대해 논의했다.")
    visit = next((e for e in rec.events if e.type == "visit" and e.date and e.date.start == "2024-05-15"), None)
    assert visit is not None and visit.location is not None and visit.location.country == "MN", visit


def test_a_visit_whose_object_is_told_went_there_not_to_the_place_of_the_act_after_it():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("입력 2024.05.28\n몽골을 방문 중인 김가나 외교부 장관은 11일 울란바토르에서 열린 "
                                  "한-몽골 협력센터 개소식에 참석했다.")
    got = {e.type: e.location.name if e.location else None for e in rec.events}
    assert got.get("visit") == "몽골" and got.get("opening") == "울란바토르", got


def test_a_visit_to_a_site_of_a_place_went_to_that_place():
    from coopgraph.pipeline import Pipeline

    rec = Pipeline().analyse_text("입력 2024.05.28\n김가나 차관은 회의에 앞서 13일 투브아이막주 졸트의 신수도 건설 현장을 "
                                  "방문했다. 몽골 도시개발부와 협의했다.")
    visit = next(e for e in rec.events if e.type == "visit")
    assert visit.location is not None and visit.location.name == "졸트", visit.location
