"""The web API and pages (FastAPI TestClient) over SQLite and the test-started PostgreSQL.

The store holds real pipeline output: the bundled examples and one hostile page
(tests/web_store.py), built once per backend for the session.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

import pytest
from web_store import XSS_TITLE, records

pytestmark = pytest.mark.postgres  # the backend-parametrized tests also run on PostgreSQL


@pytest.fixture(scope="session")
def web_records(tmp_path_factory):
    return records(tmp_path_factory.mktemp("web-input"))


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def web_url(request, tmp_path_factory, web_records):
    from coopgraph.store import open_store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('web-db') / 'web.db'}"
    else:
        url = request.getfixturevalue("pg_server").new_database()
    store = open_store(url)
    stats = store.ingest(web_records)
    assert stats.stored == len(web_records) and stats.failed == 0
    store.close()
    return url


@pytest.fixture(scope="session")
def client(web_url):
    from fastapi.testclient import TestClient

    from coopgraph.web import create_app

    with TestClient(create_app(web_url)) as c:
        yield c


def get(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    return r


def all_events(client, query=""):
    return get(client, f"/api/events?limit=500&{query}").json()


# ------------------------------------------------------------------- API
def test_stats_count_what_was_stored(client, web_records):
    stats = get(client, "/api/stats").json()
    assert stats["counts"]["documents"] == len(web_records)
    assert stats["counts"]["mentions"] == sum(len(r.events) for r in web_records)
    assert sum(stats["types"].values()) == stats["counts"]["events"] == all_events(client)["total"]


def test_event_list_is_paged_with_total_and_cursor(client):
    everything = all_events(client)
    ids = [e["id"] for e in everything["events"]]
    assert everything["total"] == len(ids) > 5 and everything["next_cursor"] is None
    page = get(client, "/api/events?limit=2&offset=2").json()
    assert [e["id"] for e in page["events"]] == ids[2:4] and page["total"] == len(ids)
    walked, url = [], "/api/events?limit=3"
    while True:
        page = get(client, url).json()
        walked += [e["id"] for e in page["events"]]
        if page["next_cursor"] is None:
            break
        url = f"/api/events?limit=3&cursor={page['next_cursor']}"
    assert walked == ids
    newest = [e["id"] for e in all_events(client, "sort=-date")["events"]]
    dated = [e for e in everything["events"] if e["date"]]
    assert newest[0] == max(dated, key=lambda e: (e["date"]["start"], e["date"]["end"]))["id"]


@pytest.mark.parametrize("query, check", [
    ("type=agreement", lambda e: e["type"] == "agreement"),
    ("pair=KR-UZ", lambda e: {"KR", "UZ"} <= set(e["countries"])),
    ("pair=uz_kr", lambda e: {"KR", "UZ"} <= set(e["countries"])),
    ("country=MN", lambda e: "MN" in e["countries"]),
    ("status=planned", lambda e: e["status"] == "planned"),
    ("from=2023&to=2023", lambda e: e["date"] and e["date"]["start"] <= "2023-12-31" and e["date"]["end"] >= "2023"),
    ("q=양해각서", lambda e: True),
    ("org=KISTI", lambda e: any(p["name"] == "한국과학기술정보연구원" for p in e["participants"])),
    ("location=타슈켄트", lambda e: e["location"] and "타슈켄트" in e["location"]["name"]),
])
def test_filters_keep_only_matching_events(client, query, check):
    found = all_events(client, query)
    assert found["total"] == len(found["events"]) >= 1, query
    assert all(check(e) for e in found["events"]), query
    assert found["total"] < all_events(client)["total"]


def test_org_filter_takes_an_entity_id_or_any_alias(client):
    by_alias = all_events(client, "org=KISTI")
    kisti = next(p["id"] for e in by_alias["events"] for p in e["participants"] if p["name"] == "한국과학기술정보연구원")
    assert {e["id"] for e in all_events(client, f"org={kisti}")["events"]} == {e["id"] for e in by_alias["events"]}
    assert all_events(client, "org=없는기관이름")["total"] == 0


def test_text_filter_looks_in_evidence(client):
    for e in all_events(client, "q=양해각서")["events"]:
        full = get(client, f"/api/events/{e['id']}").json()["event"]
        assert any("양해각서" in s["evidence"]["sentence"] for s in full["sources"])


def test_csv_has_every_matching_event(client):
    r = get(client, "/api/events?format=csv&type=project")
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["id"] for row in rows} == {e["id"] for e in all_events(client, "type=project")["events"]}
    assert all(row["type"] == "project" for row in rows)


@pytest.mark.parametrize("url, name", [
    ("/api/events?pair=KRX", "pair"), ("/api/events?country=KOR", "country"), ("/api/events?type=party", "type"),
    ("/api/events?from=2019-13", "from"), ("/api/events?country=ZZ", "country"), ("/api/events?pair=KR-QQ", "pair"),
    ("/api/events?from=2020&to=2010", "from"), ("/api/events?q=%00", "q"), ("/api/events?to=soon", "to"), ("/api/events?status=maybe", "status"),
    ("/api/events?min_sources=0", "min_sources"), ("/api/events?limit=0", "limit"), ("/api/events?limit=x", "limit"),
    ("/api/events?offset=-1", "offset"), ("/api/events?sort=random", "sort"), ("/api/events?cursor=zz", "cursor"),
    ("/api/events?format=xml", "format"), ("/api/timeline?by=week", "by"), ("/api/graph?max_nodes=1", "max_nodes"),
    ("/api/entities?kind=robot", "kind"), ("/api/search?q=가&limit=1000", "limit"),
])
def test_bad_parameters_get_422_naming_them(client, url, name):
    r = get(client, url, 422)
    assert r.json()["parameter"] == name and name in r.json()["error"]
    if url.startswith(("/api/events?", "/api/graph?", "/api/entities?")) and name != "format":
        page = get(client, url.replace("/api", "", 1), 422).text  # the page says the same
        assert f"<code>{name}</code>" in page


def test_unknown_ids_get_404(client):
    for url in ("/api/events/ev-missing", "/api/entities/E-missing", "/api/documents/d-missing",
                "/events/ev-missing", "/entities/E-missing", "/documents/d-missing"):
        r = get(client, url, 404)
        assert "missing" in r.text


def test_event_detail_has_every_source_with_offsets_into_its_document(client):
    multi = all_events(client)["events"]
    for summary in multi:
        ev = get(client, f"/api/events/{summary['id']}").json()["event"]
        assert ev["id"] == summary["id"] and len(ev["sources"]) == ev["num_mentions"] >= 1
        for src in ev["sources"]:
            doc = get(client, f"/api/documents/{src['doc_id']}").json()["document"]
            assert src["title"] == doc["title"] and src["url"] == doc["url"]
            s, e = src["evidence"]["start"], src["evidence"]["end"]
            assert doc["text"][s:e] == src["evidence"]["sentence"]
            for span in src["spans"]:
                assert src["evidence"]["sentence"][span["start"]:span["end"]] == span["text"]
            aliases = {p["id"]: p["aliases"] for p in ev["participants"]}
            names = {n for p in src["participants"] for n in (p["name"], *aliases.get(p["id"], ()))}
            assert all(sp["text"] in names for sp in src["spans"] if sp["kind"] == "participant")


def test_event_spans_mark_participants_date_place_and_trigger(client):
    ev = next(e for e in all_events(client, "type=agreement&org=KISTI&location=타슈켄트")["events"])
    src = get(client, f"/api/events/{ev['id']}").json()["event"]["sources"][0]
    labels = {sp["kind"]: sp["text"] for sp in src["spans"]}
    assert set(labels) == {"participant", "date", "place", "trigger"}
    assert labels["place"] == "타슈켄트" and labels["trigger"] in ("체결", "양해각서")
    assert any(sp["text"] == p["name"] for sp in src["spans"] for p in src["participants"])


def test_document_spans_are_offsets_into_the_text(client):
    for e in all_events(client)["events"][:6]:
        doc = get(client, f"/api/documents/{e['evidence']['doc_id']}").json()
        text = doc["document"]["text"]
        assert doc["spans"] and e["id"] in {ev["id"] for ev in doc["events"]}
        for sp in doc["spans"]:
            assert text[sp["start"]:sp["end"]] == sp["text"]
        assert {sp["event_id"] for sp in doc["spans"] if sp["kind"] == "evidence"} == {ev["id"] for ev in doc["events"]}


def test_entities_search_and_entity_detail(client):
    found = get(client, "/api/entities?q=KISTI").json()
    kisti = next(e for e in found["entities"] if e["name"] == "한국과학기술정보연구원")
    assert get(client, "/api/entities?q=KISTI&kind=person").json()["entities"] == []
    assert all(e["country"] == "KR" for e in get(client, "/api/entities?country=KR").json()["entities"])
    ent = get(client, f"/api/entities/{kisti['id']}").json()["entity"]
    assert "KISTI" in ent["aliases"] and ent["num_events"] == kisti["events"] == len(ent["events"])
    assert all(any(p["id"] == kisti["id"] for p in e["participants"]) for e in ent["events"])
    assert ent["partners"] and all(0 < p["events"] <= ent["num_events"] for p in ent["partners"])
    assert "한국과학기술정보연구원" in {h["name"] for h in ent["names"]}
    assert sum(r["events"] for r in ent["timeline"]) == ent["num_events"]


def test_timeline_adds_up_to_the_filtered_total(client):
    for query in ("", "type=project", "pair=KR-UZ"):
        rows = get(client, f"/api/timeline?{query}").json()["rows"]
        assert sum(r["events"] for r in rows) == all_events(client, query)["total"]
    months = get(client, "/api/timeline?by=month").json()["rows"]
    # a date known to the year only stays a year
    assert all(re.fullmatch(r"\d{4}(-\d{2})?|undated", r["period"]) for r in months)
    assert any(len(r["period"]) == 7 for r in months)
    assert sum(r["events"] for r in months) == all_events(client)["total"]


def test_graph_edges_carry_the_events_both_ends_share(client):
    for query in ("", "type=agreement"):
        g = get(client, f"/api/graph?{query}").json()
        ids = {n["id"] for n in g["nodes"]}
        assert g["edges"], query
        allowed = {e["id"] for e in all_events(client, query)["events"]}
        for edge in g["edges"]:
            assert {edge["source"], edge["target"]} <= ids and edge["weight"] >= len(edge["events"]) >= 1
            for ev_id in edge["events"]:
                assert ev_id in allowed
                parts = {p["id"] for p in get(client, f"/api/events/{ev_id}").json()["event"]["participants"]}
                assert {edge["source"], edge["target"]} <= parts


def test_search_finds_documents_and_entities(client):
    r = get(client, "/api/search?q=양해각서").json()
    assert r["documents"] and all("양해각서" in get(client, f"/api/documents/{d['doc_id']}").json()["document"]["text"]
                                  for d in r["documents"])
    assert any(e["name"] == "한국과학기술정보연구원" for e in get(client, "/api/search?q=KISTI").json()["entities"])


def test_read_only_by_default(client):
    before = get(client, "/api/stats").json()["counts"]
    r = client.post("/api/documents", content="한국과 우즈베키스탄은 2024년 3월 5일 협정을 체결했다.",
                    headers={"content-type": "text/plain", "authorization": "Bearer anything"})
    assert r.status_code == 403 and "--allow-ingest" in r.json()["error"]
    assert get(client, "/api/stats").json()["counts"] == before


def test_openapi_documents_the_api_without_a_cdn(client):
    spec = get(client, "/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/graph", "/api/timeline"} <= set(spec["paths"])
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"pair", "org", "from", "to", "min_sources", "q", "cursor", "format"} <= params
    docs = get(client, "/docs").text
    assert "cdn." not in docs and "/static-docs/swagger-ui-bundle.js" in docs
    get(client, "/static-docs/swagger-ui-bundle.js")


# ------------------------------------------------------------------ pages
class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


def test_pages_render_korean_and_keep_filters(client):
    home = get(client, "/").text
    assert 'lang="ko"' in home and "가장 활발한 기관" in home and "<svg" in home
    assert "한국과학기술정보연구원" in home
    page = get(client, "/events?type=agreement").text
    facts = all_events(client, "type=agreement")
    assert f"{facts['total']}건" in page
    assert 'href="/api/events?type=agreement&amp;format=csv"' in page
    # facet counts on the page are the totals the API gives for that value
    types = parse(get(client, "/events").text)
    assert any(a.get("href") == "/events?type=agreement" for t, a in types.tags if t == "a")


def test_facet_counts_match_the_api(client, web_url):
    from coopgraph.store import open_store
    from coopgraph.web import queries as wq
    from coopgraph.web.views import event_filter

    store = open_store(web_url)
    try:
        facets = wq.facets(store, event_filter({"country": "KR"}))
    finally:
        store.close()
    assert get(client, "/api/events?country=KR&facets=1").json()["facets"] == facets
    for name, param in (("type", "type"), ("pair", "pair"), ("status", "status"), ("org", "org")):
        for f in facets[name]:
            assert all_events(client, f"country=KR&{param}={f['value']}")["total"] == f["count"], (name, f)


def test_event_page_highlights_the_evidence_in_its_document(client):
    ev = all_events(client, "type=agreement&org=KISTI&location=타슈켄트")["events"][0]
    page = get(client, f"/events/{ev['id']}").text
    assert 'id="evidence"' in page
    for label in ("participant", "date", "place", "trigger"):
        assert f'class="span-{label}" data-label="{label}"' in page
    full = get(client, f"/api/events/{ev['id']}").json()["event"]
    for src in full["sources"]:
        assert f'/documents/{src["doc_id"]}#s{src["evidence"]["start"]}' in page


def test_entity_graph_document_and_search_pages(client):
    ent = get(client, "/api/entities?q=KISTI").json()["entities"][0]
    page = get(client, f"/entities/{ent['id']}").text
    assert "별칭" in page and "KISTI" in page and "자주 함께한 상대" in page
    graph = parse(get(client, "/graph").text)
    links = [a["href"] for t, a in graph.tags if t == "a" and "node" in a.get("class", "")]
    assert links and all(h.startswith("/entities/") for h in links)
    assert any(t == "script" and a.get("src") == "/static/graph.js" for t, a in graph.tags)
    get(client, "/static/graph.js")
    doc_id = all_events(client)["events"][0]["evidence"]["doc_id"]
    doc = get(client, f"/documents/{doc_id}").text
    assert 'class="evidence"' in doc and "span-participant" in doc
    assert "양해각서" in get(client, "/search?q=양해각서").text


def test_stored_script_and_attribute_payloads_stay_inert_on_every_page(client):
    hostile = next(e for e in all_events(client, "q=alert")["events"])
    doc_id = hostile["evidence"]["doc_id"]
    ent = hostile["participants"][0]["id"]
    pages = ["/", "/events", "/events?q=alert", f"/events/{hostile['id']}", f"/documents/{doc_id}",
             f"/entities/{ent}", "/entities", "/graph", "/search?q=alert", "/search?q=" + XSS_TITLE[:20]]
    shown = 0
    for url in pages:
        html = get(client, url).text
        tags = parse(html)
        scripts = [a for t, a in tags.tags if t == "script"]
        assert all(a.get("src", "").startswith("/static/") for a in scripts), url  # no inline script at all
        for tag, attrs in tags.tags:
            assert not any(k.startswith("on") for k in attrs), (url, tag, attrs)
            assert not any(str(v).strip().lower().startswith("javascript:") for v in attrs.values()), (url, attrs)
            assert tag != "img", url
        text = "".join(tags.text)
        if "<script>alert('evidence')</script>" in text or "<script>alert('title')</script>" in text:
            shown += 1
            assert "&lt;script&gt;" in html
    assert shown >= 5  # the payloads are visible as text on the list, event, document and search pages


# ----------------------------------------------------------------- ingest
def test_ingest_needs_a_token():
    from coopgraph.web import create_app

    with pytest.raises(ValueError, match="token"):
        create_app("sqlite://", allow_ingest=True)


def test_posted_documents_run_the_pipeline_and_are_stored(db_url, tmp_path):
    import json

    from fastapi.testclient import TestClient
    from web_store import hostile_page

    from coopgraph.web import create_app

    page = hostile_page()
    with TestClient(create_app(db_url, allow_ingest=True, token="s3cret")) as c:
        for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": "Basic s3cret"}):
            r = c.post("/api/documents", content=page, headers={"content-type": "text/html", **headers})
            assert r.status_code == 401
        assert c.get("/api/stats").json()["counts"]["documents"] == 0
        assert c.get("/api/events").json()["total"] == 0 and c.get("/api/graph").json()["nodes"] == []
        auth = {"authorization": "Bearer s3cret"}
        r = c.post("/api/documents", content=b"\x00\x01", headers={"content-type": "image/png", **auth})
        assert r.status_code == 415 and r.json()["parameter"] == "content-type"
        r = c.post("/api/documents", content=b"", headers={"content-type": "text/html", **auth})
        assert r.status_code == 422
        r = c.post("/api/documents?url=https://news.example.kr/a/1", content=page.encode(),
                   headers={"content-type": "text/html; charset=utf-8", **auth})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["stored"] == 1 and body["documents"][0]["status"] == "stored"
        events = body["documents"][0]["events"]
        assert {"agreement"} <= {e["type"] for e in events}
        agreement = next(e for e in events if e["type"] == "agreement")
        assert {"한국과학기술정보연구원", "우즈베키스탄 과학아카데미"} <= {p["name"] for p in agreement["participants"]}
        assert c.get(f"/api/events/{agreement['id']}").json()["event"]["sources"][0]["url"] == \
            "https://news.example.kr/a/1"
        # the same page again is already there; JSON Lines bring several documents, a bad line is an error record
        again = c.post("/api/documents", content=page.encode(), headers={"content-type": "text/html", **auth})
        assert again.json()["present"] == 1 and again.json()["stored"] == 0
        lines = [json.dumps({"url": "https://news.example.kr/a/2", "text": "과학기술정보통신부는 2022년 9월 1일 "
                             "서울에서 몽골 교육과학부와 과학기술 공동위원회를 개최했다고 2일 밝혔다."},
                            ensure_ascii=False), "{not json"]
        r = c.post("/api/documents", content="\n".join(lines).encode(),
                   headers={"content-type": "application/x-ndjson", **auth})
        assert r.status_code == 201
        docs = r.json()["documents"]
        assert [d["status"] for d in docs] == ["stored", "error"] and docs[1]["error"]["code"] == "bad_json"
        assert docs[0]["events"] and docs[0]["events"][0]["type"] == "meeting"
        # what was cached before the ingest is not served after it
        assert c.get("/api/stats").json()["counts"]["documents"] == 2
        assert c.get("/api/events").json()["total"] == c.get("/api/stats").json()["counts"]["events"] > 0
        assert c.get("/api/graph").json()["nodes"]


# -------------------------------------------------------------------- CLI
def test_serve_command_serves_the_store_read_only(web_records, tmp_path):
    import json
    import os
    import socket
    import subprocess
    import sys
    import time

    import httpx

    from coopgraph.store import open_store

    db = tmp_path / "serve.db"
    store = open_store(f"sqlite:///{db}")
    store.ingest(web_records)
    store.close()
    cmd = [sys.executable, "-m", "coopgraph", "serve", "--db", str(db)]
    env = {k: v for k, v in os.environ.items() if k != "COOPGRAPH_TOKEN"}
    for extra, code, words in ((["--allow-ingest"], 2, "token"), (["--port", "99999"], 2, "port")):
        proc = subprocess.run(cmd + extra, capture_output=True, text=True, timeout=60, env=env)
        assert proc.returncode == code and words in proc.stderr and "Traceback" not in proc.stderr
    missing = subprocess.run([*cmd[:5], str(tmp_path / "none.db")], capture_output=True, text=True, timeout=60)
    assert missing.returncode == 3 and len(missing.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "none.db").exists()  # serving never creates a store
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(cmd + ["--port", str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert r.json()["counts"]["documents"] == len(web_records)
        assert httpx.post(f"http://127.0.0.1:{port}/api/documents", content="x").status_code == 403
        assert "한국과학기술정보연구원" in httpx.get(f"http://127.0.0.1:{port}/").text
        assert json.loads(httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1").text)["total"] > 1
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_api_csv_cells_cannot_run_as_formulas():
    """The web CSV uses the export's cells: text starting with = + - @ is neutralised, lists joined."""
    from coopgraph.web.app import _csv

    out = _csv([{"id": "e1", "type": "agreement", "participants": ["=HYPERLINK(\"x\")", "코이카"],
                 "location": "@SUM(A1)"}])
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["participants"].startswith("'=") and "코이카" in row["participants"]
    assert row["location"] == "'@SUM(A1)"
