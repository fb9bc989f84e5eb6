"""The Spark job on local[2] (with task retries): same documents and events as extract, same fusion as the store.

One SparkSession for the module (``local[2,4]``: two cores, a failed task is retried up to 4 times).
The corpus: ../shared/seeds, the bundled examples, the r0xx pages of ../shared/corpus and WARC files
written here (one gzip archive holding a copy of an example page and a page of our own, one cut-off
archive). Everything expected is computed in the test by the laptop path (`extract`, `coopgraph ingest`).
"""

from __future__ import annotations

import glob
import io
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import ROOT, shared_path

pytestmark = pytest.mark.slow

EXAMPLES = ROOT / "coopgraph" / "examples"

OWN_PAGE = """<html><head><title>보건 협력 확대</title></head><body><article>
<h1>한-우즈베키스탄 보건 협력 확대</h1>
<p>2023년 5월 10일 한국국제협력단(KOICA)은 우즈베키스탄 타슈켄트에서 우즈베키스탄 보건부와
모자보건 개선 사업에 관한 양해각서를 체결했다고 밝혔다.</p>
<p>양측은 이번 협약에 따라 2025년까지 지역 병원 다섯 곳의 진료 장비를 바꾸고 의료진 연수를 함께 하기로 했다.</p>
</article></body></html>"""


def _warc(path: Path, pages: list[tuple[str, bytes, str]], cut: int = 0) -> None:
    """A gzip WARC of response records (url, payload, content type); ``cut`` bytes dropped at the end."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, payload, ctype in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    data = buf.getvalue()
    path.write_bytes(data[:-cut] if cut else data)


@pytest.fixture(scope="session")
def spark():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("CI installs the spark extra, but pyspark is missing")
        pytest.skip("pyspark is not installed (pip install 'coopgraph[spark]')")
    from coopgraph.spark import SparkUnavailable
    from coopgraph.spark.job import spark_session

    try:
        session = spark_session("local[2,4]", app="coopgraph-tests", conf={
            "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "4", "spark.driver.memory": "1g"})
    except SparkUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI installs a Java runtime, but Spark cannot start: {exc.line()}")
        pytest.skip(exc.line())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def warcs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("warc")
    copy = (EXAMPLES / "01_news_mou.html").read_bytes()  # the same bytes as a file input: one document
    _warc(d / "crawl.warc.gz", [("https://example.org/a", copy, "text/html; charset=utf-8"),
                                ("https://example.org/own", OWN_PAGE.encode("utf-8"), "text/html; charset=utf-8")])
    _warc(d / "cut.warc.gz", [("https://example.org/own2", OWN_PAGE.replace("5월 10일", "6월 2일").encode("utf-8"),
                               "text/html; charset=utf-8"),
                              ("https://example.org/own3", OWN_PAGE.replace("5월", "7월").encode("utf-8"),
                               "text/html; charset=utf-8")], cut=40)
    return {"crawl": d / "crawl.warc.gz", "cut": d / "cut.warc.gz"}


def _read(out: Path, table: str) -> list[dict]:
    import pyarrow.dataset as ds

    path = out / table
    if not any(path.rglob("*.parquet")):
        return []
    return ds.dataset(str(path), format="parquet", partitioning="hive").to_table().to_pylist()


def _first_records(records):
    """extract's records by doc_id, first occurrence (the store keeps the first copy too)."""
    from coopgraph.records import DocRecord

    out = {}
    for rec in records:
        if isinstance(rec, DocRecord) and rec.doc_id not in out:
            out[rec.doc_id] = rec
    return out


def _mentions_by_doc(rows) -> dict[str, list[dict]]:
    by_doc: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc_id"]].append((r["idx"], json.loads(r["json"])))
    return {d: [j for _, j in sorted(v, key=lambda x: x[0])] for d, v in by_doc.items()}


def _events(rows) -> list[dict]:
    return sorted((json.loads(r["json"]) for r in rows), key=lambda e: e["id"])


# ----------------------------------------------------------------------------- the corpus run
@pytest.fixture(scope="module")
def corpus_inputs(warcs) -> dict:
    seeds = shared_path("seeds")
    texts = shared_path("corpus", "texts")
    pattern = str(texts / "r0*.txt")
    files = sorted(glob.glob(pattern))
    assert files, pattern
    spark_args = [str(seeds), str(EXAMPLES), pattern, str(warcs["crawl"]), str(warcs["cut"])]
    laptop_args = [str(seeds), str(EXAMPLES), *files, str(warcs["crawl"]), str(warcs["cut"])]  # the shell's glob
    return {"spark": spark_args, "laptop": laptop_args}


