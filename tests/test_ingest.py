"""Reading documents: files, directories, stdin, JSON Lines, WARC/WET, and bad inputs."""

from __future__ import annotations

import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from coopgraph.ingest import doc_id_of, iter_files, read_inputs
from coopgraph.ingest.sniff import sniff_container
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

INPUTS = Path(__file__).parent / "inputs"
FORMS = INPUTS / "forms"
BAD = INPUTS / "bad"


def _read(*paths) -> list[RawDoc | ErrorRecord]:
    return list(read_inputs([str(p) for p in paths]))


def test_plain_file_doc_id_is_sha256_of_bytes():
    path = FORMS / "page_utf8.html"
    (doc,) = _read(path)
    assert isinstance(doc, RawDoc)
    assert doc.source == str(path)
    assert doc.doc_id == hashlib.sha256(path.read_bytes()).hexdigest()[:16] == doc_id_of(doc.data)
    assert doc.kind is None  # HTML or text is decided by the cleaner from the decoded content


def test_directory_is_read_recursively_in_a_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a-c").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/2.txt", "b/1.txt", "a-c/9.txt", "0.txt", ".hidden/x.txt", "b/.swp"):
        (tmp_path / rel).write_text("본문 " + rel, encoding="utf-8")
    given = str(tmp_path) + "/"  # the path as typed, trailing slash and all
    sources = [d.source for d in read_inputs([given])]
    assert sources == [os.path.join(given, r) for r in ("0.txt", "a-c/9.txt", "b/1.txt", "b/2.txt")]
    assert sources == list(iter_files(given))


