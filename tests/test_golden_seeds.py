"""The two seed pages through `coopgraph extract`, scored by the shared scorer against their gold.

Floors live in tests/quality_floors.json under "seeds" (lowering one is a visible change).
The seeds and the scorer come from ../shared through conftest's `shared` fixture; running and
scoring are shared with the other golden tests (tests/golden_util.py).
"""

from __future__ import annotations

import pytest
from golden_util import check_floors, extract, floors, load_scorer, read_jsonl

FLOORS = floors("seeds")


@pytest.fixture(scope="session")
def seed_scores(shared, tmp_path_factory):
    seeds = sorted((shared / "seeds").glob("*.txt"))
    assert seeds, "no seed documents"
    preds = extract(seeds, tmp_path_factory.mktemp("seeds") / "pred.jsonl", in_subprocess=True)
    return load_scorer(shared).score(read_jsonl(shared / "gold" / "seeds.jsonl"), preds)


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


@pytest.mark.slow
def test_every_seed_floor_is_met(seed_scores):
    # countries, locations and boilerplate too, not only the three numbers issue 5 names
    check_floors(seed_scores, "seeds")
