"""Benchmark the statistical NER model on KLUE-NER: entity-level P/R/F1 per type and speed.

    python -m bench.ner --data ../shared/data/klue-ner/klue-ner-v1.1_dev.tsv

Prints one JSON object. Scoring is exact-match at entity level (span and type
must both agree), as seqeval does for KLUE-NER. Speed is measured in this one
process (Kiwi runs with no worker threads, CRF tagging is single-threaded),
after a warm-up that builds Kiwi and loads the model; the Kiwi share of the
time is measured separately by analysing the same sentences again.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def _sources(path: Path) -> list[str]:
    """The source of each sentence ("wikitree" = news, "nsmc" = movie reviews), from its header line."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("## klue-ner"):
                sid = line[3:].split("\t", 1)[0]
                out.append("wikitree" if sid.endswith("wikitree") else "nsmc" if sid.endswith("nsmc") else "?")
    return out


def main(argv: list[str] | None = None) -> int:
    from coopgraph.recognise import ner

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="KLUE-NER TSV (the dev split)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--model-dir", type=Path, default=None, help="model folder (default: the packaged model)")
    ap.add_argument("--batch", type=int, default=64, help="sentences per tag_sentences() call")
    args = ap.parse_args(argv)

    data = ner.read_klue(args.data)
    if args.limit:
        data = data[: args.limit]
    texts = [t for t, _ in data]
    gold = [ner.spans_from_bio(tags) for _, tags in data]

    t0 = time.perf_counter()
    ner.tag_sentences(["준비 운동 삼아 한 문장을 태깅한다."], model_dir=args.model_dir)  # load model + Kiwi
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    pred: list = []
    for i in range(0, len(texts), args.batch):
        pred.extend(ner.tag_sentences(texts[i : i + args.batch], model_dir=args.model_dir))
    total_s = time.perf_counter() - t0

    model = ner._load_model(str(args.model_dir) if args.model_dir else None)
    kiwi_s = None
    if "kiwi" in model.features:
        t0 = time.perf_counter()
        ner._analyse(texts)
        kiwi_s = time.perf_counter() - t0

    scores = ner.score_spans(gold, pred)
    sources = _sources(args.data)[: len(texts)]
    by_source = {}
    if len(sources) == len(texts):
        for src in sorted(set(sources)):
            keep = [i for i, s in enumerate(sources) if s == src]
            sc = ner.score_spans([gold[i] for i in keep], [pred[i] for i in keep])
            by_source[src] = {"sentences": len(keep), "micro_f1": sc["micro"]["f1"]}
    n_chars = sum(len(t) for t in texts)
    model_dir = args.model_dir or (Path(ner.__file__).resolve().parent.parent / "models")
    out = {
        "data": str(args.data),
        "sentences": len(texts),
        "characters": n_chars,
        "model": {"features": list(model.features),
                  "bytes": sum(p.stat().st_size for p in Path(model_dir).glob("ner-crf.*"))},
        "micro": scores["micro"],
        "macro_f1": scores["macro_f1"],
        "per_type": scores["per_type"],
        "by_source": by_source,
        "speed": {
            "sentences_per_second": round(len(texts) / total_s, 1),
            "characters_per_second": round(n_chars / total_s),
            "seconds": round(total_s, 2),
            "load_seconds": round(load_s, 2),
            "kiwi_seconds": None if kiwi_s is None else round(kiwi_s, 2),
            "kiwi_share": None if kiwi_s is None else round(kiwi_s / total_s, 3),
        },
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
