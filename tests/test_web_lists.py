"""Event lists of the web layer: cached totals follow every write, the trigram text filter answers what
LIKE answers, keyset cursors and per-event probes give the same pages as offsets and lists, and
`coopgraph serve --workers 2` serves from two processes. SQLite and the test-started PostgreSQL.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from web_store import records

pytestmark = pytest.mark.postgres  # the backend-parametrized tests also run on PostgreSQL


@pytest.fixture(scope="module")
def web_records(tmp_path_factory):
    return records(tmp_path_factory.mktemp("lists-input"))


@pytest.fixture
def filled(db_url, web_records):
    from coopgraph.store import open_store

    store = open_store(db_url)
    store.ingest(web_records)
    yield store
    store.close()


def _filters():
    from coopgraph.store.protocol import EventFilter
    from coopgraph.web.queries import WebFilter

    return [WebFilter(), WebFilter(EventFilter(country="KR")), WebFilter(EventFilter(pair=("KR", "UZ"))),
            WebFilter(EventFilter(org="KISTI")), WebFilter(EventFilter(text="협력")),
            WebFilter(EventFilter(text="양해각서", country="KR")), WebFilter(EventFilter(type="agreement")),
            WebFilter(EventFilter(date_from="2020", date_to="2024", country="KR")),
            WebFilter(EventFilter(org="KISTI", text="정보")), WebFilter(status="happened")]


# ------------------------------------------------------------------ caching
def test_cached_totals_follow_writes_of_other_connections(db_url, web_records):
    """The app's cached totals, facets and stats change when another connection (another process, the
    CLI) stores documents: the cache key is the store's data version."""
    from fastapi.testclient import TestClient

    from coopgraph.store import open_store
    from coopgraph.web import create_app

    half = len(web_records) // 2
    writer = open_store(db_url)
    try:
        writer.ingest(web_records[:half])
        with TestClient(create_app(db_url)) as c:
            before = c.get("/api/events?country=KR").json()["total"]
            facets = c.get("/api/events?country=KR&facets=1").json()["facets"]
            stats = c.get("/api/stats").json()["counts"]
            assert c.get("/api/events?country=KR").json()["total"] == before  # from the cache, same answer
            writer.ingest(web_records[half:])
            after = c.get("/api/events?country=KR&limit=500").json()
            assert after["total"] > before
            assert after["total"] == len(after["events"]) == len(writer.event_ids(_kr()))
            assert c.get("/api/stats").json()["counts"]["documents"] == stats["documents"] + len(web_records) - half
            assert c.get("/api/events?country=KR&facets=1").json()["facets"] != facets
    finally:
        writer.close()


def _kr():
    from coopgraph.store.protocol import EventFilter

    return EventFilter(country="KR")


def test_cached_totals_follow_writes_of_other_programs(tmp_path, web_records):
    """On SQLite even a write that bypasses coopgraph (no write counter moved) is seen: PRAGMA data_version."""
    import sqlite3

    from fastapi.testclient import TestClient

    from coopgraph.store import open_store
    from coopgraph.web import create_app

    path = tmp_path / "kb.db"
    store = open_store(f"sqlite:///{path}")
    store.ingest(web_records)
    store.close()
    with TestClient(create_app(f"sqlite:///{path}")) as c:
        before = c.get("/api/events?country=KR").json()["total"]
        assert before > 1
        db = sqlite3.connect(path)
        with db:
            db.execute("DELETE FROM event_countries WHERE rowid IN "
                       "(SELECT rowid FROM event_countries WHERE country = 'KR' LIMIT 1)")
        db.close()
        assert c.get("/api/events?country=KR").json()["total"] == before - 1


def test_the_cache_can_be_turned_off(filled, db_url):
    from fastapi.testclient import TestClient

    from coopgraph.web import create_app

    with TestClient(create_app(db_url, cache=False)) as c:
        assert c.app.state.pool.cache is None
        assert c.get("/api/events").json()["total"] == filled.counts()["events"]


