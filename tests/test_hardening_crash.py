"""Crashes and races on both backends: kill -9 at random points of an ingest, then a rerun, and two ingests
of the same input at once, each leave the store equal to one clean ingest (documents, mentions, entities,
canonical events). tests/test_store.py kills twice at fixed points; here the points are random (seeded) and
more, and the concurrent case is covered."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from kb_records import generated

from coopgraph.store import open_store

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("COOPGRAPH_KILLS", "5"))  # per backend; docs/reliability.md has the larger runs


def _cmd(path: Path, db_url: str, batch: int) -> list[str]:
    return [sys.executable, "-m", "coopgraph", "ingest", "--records", str(path), "--db", db_url, "--batch-size",
            str(batch), "--no-progress"]


def _env() -> dict:
    return dict(os.environ, PYTHONUNBUFFERED="1", PYTHONPATH=str(ROOT))


def _count(db_url: str) -> int:
    try:
        s = open_store(db_url, mode="ro")
    except Exception:  # noqa: BLE001 - not created or not migrated yet
        return 0
    try:
        return s.counts()["documents"]
    finally:
        s.close()


def _snapshot(db_url: str) -> dict:
    s = open_store(db_url, mode="ro")
    try:
        return {
            "counts": s.counts(),
            "events": s.events(),
            "entities": s.conn.query("SELECT id, name, kind, country FROM entities ORDER BY id"),
            "mentions": s.conn.query("SELECT doc_id, idx, event_id, seq FROM mentions ORDER BY doc_id, idx"),
            "documents": s.conn.query("SELECT doc_id, source, title, doc_date, text FROM documents ORDER BY doc_id"),
        }
    finally:
        s.close()


def _records_file(tmp_path: Path, n: int, seed: int) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in generated(n, seed=seed)),
                    encoding="utf-8")
    return path


def _clean_url(db_url: str, tmp_path: Path, request, name: str) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / name}"
    return request.getfixturevalue("pg_server").new_database()


def test_kill_9_at_random_points_then_rerun_equals_a_clean_run(db_url, tmp_path, request):
    n_docs = 1200
    path = _records_file(tmp_path, n_docs, seed=23)
    rng = random.Random(20261204)
    thresholds = sorted(rng.sample(range(1, n_docs - 200), KILLS))
    survived = []
    for threshold in thresholds:
        proc = subprocess.Popen(_cmd(path, db_url, rng.choice((3, 7, 20))), env=_env(), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None and _count(db_url) < threshold:
            time.sleep(rng.uniform(0.005, 0.05))
        if proc.poll() is not None:
            continue  # finished first (all already there): nothing to kill at this point
        time.sleep(rng.uniform(0, 0.2))  # a random moment inside a batch
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        survived.append(_count(db_url))
    assert len(survived) >= max(1, KILLS - 1), survived  # the corpus outlasted (nearly) every kill point
    assert survived == sorted(survived) and survived[-1] < n_docs, survived
    done = subprocess.run(_cmd(path, db_url, 7), env=_env(), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr

    clean = _clean_url(db_url, tmp_path, request, "clean.db")
    proc = subprocess.run(_cmd(path, clean, 7), env=_env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    resumed, reference = _snapshot(db_url), _snapshot(clean)
    assert resumed["counts"]["documents"] == n_docs
    assert resumed == reference


def test_two_concurrent_ingests_equal_one_ingest(db_url, tmp_path, request):
    n_docs = 400
    path = _records_file(tmp_path, n_docs, seed=29)
    procs = [subprocess.Popen(_cmd(path, db_url, batch), env=_env(), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for batch in (5, 11)]
    for proc in procs:
        _, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    clean = _clean_url(db_url, tmp_path, request, "clean.db")
    proc = subprocess.run(_cmd(path, clean, 7), env=_env(), capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    both, reference = _snapshot(db_url), _snapshot(clean)
    assert both["counts"]["documents"] == n_docs
    assert both["counts"] == reference["counts"]
    assert both["events"] == reference["events"]
    assert both["documents"] == reference["documents"]
