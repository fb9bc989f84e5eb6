"""Full pipeline benchmark: quality (shared scorer) and speed, against Kiwi analysis alone.

    .venv/bin/python bench/pipeline.py [--repeat 3]

For the seeds (../shared/seeds, gold ../shared/gold/seeds.jsonl) and the dev set
(tests/golden/dev, gold tests/golden/dev_gold.jsonl) it prints event P/R/F1, matched
date exact and participant F1, then documents/second of the whole pipeline (clean ->
sentences -> dates -> entities -> figures -> events) and of kiwipiepy tokenisation
alone over the same cleaned text, so the ratio shows what the pipeline adds over its
analyser. Analysers are built before timing; the best of --repeat runs is kept.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl"),
    "dev": (ROOT / "tests" / "golden" / "dev", ROOT / "tests" / "golden" / "dev_gold.jsonl"),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _raw_docs(folder: Path):
    from coopgraph.ingest import read_inputs
    from coopgraph.records import ErrorRecord

    return [d for d in read_inputs([str(folder)]) if not isinstance(d, ErrorRecord)]


def run(repeat: int) -> None:
    from coopgraph.extract.triggers import tokenize
    from coopgraph.pipeline import Pipeline
    from coopgraph.records import DocRecord

    scorer = _scorer()
    pipe = Pipeline()
    for name, (folder, gold_path) in SETS.items():
        if not folder.exists() or not gold_path.exists():
            print(f"{name}: missing {folder} or {gold_path}, skipped")
            continue
        raws = _raw_docs(folder)
        pipe.run(raws[0])  # build Kiwi, the NER model and the lexicons before timing
        best_pipe, records = float("inf"), []
        for _ in range(repeat):
            t0 = time.perf_counter()
            records = [pipe.safe_run(r) for r in raws]
            best_pipe = min(best_pipe, time.perf_counter() - t0)
        texts = [r.text for r in records if isinstance(r, DocRecord)]
        best_kiwi = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            for text in texts:
                tokenize(text)
            best_kiwi = min(best_kiwi, time.perf_counter() - t0)
        gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        preds = [r.to_json() for r in records]
        res = scorer.score(gold, preds)
        e, m = res["events"], res["matched"]
        n = len(raws)
        chars = sum(len(t) for t in texts)
        print(f"{name}: {n} documents, {chars} characters of cleaned text")
        print(f"  events P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f} "
              f"(tp {e['tp']}, pred {e['pred']}, gold {e['gold']})")
        print(f"  matched date exact {m['date_exact']:.3f}  participants F1 {m['participants']['f1']:.3f}  "
              f"countries F1 {m['countries']['f1']:.3f}  location {m['location_accuracy']}")
        print(f"  full pipeline   {n / best_pipe:8.1f} docs/s  ({best_pipe * 1000 / n:.1f} ms/doc)")
        print(f"  kiwi tokenize   {n / best_kiwi:8.1f} docs/s  ({best_kiwi * 1000 / n:.1f} ms/doc)")
        print(f"  pipeline / kiwi time ratio {best_pipe / best_kiwi:.1f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    run(ap.parse_args().repeat)


if __name__ == "__main__":
    main()