# -------------------------------------------------------------- text filter
def _needles(store) -> list[str]:
    """Pieces of the stored evidence sentences (1-8 characters, Korean and Latin), case variants, wildcards."""
    sentences = [r[0] for r in store.conn.query("SELECT evidence FROM mentions ORDER BY doc_id, idx")]
    assert sentences
    out = set()
    for i, s in enumerate(sentences):
        for size in (1, 2, 3, 5, 8):
            start = (i * 7 + size * 3) % max(1, len(s) - size)
            piece = s[start:start + size].strip()
            if piece:
                out.add(piece)
    latin = sorted({w for s in sentences for w in s.split() if w.isascii() and any(c.isalpha() for c in w)})[:6]
    out.update(latin + [w.upper() for w in latin] + [w.lower() for w in latin])
    out.update(["양해각서", "협력", "MOU", "mou", "%", "_", "50%", '"', "없는말없는말", "KISTI", "kisti"])
    return sorted(out)


def test_text_filter_through_the_trigram_index_answers_what_like_answers(filled):
    from coopgraph.store import queries as store_queries
    from coopgraph.store.protocol import EventFilter
    from coopgraph.web import queries as wq

    needles = _needles(filled)
    assert len(needles) > 40
    if filled.conn.dialect == "sqlite":
        assert store_queries.has_mentions_fts(filled)
        cond, params = wq.where(filled, wq.WebFilter(EventFilter(text="양해각서")))
        plan = " ".join(str(r) for r in filled.conn.query(f"EXPLAIN QUERY PLAN SELECT count(*) FROM events e "
                                                          f"WHERE {cond}", params))
        assert "VIRTUAL TABLE" in plan  # the FTS5 index, not a scan of every mention
    hits = 0
    for needle in needles:
        flt = EventFilter(text=needle)
        cond, params = store_queries.contains(filled, "m.evidence", needle)  # LIKE over every evidence sentence
        like = {r[0] for r in filled.conn.query(f"SELECT DISTINCT m.event_id FROM mentions m WHERE {cond}", params)}
        web = set(wq.event_ids(filled, wq.WebFilter(flt), limit=None))
        assert web == like, needle
        store_cond, store_params = store_queries.where(filled, flt)  # the CLI's filter: the same index
        assert {r[0] for r in filled.conn.query(f"SELECT e.id FROM events e WHERE {store_cond}", store_params)} == like
        assert wq.count_events(filled, wq.WebFilter(flt)) == len(like)
        hits += bool(like)
    assert hits > 30  # the needles come from the sentences: most find something


