"""Measure the cleaning stage alone on the real-page corpus (../shared/corpus).

    python scripts/eval_clean.py --blocks 0 1 2 4        # tuning blocks
    python scripts/eval_clean.py --blocks 3              # held-out: totals only
    python scripts/eval_clean.py --blocks 0 1 2 4 -v     # also list each miss (never for block 3)

Reports, per block set: must_keep strings kept, must_drop strings dropped,
and doc_date accuracy against the gold ``doc_date`` (null counts: a page whose
gold date is null is right only when no date is read). Runs only
:func:`coopgraph.clean.clean` (seconds, not minutes).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from coopgraph.clean import clean
    from coopgraph.records import RawDoc
    from coopgraph.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blocks", nargs="*", default=["0", "1", "2", "4"])
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses (refused for block 3)")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: {CORPUS} not found", file=sys.stderr)
        return 2
    blocks = {str(b) for b in args.blocks}
    if args.verbose and "3" in blocks:
        print("error: block 3 is held out; totals only", file=sys.stderr)
        return 2
    settings = Settings()
    keep = [0, 0]
    drop = [0, 0]
    dates = {"right": 0, "wrong": 0, "missed": 0, "spurious": 0, "null_ok": 0}
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if g["doc_id"][1] not in blocks:
            continue
        data = (CORPUS / "texts" / g["file"]).read_bytes()
        doc = clean(RawDoc(source=g["file"], doc_id=g["doc_id"], data=data, kind="text"), settings)
        for s in g.get("must_keep") or []:
            keep[1] += 1
            ok = s in doc.text
            keep[0] += ok
            if not ok and args.verbose:
                print(f"{g['doc_id']} LOST  {s!r}")
        for s in g.get("must_drop") or []:
            drop[1] += 1
            ok = s not in doc.text
            drop[0] += ok
            if not ok and args.verbose:
                print(f"{g['doc_id']} KEPT  {s!r}")
        gd, pd = g.get("doc_date"), doc.doc_date
        if gd is None:
            key = "null_ok" if pd is None else "spurious"
        elif pd is None:
            key = "missed"
        else:
            key = "right" if pd == gd else "wrong"
        dates[key] += 1
        if key not in ("right", "null_ok") and args.verbose:
            print(f"{g['doc_id']} DATE  gold {gd} got {pd} ({doc.date_source})")
    n = sum(dates.values())
    print(f"blocks {' '.join(sorted(blocks))}: {n} pages")
    print(f"boilerplate kept {keep[0]}/{keep[1]} = {keep[0] / max(keep[1], 1):.3f}"
          f"   dropped {drop[0]}/{drop[1]} = {drop[0] / max(drop[1], 1):.3f}")
    acc = (dates["right"] + dates["null_ok"]) / max(n, 1)
    print(f"doc_date accuracy {acc:.3f}  " + "  ".join(f"{k} {v}" for k, v in dates.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
