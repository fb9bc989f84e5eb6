"""Train the character-level CRF NER model on KLUE-NER and write it into the package.

Usage (from /work/main):

    python scripts/train_ner.py                      # final model -> coopgraph/models/
    python scripts/train_ner.py --holdout 1000 --out /tmp/ner --c1 0.05,0.1 --c2 0.01,0.05
                                                     # tuning: train on the rest, score the held-out tail

Only the training split is read (never dev: dev is the evaluation set). With
``--holdout N`` the last N training sentences are kept out and scored, which is
how c1/c2 and the feature groups were chosen. Sentences whose text still holds
a leftover inline tag (see the data README) are dropped.

The model is derived from KLUE (CC BY-SA 4.0), so the files written here are
CC BY-SA 4.0 too (see NOTICE).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "klue-ner" / "klue-ner-v1.1_train.first5000.tsv"
DEFAULT_OUT = ROOT / "coopgraph" / "models"


def _floats(s: str) -> list[float]:
    return [float(x) for x in s.split(",") if x]


def main(argv: list[str] | None = None) -> int:
    from coopgraph.recognise import ner

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="KLUE-NER training TSV")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the model files")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N training sentences")
    ap.add_argument("--holdout", type=int, default=0, help="keep the last N sentences out and score them")
    ap.add_argument("--features", default=",".join(ner.DEFAULT_FEATURES),
                    help=f"feature groups, comma-separated, from {ner.FEATURE_GROUPS} ('' = base n-grams only)")
    ap.add_argument("--c1", default="0.05", help="L1 penalty (comma list = grid)")
    ap.add_argument("--c2", default="0.01", help="L2 penalty (comma list = grid)")
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--minfreq", type=float, default=0.0, help="drop features seen fewer times")
    args = ap.parse_args(argv)

    if "dev" in args.data.name:
        ap.error("refusing to train on the dev split (it is the evaluation set)")
    features = tuple(f for f in args.features.split(",") if f)
    unknown = set(features) - set(ner.FEATURE_GROUPS)
    if unknown:
        ap.error(f"unknown feature groups: {sorted(unknown)}")

    import pycrfsuite

    t0 = time.perf_counter()
    data = ner.read_klue(args.data)
    if args.limit:
        data = data[: args.limit]
    n_read = len(data)
    data = [(text, tags) for text, tags in data if not ner.is_malformed(text)]
    dropped = n_read - len(data)
    if args.holdout:
        if args.holdout >= len(data):
            ap.error("--holdout must be smaller than the number of sentences")
        train, held = data[: -args.holdout], data[-args.holdout :]
    else:
        train, held = data, []

    def featurize(rows):
        texts = [t for t, _ in rows]
        toks = ner._analyse(texts) if "kiwi" in features else [None] * len(texts)
        return [ner.sentence_features(t, features, k) for t, k in zip(texts, toks)]

    x_train = featurize(train)
    x_held = featurize(held)
    t_feat = time.perf_counter() - t0
    print(f"read {n_read} sentences, dropped {dropped} malformed; train {len(train)}, held out {len(held)}; "
          f"features {features} in {t_feat:.1f}s", file=sys.stderr)

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, (_, tags) in zip(x_train, train):
        trainer.append(xseq, tags)

    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    grid = list(itertools.product(_floats(args.c1), _floats(args.c2)))
    for c1, c2 in grid:
        trainer.set_params({
            "c1": c1, "c2": c2, "max_iterations": args.max_iter,
            "feature.possible_transitions": True, "feature.minfreq": args.minfreq,
        })
        name = ner.MODEL_NAME if len(grid) == 1 else f"ner-crf.c1={c1}.c2={c2}.crfsuite"
        model_path = args.out / name
        t1 = time.perf_counter()
        trainer.train(str(model_path))
        t_train = time.perf_counter() - t1
        result = {"c1": c1, "c2": c2, "max_iterations": args.max_iter, "minfreq": args.minfreq,
                  "features": list(features), "train_sentences": len(train), "train_seconds": round(t_train, 1),
                  "model_bytes": model_path.stat().st_size}
        if held:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model_path))
            pred = [ner.spans_from_bio(tagger.tag(x)) for x in x_held]
            gold = [ner.spans_from_bio(tags) for _, tags in held]
            s = ner.score_spans(gold, pred)
            result["holdout"] = {"sentences": len(held), "micro_f1": s["micro"]["f1"], "macro_f1": s["macro_f1"],
                                 "per_type_f1": {k: v["f1"] for k, v in s["per_type"].items()}}
        results.append(result)
        print(json.dumps(result, ensure_ascii=False), flush=True)

    if len(grid) == 1:
        user_words = None
        if "kiwi" in features:
            try:  # Kiwi's dictionary gets the knowledge base's names (coopgraph.text.kiwi); record how many
                from coopgraph.link.kb import kiwi_user_words
                user_words = len(kiwi_user_words())
            except ImportError:
                user_words = 0
        config = {
            "model": ner.MODEL_NAME,
            "features": list(features),
            "trained_on": f"{args.data.name} ({len(train)} sentences"
                          + (f", last {len(held)} held out" if held else "") + ")",
            "params": {k: results[0][k] for k in ("c1", "c2", "max_iterations", "minfreq")},
            "kiwi_user_words": user_words,
            "license": "CC BY-SA 4.0 (derived from KLUE-NER, Park et al. 2021); see NOTICE",
        }
        (args.out / ner.CONFIG_NAME).write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