def test_the_trigram_index_follows_deleted_and_changed_mentions(tmp_path, web_records):
    from coopgraph.store import open_store
    from coopgraph.store.protocol import EventFilter
    from coopgraph.web import queries as wq

    store = open_store(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        store.ingest(web_records)
        conn = store.conn
        doc_id, idx, evidence = conn.query("SELECT doc_id, idx, evidence FROM mentions WHERE evidence LIKE "
                                           "'%양해각서%' ORDER BY doc_id, idx LIMIT 1")[0]
        piece = evidence[evidence.index("양해각서") - 3:evidence.index("양해각서") + 4]

        def check():
            flt = wq.WebFilter(EventFilter(text=piece))
            cond, params = wq.where(store, flt)
            fts = conn.query(f"SELECT count(*) FROM events e WHERE {cond}", params)[0][0]
            like = conn.query("SELECT count(DISTINCT event_id) FROM mentions WHERE evidence LIKE ?",
                              (f"%{piece}%",))[0][0]
            assert fts == like
            conn.execute("INSERT INTO mentions_fts (mentions_fts) VALUES ('integrity-check')")
            return fts

        n = check()
        assert n >= 1
        with conn.transaction():
            conn.execute("UPDATE mentions SET evidence = ? WHERE doc_id = ? AND idx = ?",
                         (evidence.replace(piece, "새 문장"), doc_id, idx))
        check()
        with conn.transaction():
            conn.execute("DELETE FROM mentions WHERE doc_id = ? AND idx = ?", (doc_id, idx))
        check()
    finally:
        store.close()


# ------------------------------------------------------------------ paging
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_probing_each_event_gives_the_pages_the_lists_give(filled, sort):
    from coopgraph.web import queries as wq

    for flt in _filters():
        listed = wq.event_page(filled, flt, sort, limit=None)
        assert wq.event_page(filled, flt, sort, limit=None, probe=True) == listed, flt
        assert [i for i, _ in listed] == wq.event_ids(filled, flt, sort, limit=None)
        assert len(listed) == wq.count_events(filled, flt)


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_keyset_pages_follow_the_order(filled, sort):
    """Each page after the key of the previous page's last event is the next slice of the whole order (SQLite:
    seeking the order index at the key), with the filters as lists or as probes, with and without a date lead."""
    from coopgraph.web import queries as wq

    lead = wq.date_lead(filled) if filled.conn.dialect == "sqlite" else None
    for flt in _filters():
        everything = wq.event_page(filled, flt, sort, limit=None)
        for size, probe, with_lead in ((1, False, None), (2, True, lead), (3, False, lead), (3, True, None)):
            walked, key = [], None
            while True:
                page = wq.event_page(filled, flt, sort, limit=size, after=key, probe=probe, lead=with_lead)
                walked += page
                if len(page) < size:
                    break
                key = page[-1][1]
            assert walked == everything, (flt, size, probe)


def test_keyset_handles_missing_dates_on_both_backends(filled):
    """Keys with NULL dates (undated events sort last in the date order) page through like any other."""
    from coopgraph.web import queries as wq

    conn = filled.conn
    with conn.transaction():  # some undated events, one with only an end date (never written by ingest)
        ids = [r[0] for r in conn.query("SELECT id FROM events ORDER BY id")]
        conn.execute("UPDATE events SET date_start = NULL, date_end = NULL WHERE id IN (?, ?, ?)", ids[:3])
        conn.execute("UPDATE events SET date_start = NULL WHERE id = ?", (ids[3],))
        conn.execute("UPDATE events SET date_end = NULL WHERE id = ?", (ids[4],))
    for sort in ("date", "-date"):
        everything = wq.event_page(filled, wq.WebFilter(), sort, limit=None)
        walked, key = [], None
        while True:
            page = wq.event_page(filled, wq.WebFilter(), sort, limit=2, after=key)
            walked += page
            if len(page) < 2:
                break
            key = page[-1][1]
        assert [i for i, _ in walked] == [i for i, _ in everything], sort


def test_date_range_pages_from_an_index_seek_are_the_same_pages(filled):
    """A first or keyset page in date order under a date range, read from an index seek near the range
    (SQLite; PostgreSQL takes the plain query), is the page the plain query gives: dated events, then
    undated ones, also when some events are much longer than others; with a date the seek cannot bound,
    date_lead says so and the plain query runs."""
    from coopgraph.store.protocol import EventFilter
    from coopgraph.web import queries as wq

    conn = filled.conn
    with conn.transaction():  # an undated event and a long one (a two-year programme) among the others
        ids = [r[0] for r in conn.query("SELECT id FROM events WHERE date_start IS NOT NULL ORDER BY id")]
        conn.execute("UPDATE events SET date_start = NULL, date_end = NULL WHERE id = ?", (ids[0],))
        conn.execute("UPDATE events SET date_start = '2021', date_end = '2023-06', block_lo = '2021-01-01', "
                     "block_hi = '2023-06-30' WHERE id = ?", (ids[1],))
    lead = wq.date_lead(filled) if conn.dialect == "sqlite" else (0, 0)  # PostgreSQL: lead is not used
    assert lead is not None and (conn.dialect != "sqlite" or lead[0] >= 900)  # the programme: 2.5 years
    ranges = [("2023", "2023"), ("2022-06", None), (None, "2022-01"), ("2019", "2024"), ("2023-05-03", "2023-05-03"),
              ("1990", "1991")]
    checked = 0
    for lo, hi in ranges:
        for extra in ({}, {"country": "KR"}, {"text": "협력"}, {"type": "agreement"}):
            flt = wq.WebFilter(EventFilter(date_from=lo, date_to=hi, **extra))
            for sort in ("date", "-date"):
                everything = wq.event_page(filled, flt, sort, limit=None)
                for probe in (False, True):
                    for size in (1, 2, 50):
                        walked, key = [], None
                        while True:
                            page = wq.event_page(filled, flt, sort, limit=size, after=key, probe=probe, lead=lead)
                            walked += page
                            if len(page) < size:
                                break
                            key = page[-1][1]
                        assert walked == everything, (lo, hi, extra, sort, probe, size)
                        checked += bool(everything)
    assert checked > 50
    if conn.dialect == "sqlite":
        with conn.transaction():
            conn.execute("UPDATE events SET date_start = '2021-13' WHERE id = ?", (ids[2],))
        assert wq.date_lead(filled) is None


@pytest.mark.parametrize("sort", ["date", "-date", "sources"])
def test_pages_sliced_from_cached_id_lists_are_the_pages_queried(filled, sort):
    """With the cache, a filter beyond type and dates pages through its kept id list: the same pages, totals and
    cursors as the queries give; a cursor whose offset no longer points at its event pages by its key."""
    from coopgraph.web import views
    from coopgraph.web.app import ResultCache, _list_bytes

    cache = ResultCache()
    for flt in ({"country": "KR"}, {"pair": "KR-UZ"}, {"org": "KISTI"}, {"q": "협력"}, {"status": "happened"},
                {"q": "양해각서", "country": "KR"}, {"country": "KR", "from": "2020", "to": "2024"},
                {"pair": "KR-UZ", "type": "agreement", "from": "2019", "to": "2023"}):
        base = {**flt, "sort": sort, "limit": "2"}
        p, pages = dict(base), 0
        while True:
            got = views.events_view(filled, p, cache)
            assert got == views.events_view(filled, p), (flt, p)
            pages += 1
            if got["next_cursor"] is None:
                break
            p = {**base, "cursor": got["next_cursor"]}
        assert pages > 1 or got["total"] <= 2
        for offset in ("1", "3"):
            p = {**base, "offset": offset}
            assert views.events_view(filled, p, cache) == views.events_view(filled, p)
        first = views.events_view(filled, base, cache)
        if first["next_cursor"] and sort in ("date", "-date"):
            offset, key = views._decode_cursor(first["next_cursor"], sort)
            stale = {**base, "cursor": views._encode_cursor(offset + 1, sort, key)}  # as after an insert before it
            got = views.events_view(filled, stale, cache)
            assert [e["id"] for e in got["events"]] == [e["id"] for e in views.events_view(filled, stale)["events"]]
    assert cache.lists and cache.listed == sum(_list_bytes(ids) for ids in cache.lists.values())
    small = ResultCache(list_bytes=200)  # room for one list at a time: the others are dropped, the answers stay
    for flt in ({"country": "KR"}, {"org": "KISTI"}, {"country": "KR"}):
        p = {**flt, "sort": sort, "limit": "2", "offset": "1"}
        assert views.events_view(filled, p, small) == views.events_view(filled, p)
        assert len(small.lists) == 1 and small.listed == sum(_list_bytes(ids) for ids in small.lists.values())


def test_api_cursors_page_every_sort(filled, db_url):
    from fastapi.testclient import TestClient

    from coopgraph.web import create_app

    with TestClient(create_app(db_url)) as c:
        for sort in ("date", "-date", "sources", "-confidence"):
            for query in ("", "&country=KR", "&q=%ED%98%91%EB%A0%A5"):
                whole = c.get(f"/api/events?limit=500&sort={sort}{query}").json()
                ids, url = [], f"/api/events?limit=2&sort={sort}{query}"
                while True:
                    page = c.get(url).json()
                    assert page["total"] == whole["total"]
                    ids += [e["id"] for e in page["events"]]
                    if page["next_cursor"] is None:
                        break
                    url = f"/api/events?limit=2&sort={sort}{query}&cursor={page['next_cursor']}"
                assert ids == [e["id"] for e in whole["events"]], (sort, query)
        bad = c.get("/api/events?cursor=eyJvIjoyLCJzIjoiZGF0ZSIsImsiOlsxLDJdfQ")  # {"o":2,"s":"date","k":[1,2]}
        assert bad.status_code == 422 and bad.json()["parameter"] == "cursor"


# ------------------------------------------------------------------ serve
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts worker processes through /proc")
def test_serve_runs_several_worker_processes(tmp_path, web_records):
    import httpx

    from coopgraph.store import open_store

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    store = open_store(url)
    store.ingest(web_records)
    events = store.counts()["events"]
    store.close()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "coopgraph", "serve", "--db", url, "--port", str(port),
                             "--workers", "2", "--threads", "2"], stderr=subprocess.PIPE, text=True)
    try:
        deadline, answers = time.monotonic() + 90, []
        while time.monotonic() < deadline and len(answers) < 20:
            assert proc.poll() is None, proc.stderr.read()
            try:
                answers.append(httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=5).json())
            except httpx.TransportError:
                time.sleep(0.3)
        assert len(answers) == 20 and all(a["total"] == events for a in answers)
        # uvicorn's supervisor and its two workers (spawned through multiprocessing's helper processes)
        workers = [p for p in _children(proc.pid) if "coopgraph" in _cmdline(p) or "multiprocessing" in _cmdline(p)]
        assert len(workers) >= 2, [_cmdline(p) for p in _children(proc.pid)]
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert "2 server processes" in proc.stderr.read()


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


