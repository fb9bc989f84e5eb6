"""Inputs attacked on purpose: every limit enforced while reading, odd files reported, damaged pages kept.

Each over-limit input becomes an error record that names the limit, and memory stays bounded: the
readers never hold more than the limit (checked with tracemalloc on inputs far larger than it).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from coopgraph.ingest import read_inputs
from coopgraph.ingest.depth import flatten_deep_html
from coopgraph.ingest.limits import bounded_lines, read_bounded
from coopgraph.ingest.options import parse_size
from coopgraph.pipeline import Pipeline, repair_utf8
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
KO = "한국과 우즈베키스탄은 2022년 5월 3일 타슈켄트에서 보건 협력 양해각서를 체결했다."
SMALL = Settings(max_bytes=4096, max_member_bytes=4096, max_line_bytes=4096, max_stdin_bytes=4096)


def read(paths, settings=SMALL) -> list[RawDoc | ErrorRecord]:
    return list(read_inputs([str(p) for p in paths], settings))


def codes(recs) -> list[str]:
    return [r.code if isinstance(r, ErrorRecord) else "ok" for r in recs]


def peak_while(fn) -> tuple[object, int]:
    tracemalloc.start()
    try:
        out = fn()
        return out, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ------------------------------------------------------------------ bounded readers
def test_read_bounded_and_bounded_lines():
    assert read_bounded(io.BytesIO(b"x" * 10), 10) == (b"x" * 10, False)
    assert read_bounded(io.BytesIO(b"x" * 11), 10) == (b"x" * 10, True)
    lines = list(bounded_lines(io.BufferedReader(io.BytesIO(b"ab\n" + b"y" * 50 + b"\ncd")), 10))
    assert lines == [(1, b"ab\n", 3), (2, None, 51), (3, b"cd", 2)]


@pytest.mark.parametrize("text,n", [("10MiB", 10 << 20), ("512K", 512 << 10), ("1G", 1 << 30), ("100", 100),
                                    ("1.5M", 3 << 19)])
def test_parse_size(text, n):
    assert parse_size(text) == n


# ------------------------------------------------------------------ JSON Lines
def test_jsonl_line_over_the_limit_is_skipped_unread_and_its_neighbours_kept(tmp_path):
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": KO}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"text": "가" * 3_000_000}, ensure_ascii=False) + "\n")  # 9 MB of UTF-8
        fh.write(json.dumps({"text": KO + " 둘"}, ensure_ascii=False) + "\n")
    recs, peak = peak_while(lambda: read([path]))
    assert codes(recs) == ["ok", "too_large", "ok"]
    assert recs[1].source == f"{path}:2" and "max_line_bytes" in recs[1].message
    assert peak < 1_000_000, peak  # the 9 MB line was never held


# ------------------------------------------------------------------ WARC
def _warc_record(payload: bytes, headers: str = "", declared: int | None = None) -> bytes:
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n{headers}"
            f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
    length = len(http) if declared is None else declared
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.kr/p\r\n"
            f"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{os.urandom(4).hex()}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def test_warc_payload_inflating_past_the_limit_is_refused_while_inflating(tmp_path):
    gz = gzip.compress(b"<p>" + b"a" * 200_000_000, 9)  # 200 MB inflated from ~200 KB
    page = f"<html><body><p>{KO}</p></body></html>".encode()
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_record(page) + _warc_record(gz, "Content-Encoding: gzip\r\n")
                     + _warc_record(page.replace(b"2022", b"2023")))
    recs, peak = peak_while(lambda: read([path], Settings(max_member_bytes=1 << 20)))
    assert codes(recs) == ["ok", "too_large", "ok"]
    assert "max_member_bytes" in recs[1].message and recs[1].source.startswith(f"{path}@")
    # never the 200 MB: at most what one 16 KiB block of compressed input inflates to (~16 MB), a few times
    assert peak < 64_000_000, peak


def test_warc_record_declaring_1_gib_is_skipped_without_reading_it(tmp_path):
    page = f"<html><body><p>{KO}</p></body></html>".encode()
    path = tmp_path / "crawl.warc"
    huge = b"x" * (3 << 20)  # the declared length says 1 GiB; the file holds what it holds (cut off)
    path.write_bytes(_warc_record(page) + _warc_record(huge, declared=1 << 30))
    recs, peak = peak_while(lambda: read([path], Settings(max_bytes=1 << 20)))
    assert codes(recs)[:2] == ["ok", "too_large"] and "1,073,741,824" in recs[1].message
    assert peak < 3_000_000, peak


# ------------------------------------------------------------------ stdin
def _extract(*args: str, input: bytes = b"", cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coopgraph", "extract", "--no-ner", "--no-progress", "--jobs", "1",
                           *args], input=input, capture_output=True, timeout=600, cwd=cwd,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_stdin_over_the_limit_is_an_error_record_not_a_full_read():
    proc = _extract("--max-stdin-bytes", "64K", "-", input=b"<p>" + b"a" * (5 << 20))
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    (rec,) = [json.loads(x) for x in proc.stdout.splitlines()]
    assert rec["error"]["code"] == "too_large" and "max_stdin_bytes" in rec["error"]["message"]


def test_jsonl_on_stdin_streams_line_by_line():
    lines = "".join(json.dumps({"text": KO + f" {i}번째"}, ensure_ascii=False) + "\n" for i in range(3))
    proc = _extract("--max-stdin-bytes", "1K", "-", input=lines.encode())  # stdin larger than 1K: fine, it streams
    recs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert proc.returncode == 0, proc.stderr
    assert [r["source"] for r in recs] == ["-:1", "-:2", "-:3"]


# ------------------------------------------------------------------ gzip
def test_jsonl_gz_and_txt_gz_are_read(tmp_path):
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(
        "".join(json.dumps({"text": KO + f" {i}"}, ensure_ascii=False) + "\n" for i in range(2)).encode()))
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(KO.encode()))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(f"<html><body><p>{KO}</p></body></html>".encode()))
    recs = read([tmp_path])
    assert codes(recs) == ["ok"] * 4
    assert [r.source.rsplit("/", 1)[1] for r in recs] == ["feed.jsonl.gz:1", "feed.jsonl.gz:2", "page.html.gz",
                                                         "page.txt.gz"]
    assert recs[3].data == KO.encode() and recs[3].kind == "text" and recs[2].kind == "html"


def test_gzip_bomb_and_truncated_gzip(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 50_000_000, 9))
    good = "".join(json.dumps({"text": KO + f" {os.urandom(40).hex()}"}, ensure_ascii=False) + "\n"
                   for i in range(50)).encode()
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(good)[:-100])
    recs, peak = peak_while(lambda: read([tmp_path / "bomb.txt.gz", tmp_path / "cut.jsonl.gz"]))
    assert recs[0].code == "too_large" and "max_member_bytes" in recs[0].message
    assert codes(recs)[-1] == "bad_gzip" and codes(recs).count("ok") >= 40  # complete lines before the damage kept
    assert peak < 5_000_000, peak


# ------------------------------------------------------------------ odd files
def test_fifo_among_inputs_does_not_block(tmp_path):
    (tmp_path / "a.txt").write_text(KO, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "z.txt").write_text(KO, encoding="utf-8")
    recs = read([tmp_path])  # would block forever on open() if the FIFO were read
    assert codes(recs) == ["ok", "unreadable", "ok"] and "FIFO" in recs[1].message


def test_symlink_loop_and_dangling_link(tmp_path):
    os.symlink(tmp_path / "b", tmp_path / "a")
    os.symlink(tmp_path / "a", tmp_path / "b")
    os.symlink(tmp_path / "nowhere", tmp_path / "c")
    recs = read([tmp_path / "a", tmp_path])
    assert codes(recs) == ["unreadable", "unreadable", "unreadable", "not_found"]
    assert "symlink loop" in recs[0].message and "dangling" in recs[3].message


def test_unreadable_subdirectory_is_an_error_record(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(KO, encoding="utf-8")
    locked = tmp_path / "secret"
    locked.mkdir()
    (locked / "b.txt").write_text(KO, encoding="utf-8")
    if os.geteuid() == 0:  # root reads any directory: make listing this one fail as it does for a user
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        recs = read([tmp_path])
    finally:
        locked.chmod(0o755)
    assert codes(recs) == ["ok", "unreadable"] and recs[1].source == str(locked)
    assert "cannot list the directory" in recs[1].message


def test_directory_of_unreadable_files_is_nothing_to_read(tmp_path):
    os.mkfifo(tmp_path / "only.fifo")
    proc = _extract(str(tmp_path))
    assert proc.returncode == 4 and b"Traceback" not in proc.stderr
    lines = proc.stderr.decode().splitlines()
    assert "unreadable" in lines[0] and "nothing to read" in lines[-1] and len(lines) == 2
    assert json.loads(proc.stdout)["error"]["code"] == "unreadable"  # the error record is still written


# ------------------------------------------------------------------ documents the parser would lose
def test_100000_nested_divs_keep_their_text():
    html = ("<html><body>" + "<div>" * 100_000 + f"<p>{KO}</p>" + "</div>" * 100_000 + "</body></html>").encode()
    flat, dropped = flatten_deep_html(html, 200)
    assert dropped > 199_000 and KO.encode() in flat
    rec = Pipeline(Settings(use_ner=False)).safe_run(RawDoc(source="deep.html", doc_id="d", data=html, kind="html"))
    assert not isinstance(rec, ErrorRecord), rec
    assert "우즈베키스탄" in rec.text and rec.events
    assert any("max_depth" in w for w in rec.to_json()["warnings"])


def test_shallow_html_is_left_alone():
    html = ("<html><body>" + "<p>문단</p>" * 1000 + "<ul>" + "<li>항목" * 500 + "</ul></body></html>").encode()
    assert flatten_deep_html(html, 200) == (html, 0)


def test_one_invalid_byte_in_a_utf8_page_is_replaced_and_reported():
    page = f"<html><head><title>협력</title></head><body><p>{KO}</p><p>추가 문단입니다. 양국은 협력을 확대하기로 했다.</p>"
    data = (page * 3).encode("utf-8") + b"\xff" + b"</body></html>"
    at = data.index(b"<body>")
    data = data[:at] + b"\xc3" + data[at:]  # a lead byte with no continuation
    fixed = repair_utf8(data)
    assert fixed is not None and fixed[1] == 2
    rec = Pipeline(Settings(use_ner=False)).safe_run(RawDoc(source="bad.html", doc_id="b", data=data, kind="html"))
    assert not isinstance(rec, ErrorRecord), rec
    (note,) = rec.to_json()["warnings"]
    assert "invalid UTF-8" in note and "first at byte" in note
    assert "우즈베키스탄" in rec.text


def test_many_invalid_bytes_are_not_utf8():
    assert repair_utf8("한국어 문장".encode("cp949") * 50) is None
    assert repair_utf8(KO.encode()) is None


def test_timeout_in_process_is_an_error_record(monkeypatch):
    import time

    import coopgraph.clean as clean_mod

    def slow(raw, settings):
        time.sleep(30)

    monkeypatch.setattr(clean_mod, "clean", slow)
    p = Pipeline(Settings(timeout=0.5))
    t = time.monotonic()
    rec = p.timed_run(RawDoc(source="s.txt", doc_id="s", data=KO.encode(), kind="text"))
    assert time.monotonic() - t < 10
    assert isinstance(rec, ErrorRecord) and rec.code == "timeout" and "timeout" in rec.message


def test_endless_stdin_ends_at_the_limit():
    yes = subprocess.Popen(["yes", "한국과 몽골은 협력했다"], stdout=subprocess.PIPE)
    try:
        proc = subprocess.run([sys.executable, "-m", "coopgraph", "extract", "--no-ner", "--jobs", "1",
                               "--max-stdin-bytes", "1M", "-"], stdin=yes.stdout, capture_output=True, timeout=300,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)))
    finally:
        yes.kill()
        yes.wait()
    (rec,) = [json.loads(x) for x in proc.stdout.splitlines()]
    assert rec["error"]["code"] == "too_large" and proc.returncode == 1