@pytest.fixture(scope="module")
def corpus_run(spark, corpus_inputs, extracted, ingested, tmp_path_factory):
    """The Spark job over the corpus, right after the laptop runs (all three load the same code)."""
    from coopgraph.spark.job import JobConfig, run

    out = tmp_path_factory.mktemp("spark-out")
    counts = run(spark, JobConfig(inputs=tuple(corpus_inputs["spark"]), out=str(out)))
    return out, counts


@pytest.fixture(scope="module")
def extracted(corpus_inputs):
    from coopgraph.pipeline import extract

    return list(extract(corpus_inputs["laptop"]))


@pytest.fixture(scope="module")
def ingested(corpus_inputs, tmp_path_factory) -> list[dict]:
    """`coopgraph ingest` of the same files into a fresh SQLite store; its canonical events."""
    from coopgraph.store import open_store

    db = f"sqlite:///{tmp_path_factory.mktemp('store') / 'kb.db'}"
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "ingest", "--db", db, "--no-progress",
                           *corpus_inputs["laptop"]], capture_output=True, text=True, timeout=1200, cwd=ROOT)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    store = open_store(db)
    try:
        return sorted(store.events(), key=lambda e: e["id"])
    finally:
        store.close()


def test_documents_and_errors_match_extract(corpus_run, extracted):
    from coopgraph.records import ErrorRecord

    out, counts = corpus_run
    docs = _read(out, "documents")
    ids = [d["doc_id"] for d in docs]
    assert len(ids) == len(set(ids)) == counts["documents"]
    first = _first_records(extracted)
    assert set(ids) == set(first)
    assert len(extracted) > len(first)  # the WARC copy of an example page was read twice by extract, kept once
    for d in docs:
        rec = first[d["doc_id"]]
        assert (d["source"], d["title"], d["doc_date"], d["text"]) == (rec.source, rec.title, rec.doc_date, rec.text)
    errors = {(e["source"], e["code"]) for e in _read(out, "errors")}
    assert errors == {(e.source, e.code) for e in extracted if isinstance(e, ErrorRecord)}
    assert any(code == "bad_warc" for _, code in errors)


def test_mentions_equal_extract_document_by_document(corpus_run, extracted):
    out, _ = corpus_run
    mentions = _read(out, "mentions")
    by_doc = _mentions_by_doc(mentions)
    first = _first_records(extracted)
    expected = {d: [e.to_json() for e in rec.events] for d, rec in first.items() if rec.events}
    assert sum(len(v) for v in expected.values()) >= 20  # the corpus really has events
    assert by_doc == expected
    assert len({(m["doc_id"], m["idx"]) for m in mentions}) == len(mentions)


def test_fused_events_equal_the_sqlite_store(corpus_run, ingested):
    out, _ = corpus_run
    events = _events(_read(out, "events"))
    assert events == ingested
    assert any(e["num_mentions"] > 1 for e in events)  # fusion across documents happened
    mentions = _read(out, "mentions")
    by_event = defaultdict(set)
    for m in mentions:
        by_event[m["event_id"]].add((m["doc_id"], m["idx"]))
    assert {e["id"]: {(s["doc_id"], s["event_index"]) for s in e["sources"]} for e in events} == dict(by_event)


# ----------------------------------------------------------------------------- fault, rerun, store
def _small_inputs(warcs) -> list[str]:
    return [str(EXAMPLES), "file://" + str(warcs["crawl"])]  # a Hadoop URI goes through binaryFiles


def _snapshot(out: Path) -> dict[str, list]:
    key = {"documents": "doc_id", "mentions": ("doc_id", "idx"), "events": "id", "entities": "id",
           "errors": ("source", "code")}
    snap = {}
    for table, k in key.items():
        rows = _read(out, table)
        snap[table] = sorted(rows, key=lambda r: tuple(str(r[c]) for c in ((k,) if isinstance(k, str) else k)))
    return snap


