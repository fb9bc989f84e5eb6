"""`coopgraph extract` end to end: the seeds through the shared scorer, batches with broken files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import shared_path

from coopgraph import cli

INPUTS = Path(__file__).parent / "inputs"


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coopgraph", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_seeds_boilerplate_kept_and_dropped_all(tmp_path):
    seeds = sorted(str(p) for p in shared_path("seeds").glob("*.txt"))
    assert len(seeds) >= 2
    out = tmp_path / "seeds.jsonl"
    proc = _run_cli("extract", "--no-ner", *seeds, "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in recs] == seeds and not any("error" in r for r in recs)
    score = subprocess.run([sys.executable, str(shared_path("eval", "score.py")),
                            "--gold", str(shared_path("gold", "seeds.jsonl")), "--pred", str(out), "--json"],
                           capture_output=True, text=True, timeout=120)
    assert score.returncode == 0, score.stderr
    result = json.loads(score.stdout)
    assert result["missing_predictions"] == []
    assert result["boilerplate"] == {"kept": 1.0, "dropped": 1.0}
    for r in recs:  # the render date beside the weather widget is never the document date
        assert r["doc_date"] is None


def _extract(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = cli.main(["extract", "--no-ner", "--no-progress", *args])
    captured = capsys.readouterr()
    return code, [json.loads(x) for x in captured.out.splitlines()], captured.err


@pytest.mark.slow
def test_batch_with_broken_files_outputs_every_good_record(capsys, tmp_path):
    code, recs, err = _extract(capsys, str(INPUTS / "bad"), str(INPUTS / "forms" / "page_utf8.html"),
                               str(tmp_path / "missing.html"))
    assert code == 1  # some documents failed: every good one is still written
    by_source = {r["source"]: r for r in recs}
    bad = str(INPUTS / "bad")
    errors = {s: r["error"]["code"] for s, r in by_source.items() if "error" in r}
    assert errors == {
        f"{bad}/bad_lines.jsonl:2": "bad_json", f"{bad}/bad_lines.jsonl:3": "bad_json",
        f"{bad}/blank.txt": "empty", f"{bad}/empty.html": "empty", f"{bad}/junk.bin": "binary",
        f"{bad}/only_boilerplate.txt": "no_text", f"{bad}/report.html": "binary",
        f"{bad}/truncated.warc.gz": "bad_warc", str(tmp_path / "missing.html"): "not_found",
    }
    good = [r for r in recs if "error" not in r]
    assert {r["source"] for r in good} >= {f"{bad}/bad_lines.jsonl:1", f"{bad}/truncated.html",
                                          str(INPUTS / "forms" / "page_utf8.html")}
    assert any(r["source"].startswith(f"{bad}/truncated.warc.gz@") for r in good)
    for r in good:
        assert set(r) >= {"doc_id", "source", "url", "title", "doc_date", "lang", "text", "events", "entities"}
        assert len(r["doc_id"]) == 16 and r["text"]
    assert "failed" in err and "binary" in err


def test_all_inputs_failed_exits_non_zero(capsys):
    code, recs, _ = _extract(capsys, str(INPUTS / "bad" / "empty.html"), str(INPUTS / "bad" / "report.html"))
    assert code == 1 and [r["error"]["code"] for r in recs] == ["empty", "binary"]


def test_usage_error_exits_non_zero():
    with pytest.raises(SystemExit) as exc:
        cli.main(["extract"])
    assert exc.value.code == 2


@pytest.mark.slow
def test_every_input_form_through_the_cli(capsys, tmp_path):
    forms = tmp_path / "in"
    shutil.copytree(INPUTS / "forms", forms)
    code, recs, _ = _extract(capsys, str(forms), "-o", str(tmp_path / "out.jsonl"))
    assert code == 1 and recs == []  # everything went to the file; feed.jsonl has two bad lines (exit 1)
    recs = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    good = [r for r in recs if "error" not in r]
    names = {r["source"].split("/")[-1].split("@")[0].split(":")[0] for r in good}
    assert names == {"crawl.warc", "crawl.warc.gz", "crawl.wet", "feed.jsonl", "page_cp949_undeclared.html",
                     "page_meta_euckr.html", "page_utf16_bom.html", "page_utf8.html", "page_utf8_bom.html",
                     "stripped_cp949.txt", "stripped_utf8.txt"}
    assert all(r["source"].startswith(str(forms) + "/") for r in recs)
    urls = {r["url"] for r in good if r["url"]}
    assert {"https://example.kr/a/1", "https://example.kr/w/1", "https://example.kr/w/2"} <= urls


@pytest.mark.slow
def test_stdin(tmp_path):
    data = (INPUTS / "forms" / "stripped_cp949.txt").read_bytes()
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "extract", "--no-ner", "-"], input=data,
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    (rec,) = [json.loads(x) for x in proc.stdout.decode("utf-8").splitlines()]
    assert rec["source"] == "-" and rec["doc_date"] == "2021-03-05"


@pytest.mark.slow
def test_demo_prints_the_shipped_examples(capsys, tmp_path):
    db = tmp_path / "demo.db"
    assert cli.main(["demo", "--db", f"sqlite:///{db}"]) == 0
    out = capsys.readouterr().out
    assert "01_news_mou.html" in out and "02_joint_committee_cp949.html" in out
    assert "03_stripped_delegation.txt" in out and "04_feed.jsonl:2" in out
    assert "ERROR" not in out
    assert "doc_date: 2023-05-18" in out  # the byline, not the "today" widget (2024-03-05)
    # the demo stores what it extracted and prints the timeline and the most active organisations
    assert db.exists()
    assert "Timeline" in out and "Most active organisations" in out
    # running it again adds nothing (idempotent ingest)
    assert cli.main(["demo", "--db", f"sqlite:///{db}"]) == 0
    assert "0 documents stored" in capsys.readouterr().out


def test_output_inside_an_input_directory_is_not_read_back(capsys, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text("2024년 5월 2일 한국과 몽골은 서울에서 보건 협력 양해각서를 체결했다.\n", encoding="utf-8")
    out = folder / "out.jsonl"
    out.write_text('{"text": "지난번 실행의 결과"}\n', encoding="utf-8")  # a previous run's output, overwritten
    code, _, _ = _extract(capsys, str(folder), "--jobs", "1", "-o", str(out))
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and [r["source"] for r in recs] == [str(folder / "a.txt")]


def test_an_input_that_is_also_the_output_is_a_usage_error_and_stays_intact(capsys, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "2024년 5월 2일 한국과 몽골은 협약을 맺었다."}\n', encoding="utf-8")
    before = feed.read_bytes()
    assert cli.main(["extract", str(feed), "-o", str(feed)]) == 2
    assert feed.read_bytes() == before
    assert "both an input and the output" in capsys.readouterr().err
