"""The held-out set (tests/golden/holdout): gold well-formed, and the pipeline above its floors.

HELD-OUT: nobody tunes rules on these documents; they measure how the product
generalises. Floors live in tests/quality_floors.json under "holdout". The gold checks
and the scoring are shared with the dev set (tests/golden_util.py); the scorer is the
shared one, loaded through conftest's `shared` fixture (shared_path).
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

HOLDOUT = GOLDEN / "holdout"
GOLD = GOLDEN / "holdout_gold.jsonl"

GOLD_RECORDS = read_jsonl(GOLD)


# ------------------------------------------------------------------ gold is well-formed
def test_every_document_has_exactly_one_gold_record():
    check_one_record_per_document(GOLD_RECORDS, HOLDOUT, at_least=20)


def test_gold_file_is_what_the_builder_writes():
    text, problems = builder_output("build_holdout_gold", HOLDOUT)
    assert problems == []
    assert GOLD.read_text(encoding="utf-8") == text, "run tests/golden/build_holdout_gold.py"


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=lambda r: Path(r["source"]).name)
def test_gold_record_is_well_formed(rec):
    check_gold_record(rec, korea_in_every_event=True, evidence_required=True)


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
@pytest.fixture(scope="session")
def holdout_scores(tmp_path_factory, shared):
    scorer = load_scorer(shared)
    preds = extract([HOLDOUT], tmp_path_factory.mktemp("holdout") / "pred.jsonl")
    assert not [p for p in preds if "error" in p], "some held-out documents failed"
    return scorer.score(GOLD_RECORDS, preds)


@pytest.mark.slow
def test_holdout_set_scores_at_or_above_floors(holdout_scores):
    check_floors(holdout_scores, "holdout")


@pytest.mark.slow
def test_no_events_on_held_out_pages_without_cooperation(holdout_scores):
    check_spurious_on_empty_pages(holdout_scores, GOLD_RECORDS, "holdout")
