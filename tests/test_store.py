"""The store on both backends: migrations, idempotent and resumable ingest, queries, search, export."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from kb_records import committee_2019_ministry, committee_2019_news, committee_2021, corpus, doc, event, generated

from coopgraph.records import ErrorRecord
from coopgraph.store import EventFilter, demo_report, open_store
from coopgraph.store.export import FLAT_COLUMNS, export
from coopgraph.store.migrate import SchemaError, available

pytestmark = pytest.mark.postgres  # every test here also runs on PostgreSQL through the db_url fixture


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    s.ingest(corpus())
    yield s
    s.close()


def test_migrations_are_versioned_and_applied_once(db_url):
    s = open_store(db_url)
    versions = [r[0] for r in s.conn.query("SELECT version FROM schema_version ORDER BY version")]
    assert versions == [v for v, _, _ in available(s.conn.dialect)] and versions[0] == 1
    s.close()
    s = open_store(db_url)  # reopening applies nothing again
    assert [r[0] for r in s.conn.query("SELECT version FROM schema_version ORDER BY version")] == versions
    s.conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')")
    s.close()
    with pytest.raises(SchemaError, match="999"):
        open_store(db_url)


def _snapshot(s) -> tuple:
    return s.counts(), s.events(), s.conn.query("SELECT id, name, kind, country FROM entities ORDER BY id")


def test_ingest_is_idempotent(db_url):
    s = open_store(db_url)
    first = s.ingest(corpus())
    assert first.stored == 5 and first.present == 0
    snap = _snapshot(s)
    again = s.ingest(corpus() + corpus(), batch_size=2)
    assert again.stored == 0 and again.present == 10 and again.mentions == 0
    assert _snapshot(s) == snap
    s.close()


def test_error_records_are_kept_and_the_batch_goes_on(db_url):
    good = committee_2021()
    broken = replace(committee_2019_news(), text=None)  # violates NOT NULL: the store itself fails on it
    err = ErrorRecord(source="missing.html", code="not_found", message="no such file")
    s = open_store(db_url)
    stats = s.ingest([err, broken, good], batch_size=10)
    assert stats.stored == 1 and stats.failed == 2
    assert s.counts()["documents"] == 1 and s.counts()["errors"] == 2
    codes = dict(s.conn.query("SELECT source, code FROM errors"))
    assert codes == {"missing.html": "not_found", "d-news.txt": "internal"}
    assert s.ingest([err]).failed == 1 and s.counts()["errors"] == 2  # reported again, stored once
    s.close()


@pytest.mark.parametrize("flt, expect", [
    (EventFilter(), 4),
    (EventFilter(type="meeting"), 2),
    (EventFilter(country="uz"), 1),
    (EventFilter(pair=("KR", "BY")), 3),
    (EventFilter(pair=("BY", "UZ")), 0),
    (EventFilter(org="KISTI"), 2),
    (EventFilter(org="한국과학기술정보연구원", country="BY"), 1),
    (EventFilter(org="미래창조과학부"), 2),  # an old name finds the ministry's events
    (EventFilter(org="없는기관"), 0),
    (EventFilter(date_from="2019"), 2),
    (EventFilter(date_to="2018"), 2),
    (EventFilter(date_from="2018-05-04", date_to="2019-04-09"), 2),  # UZ "2018-05" and 2019-04-09~10 overlap
    (EventFilter(date_from="2020", date_to="2020"), 0),
    (EventFilter(text="양해각서"), 1),
    (EventFilter(text="mou"), 1),  # case folded on both backends
    (EventFilter(text="공동위"), 2),
    (EventFilter(min_sources=2), 2),
    (EventFilter(type="agreement", pair=("KR", "BY"), org="NASB", date_from="2018", date_to="2018",
                 text="MOU"), 1),
])
def test_event_filters(store, flt, expect):
    got = store.events(flt)
    assert len(got) == expect
    for ev in got:
        if flt.type:
            assert ev["type"] == flt.type
        if flt.pair:
            assert set(flt.pair) <= set(ev["countries"])


def test_events_are_spec_records_with_codes_and_sources(store):
    for ev in store.events():
        assert ev["type"] in {"agreement", "meeting"}
        assert ev["cameo"] == {"agreement": "057", "meeting": "046"}[ev["type"]]
        assert ev["plover"] == {"agreement": "AGREE", "meeting": "CONSULT"}[ev["type"]]
        assert ev["num_sources"] == len({s["doc_id"] for s in ev["sources"]}) >= 1
        assert ev["num_mentions"] == len(ev["sources"])
        for src in ev["sources"]:  # each source's evidence points into its document's text
            text = store.conn.query("SELECT text FROM documents WHERE doc_id = ?", (src["doc_id"],))[0][0]
            e = src["evidence"]
            assert text[e["start"]:e["end"]] == e["sentence"]
        assert all(p["id"] and p["name"] for p in ev["participants"])


def test_timeline_and_top_entities(store):
    rows = store.timeline()
    assert ("2018", "agreement", 2) in rows and ("2019", "meeting", 1) in rows and ("2021", "meeting", 1) in rows
    assert sum(n for *_, n in rows) == 4
    assert store.timeline(EventFilter(country="UZ")) == [("2018", "agreement", 1)]
    top = store.entities_top(pair=("BY", "KR"), limit=2)
    assert [r["pair"] for r in top] == ["BY-KR", "BY-KR"]
    assert {r["name"] for r in top} == {"과학기술정보통신부", "벨라루스 국가과학기술위원회"}  # 2 events each
    assert top[0]["events"] >= top[1]["events"]
    overall = store.entities_top(limit=3, by_pair=False)
    assert [(r["name"], r["events"]) for r in overall] == [  # ties broken by name
        ("과학기술정보통신부", 2), ("벨라루스 국가과학기술위원회", 2), ("한국과학기술정보연구원", 2)]


@pytest.mark.parametrize("query, docs", [
    ("국가과학기술위원회", {"d-ministry", "d-2021"}),     # followed by the particle 와/는
    ("국립과학아카데미와", {"d-mou"}),                    # particle included in the query
    ("민스크", {"d-ministry", "d-news"}),
    ("협력", {"d-mou", "d-2021"}),                        # 2 characters: plain table
    ("협", {"d-mou", "d-2021", "d-mou2"}),                # 1 character (협약, 협력)
    ("MOU", {"d-mou2"}),
    ("공동위 민스크", {"d-news", "d-ministry"}),          # every term must occur
    ("논의 공동연구", {"d-news"}),
    ("타슈켄트", set()),
    ("%", set()),                                        # LIKE wildcards are literal
])
def test_search_korean_substrings(store, query, docs):
    got = store.search(query)
    assert {r["doc_id"] for r in got} == docs
    for r in got:
        assert query.split()[0].casefold() in r["snippet"].casefold()


def test_export_formats(store, tmp_path):
    events = store.events()
    assert export(store, "jsonl", tmp_path / "e.jsonl") == len(events)
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines == events

    assert export(store, "csv", tmp_path / "e.csv", EventFilter(type="meeting")) == 2
    with (tmp_path / "e.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(FLAT_COLUMNS) and {r["type"] for r in rows} == {"meeting"}
    assert rows[0]["num_sources"] == "2" and rows[0]["cameo"] == "046"

    import pyarrow.parquet as pq

    assert export(store, "parquet", tmp_path / "e.parquet") == len(events)
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len(events)
    assert sorted(table.column("id").to_pylist()) == sorted(e["id"] for e in events)
    assert all(isinstance(c, list) for c in table.column("countries").to_pylist())

    assert export(store, "graphml", tmp_path / "g.graphml") == len(events)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(tmp_path / "g.graphml").getroot()
    nodes = {n.get("id"): n for n in root.iterfind(".//g:node", ns)}
    edges = root.findall(".//g:edge", ns)
    assert set(nodes) == {p["id"] for e in events for p in e["participants"]}
    kisti = store.entity_ids_for("KISTI")[0]
    nasb = store.entity_ids_for("NASB")[0]
    edge = next(e for e in edges if {e.get("source"), e.get("target")} == {kisti, nasb})
    data = {d.get("key"): d.text for d in edge.iterfind("g:data", ns)}
    assert float(data["e_weight"]) == 1.0 and data["e_years"] == "2018"  # the MOU reported twice counts once
    with pytest.raises(ValueError):
        export(store, "xlsx", tmp_path / "x")


def test_demo_report(db_url):
    out = demo_report(corpus(), db_url)
    assert "5 documents stored" in out
    assert "2018" in out and "agreement" in out
    assert "한국과학기술정보연구원" in out
    assert "BY-KR" in out


def test_document_record_round_trip(db_url):
    """A document's events come back from the store with what was put in."""
    s = open_store(db_url)
    d = committee_2019_ministry()
    s.ingest([d])
    (ev,) = s.events()
    src = ev["sources"][0]
    want = d.events[0].to_json()
    assert src["evidence"] == want["evidence"] and src["date"] == want["date"] and ev["location"] == want["location"]
    assert sorted(ev["countries"]) == sorted(want["countries"])
    assert [p["name"] for p in ev["participants"]] == [p["name"] for p in want["participants"]]
    row = s.conn.query("SELECT doc_id, source, url, title, doc_date, text FROM documents")[0]
    assert row == (d.doc_id, d.source, d.url, d.title, d.doc_date, d.text)
    s.close()


