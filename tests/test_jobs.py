"""--jobs N: worker processes, output in input order and identical to one process; a stuck or dead worker
costs one document (a timeout or internal error record), never the batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopgraph.ingest import read_inputs
from coopgraph.pipeline import run_parallel
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
INPUTS = Path(__file__).parent / "inputs"
EXAMPLES = ROOT / "coopgraph" / "examples"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "coopgraph", "extract", "--no-ner", "--no-progress", *args],
                          capture_output=True, text=True, timeout=900, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def _raw(i: int, text: str) -> RawDoc:
    return RawDoc(source=f"doc{i}.txt", doc_id=f"{i:016x}", data=text.encode("utf-8"), kind="text")


@pytest.mark.slow
def test_jobs_2_output_equals_jobs_1_in_input_order():
    paths = [str(INPUTS / "forms"), str(INPUTS / "bad"), str(EXAMPLES), str(INPUTS / "missing.html")]
    one = _cli("--jobs", "1", *paths)
    two = _cli("--jobs", "2", *paths)
    assert one.returncode == two.returncode == 1, two.stderr  # tests/inputs/bad has broken files
    assert "Traceback" not in two.stderr
    assert two.stdout == one.stdout
    recs = [json.loads(x) for x in two.stdout.splitlines()]
    assert len(recs) > 25 and sum("error" not in r for r in recs) > 15
    assert sum(len(r.get("events", ())) for r in recs) > 5  # real work was done
    sources = [r["source"] for r in recs]
    assert sources[0].startswith(str(INPUTS / "forms")) and sources[-1] == str(INPUTS / "missing.html")


def test_run_parallel_passes_read_errors_through_in_place():
    settings = Settings(use_ner=False)
    items = [_raw(0, "한국과 몽골은 협력 회의를 열었다."), ErrorRecord(source="x", code="not_found", message="gone"),
             _raw(2, "한국과 베트남은 협력 양해각서를 체결했다.")]
    out = list(run_parallel(iter(items), settings, jobs=2, window=2))
    assert [r.source for r in out] == ["doc0.txt", "x", "doc2.txt"]
    assert out[1] is not None and out[1].code == "not_found"


def _slow_text(n_kib: int) -> str:
    """A long, ordinary Korean text: several seconds of real pipeline work."""
    para = ("한국국제협력단(KOICA)은 2021년 3월 15일 하노이에서 베트남 보건부와 농촌 보건소 개선 사업 협력 "
            "양해각서를 체결했다고 밝혔다. 양측은 앞으로 3년간 500만 달러를 투입해 의료진 200여 명을 교육한다.\n")
    return para * (n_kib * 1024 // len(para.encode()) + 1)


@pytest.mark.slow
def test_a_document_over_the_time_limit_becomes_an_error_record_and_the_worker_is_replaced():
    settings = Settings(use_ner=False, max_bytes=64 << 20)
    items = [_raw(0, "한국과 몽골은 2020년 5월 협력 회의를 열었다."), _raw(1, _slow_text(3000)),
             _raw(2, "한국과 베트남은 2021년 3월 협력 양해각서를 체결했다."),
             _raw(3, "한국과 라오스는 2022년 4월 보건 협력 사업을 시작했다.")]
    t = time.monotonic()
    out = list(run_parallel(iter(items), settings, jobs=2, timeout=3))
    assert [r.source for r in out] == [f"doc{i}.txt" for i in range(4)]
    assert isinstance(out[1], ErrorRecord) and out[1].code == "timeout"
    assert "3 s" in out[1].message and "--timeout" in out[1].message
    assert all(not isinstance(r, ErrorRecord) for r in (out[0], out[2], out[3]))
    assert time.monotonic() - t < 300  # it did not wait for the 3 MB document to finish


@pytest.mark.slow
def test_a_worker_killed_mid_document_costs_that_document_only():
    import multiprocessing

    settings = Settings(use_ner=False, max_bytes=64 << 20)
    items = [_raw(0, "한국과 몽골은 2020년 5월 협력 회의를 열었다."), _raw(1, _slow_text(3000)),
             _raw(2, "한국과 베트남은 2021년 3월 협력 양해각서를 체결했다."),
             _raw(3, "한국과 라오스는 2022년 4월 보건 협력 사업을 시작했다.")]
    gen = run_parallel(iter(items), settings, jobs=2, timeout=60)  # the time limit only as a safety net
    out = [next(gen)]  # doc 0 is done: its worker has taken the 3 MB document next
    time.sleep(1)
    killed = [c.pid for c in multiprocessing.active_children()]
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    out += list(gen)
    assert killed
    assert [r.source for r in out] == [f"doc{i}.txt" for i in range(4)]
    assert isinstance(out[1], ErrorRecord) and out[1].code == "internal" and "died" in out[1].message
    died = [r.source for r in out if isinstance(r, ErrorRecord)]
    # only what the two killed workers held at that moment is lost: the 3 MB document, and at most one other
    assert died[0] == "doc1.txt" and len(died) <= 2, died
    assert all("died" in r.message for r in out if isinstance(r, ErrorRecord))
    assert not isinstance(out[0], ErrorRecord)


def test_window_bounds_what_is_read_ahead():
    settings = Settings(use_ner=False)
    pulled = []

    def items():
        for i in range(40):
            pulled.append(i)
            yield _raw(i, f"한국과 몽골은 {2000 + i}년 협력 회의를 열었다.")

    gen = run_parallel(items(), settings, jobs=2, window=4)
    first = next(gen)
    assert first.source == "doc0.txt"
    assert len(pulled) <= 4 + 1  # never more than the window ahead of what was yielded
    rest = list(gen)
    assert len(rest) == 39 and [r.source for r in rest] == [f"doc{i}.txt" for i in range(1, 40)]


def test_read_inputs_and_jobs_1_run_in_process():
    recs = list(run_parallel(read_inputs([str(EXAMPLES / "03_stripped_delegation.txt")]), Settings(use_ner=False),
                             jobs=1))
    assert len(recs) == 1 and not isinstance(recs[0], ErrorRecord)


def test_progress_shows_the_total_and_the_rate(tmp_path):
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"p{i}.txt").write_text(f"한국과 몽골은 {2001 + i}년 협력 회의를 열었다.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "extract", "--no-ner", "--progress", "-j", "1",
                           str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl")], capture_output=True, text=True,
                          timeout=600, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 0, proc.stderr
    final = proc.stderr.replace("\r", "\n").splitlines()
    assert any("3/3" in line and ("doc/s" in line or "s/doc" in line) for line in final), final
