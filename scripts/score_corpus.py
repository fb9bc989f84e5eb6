"""Score the pipeline on parts of the real-page corpus (../shared/corpus).

    python scripts/score_corpus.py                 # all 115 pages
    python scripts/score_corpus.py --blocks 0 1 2   # r0xx, r1xx, r2xx only (tune here)
    python scripts/score_corpus.py --blocks 3       # r3xx: measure only, never read while tuning
    python scripts/score_corpus.py --pred pred.jsonl --blocks 4   # score an existing prediction file
    python scripts/score_corpus.py --pages r41       # only the pages whose id starts with r41

Blocks are the first digit of a page id (r0xx Southeast Asia, r1xx Africa/Middle East,
r2xx Europe/Americas, r3xx South Asia/cities/institutes, r4xx relations-history pages).
Runs ``coopgraph extract`` on the chosen texts, keeps the gold lines of the same pages
and calls the shared scorer. ``--keep DIR`` leaves the prediction and gold subset there.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blocks", nargs="*", default=["0", "1", "2", "3", "4"],
                    help="first digits of the page ids to score (default: all)")
    ap.add_argument("--pages", nargs="*", default=None,
                    help="page ids or id prefixes to score instead of blocks (e.g. r401 r41)")
    ap.add_argument("--pred", help="score this prediction file instead of running extract")
    ap.add_argument("--keep", help="directory to keep pred.jsonl and gold.jsonl in")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: {CORPUS} not found (the corpus lives beside the repository)", file=sys.stderr)
        return 2
    blocks = {str(b) for b in args.blocks}
    if args.pages:
        texts = sorted(p for p in (CORPUS / "texts").glob("r*.txt")
                       if any(p.stem.startswith(pre) for pre in args.pages))
    else:
        texts = sorted(p for p in (CORPUS / "texts").glob("r*.txt") if p.stem[1] in blocks)
    names = {p.name for p in texts}
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="coopgraph-score-"))
    work.mkdir(parents=True, exist_ok=True)
    gold = work / "gold.jsonl"
    with gold.open("w", encoding="utf-8") as out:
        for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line).get("file") in names:
                out.write(line + "\n")
    if args.pred:
        pred = Path(args.pred)
    else:
        pred = work / "pred.jsonl"
        exe = Path(sys.executable).parent / "coopgraph"
        subprocess.run([str(exe), "extract", *map(str, texts), "-o", str(pred)], check=True)
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)]
    if args.json:
        cmd.append("--json")
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
