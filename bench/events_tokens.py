"""Kiwi work shared by the sentence splitter and the event stage, measured interleaved.

    .venv/bin/python bench/events_tokens.py [--repeat 7]

Over the cleaned text of the seeds and the dev set it times, in alternating rounds so a
busy machine slows both alike: (a) the sentence splitter plus the event stage's own
tokenisation (two Kiwi passes, as before tokens were shared) and (b) one
``split_sentences_with_tokens`` pass (what the pipeline now does). Mean ms per pass.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT.parent / "shared" / "seeds", ROOT / "tests" / "golden" / "dev"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    from coopgraph.clean import clean
    from coopgraph.extract.triggers import tokenize
    from coopgraph.ingest import read_inputs
    from coopgraph.records import ErrorRecord
    from coopgraph.settings import Settings
    from coopgraph.text.sentences import split_sentences, split_sentences_with_tokens

    settings = Settings()
    texts = [clean(r, settings).text for f in FOLDERS if f.exists()
             for r in read_inputs([str(f)], settings) if not isinstance(r, ErrorRecord)]
    split_sentences_with_tokens(texts[0])  # build Kiwi before timing
    two = one = 0.0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for t in texts:
            split_sentences(t)
            tokenize(t)
        t1 = time.perf_counter()
        for t in texts:
            split_sentences_with_tokens(t)
        t2 = time.perf_counter()
        two, one = two + t1 - t0, one + t2 - t1
    n = len(texts)
    print(f"{n} documents, {sum(map(len, texts))} characters")
    print(f"  splitter + event tokenize (two passes)  {two / args.repeat * 1000:7.1f} ms  "
          f"({two / args.repeat / n * 1000:.2f} ms/doc)")
    print(f"  splitter with tokens (one pass)         {one / args.repeat * 1000:7.1f} ms  "
          f"({one / args.repeat / n * 1000:.2f} ms/doc)")
    print(f"  saved {100 * (1 - one / two):.0f} % of this Kiwi work")


if __name__ == "__main__":
    main()
