"""The real-page corpus (../shared/corpus: 115 crawled Korean pages, 20 of them negatives) through
`coopgraph extract`, scored by the shared scorer against the corpus gold (conventions in
../shared/corpus/ANNOTATE.md).

Floors live in tests/quality_floors.json under "corpus", set just below what the pipeline measures;
lowering one is a visible change. The pages and their gold are read at test time from ../shared
(conftest's `shared` fixture: skipped without it, failing in CI); nothing of them is copied here.
Blocks r0xx-r2xx and r4xx are tuned on, r3xx is held out (never read while tuning), so the floor
covers both: a rule written for one page's strings shows up as a gap between them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from golden_util import check_floors, check_spurious_on_empty_pages, extract, floors, load_scorer, read_jsonl

FLOORS = floors("corpus")


@pytest.fixture(scope="session")
def corpus(shared) -> tuple[list[Path], list[dict]]:
    texts = sorted((shared / "corpus" / "texts").glob("r*.txt"))
    gold = read_jsonl(shared / "corpus" / "gold.jsonl")
    return texts, gold


@pytest.fixture(scope="session")
def corpus_scores(shared, corpus, tmp_path_factory):
    texts, gold = corpus
    preds = extract(texts, tmp_path_factory.mktemp("corpus") / "pred.jsonl")
    assert not [p for p in preds if "error" in p], "some corpus pages failed"
    return load_scorer(shared).score(gold, preds)


def test_the_corpus_is_whole(corpus):
    texts, gold = corpus
    assert len(texts) >= 100
    assert {Path(g["file"]).name for g in gold} == {p.name for p in texts}
    assert sum(1 for g in gold if not g["events"]) >= 20  # the negatives


@pytest.mark.slow
def test_every_corpus_page_is_predicted(corpus_scores):
    assert corpus_scores["missing_predictions"] == []


@pytest.mark.slow
def test_corpus_scores_at_or_above_floors(corpus_scores):
    # events, matched dates, participants, countries, locations and the boilerplate a page keeps/drops
    check_floors(corpus_scores, "corpus")


@pytest.mark.slow
def test_few_events_on_corpus_pages_without_cooperation(corpus_scores, corpus):
    check_spurious_on_empty_pages(corpus_scores, corpus[1], "corpus")


@pytest.mark.slow
def test_every_event_type_of_the_corpus_is_found(corpus_scores):
    for typ, row in corpus_scores["by_type"].items():
        if row["gold"]:
            assert row["tp"] > 0, (typ, row)


def test_corpus_floors_are_declared():
    for key in ("event_f1", "date_exact", "participant_f1", "location_accuracy", "boilerplate_dropped",
                "boilerplate_kept", "max_spurious_on_empty_pages"):
        assert key in FLOORS, key
