"""The held-out set (tests/golden/holdout): gold well-formed, and the pipeline above its floors.

HELD-OUT: nobody tunes rules on these documents; they measure how the product
generalises. Floors live in tests/quality_floors.json under "holdout". The gold checks
reuse the dev set's helpers (tests/test_golden_dev.py); the scorer is the shared one,
loaded through conftest's shared_path().
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path
from golden_util import load_builder
from test_golden_dev import COUNTRY_RE, DATE_RE, TYPES, _bounds, _measured, _text_of

GOLDEN = Path(__file__).resolve().parent / "golden"
HOLDOUT = GOLDEN / "holdout"
GOLD = GOLDEN / "holdout_gold.jsonl"
FLOORS = Path(__file__).resolve().parent / "quality_floors.json"


def _gold() -> list[dict]:
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


GOLD_RECORDS = _gold()


# ------------------------------------------------------------------ gold is well-formed
def test_every_document_has_exactly_one_gold_record():
    sources = [r["source"] for r in GOLD_RECORDS]
    assert len(sources) == len(set(sources))
    files = sorted(f"tests/golden/holdout/{p.name}" for p in HOLDOUT.iterdir() if p.is_file())
    assert sorted(sources) == files
    assert len(files) >= 20


def test_gold_file_is_what_the_builder_writes():
    mod = load_builder("build_holdout_gold")
    assert mod.problems() == []
    assert GOLD.read_text(encoding="utf-8") == mod.render(), "run tests/golden/build_holdout_gold.py"


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=lambda r: Path(r["source"]).name)
def test_gold_record_is_well_formed(rec):
    path = Path(__file__).resolve().parent.parent / rec["source"]
    assert path.is_file(), rec["source"]
    assert rec["doc_id"] == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    if rec["doc_date"] is not None:
        date.fromisoformat(rec["doc_date"])
    text = _text_of(path)
    for s in rec["must_keep"] + rec["must_drop"]:
        assert s in text, s
    for ev in rec["events"]:
        assert ev["type"] in TYPES
        assert ev.get("status", "happened") in {"happened", "planned"}
        if ev["date"] is not None:
            start, end = ev["date"]["start"], ev["date"]["end"]
            assert DATE_RE.match(start) and DATE_RE.match(end), ev["date"]
            assert _bounds(start)[0] <= _bounds(end)[1], ev["date"]
            if rec["doc_date"] and ev.get("status") != "planned":
                assert _bounds(start)[0] <= date.fromisoformat(rec["doc_date"]), ev["date"]
        if ev["location"] is not None:
            assert ev["location"]["name"] and COUNTRY_RE.match(ev["location"]["country"])
        for p in ev["participants"]:
            assert p["name"] and p["kind"] in {"org", "person"}
            assert p["country"] is None or COUNTRY_RE.match(p["country"])
            assert isinstance(p["aliases"], list)
        assert ev["countries"] and all(COUNTRY_RE.match(c) for c in ev["countries"])
        assert "KR" in ev["countries"]
        for f in ev["figures"]:
            assert isinstance(f["value"], int | float) and f["unit"]
        assert ev["evidence"]["sentence"] in text, ev["evidence"]["sentence"]


def test_gold_covers_the_input_kinds_and_hard_cases():
    events = [e for r in GOLD_RECORDS for e in r["events"]]
    assert {e["type"] for e in events} == TYPES
    assert sum(1 for r in GOLD_RECORDS if not r["events"]) >= 2
    assert any(e.get("status") == "planned" for e in events)
    assert sum(1 for p in HOLDOUT.iterdir() if p.suffix == ".html") >= 8
    assert sum(1 for r in GOLD_RECORDS if r["doc_date"] is None) >= 4
    assert all(r["must_keep"] for r in GOLD_RECORDS)
    # at least one page is not UTF-8 (declared EUC-KR, CP949 bytes)
    raw = [p.read_bytes() for p in HOLDOUT.iterdir()]
    assert any(_not_utf8(b) for b in raw)


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


# ------------------------------------------------------------------ the pipeline over the held-out set
def _floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))["holdout"]


@pytest.fixture(scope="session")
def holdout_scores(tmp_path_factory):
    from coopgraph.cli import main

    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("coopgraph_shared_score_holdout", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out = tmp_path_factory.mktemp("holdout") / "pred.jsonl"
    assert main(["extract", str(HOLDOUT), "-o", str(out), "--no-progress"]) == 0
    with out.open(encoding="utf-8") as fh:
        preds = [json.loads(line) for line in fh if line.strip()]
    assert not [p for p in preds if "error" in p], "some held-out documents failed"
    return scorer.score(GOLD_RECORDS, preds)


@pytest.mark.slow
def test_holdout_set_scores_at_or_above_floors(holdout_scores):
    assert not holdout_scores["missing_predictions"]
    measured = _measured(holdout_scores)
    floors = {k: v for k, v in _floors().items() if k != "max_spurious_on_empty_pages"}
    assert floors, "tests/quality_floors.json has no holdout floors"
    unknown = set(floors) - set(measured)
    assert not unknown, f"unknown floor keys: {unknown}"
    below = {k: (measured[k], v) for k, v in floors.items() if measured[k] < v}
    assert not below, f"below floor (measured, floor): {below}"


@pytest.mark.slow
def test_no_events_on_held_out_pages_without_cooperation(holdout_scores):
    empty = {Path(r["source"]).name for r in GOLD_RECORDS if not r["events"]}
    spurious = {d["doc"]: d["pred"] for d in holdout_scores["per_document"] if d["doc"] in empty and d["pred"]}
    allowed = _floors().get("max_spurious_on_empty_pages", len(empty))
    assert len(spurious) <= allowed, spurious