# ------------------------------------------------------------------------------ kill -9
def _ingest_cmd(path, db_url) -> list[str]:
    return [sys.executable, "-m", "coopgraph", "ingest", "--records", str(path), "--db", db_url, "--batch-size", "7",
            "--no-progress"]


def _count_docs(db_url) -> int:
    # a monitor reads: a read-only connection never checkpoints the WAL, so it cannot race the writer's
    # checkpoints (SQLite before 3.51.3 has a WAL-reset race between two checkpointing connections)
    s = open_store(db_url, mode="ro")
    try:
        return s.counts()["documents"]
    finally:
        s.close()


@pytest.mark.slow
def test_kill_9_during_ingest_then_rerun_equals_one_clean_run(db_url, tmp_path, request):
    n_docs = 1500
    records = generated(n_docs, seed=11)
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    kills = []
    for threshold in (1, n_docs // 3):  # kill early, then again later in the resumed run
        proc = subprocess.Popen(_ingest_cmd(path, db_url), env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if _count_docs(db_url) >= threshold:
                    break
            except Exception:  # noqa: BLE001 - the schema may not exist yet
                pass
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed: make the corpus larger"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        kills.append(_count_docs(db_url))
    assert 0 < kills[0] <= kills[1] < n_docs, kills
    done = subprocess.run(_ingest_cmd(path, db_url), env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr

    if db_url.startswith("sqlite"):
        clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    else:
        clean_url = request.getfixturevalue("pg_server").new_database()
    clean = open_store(clean_url)
    clean.ingest(records, batch_size=7)
    resumed = open_store(db_url)
    try:
        assert resumed.counts() == clean.counts()
        assert resumed.counts()["documents"] == n_docs
        assert resumed.events() == clean.events()
        q = "SELECT id, name, kind, country FROM entities ORDER BY id"
        assert resumed.conn.query(q) == clean.conn.query(q)
        q = "SELECT doc_id, idx, event_id, seq FROM mentions ORDER BY doc_id, idx"
        assert resumed.conn.query(q) == clean.conn.query(q)
    finally:
        resumed.close()
        clean.close()


def test_generated_corpus_fuses_repeated_reports(db_url):
    records = generated(60, seed=3)
    s = open_store(db_url)
    stats = s.ingest(records)
    assert stats.stored == 60 and stats.mentions == 120
    assert stats.merged > 0 and stats.new_events + stats.merged == 120
    multi = s.events(EventFilter(min_sources=2))
    assert multi and all(len({x["doc_id"] for x in e["sources"]}) >= 2 for e in multi)
    s.close()


def test_undated_event_report(db_url):
    text = "한국과학기술연구원은 몽골 교육과학부와 협력 방안을 논의했다."
    d = doc("u1", text, [event("meeting", text, text, parts=[("한국과학기술연구원", "KR", ("KIST",)),
                                                                ("몽골 교육과학부", "MN", ())])], doc_date="2023-03-02")
    s = open_store(db_url)
    s.ingest([d])
    (ev,) = s.events()
    assert ev["date"] is None and ev["first_seen"] == "2023-03-02"
    assert s.events(EventFilter(date_from="2000")) == []  # undated events do not pass date filters
    assert s.timeline() == [("undated", "meeting", 1)]
    s.close()


def test_sqlite_store_opens_and_reads_while_an_ingest_holds_the_write_lock(tmp_path):
    # a query (`coopgraph events`) during a long ingest must not wait for the writer
    import sqlite3
    import threading

    url = f"sqlite:///{tmp_path / 'busy.db'}"
    open_store(url).close()  # create the schema
    writer = sqlite3.connect(str(tmp_path / "busy.db"), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM documents")
    got = {}

    def read():
        s = open_store(url)
        try:
            got["counts"] = s.counts()
        finally:
            s.close()

    t = threading.Thread(target=read, daemon=True)
    t.start()
    t.join(timeout=10)
    writer.execute("ROLLBACK")
    writer.close()
    assert not t.is_alive(), "opening the store waited for the writer's lock"
    assert got["counts"]["documents"] == 0


def test_filters_agree_with_the_records_on_a_generated_store(db_url):
    # country, pair and evidence-text filters are index scans (e.id IN ...); they must answer
    # exactly the events whose records satisfy them, in the store's date order
    s = open_store(db_url)
    s.ingest(generated(80, seed=11))
    every = s.events()
    order = [e["id"] for e in every]
    cases = [
        (EventFilter(country="by"), lambda e: "BY" in e["countries"]),
        (EventFilter(pair=("UZ", "KR")), lambda e: {"KR", "UZ"} <= set(e["countries"])),
        (EventFilter(pair=("KR", "BY"), country="UZ"), lambda e: {"KR", "BY", "UZ"} <= set(e["countries"])),
        (EventFilter(text="연구원"), lambda e: any("연구원" in x["evidence"]["sentence"] for x in e["sources"])),
        (EventFilter(type="agreement", country="KR"), lambda e: e["type"] == "agreement" and "KR" in e["countries"]),
    ]
    for flt, keep in cases:
        want = [e["id"] for e in every if keep(e)]
        assert s.event_ids(flt) == want, flt
    assert any(s.event_ids(flt) for flt, _ in cases)
    assert s.event_ids(EventFilter(), limit=7) == order[:7]
    s.close()


def test_sqlite_event_pages_read_the_order_index(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'o.db'}")
    s.ingest(generated(30, seed=5))
    order = "ORDER BY (e.date_start IS NULL), e.date_start, e.date_end, e.id LIMIT 5"
    for cond, index in (("1 = 1", "events_order"), ("e.type = 'meeting'", "events_type_order")):
        plan = " ".join(r[-1] for r in s.conn.query(f"EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE {cond} "
                                                      f"{order}"))
        assert index in plan and "TEMP B-TREE" not in plan, plan
    s.close()
