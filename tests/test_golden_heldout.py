"""The held-out sets (tests/golden/holdout, tests/golden/holdout2): gold well-formed, pipeline above floors.

HELD-OUT: nobody tunes rules on these documents; they measure how the product generalises.
holdout: news pages (HTML, stripped text, press releases); holdout2: longer pages that mix several
topics (regional papers, press releases with □/ㅇ bullets, an embassy notice, an interview, an
acronym-only page, a timeline). Floors live in tests/quality_floors.json under each set's name.
The gold checks and the scoring are shared with the other golden sets (tests/golden_util.py); the
scorer is the shared one, loaded through conftest's `shared` fixture (shared_path).
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

# set name -> minimum number of documents
SETS = {"holdout": 20, "holdout2": 16}
GOLD = {name: read_jsonl(GOLDEN / f"{name}_gold.jsonl") for name in SETS}


# ------------------------------------------------------------------ gold is well-formed
@pytest.mark.parametrize("name", SETS)
def test_every_document_has_exactly_one_gold_record(name):
    check_one_record_per_document(GOLD[name], GOLDEN / name, at_least=SETS[name])


@pytest.mark.parametrize("name", SETS)
def test_gold_file_is_what_the_builder_writes(name):
    text, problems = builder_output(f"build_{name}_gold", GOLDEN / name)
    assert problems == []
    assert (GOLDEN / f"{name}_gold.jsonl").read_text(encoding="utf-8") == text, f"run tests/golden/build_{name}_gold.py"


@pytest.mark.parametrize("rec", [(n, r) for n in SETS for r in GOLD[n]],
                         ids=lambda nr: f"{nr[0]}/{Path(nr[1]['source']).name}")
def test_gold_record_is_well_formed(rec):
    check_gold_record(rec[1], korea_in_every_event=True, evidence_required=True)


@pytest.mark.parametrize("name,min_html,min_undated,min_empty", [("holdout", 8, 4, 2), ("holdout2", 6, 2, 1)])
def test_gold_covers_the_input_kinds_and_hard_cases(name, min_html, min_undated, min_empty):
    records = GOLD[name]
    events = [e for r in records for e in r["events"]]
    assert {e["type"] for e in events} == TYPES
    assert sum(1 for r in records if not r["events"]) >= min_empty
    assert any(e.get("status") == "planned" for e in events)
    assert sum(1 for p in (GOLDEN / name).iterdir() if p.suffix == ".html") >= min_html
    assert sum(1 for r in records if r["doc_date"] is None) >= min_undated
    assert all(r["must_keep"] for r in records)


def test_holdout_has_a_page_that_is_not_utf8():
    # declared EUC-KR, CP949 bytes
    assert any(_not_utf8(p.read_bytes()) for p in (GOLDEN / "holdout").iterdir())


def test_holdout2_pages_are_long():
    # longer pages than the other sets: every page with events has at least ten sentence ends
    for r in GOLD["holdout2"]:
        if r["events"]:
            assert text_of(GOLDEN.parent.parent / r["source"]).count("다.") >= 10, r["source"]


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


# ------------------------------------------------------------------ the pipeline over the held-out sets
@pytest.fixture(scope="session")
def heldout_scores(tmp_path_factory, shared):
    scorer = load_scorer(shared)
    out = {}
    for name in SETS:
        preds = extract([GOLDEN / name], tmp_path_factory.mktemp(name) / "pred.jsonl")
        assert not [p for p in preds if "error" in p], f"some {name} documents failed"
        out[name] = scorer.score(GOLD[name], preds)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_held_out_set_scores_at_or_above_floors(heldout_scores, name):
    check_floors(heldout_scores[name], name)


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_no_events_on_held_out_pages_without_cooperation(heldout_scores, name):
    check_spurious_on_empty_pages(heldout_scores[name], GOLD[name], name)
