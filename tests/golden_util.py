"""Helpers shared by the golden tests (test_golden_dev.py, test_golden_heldout.py, test_golden_seeds.py):
read a gold file, check its records are well-formed, run `coopgraph extract`, score the output with
the shared scorer (../shared/eval/score.py) and hold it against tests/quality_floors.json.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
GOLDEN = TESTS / "golden"
FLOORS = TESTS / "quality_floors.json"

TYPES = {"agreement", "meeting", "visit", "forum", "opening", "project", "award"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")

# the builders and their machinery (gold_build.py) live in tests/golden and import from there
if str(GOLDEN) not in sys.path:
    sys.path.insert(0, str(GOLDEN))
import gold_build  # noqa: E402
from gold_build import read_text as text_of  # noqa: E402  (a document's characters: UTF-8, else CP949)


def load_module(path: Path, name: str) -> ModuleType:
    """Execute the Python file ``path`` as a module called ``name`` (not registered in sys.modules)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def builder_output(name: str, folder: Path) -> tuple[str, list[str]]:
    """What the gold builder tests/golden/<name>.py writes for ``folder``, and its annotation problems."""
    builder = load_module(GOLDEN / f"{name}.py", name)
    return gold_build.render(builder.DOCS, folder), gold_build.problems(builder.DOCS, folder)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def floors(name: str) -> dict:
    """The floors of one set ("dev", "holdout", "seeds") in tests/quality_floors.json."""
    return json.loads(FLOORS.read_text(encoding="utf-8"))[name]


# ------------------------------------------------------------------ gold is well-formed
def bounds(s: str) -> tuple[date, date]:
    """The first and last day a gold date (YYYY, YYYY-MM or YYYY-MM-DD) covers."""
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return date(parts[0], parts[1], 1), date.fromordinal(nxt.toordinal() - 1)
    d = date(*parts)
    return d, d


def check_one_record_per_document(records: list[dict], folder: Path, at_least: int) -> None:
    """Every file of tests/golden/<folder> has exactly one gold record, and there are enough files."""
    sources = [r["source"] for r in records]
    assert len(sources) == len(set(sources))
    files = sorted(f"tests/golden/{folder.name}/{p.name}" for p in folder.iterdir() if p.is_file())
    assert sorted(sources) == files
    assert len(files) >= at_least


def check_gold_record(rec: dict, *, korea_in_every_event: bool = False, evidence_required: bool = False) -> None:
    """One gold record is well-formed: its document, doc_id, strings, types, dates, places, parties."""
    path = ROOT / rec["source"]
    assert path.is_file(), rec["source"]
    assert rec["doc_id"] == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    if rec["doc_date"] is not None:
        date.fromisoformat(rec["doc_date"])
    text = text_of(path)
    for s in rec["must_keep"] + rec["must_drop"]:
        assert s in text, s
    for ev in rec["events"]:
        assert ev["type"] in TYPES
        assert ev.get("status", "happened") in {"happened", "planned"}
        if ev["date"] is not None:
            start, end = ev["date"]["start"], ev["date"]["end"]
            assert DATE_RE.match(start) and DATE_RE.match(end), ev["date"]
            assert bounds(start)[0] <= bounds(end)[1], ev["date"]
            if rec["doc_date"] and ev.get("status") != "planned":
                # a reported happening cannot start after the page was published
                assert bounds(start)[0] <= date.fromisoformat(rec["doc_date"]), ev["date"]
        if ev["location"] is not None:
            assert ev["location"]["name"] and COUNTRY_RE.match(ev["location"]["country"])
        for p in ev["participants"]:
            assert p["name"] and p["kind"] in {"org", "person"}
            assert p["country"] is None or COUNTRY_RE.match(p["country"])
            assert isinstance(p["aliases"], list)
        assert ev["countries"] and all(COUNTRY_RE.match(c) for c in ev["countries"])
        if korea_in_every_event:
            assert "KR" in ev["countries"]
        for f in ev["figures"]:
            assert isinstance(f["value"], int | float) and f["unit"]
        evid = ev.get("evidence") or {}
        if evidence_required or evid.get("sentence"):
            assert evid.get("sentence") and evid["sentence"] in text, evid
        if "start" in evid and "end" in evid:
            assert 0 <= evid["start"] <= evid["end"]


# ------------------------------------------------------------------ the pipeline, scored
def load_scorer(shared: Path) -> ModuleType:
    """The shared scorer, ../shared/eval/score.py (``shared`` from conftest's shared_path)."""
    return load_module(shared / "eval" / "score.py", "coopgraph_shared_score")


def extract(inputs: list[Path], out: Path, *, in_subprocess: bool = False) -> list[dict]:
    """`coopgraph extract INPUTS -o OUT --no-progress` (in this process, or as `python -m coopgraph`);
    the records it wrote."""
    args = ["extract", "--no-progress", *(str(p) for p in inputs), "-o", str(out)]
    if in_subprocess:
        proc = subprocess.run([sys.executable, "-m", "coopgraph", *args], capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0, proc.stderr
    else:
        from coopgraph.cli import main

        assert main(args) == 0
    return read_jsonl(out)


def measured(result: dict) -> dict:
    """The scorer's result flattened to the keys of tests/quality_floors.json."""
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


def check_floors(result: dict, name: str) -> None:
    """Every floor of set ``name`` (but max_spurious_on_empty_pages) is met by the scored result."""
    assert not result["missing_predictions"]
    got = measured(result)
    wanted = {k: v for k, v in floors(name).items() if k != "max_spurious_on_empty_pages"}
    assert wanted, f"tests/quality_floors.json has no {name} floors"
    unknown = set(wanted) - set(got)
    assert not unknown, f"unknown floor keys: {unknown}"
    below = {k: (got[k], v) for k, v in wanted.items() if got[k] < v}
    assert not below, f"below floor (measured, floor): {below}"


def check_spurious_on_empty_pages(result: dict, gold: list[dict], name: str) -> None:
    """At most max_spurious_on_empty_pages of the gold's no-event documents got any predicted event."""
    empty = {Path(r["source"]).name for r in gold if not r["events"]}
    spurious = {d["doc"]: d["pred"] for d in result["per_document"] if d["doc"] in empty and d["pred"]}
    allowed = floors(name).get("max_spurious_on_empty_pages", len(empty))
    assert len(spurious) <= allowed, spurious
