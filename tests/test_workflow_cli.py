"""The analyst's commands and options on stored records, on SQLite and PostgreSQL (issue 14, #13 exports/queries)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from kb_records import committee_2019_ministry, corpus, doc, event

from coopgraph.cli import main
from coopgraph.store import EventFilter, open_store
from coopgraph.store.inspect import NotFound, document_view, event_detail

pytestmark = pytest.mark.postgres


@pytest.fixture
def db(db_url, tmp_path, capsys):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in corpus()), encoding="utf-8")
    assert main(["ingest", "--records", str(path), "--db", db_url, "--no-progress"]) == 0
    capsys.readouterr()
    return db_url


def _out(capsys, argv, code=0):
    """Run `coopgraph ARGV` in this process: its exit code must be ``code``; returns (out, err)."""
    try:
        got = main(argv)
    except SystemExit as exc:  # argparse usage errors exit 2 from the parser
        got = exc.code
    assert got == code, capsys.readouterr().err
    return capsys.readouterr()


def _ids(db_url, **kw):
    s = open_store(db_url)
    try:
        return [e["id"] for e in s.events(EventFilter(**kw))]
    finally:
        s.close()


def test_events_table_columns_and_new_filters(db, capsys):
    out = _out(capsys, ["events", "--db", db]).out
    header = out.splitlines()[0].split()
    assert header == ["date", "type", "countries", "participants", "location", "status", "sources", "id"]
    assert "민스크" in out and "happened" in out
    out = _out(capsys, ["events", "--db", db, "--columns", "id,outlets,confidence,evidence"]).out
    assert out.splitlines()[0].split() == ["id", "outlets", "confidence", "evidence"]
    err = _out(capsys, ["events", "--db", db, "--columns", "id,nonsense"], 2).err
    assert "nonsense" in err and "Traceback" not in err

    def n(*opts):
        return len(_out(capsys, ["events", "--db", db, "--format", "jsonl", *opts]).out.splitlines())

    assert n() == 4
    assert n("--location", "민스크") == 1 and n("--location", "서울") == 1 and n("--location", "타슈켄트") == 0
    assert n("--min-confidence", "0.85") == 1 and n("--min-confidence", "0") == 4
    assert n("--status", "happened") == 4 and n("--status", "planned") == 0


def test_status_filter_finds_planned_events(db_url, capsys):
    text = "양국은 2023년 3월 서울에서 차기 공동위원회를 열 예정이다."
    ev = replace(event("meeting", text, text, "2023-03", parts=[("과학기술정보통신부", "KR", ())],
                       countries=["KR", "BY"], place="서울"), status="planned")
    s = open_store(db_url)
    s.ingest([doc("plan", text, [ev], doc_date="2022-12-01"), committee_2019_ministry()])
    s.close()
    rows = [json.loads(x) for x in _out(capsys, ["events", "--db", db_url, "--status", "planned", "--format",
                                                 "jsonl"]).out.splitlines()]
    assert [r["status"] for r in rows] == ["planned"] and rows[0]["date"]["start"] == "2023-03"


def test_bad_filter_values_are_usage_errors(db, capsys):
    for argv in (["events", "--country", "XX"], ["events", "--pair", "KR-QQ"], ["timeline", "--from", "2023",
                                                                                 "--to", "2020"],
                 ["events", "--min-confidence", "1.5"], ["export", "--format", "csv", "-o", "-", "--country", "ZZ"]):
        err = _out(capsys, [*argv, "--db", db], 2).err
        assert err.count("\n") == 1 and "Traceback" not in err, err
    with pytest.raises(ValueError, match="after"):
        EventFilter(date_from="2023", date_to="2020")
    with pytest.raises(ValueError, match="unknown country"):
        EventFilter(country="XX")
    with pytest.raises(ValueError, match="NUL"):
        EventFilter(org="KISTI\x00")
    assert EventFilter(pair="kr-uz").pair == ("KR", "UZ") == EventFilter(pair=("UZ", "KR")).pair[::-1]


def test_nul_in_a_python_filter_does_not_match_every_event(db):
    for field in ("text", "org", "location"):
        with pytest.raises(ValueError):
            EventFilter(**{field: "\x00"})
    assert len(_ids(db, text="양해각서")) == 1


def test_very_long_text_and_org_queries_answer_without_error(db, capsys):
    long = "협력" * 30_000  # 60,000 characters: over the limit, refused in one line
    err = _out(capsys, ["events", "--db", db, "--text", long], 2).err
    assert "at most" in err and "Traceback" not in err
    near = "가" * 9_000  # under the limit, longer than SQLite's LIKE pattern limit in bytes
    assert _out(capsys, ["events", "--db", db, "--text", near]).out.strip() == "(no events)"
    assert _out(capsys, ["events", "--db", db, "--org", near]).out.strip() == "(no events)"
    assert _out(capsys, ["search", near, "--db", db]).out.strip() == "(no documents)"
    assert len(_ids(db, text="공동위" * 200)) == 0 and len(_ids(db, text="공동위")) == 2


def test_invalid_utf8_argument_is_a_usage_error(db, tmp_path):
    bad = b"\xff\xfe".decode("utf-8", "surrogateescape")
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "events", "--db", db, "--text", bad],
                          capture_output=True, text=True, errors="replace")
    assert proc.returncode == 2 and "UTF-8" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_timeline_by_month_and_by_pair(db, capsys):
    rows = [json.loads(x) for x in _out(capsys, ["timeline", "--db", db, "--by", "month", "--format",
                                                 "jsonl"]).out.splitlines()]
    assert {"month": "2019-04", "type": "meeting", "events": 1} in rows
    assert {"month": "2018-05", "type": "agreement", "events": 2} in rows
    out = _out(capsys, ["timeline", "--db", db, "--group", "pair"]).out
    assert out.splitlines()[0].split() == ["year", "BY-KR", "KR-UZ", "total"]
    rows = [json.loads(x) for x in _out(capsys, ["timeline", "--db", db, "--group", "pair", "--format",
                                                 "jsonl"]).out.splitlines()]
    assert {"year": "2018", "pair": "KR-UZ", "events": 1} in rows and {"year": "2018", "pair": "BY-KR",
                                                                        "events": 1} in rows


def test_entities_top_filters_and_names_the_kind(db, capsys):
    out = _out(capsys, ["entities-top", "--db", db, "--overall", "--from", "2019", "--to", "2021"]).out
    assert out.splitlines()[0].split()[:2] == ["events", "organisation"]
    assert "한국과학기술정보연구원" not in out and "과학기술정보통신부" in out  # KISTI's events are all in 2018
    out = _out(capsys, ["entities-top", "--db", db, "--overall", "--type", "agreement"]).out
    assert "한국과학기술정보연구원" in out and "과학기술정보통신부" not in out
    assert _out(capsys, ["entities-top", "--db", db, "--kind", "person"]).out.strip() == "(no persons)"
    assert "entity" in _out(capsys, ["entities-top", "--db", db, "--kind", "any", "--overall"]).out.splitlines()[0]


def test_show_and_doc(db, capsys):
    (ev_id,) = _ids(db, type="meeting", date_from="2019", date_to="2019")
    out = _out(capsys, ["show", ev_id, "--db", db, "--color", "never"]).out
    assert f"event {ev_id}: meeting" in out and "2 stories, 2 outlets, 2 documents" in out
    assert "https://gov.example/a" in out and "과학기술 공동위 개최" in out  # each source's url and title
    assert "{2019년 4월 9일부터 10일까지}" in out and "<민스크>" in out and "[과학기술정보통신부]" in out
    colored = _out(capsys, ["show", ev_id[:8], "--db", db, "--color", "always"]).out  # a unique prefix will do
    assert "\x1b[" in colored
    detail = json.loads(_out(capsys, ["show", ev_id, "--db", db, "--json"]).out)
    assert detail["id"] == ev_id and len(detail["sources"]) == 2
    for s in detail["sources"]:
        for span in s["spans"]:
            assert s["evidence"]["sentence"][span["start"]:span["end"]] == span["text"]
    err = _out(capsys, ["show", "evdoesnotexist", "--db", db], 2).err
    assert "no event" in err and "Traceback" not in err

    out = _out(capsys, ["doc", "d-mou2", "--db", db, "--color", "never"]).out
    assert "document d-mou2" in out and "2 event mentions" in out and "[KISTI]" in out
    view = json.loads(_out(capsys, ["doc", "d-mou2", "--db", db, "--json"]).out)
    assert {s["kind"] for s in view["spans"]} >= {"evidence", "participant", "date"}
    for span in view["spans"]:
        assert view["text"][span["start"]:span["end"]] == span["text"]
    assert _out(capsys, ["doc", "nope", "--db", db], 2).err.startswith("coopgraph: no document")


def test_inspect_functions_are_plain_dicts(db):
    s = open_store(db)
    try:
        ev = event_detail(s, s.events()[0]["id"])
        assert isinstance(ev, dict) and ev["sources"] and "spans" in ev["sources"][0]
        view = document_view(s, "d-news")
        assert view["doc_id"] == "d-news" and view["events"][0]["event_id"]
        with pytest.raises(NotFound):
            event_detail(s, "zzzz")
    finally:
        s.close()


def test_export_tables_stdout_excel_and_safe_cells(db_url, tmp_path, capsys):
    text = "=HYPERLINK(\"http://x\") 기관과 +연구원, 국립;대학 관계자가 양해각서를 체결했다."
    ev = event("agreement", text, text, "2020-02-02", parts=[("=HYPERLINK(\"http://x\") 기관", "KR", ()),
                                                           ("국립;대학", "UZ", ()), ("제어\x07문자\x1b기관", "UZ", ())],
               countries=["KR", "UZ"])
    s = open_store(db_url)
    s.ingest([doc("evil", text, [ev], doc_date="2020-02-03", url="https://evil.example/x")] + corpus())
    s.close()

    out = _out(capsys, ["export", "--db", db_url, "--format", "csv", "-o", "-", "--org", "국립;대학"]).out
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row["participants"].startswith("'=HYPERLINK") and row["evidence"].startswith("'=")
    out = _out(capsys, ["export", "--db", db_url, "--format", "csv", "-o", "-", "--org", "국립;대학",
                        "--raw-cells"]).out
    assert next(csv.DictReader(io.StringIO(out)))["participants"].startswith("=HYPERLINK")

    target = tmp_path / "e.csv"
    _out(capsys, ["export", "--db", db_url, "--format", "csv", "--excel", "-o", str(target)])
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    for table, key, n in (("mentions", "event_id", 7), ("documents", "doc_id", 6), ("entities", "id", None)):
        out = _out(capsys, ["export", "--db", db_url, "--format", "jsonl", "--table", table, "-o", "-"]).out
        rows = [json.loads(x) for x in out.splitlines()]
        assert all(key in r for r in rows) and (n is None or len(rows) == n)
    ents = [json.loads(x) for x in _out(capsys, ["export", "--db", db_url, "--format", "jsonl", "--table",
                                                 "entities", "-o", "-"]).out.splitlines()]
    assert {"KISTI"} <= {a for e in ents for a in e["aliases"]}

    import pyarrow.parquet as pq

    _out(capsys, ["export", "--db", db_url, "--format", "parquet", "-o", str(tmp_path / "e.parquet")])
    names = pq.read_table(tmp_path / "e.parquet").column("participants").to_pylist()
    (evil,) = [n for n in names if "국립;대학" in n]  # a name with ';' stays one participant
    assert len(evil) == 3 and "국립" not in evil and "대학" not in evil

    graph = tmp_path / "g.graphml"
    _out(capsys, ["export", "--db", db_url, "--format", "graphml", "-o", str(graph)])
    root = ET.parse(graph).getroot()  # valid XML despite control characters in a name
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    labels = [d.text for d in root.iterfind(".//g:node/g:data[@key='n_label']", ns)]
    assert any(lbl and lbl.startswith("제어") for lbl in labels)
    edge = root.find(".//g:edge", ns)
    keys = {d.get("key") for d in edge.iterfind("g:data", ns)}
    assert {"e_event_ids", "e_types", "e_dates", "e_weight"} <= keys


def test_export_to_a_missing_directory_is_one_line_and_leaves_nothing(db, tmp_path, capsys):
    err = _out(capsys, ["export", "--db", db, "--format", "csv", "-o", str(tmp_path / "no" / "x.csv")], 74).err
    assert err.count("\n") == 1 and "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "no").exists()
    assert list(tmp_path.glob(".*.tmp")) == []


def test_parquet_and_graphml_to_stdout(db):
    import pyarrow.parquet as pq

    proc = subprocess.run([sys.executable, "-m", "coopgraph", "export", "--db", db, "--format", "parquet", "-o", "-"],
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(io.BytesIO(proc.stdout))
    assert table.num_rows == 4 and table.column("participants").type.value_type == "string"
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "export", "--db", db, "--format", "graphml", "-o", "-"],
                          capture_output=True)
    assert proc.returncode == 0 and ET.fromstring(proc.stdout).tag.endswith("graphml")


def test_a_failed_export_leaves_the_old_file_and_no_temp_file(tmp_path):
    from coopgraph.store.export import write_csv, write_graphml

    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")

    def rows():
        yield {"id": "a"}
        raise RuntimeError("the store went away")

    with pytest.raises(RuntimeError):
        write_csv(rows(), target, ["id"])
    assert target.read_text(encoding="utf-8") == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]

    def events():
        yield {"id": "ev1", "type": "visit", "date": None, "participants": [
            {"id": "E1", "name": "이름\x00\x1f\ud800", "kind": "org", "country": None},
            {"id": "E2", "name": "둘째", "kind": "org", "country": "UZ"}]}

    assert write_graphml(events(), tmp_path / "g.graphml") == 1
    root = ET.parse(tmp_path / "g.graphml").getroot()
    assert "이름" in ET.tostring(root, encoding="unicode")


@pytest.mark.parametrize("body, says", [
    ("merge: [[only-one]]", "at least two"),
    ("countries: {KISTI: XX}", "unknown country"),
    ("colours: [red]", "unknown section"),
    ("split: [{names: [a]}]", "'from' and 'names'"),
    ("merge: [[a, b]\n", "not valid YAML"),
])
def test_a_bad_curation_file_is_one_line_and_changes_nothing(db, tmp_path, capsys, body, says):
    bad = tmp_path / "bad.yaml"
    bad.write_text(body, encoding="utf-8")
    before = _ids(db)
    err = _out(capsys, ["curate", str(bad), "--db", db], 2).err
    assert says in err and err.count("\n") == 1 and "Traceback" not in err
    err = _out(capsys, ["ingest", "--records", str(bad), "--curation", str(bad), "--db", db, "--no-progress"], 2).err
    assert says in err
    s = open_store(db)
    try:
        assert s.conn.query("SELECT count(*) FROM curations")[0][0] == 0
    finally:
        s.close()
    assert _ids(db) == before


def test_curate_on_stored_records(db, tmp_path, capsys):
    cur = tmp_path / "fix.yaml"
    cur.write_text("aliases: {한국과학기술정보연구원: [과학기술정보원]}\n"
                   "countries: {우즈베키스탄 과학아카데미: KZ}\n"
                   "not_entities: [과기정통부]\n"
                   "merge: [[벨라루스 국립과학아카데미, 벨라루스 국가과학기술위원회]]\n", encoding="utf-8")
    err = _out(capsys, ["curate", str(cur), "--db", db]).err
    assert "1 aliases added, 1 countries fixed, 1 entities merged" in err
    assert len(_ids(db, org="과학기술정보원")) == 2  # the new alias finds KISTI's events
    s = open_store(db)
    try:
        (uz,) = s.entity_ids_for("우즈베키스탄 과학아카데미")
        assert s.conn.query("SELECT country FROM entities WHERE id = ?", (uz,))[0][0] == "KZ"
        assert s.entity_ids_for("NASB") == s.entity_ids_for("GKNT")  # merged
        parts = {r[0] for r in s.conn.query("SELECT name FROM participants")}
        assert "과기정통부" not in parts and "과학기술정보통신부" in parts  # the name goes, the ministry stays
        kz = s.events(EventFilter(country="KZ"))
        assert kz and all("KZ" in e["countries"] for e in kz)  # the country fix reaches the events
    finally:
        s.close()
    again = _out(capsys, ["curate", str(cur), "--db", db]).err  # idempotent
    assert "0 aliases added, 0 countries fixed, 0 entities merged" in again
