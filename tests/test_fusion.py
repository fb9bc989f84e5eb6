"""Cross-document fusion: the pure rules, then the same rules through both store backends."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kb_records import (
    committee_2019_ministry,
    committee_2019_news,
    committee_2021,
    doc,
    event,
    mou_2018,
    mou_2018_again,
)

from coopgraph.link.fusion import (
    CanonicalView,
    MentionRow,
    MentionView,
    best_match,
    fuse,
    interval,
    match_score,
    name_key,
    pick_entity,
)
from coopgraph.store import EventFilter, open_store


@given(st.text())
def test_name_key_is_idempotent(s):
    assert name_key(name_key(s)) == name_key(s)


@pytest.mark.parametrize("a, b, same", [
    ("한국과학기술정보연구원", "한국 과학기술 정보연구원", True),
    ("KISTI", "kisti", True),
    ("(재)한국국제협력단", "재 한국국제협력단", True),
    ("과기정통부", "과학기술정보통신부", False),
])
def test_name_key(a, b, same):
    assert (name_key(a) == name_key(b)) is same


@pytest.mark.parametrize("start, end, lo, hi", [
    ("2019", None, date(2019, 1, 1), date(2019, 12, 31)),
    ("2019-02", "2019-02", date(2019, 2, 1), date(2019, 2, 28)),
    ("2019-04-09", "2019-04-10", date(2019, 4, 9), date(2019, 4, 10)),
    ("2017-11", "2018-01", date(2017, 11, 1), date(2018, 1, 31)),
])
def test_interval_widens_to_precision(start, end, lo, hi):
    assert interval(start, end) == (lo, hi)


def _m(**kw) -> MentionView:
    base = dict(doc_id="new", type="meeting", start="2019-04-09", end="2019-04-09", entities=frozenset({"A", "B"}),
                countries=frozenset({"KR", "BY"}), place="민스크", doc_date="2019-04-12")
    base.update(kw)
    return MentionView(**base)


def _c(**kw) -> CanonicalView:
    base = dict(id="ev1", type="meeting", start="2019-04-09", end="2019-04-10", entities=frozenset({"A", "C"}),
                countries=frozenset({"KR", "BY"}), place="민스크", docs=frozenset({"old"}),
                doc_dates=("2019-04-11",), mention_dates=(("old", "2019-04-09", "2019-04-10"),))
    base.update(kw)
    return CanonicalView(**base)


@pytest.mark.parametrize("mention, canonical, fits", [
    (_m(), _c(), True),                                                  # overlapping days, shared entity
    (_m(start="2019-04", end="2019-04"), _c(), True),                    # month report of a day event
    (_m(start="2019", end="2019"), _c(), True),                          # year report
    (_m(type="visit"), _c(), False),                                     # different type
    (_m(start="2021-04-09", end="2021-04-09"), _c(), False),             # same committee, another year
    (_m(start="2019-05-02", end="2019-05-02"), _c(), False),             # next month
    (_m(entities=frozenset({"X"}), place=""), _c(), False),              # nothing shared
    (_m(entities=frozenset({"X"})), _c(), True),                         # same place carries it
    (_m(countries=frozenset({"KR", "UZ"})), _c(), False),                # the other country differs
    (_m(start=None, end=None), _c(), False),                             # undated: one shared entity is not enough
    (_m(start=None, end=None, entities=frozenset({"A", "C"})), _c(), True),  # undated, two shared, near doc date
    (_m(start=None, end=None, entities=frozenset({"A", "C"}), doc_date="2020-01-01"), _c(), False),  # too late
    (_m(doc_id="old", start="2019-04-10", end="2019-04-10"), _c(), False),  # same page, other date: two events
])
def test_match_rules(mention, canonical, fits):
    assert (match_score(mention, canonical) is not None) is fits


def test_strict_types_keep_two_mous_of_one_day_apart():
    c = _c(type="agreement", entities=frozenset({"KISTI", "NASB"}),
           entity_countries=(("KISTI", "KR"), ("NASB", "BY")), countries=frozenset({"KR", "BY"}))
    same = _m(type="agreement", entities=frozenset({"KISTI", "NASB"}),
              entity_countries=(("KISTI", "KR"), ("NASB", "BY")))
    other = _m(type="agreement", entities=frozenset({"KISTI", "GKNT"}),
               entity_countries=(("KISTI", "KR"), ("GKNT", "BY")))
    assert match_score(same, c) is not None
    assert match_score(other, c) is None
    # a meeting is reported with varying attendee lists, so it is not strict
    assert match_score(_m(entities=frozenset({"KISTI", "GKNT"}), entity_countries=(("KISTI", "KR"), ("GKNT", "BY"))),
                       _c(entities=frozenset({"KISTI", "NASB"}),
                          entity_countries=(("KISTI", "KR"), ("NASB", "BY")))) is not None


def test_best_match_prefers_more_shared_entities():
    weak = _c(id="ev1", entities=frozenset({"A"}))
    strong = _c(id="ev2", entities=frozenset({"A", "B"}))
    assert best_match(_m(), [weak, strong]).id == "ev2"
    assert best_match(_m(type="award"), [weak, strong]) is None


def _row(doc_id, start, end, order, conf=0.5, loc="민스크", doc_date="2019-04-12"):
    return MentionRow(doc_id=doc_id, start=start, end=end, date_text=start, location=loc, location_country="BY",
                      countries=("BY", "KR"), confidence=conf, status="happened", doc_date=doc_date, order=order)


def test_fuse_most_precise_date_wins_and_seen_range():
    f = fuse([_row("a", "2019", "2019", 1), _row("b", "2019-04-09", "2019-04-10", 2, conf=0.9, doc_date="2019-04-20"),
              _row("c", "2019-04", "2019-04", 3)])
    assert (f.start, f.end) == ("2019-04-09", "2019-04-10")
    assert f.best == 1 and f.confidence == 0.9
    assert (f.first_seen, f.last_seen) == ("2019-04-12", "2019-04-20")
    assert (f.block_lo, f.block_hi) == ("2019-04-09", "2019-04-10")


def test_fuse_undated_uses_report_window():
    f = fuse([_row("a", None, None, 1, loc=None)])
    assert f.start is None and f.location is None
    assert f.block_lo < "2019-04-12" < f.block_hi


def test_pick_entity_respects_country_and_kind():
    cands = [("E1", "org", "UZ"), ("E2", "person", "BY"), ("E3", "org", "BY")]
    assert pick_entity(cands, "org", "BY") == "E3"
    assert pick_entity(cands, "org", "VN") is None
    assert pick_entity(cands, "org", None) == "E1"


# ---------------------------------------------------------------- through the store, both backends
@pytest.mark.postgres
def test_same_happening_in_different_words_is_one_event_with_two_sources(db_url):
    store = open_store(db_url)
    store.ingest([committee_2019_ministry(), committee_2019_news(), committee_2021()])
    meetings = store.events(EventFilter(type="meeting"))
    assert len(meetings) == 2, "2019 reports fuse; the 2021 committee stays apart"
    first, second = meetings
    assert first["num_sources"] == 2 and first["num_mentions"] == 2
    assert {s["doc_id"] for s in first["sources"]} == {"d-ministry", "d-news"}
    assert first["date"]["start"] == "2019-04-09" and first["date"]["end"] == "2019-04-10"
    assert (first["first_seen"], first["last_seen"]) == ("2019-04-11", "2019-04-12")
    assert second["num_sources"] == 1 and second["date"]["start"] == "2021-06-15"
    assert first["evidence"]["doc_id"] == "d-ministry"  # the most confident report represents it
    store.close()


@pytest.mark.postgres
def test_entities_resolved_across_documents(db_url):
    store = open_store(db_url)
    store.ingest([committee_2019_ministry(), committee_2019_news(), mou_2018(), mou_2018_again()])
    msit = store.entity_ids_for("과학기술정보통신부")
    assert len(msit) == 1
    for name in ("과기정통부", "MSIT", "미래창조과학부", "과 기 정 통 부"):
        assert store.entity_ids_for(name) == msit, name
    assert store.entity_ids_for("KISTI") == store.entity_ids_for("한국과학기술정보연구원")
    # spelling "국립 과학아카데미" with a space is the same academy
    assert store.entity_ids_for("벨라루스 국립 과학아카데미") == store.entity_ids_for("NASB")
    store.close()


@pytest.mark.postgres
def test_mou_reported_twice_fuses_but_same_day_mou_with_another_partner_does_not(db_url):
    store = open_store(db_url)
    stats = store.ingest([mou_2018(), mou_2018_again()])
    assert stats.mentions == 3 and stats.merged == 1
    agreements = store.events(EventFilter(type="agreement"))
    by = [e for e in agreements if "BY" in e["countries"]]
    uz = [e for e in agreements if "UZ" in e["countries"]]
    assert len(by) == 1 and by[0]["num_sources"] == 2 and by[0]["date"]["start"] == "2018-05-03"
    assert len(uz) == 1 and uz[0]["num_sources"] == 1 and uz[0]["date"]["start"] == "2018-05"
    store.close()


@pytest.mark.postgres
def test_fusion_is_incremental(db_url):
    store = open_store(db_url)
    store.ingest([committee_2019_ministry(), committee_2021(), mou_2018()])
    before = {e["id"]: e for e in store.events()}
    stats = store.ingest([committee_2019_news()])
    assert stats.merged == 1 and stats.new_events == 0
    after = {e["id"]: e for e in store.events()}
    assert set(after) == set(before)
    changed = [i for i in after if after[i] != before[i]]
    assert len(changed) == 1 and after[changed[0]]["num_sources"] == 2
    store.close()


@pytest.mark.postgres
def test_an_alias_seen_later_merges_two_entities(db_url):
    text1 = "한국국제협력단은 2020년 3월 2일 하노이에서 베트남 과학기술부와 협의했다."
    text2 = "KOICA는 2021년 3월 5일 하노이에서 베트남 과학기술부와 사업을 시작했다."
    text3 = "한국국제협력단(KOICA)은 2022년 하노이에서 포럼을 열었다."
    viet = ("베트남 과학기술부", "VN", ())
    d1 = doc("k1", text1, [event("meeting", text1, text1, "2020-03-02", parts=[("한국국제협력단", "KR", ()), viet])])
    d2 = doc("k2", text2, [event("project", text2, text2, "2021-03-05", parts=[("KOICA", "KR", ()), viet])])
    d3 = doc("k3", text3, [event("forum", text3, text3, "2022", parts=[("한국국제협력단", "KR", ("KOICA",))])])
    store = open_store(db_url)
    store.ingest([d1, d2])
    assert store.entity_ids_for("KOICA") != store.entity_ids_for("한국국제협력단")
    store.ingest([d3])
    koica = store.entity_ids_for("KOICA")
    assert koica == store.entity_ids_for("한국국제협력단") and len(koica) == 1
    assert len(store.events(EventFilter(org="KOICA"))) == 3
    store.close()
