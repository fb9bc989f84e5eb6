"""The team-written dev set (tests/golden/dev): gold well-formed, and the pipeline above its floors.

The floors live in tests/quality_floors.json under "dev"; raising or lowering one is a
visible, reviewed change. The scorer is the shared one (../shared/eval/score.py), loaded
through conftest's `shared` fixture (shared_path) so a clone without ../shared skips and CI fails loudly.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from datetime import date
from pathlib import Path

import pytest
from golden_util import load_builder

GOLDEN = Path(__file__).resolve().parent / "golden"
DEV = GOLDEN / "dev"
GOLD = GOLDEN / "dev_gold.jsonl"
FLOORS = Path(__file__).resolve().parent / "quality_floors.json"

TYPES = {"agreement", "meeting", "visit", "forum", "opening", "project", "award"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def _gold() -> list[dict]:
    with GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _text_of(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp949")


def _bounds(s: str) -> tuple[date, date]:
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(nxt.toordinal() - 1)
    d = date(*parts)
    return d, d


# ------------------------------------------------------------------ gold is well-formed
GOLD_RECORDS = _gold()


def test_every_document_has_exactly_one_gold_record():
    sources = [r["source"] for r in GOLD_RECORDS]
    assert len(sources) == len(set(sources))
    files = sorted(f"tests/golden/dev/{p.name}" for p in DEV.iterdir() if p.is_file())
    assert sorted(sources) == files
    assert len(files) >= 30


def test_gold_file_is_what_the_builder_writes():
    mod = load_builder("build_dev_gold")
    assert GOLD.read_text(encoding="utf-8") == mod.render(), "run tests/golden/build_dev_gold.py"


@pytest.mark.parametrize("rec", GOLD_RECORDS, ids=lambda r: Path(r["source"]).name)
def test_gold_record_is_well_formed(rec):
    root = Path(__file__).resolve().parent.parent
    path = root / rec["source"]
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
                # a reported happening cannot start after the page was published
                assert _bounds(start)[0] <= date.fromisoformat(rec["doc_date"]), ev["date"]
        if ev["location"] is not None:
            assert ev["location"]["name"] and COUNTRY_RE.match(ev["location"]["country"])
        for p in ev["participants"]:
            assert p["name"] and p["kind"] in {"org", "person"}
            assert p["country"] is None or COUNTRY_RE.match(p["country"])
            assert isinstance(p["aliases"], list)
        assert ev["countries"] and all(COUNTRY_RE.match(c) for c in ev["countries"])
        for f in ev["figures"]:
            assert isinstance(f["value"], int | float) and f["unit"]
        evid = ev.get("evidence") or {}
        if evid.get("sentence"):
            assert evid["sentence"] in text, evid["sentence"]
        if "start" in evid and "end" in evid:
            assert 0 <= evid["start"] <= evid["end"]


def test_gold_covers_every_type_and_the_hard_cases():
    events = [e for r in GOLD_RECORDS for e in r["events"]]
    assert {e["type"] for e in events} == TYPES
    assert sum(1 for r in GOLD_RECORDS if not r["events"]) >= 4
    assert any(e.get("status") == "planned" for e in events)
    assert any(p.suffix == ".html" for p in DEV.iterdir())
    assert any(r["must_drop"] for r in GOLD_RECORDS)


# ------------------------------------------------------------------ the pipeline over the dev set
def _load_scorer(shared: Path):
    path = shared / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("coopgraph_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _floors() -> dict:
    return json.loads(FLOORS.read_text(encoding="utf-8"))["dev"]


@pytest.fixture(scope="session")
def dev_scores(tmp_path_factory, shared):
    from coopgraph.cli import main

    scorer = _load_scorer(shared)
    out = tmp_path_factory.mktemp("dev") / "pred.jsonl"
    assert main(["extract", str(DEV), "-o", str(out), "--no-progress"]) == 0
    with out.open(encoding="utf-8") as fh:
        preds = [json.loads(line) for line in fh if line.strip()]
    assert not [p for p in preds if "error" in p], "some dev documents failed"
    return scorer.score(GOLD_RECORDS, preds)


def _measured(result: dict) -> dict:
    m = result["matched"]
    return {
        "event_f1": result["events"]["f1"],
        "event_precision": result["events"]["precision"],
        "event_recall": result["events"]["recall"],
        "date_exact": m["date_exact"],
        "participant_f1": m["participants"]["f1"],
        "country_f1": m["countries"]["f1"],
        "location_accuracy": m["location_accuracy"] or 0.0,
        "boilerplate_kept": result["boilerplate"]["kept"],
        "boilerplate_dropped": result["boilerplate"]["dropped"],
    }


@pytest.mark.slow
def test_dev_set_scores_at_or_above_floors(dev_scores):
    assert not dev_scores["missing_predictions"]
    measured = _measured(dev_scores)
    floors = {k: v for k, v in _floors().items() if k != "max_spurious_on_empty_pages"}
    assert floors, "tests/quality_floors.json has no dev floors"
    unknown = set(floors) - set(measured)
    assert not unknown, f"unknown floor keys: {unknown}"
    below = {k: (measured[k], v) for k, v in floors.items() if measured[k] < v}
    assert not below, f"below floor (measured, floor): {below}"


@pytest.mark.slow
def test_no_events_on_pages_without_cooperation(dev_scores):
    empty = {Path(r["source"]).name for r in GOLD_RECORDS if not r["events"]}
    spurious = {d["doc"]: d["pred"] for d in dev_scores["per_document"] if d["doc"] in empty and d["pred"]}
    allowed = _floors().get("max_spurious_on_empty_pages", len(empty))
    assert len(spurious) <= allowed, spurious