@pytest.fixture(scope="module")
def fault_run(spark, warcs, tmp_path_factory):
    from coopgraph.spark.job import JobConfig, run

    tmp = tmp_path_factory.mktemp("fault")
    marker = tmp / "failed-once"
    out = tmp / "out"
    run(spark, JobConfig(inputs=tuple(_small_inputs(warcs)), out=str(out), fail_once=str(marker)))
    return out, marker


def test_a_task_that_fails_once_is_retried_and_nothing_is_lost_or_duplicated(fault_run, warcs):
    from coopgraph.pipeline import extract

    out, marker = fault_run
    assert marker.exists()  # the injected failure did happen
    first = _first_records(extract([str(EXAMPLES), str(warcs["crawl"])]))
    docs = _read(out, "documents")
    assert sorted(d["doc_id"] for d in docs) == sorted(first)
    mentions = _read(out, "mentions")
    assert len({(m["doc_id"], m["idx"]) for m in mentions}) == len(mentions)
    assert _mentions_by_doc(mentions) == {d: [e.to_json() for e in r.events] for d, r in first.items() if r.events}
    events = _read(out, "events")
    assert len({e["id"] for e in events}) == len(events)
    assert sum(e["num_mentions"] for e in events) == len(mentions)
    assert any(d["source"].startswith("file:") and "crawl.warc.gz@" in d["source"] for d in docs)


def test_rerun_is_idempotent_and_loads_postgresql(spark, fault_run, warcs, pg_server):
    from coopgraph.spark.job import JobConfig, run
    from coopgraph.store import open_store

    out, _ = fault_run
    before = _snapshot(out)
    db = pg_server.new_database()
    twice = (*_small_inputs(warcs), str(EXAMPLES / "01_news_mou.html"))  # a document given twice is kept once
    counts = run(spark, JobConfig(inputs=twice, out=str(out), db=db))
    after = _snapshot(out)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    for table in ("documents", "mentions", "events", "entities"):
        strip = ("file_index", "record_index")
        assert [{k: v for k, v in r.items() if k not in strip} for r in after[table]] == \
               [{k: v for k, v in r.items() if k not in strip} for r in before[table]], table
    assert counts["db_stored"] == len(after["documents"])
    store = open_store(db)
    try:
        assert sorted(store.events(), key=lambda e: e["id"]) == _events(after["events"])
        assert store.counts()["documents"] == len(after["documents"])
    finally:
        store.close()


def test_the_input_limits_apply_in_the_job(spark, tmp_path):
    """--max-bytes as extract takes it: a document over the limit is an error row naming the limit."""
    import argparse

    from coopgraph.spark.job import add_arguments, config_from_args, run

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "small.txt").write_text("2024년 3월 4일 한국과 몽골은 서울에서 협약을 맺었다.\n", encoding="utf-8")
    (tmp_path / "in" / "big.txt").write_text("2024년 3월 5일 한국과 몽골은 협의회를 열었다.\n" * 200, encoding="utf-8")
    ap = argparse.ArgumentParser()
    add_arguments(ap)
    cfg = config_from_args(ap.parse_args([str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--max-bytes", "1K"]))
    assert cfg.settings.max_bytes == 1024
    run(spark, cfg)
    errors = _read(tmp_path / "o", "errors")
    assert [(Path(e["source"]).name, e["code"]) for e in errors] == [("big.txt", "too_large")]
    assert "--max-bytes" in errors[0]["message"]
    assert [Path(d["source"]).name for d in _read(tmp_path / "o", "documents")] == ["small.txt"]


# ----------------------------------------------------------------------------- environment errors
def _one_line_failure(proc: subprocess.CompletedProcess, word: str) -> None:
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and word in lines[0] and "Traceback" not in proc.stderr, proc.stderr


def test_no_java_is_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "JAVA_HOME"}
    env["PATH"] = str(Path(sys.executable).parent)  # the venv's bin: no java there
    for cmd in (["-m", "coopgraph", "spark"], ["-m", "coopgraph.spark.job"]):
        proc = subprocess.run([sys.executable, *cmd, str(EXAMPLES), "--out", str(tmp_path / "o")],
                              capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
        _one_line_failure(proc, "Java")
    assert not (tmp_path / "o").exists()


def test_no_pyspark_is_one_line(tmp_path):
    code = ("import sys; sys.modules['pyspark'] = None; from coopgraph.cli import main; "
            f"sys.exit(main(['spark', {str(EXAMPLES)!r}, '--out', {str(tmp_path / 'o')!r}]))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    _one_line_failure(proc, "PySpark")
