"""How the entity stage's cost grows with the length of one document.

    python -m bench.entities_scaling                      # 1 kB, 10 kB, 100 kB, 1 MB
    python -m bench.entities_scaling --sizes 1000 100000 --max-seconds 120

Builds one long text per size (UTF-8 bytes) at run time by concatenating the
team dev texts (tests/golden/dev) and, when present, the real pages of
../shared/corpus (blocks r0, r1, r2, r4 only), paragraph after paragraph. For
each size it splits the text into sentences (not timed), then times the entity
stage alone - ``find_mentions`` then ``link_mentions`` - after a warm-up that
builds Kiwi, the rules and the NER model. Prints one row per size: characters,
mentions, seconds (wall and CPU) and documents per second; a size whose time
passes ``--max-seconds`` is reported as timed out and larger sizes are skipped
(it runs in a child process that is stopped).

Linear cost means seconds x10 when the size grows x10.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "texts"


def _texts() -> list[str]:
    paths = sorted((ROOT / "tests" / "golden" / "dev").glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(p for p in CORPUS.glob("r*.txt") if p.stem[1] != "3")
    return [p.read_text(encoding="utf-8").strip() for p in paths]


def build_text(size: int, texts: list[str]) -> str:
    """Paragraphs of ``texts`` in turn until the text holds ``size`` UTF-8 bytes."""
    parts, total, i = [], 0, 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def _run(size: int, texts: list[str], out) -> None:
    from coopgraph.link.entities import link_mentions
    from coopgraph.recognise.entities import find_mentions
    from coopgraph.text.sentences import split_sentences

    find_mentions("한국국제협력단은 라오스 노동사회복지부와 협약을 맺었다.",
                  split_sentences("한국국제협력단은 라오스 노동사회복지부와 협약을 맺었다."))
    text = build_text(size, texts)
    sentences = split_sentences(text)
    w0, c0 = time.perf_counter(), time.process_time()
    mentions = find_mentions(text, sentences)
    w1 = time.perf_counter()
    mentions, entities = link_mentions(mentions, text)
    w2, c2 = time.perf_counter(), time.process_time()
    out.put({"bytes": size, "chars": len(text), "mentions": len(mentions), "entities": len(entities),
             "find_s": round(w1 - w0, 3), "link_s": round(w2 - w1, 3), "wall_s": round(w2 - w0, 3),
             "cpu_s": round(c2 - c0, 3), "docs_per_s": round(1 / max(w2 - w0, 1e-9), 3)})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000, 1_000_000],
                    help="document sizes in UTF-8 bytes")
    ap.add_argument("--max-seconds", type=float, default=600.0, help="give up on a size after this long")
    ap.add_argument("--json", action="store_true", help="one JSON object per line")
    args = ap.parse_args(argv)
    texts = _texts()
    ctx = mp.get_context("fork")
    for size in args.sizes:
        queue = ctx.Queue()
        proc = ctx.Process(target=_run, args=(size, texts, queue))
        t0 = time.perf_counter()
        proc.start()
        proc.join(args.max_seconds + 60)  # warm-up and sentence splitting are not counted
        if proc.is_alive():
            proc.terminate()
            proc.join()
            row = {"bytes": size, "timed_out_after_s": round(time.perf_counter() - t0, 1)}
        else:
            row = queue.get() if not queue.empty() else {"bytes": size, "failed": proc.exitcode}
        if args.json:
            print(json.dumps(row))
        elif "wall_s" in row:
            print(f"{size:>9,} B  {row['chars']:>8,} chars  {row['mentions']:>6} mentions  "
                  f"find {row['find_s']:>8.2f} s  link {row['link_s']:>7.2f} s  "
                  f"total {row['wall_s']:>8.2f} s (cpu {row['cpu_s']:.2f})  {row['docs_per_s']:.3f} docs/s")
        else:
            print(f"{size:>9,} B  {row}")
        sys.stdout.flush()
        if "wall_s" not in row:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