# ------------------------------------------------------------ event index
def test_the_event_index_lists_what_the_queries_list(filled):
    """The in-memory event index (web.index) gives every filter's events in both date orders, and its facet
    counts, as the SQL does: countries, pairs, organisations by id or alias, date ranges, types, statuses,
    sources, and the text filter through the trigram index, LIKE (under 3 characters) and case folding."""
    from coopgraph.store.protocol import EventFilter
    from coopgraph.web import queries as wq
    from coopgraph.web.app import ResultCache
    from coopgraph.web.queries import WebFilter

    if filled.conn.dialect != "sqlite":
        pytest.skip("the event index is SQLite's (rowids, mentions_fts)")
    cache = ResultCache()
    index = cache.index(filled)
    assert index is not None and index.size == filled.counts()["events"]
    org_id = filled.conn.query("SELECT entity_id FROM event_entities LIMIT 1")[0][0]
    flts = [*_filters(), WebFilter(EventFilter(org=org_id)), WebFilter(EventFilter(org="없는기관")),
            WebFilter(EventFilter(min_sources=2)), WebFilter(EventFilter(type="visit", date_from="2021-03")),
            WebFilter(EventFilter(date_to="2019-12-31")), WebFilter(EventFilter(country="FR")),
            WebFilter(status="planned"), WebFilter(EventFilter(type="award", country="KR"), status="happened")]
    flts += [WebFilter(EventFilter(text=t)) for t in _needles(filled)]
    # two characters ending a sentence (no trigram starts there), and ones no sentence has
    ends = {r[0] for r in filled.conn.query("SELECT substr(evidence, -2) FROM mentions")}
    flts += [WebFilter(EventFilter(text=t)) for t in [*sorted(ends)[:8], "뷁뷁", "9월"]]
    for flt in flts:
        for sort in ("date", "-date"):
            assert index.serves(flt, sort)
            assert index.ids(filled, flt, sort).tolist() == list(wq.ordered_ids(filled, flt, sort, 10**9)), flt
        assert index.facets(filled, flt) == wq.facets(filled, flt), flt
    assert not index.serves(WebFilter(location="서울"), "date") and not index.serves(WebFilter(), "sources")
    assert index.ids(filled, WebFilter(), "sources") is None
    assert index.facets(filled, WebFilter(location="서울")) is None


