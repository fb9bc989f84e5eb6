"""Why events miss on the real-page corpus: each unmatched gold and predicted event, with its near miss.

    python scripts/diff_corpus.py --pred pred.jsonl                   # counts per reason, all pages
    python scripts/diff_corpus.py --pred pred.jsonl --pages r0 r1 --show   # and each miss, page by page

A gold event that no prediction matched is put under one reason, the first that holds:
``taken`` (a compatible prediction went to another gold event), ``date`` (a prediction of the
same type shares a participant but its date is incompatible), ``participants`` (same type,
compatible date, no shared participant), ``both`` (same type, neither), ``type`` (no prediction
of that type on the page). Unmatched predictions get the same reasons, read from the gold side.
``--show`` prints the events themselves; use it only on pages you tune on (the counts alone
are safe for held-out blocks). Matching is the shared scorer's, imported from ../shared/eval.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _scorer():
    spec = importlib.util.spec_from_file_location("coop_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _read(path: Path) -> dict[str, dict]:
    docs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            key = Path(str(rec.get("file") or rec.get("source") or rec.get("doc_id") or "")).name
            docs[key] = rec
    return docs


def _reason(sc, ev: dict, others: list[dict], gold_side: bool, used: set[int]) -> str:
    """Why ``ev`` found no partner among ``others`` (the other side's events)."""
    same = [(k, o) for k, o in enumerate(others) if o.get("type") == ev.get("type")]
    if not same:
        return "type"
    for k, o in same:
        p, g = (o, ev) if gold_side else (ev, o)
        if sc.compatible(p, g):
            return "taken" if k in used else "unpaired"
    for _, o in same:
        p, g = (o, ev) if gold_side else (ev, o)
        gp = g.get("participants") or []
        shares = not gp or sc.match_entities(p.get("participants") or [], gp) > 0
        if shares:
            return "date"
    for _, o in same:
        p, g = (o, ev) if gold_side else (ev, o)
        if sc.dates_compatible(p.get("date"), g.get("date")):
            return "participants"
    return "both"


def _brief(ev: dict) -> str:
    d = ev.get("date") or {}
    when = d.get("start") or "-"
    if d.get("end") and d.get("end") != d.get("start"):
        when += "~" + d["end"]
    names = ", ".join(p.get("name", "?") for p in ev.get("participants") or [])
    loc = (ev.get("location") or {}).get("name") or "-"
    ev_ = ev.get("evidence") or {}
    text = (ev_.get("sentence", "") if isinstance(ev_, dict) else str(ev_))[:90]
    return f"{ev.get('type'):9} {when:23} @{loc}  [{names}]" + (f"\n{'':14}“{text}”" if text else "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pred", required=True, help="prediction JSONL (coopgraph extract output)")
    ap.add_argument("--gold", default=str(SHARED / "corpus" / "gold.jsonl"), help="gold JSONL")
    ap.add_argument("--pages", nargs="*", help="page ids or id prefixes (default: all)")
    ap.add_argument("--show", action="store_true", help="print each missed and spurious event")
    args = ap.parse_args(argv)
    try:
        sc = _scorer()
        gold, pred = _read(Path(args.gold)), _read(Path(args.pred))
    except (OSError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    missed, spurious = Counter(), Counter()
    for key in sorted(gold):
        if args.pages and not any(key.startswith(p) for p in args.pages):
            continue
        ge = gold[key].get("events") or []
        pe = (pred.get(key) or {}).get("events") or []
        pairs = sc.match_events(pe, ge)
        used_p, used_g = {i for i, _ in pairs}, {j for _, j in pairs}
        lines = []
        for j, g in enumerate(ge):
            if j not in used_g:
                why = _reason(sc, g, pe, True, used_p)
                missed[why] += 1
                lines.append(f"  MISS {why:12} {_brief(g)}")
        for i, p in enumerate(pe):
            if i not in used_p:
                why = _reason(sc, p, ge, False, used_g)
                spurious[why] += 1
                lines.append(f"  SPUR {why:12} {_brief(p)}")
        if args.show and lines:
            print(f"{key}  gold {len(ge)}  pred {len(pe)}  matched {len(pairs)}")
            print("\n".join(lines))
    print("missed gold events by reason:   ", dict(missed.most_common()), sum(missed.values()))
    print("spurious predictions by reason: ", dict(spurious.most_common()), sum(spurious.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
