"""The two seed pages through `coopgraph extract`, scored by the shared scorer against their gold.

Floors live in tests/quality_floors.json under "seeds" (lowering one is a visible change).
The seeds and the scorer come from ../shared through conftest's `shared` fixture.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).resolve().parent / "quality_floors.json").read_text(encoding="utf-8"))["seeds"]


@pytest.fixture(scope="session")
def seed_scores(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "pred.jsonl"
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    assert seeds, "no seed documents"
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "extract", "--no-progress", *seeds, "-o", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    spec = importlib.util.spec_from_file_location("coopgraph_shared_score_seeds", shared / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = [json.loads(line) for line in (shared / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    preds = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return scorer.score(gold, preds)


@pytest.mark.slow
def test_every_seed_is_predicted(seed_scores):
    assert seed_scores["missing_predictions"] == []


@pytest.mark.slow
def test_event_f1_at_or_above_floor(seed_scores):
    assert seed_scores["events"]["f1"] >= FLOORS["event_f1"], seed_scores["by_type"]


@pytest.mark.slow
def test_matched_dates_exact_at_or_above_floor(seed_scores):
    assert seed_scores["matched"]["date_exact"] >= FLOORS["date_exact"]


@pytest.mark.slow
def test_matched_participants_at_or_above_floor(seed_scores):
    assert seed_scores["matched"]["participants"]["f1"] >= FLOORS["participant_f1"]


@pytest.mark.slow
def test_every_event_type_of_the_seeds_is_found(seed_scores):
    for typ, row in seed_scores["by_type"].items():
        if row["gold"]:
            assert row["tp"] > 0, typ