def test_a_large_store_builds_its_event_index_apart_and_follows_writes(tmp_path, web_records, monkeypatch):
    """Over INDEX_INLINE events the index is built in a thread while the SQL path answers; either way the pages
    are the same, and a write (a new data version) is never answered from the older index."""
    from coopgraph.store import open_store
    from coopgraph.web import app as web_app
    from coopgraph.web import views

    monkeypatch.setattr(web_app, "INDEX_INLINE", 0)
    store = open_store(f"sqlite:///{tmp_path / 'big.db'}")
    try:
        store.ingest(web_records[:len(web_records) // 2])
        cache = web_app.ResultCache()
        p = {"country": "KR", "sort": "-date", "limit": "3"}
        first = views.events_view(store, p, cache)  # the build starts here
        assert first == views.events_view(store, p)
        _wait_for_index(cache, store)
        assert views.events_view(store, p, cache) == first
        store.ingest(web_records[len(web_records) // 2:])
        assert cache.index(store) is None  # the older index is not used for the new version
        assert views.events_view(store, p, cache) == views.events_view(store, p) != first
        _wait_for_index(cache, store)
        assert views.events_view(store, p, cache) == views.events_view(store, p)
    finally:
        store.close()


def _wait_for_index(cache, store):
    deadline = time.monotonic() + 30
    while cache.index(store) is None:
        assert time.monotonic() < deadline, "no event index after 30 s"
        time.sleep(0.05)
