"""The second held-out set (tests/golden/holdout2): gold well-formed, and the pipeline above its floors.

HELD-OUT: nobody tunes rules on these documents; they measure how the product generalises to
longer pages that mix several topics (regional papers, press releases with □/ㅇ bullets, an
embassy notice, an interview, an acronym-only page, a timeline). Floors live in
tests/quality_floors.json under "holdout2". The gold checks and the scoring are shared with the
other golden sets (tests/golden_util.py); the scorer is the shared one, loaded through conftest's
`shared` fixture (shared_path).
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
    text_of,
)

HOLDOUT2 = GOLDEN / "holdout2"
GOLD = GOLDEN / "holdout2_gold.jsonl"

GOLD_RECORDS = read_jsonl(GOLD)


# ------------------------------------------------------------------ gold is well-formed
def test_every_document_has_exactly_one_gold_record():
    check_one_record_per_document(GOLD_RECORDS, HOLDOUT2, at_least=16)


def test_gold_file_is_what_the_builder_writes():
    text, problems = builder_output("build_holdout2_gold", HOLDOUT2)
    assert problems == []
    assert GOLD.read_text(encoding="utf-8") == text, "run tests/golden/build_holdout2_gold.py"


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=lambda r: Path(r["source"]).name)
def test_gold_record_is_well_formed(rec):
    check_gold_record(rec, korea_in_every_event=True, evidence_required=True)


def test_gold_covers_the_input_kinds_and_hard_cases():
    events = [e for r in GOLD_RECORDS for e in r["events"]]
    assert {e["type"] for e in events} == TYPES
    assert any(not r["events"] for r in GOLD_RECORDS)
    assert any(e.get("status") == "planned" for e in events)
    assert sum(1 for p in HOLDOUT2.iterdir() if p.suffix == ".html") >= 6
    assert sum(1 for r in GOLD_RECORDS if r["doc_date"] is None) >= 2
    assert all(r["must_keep"] for r in GOLD_RECORDS)
    # longer pages than the other sets: every page with events has at least ten sentence ends
    for r in GOLD_RECORDS:
        if r["events"]:
            body = text_of(GOLDEN.parent.parent / r["source"])
            assert body.count("다.") >= 10, r["source"]


# ------------------------------------------------------------------ the pipeline over the held-out set
@pytest.fixture(scope="session")
def holdout2_scores(tmp_path_factory, shared):
    scorer = load_scorer(shared)
    preds = extract([HOLDOUT2], tmp_path_factory.mktemp("holdout2") / "pred.jsonl")
    assert not [p for p in preds if "error" in p], "some held-out documents failed"
    return scorer.score(GOLD_RECORDS, preds)


@pytest.mark.slow
def test_holdout2_set_scores_at_or_above_floors(holdout2_scores):
    check_floors(holdout2_scores, "holdout2")


@pytest.mark.slow
def test_no_events_on_held_out_pages_without_cooperation(holdout2_scores):
    check_spurious_on_empty_pages(holdout2_scores, GOLD_RECORDS, "holdout2")