def test_relative_directory_keeps_the_path_as_given(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.txt").write_text("가", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [d.source for d in read_inputs(["./docs"])] == ["./docs/x.txt"]


def test_missing_path_is_an_error_record_and_the_batch_goes_on(tmp_path):
    recs = _read(tmp_path / "nope.html", FORMS / "page_utf8.html")
    assert isinstance(recs[0], ErrorRecord) and recs[0].code == "not_found"
    assert isinstance(recs[1], RawDoc)


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_stdin_dash(monkeypatch):
    data = (FORMS / "stripped_utf8.txt").read_bytes()
    monkeypatch.setattr("sys.stdin", _Stdin(data))
    (doc,) = read_inputs(["-"])
    assert doc.source == "-" and doc.data == data and doc.doc_id == doc_id_of(data)


def test_stdin_can_carry_a_jsonl_stream(monkeypatch):
    monkeypatch.setattr("sys.stdin", _Stdin((FORMS / "feed.jsonl").read_bytes()))
    recs = list(read_inputs(["-"]))
    assert [r.source for r in recs] == ["-:1", "-:2", "-:3", "-:4"]


def test_jsonl_one_doc_per_line_and_bad_lines_named_by_number():
    recs = _read(FORMS / "feed.jsonl")
    src = str(FORMS / "feed.jsonl")
    assert [r.source for r in recs] == [f"{src}:{i}" for i in (1, 2, 3, 4)]
    good1, bad2, good3, bad4 = recs
    assert isinstance(good1, RawDoc) and good1.kind == "html" and good1.url == "https://example.kr/a/1"
    assert good1.fetched_at == "2021-03-06T00:00:00Z"
    line1 = json.loads((FORMS / "feed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert good1.doc_id == hashlib.sha256(line1["html"].encode("utf-8")).hexdigest()[:16]
    assert isinstance(good3, RawDoc) and good3.kind == "text"
    assert isinstance(bad2, ErrorRecord) and bad2.code == "bad_json" and "line 2" in bad2.message
    assert isinstance(bad4, ErrorRecord) and bad4.code == "bad_json" and "html" in bad4.message


def test_jsonl_other_bad_lines():
    recs = _read(BAD / "bad_lines.jsonl")
    assert isinstance(recs[0], RawDoc) and recs[0].data.decode() == "한국과 가나는 어제 교육 협력을 논의했다."
    assert [(r.code, r.source.rsplit(":", 1)[1]) for r in recs[1:]] == [("bad_json", "2"), ("bad_json", "3")]


def test_jsonl_sniffed_by_content_not_extension(tmp_path):
    p = tmp_path / "dump.txt"
    p.write_text(json.dumps({"url": "u", "text": "한국과 칠레가 협정을 맺었다."}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    (doc,) = _read(p)
    assert doc.source == f"{p}:1" and doc.kind == "text" and doc.url == "u"


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_one_doc_per_textual_response(name):
    recs = _read(FORMS / name)
    assert all(isinstance(r, RawDoc) for r in recs)
    # the PNG response is skipped; three HTML responses remain, in archive order
    assert [r.url for r in recs] == ["https://example.kr/w/1", "https://example.kr/w/2", "https://example.kr/w/3"]
    assert all(r.kind == "html" and r.fetched_at == "2021-03-06T00:00:00Z" for r in recs)
    assert all(r.source.startswith(str(FORMS / name) + "@") for r in recs)
    assert recs[0].source.endswith("@0")
    assert recs[0].doc_id == doc_id_of(recs[0].data) and b"<html>" in recs[0].data
    assert len({r.doc_id for r in recs}) == 3


def test_wet_conversion_records_are_text():
    recs = _read(FORMS / "crawl.wet")
    assert [r.kind for r in recs] == ["text", "text"]
    assert recs[1].data.decode("utf-8").startswith("양 기관은")


def test_warc_sniffed_by_content_when_renamed(tmp_path):
    p = tmp_path / "part-00001.txt"
    p.write_bytes((FORMS / "crawl.warc.gz").read_bytes())
    assert len([r for r in _read(p) if isinstance(r, RawDoc)]) == 3


def test_truncated_gzip_warc_keeps_records_read_before_the_damage():
    recs = _read(BAD / "truncated.warc.gz")
    docs = [r for r in recs if isinstance(r, RawDoc)]
    errs = [r for r in recs if isinstance(r, ErrorRecord)]
    assert 1 <= len(docs) < 3
    assert len(errs) == 1 and errs[0].code == "bad_warc" and errs[0].source == str(BAD / "truncated.warc.gz")
    assert recs[-1] is errs[0]


def test_truncated_plain_warc(tmp_path):
    data = (FORMS / "crawl.warc").read_bytes()
    p = tmp_path / "cut.warc"
    p.write_bytes(data[: len(data) - 300])
    recs = _read(p)
    assert [type(r).__name__ for r in recs] == ["RawDoc", "RawDoc", "ErrorRecord"]
    assert recs[-1].code == "bad_warc"


def test_big_file_is_refused_without_being_read(tmp_path):
    """A 50 MB HTML page (generated here, never committed) is too_large under the default limit."""
    p = tmp_path / "huge.html"
    chunk = ("<p>" + "한국과 벨라루스는 과학기술 협력을 이어갔다. " * 40 + "</p>\n").encode("utf-8")
    with p.open("wb") as fh:
        fh.write(b"<html><body>")
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    assert p.stat().st_size > 50 * 1024 * 1024 > Settings().max_bytes
    (rec,) = _read(p)
    assert isinstance(rec, ErrorRecord) and rec.code == "too_large"
    assert rec.doc_id and len(rec.doc_id) == 16


def test_limit_comes_from_settings(tmp_path):
    p = tmp_path / "a.html"
    p.write_bytes(b"<p>" + "가".encode() * 100 + b"</p>")
    assert isinstance(next(read_inputs([str(p)], Settings(max_bytes=50))), ErrorRecord)
    assert isinstance(next(read_inputs([str(p)], Settings(max_bytes=5000))), RawDoc)


@pytest.mark.parametrize(("head", "name", "kind"), [
    (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.bin", "warc"),
    (b'{"url": "u", "html": "<p>"}\n', "x.txt", "jsonl"),
    (b"{not json", "x.jsonl", "jsonl"),
    (b"{not json", "x.txt", None),
    (b"<html><body>", "x.jsonl.html", None),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "x.gz", None),
    (b"%PDF-1.4", "x.html", None),
])
def test_sniff_container(head, name, kind):
    assert sniff_container(head, name) == kind
