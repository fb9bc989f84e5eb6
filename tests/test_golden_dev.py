"""The team-written dev set (tests/golden/dev): gold well-formed, and the pipeline above its floors.

The floors live in tests/quality_floors.json under "dev"; raising or lowering one is a
visible, reviewed change. The scorer is the shared one (../shared/eval/score.py), loaded
through conftest's `shared` fixture (shared_path) so a clone without ../shared skips and CI fails loudly.
The checks and the scoring are shared with the other golden tests (tests/golden_util.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_util import (
    GOLDEN,
    TYPES,
    builder_output,
    check_floors,
    check_gold_record,
    check_one_record_per_document,
    check_spurious_on_empty_pages,
    extract,
    load_scorer,
    read_jsonl,
)

DEV = GOLDEN / "dev"
GOLD = GOLDEN / "dev_gold.jsonl"

# ------------------------------------------------------------------ gold is well-formed
GOLD_RECORDS = read_jsonl(GOLD)


def test_every_document_has_exactly_one_gold_record():
    check_one_record_per_document(GOLD_RECORDS, DEV, at_least=30)


def test_gold_file_is_what_the_builder_writes():
    text, _ = builder_output("build_dev_gold", DEV)
    assert GOLD.read_text(encoding="utf-8") == text, "run tests/golden/build_dev_gold.py"


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=lambda r: Path(r["source"]).name)
def test_gold_record_is_well_formed(rec):
    check_gold_record(rec)


def test_gold_covers_every_type_and_the_hard_cases():
    events = [e for r in GOLD_RECORDS for e in r["events"]]
    assert {e["type"] for e in events} == TYPES
    assert sum(1 for r in GOLD_RECORDS if not r["events"]) >= 4
    assert any(e.get("status") == "planned" for e in events)
    assert any(p.suffix == ".html" for p in DEV.iterdir())
    assert any(r["must_drop"] for r in GOLD_RECORDS)


# ------------------------------------------------------------------ the pipeline over the dev set
@pytest.fixture(scope="session")
def dev_scores(tmp_path_factory, shared):
    scorer = load_scorer(shared)
    preds = extract([DEV], tmp_path_factory.mktemp("dev") / "pred.jsonl")
    assert not [p for p in preds if "error" in p], "some dev documents failed"
    return scorer.score(GOLD_RECORDS, preds)


@pytest.mark.slow
def test_dev_set_scores_at_or_above_floors(dev_scores):
    check_floors(dev_scores, "dev")


@pytest.mark.slow
def test_no_events_on_pages_without_cooperation(dev_scores):
    check_spurious_on_empty_pages(dev_scores, GOLD_RECORDS, "dev")
