"""Train the boilerplate line model and write coopgraph/models/boilerplate_lines.json.

    python scripts/train_boilerplate.py            # train on corpus blocks 0 1 2 4 + team dev + seeds, write
    python scripts/train_boilerplate.py --cv       # also: leave one corpus block out, report kept/dropped
    python scripts/train_boilerplate.py --dry-run  # train and report, write nothing

Weak labels, per line of each stripped-text page (after the rule filter):
* a line holding a gold ``must_keep`` string, or a team gold event's evidence: article text;
* a line holding a gold ``must_drop`` string (and no must_keep; not a long sentence
  the string is only a small part of): boilerplate;
* with a small weight, the rule filter's own calls: what it drops is boilerplate,
  a long line ending like a sentence that it keeps is article text.

The corpus block r3xx is never read: it is the held-out check
(``scripts/eval_clean.py --blocks 3``). Logistic regression with an L2 penalty,
fitted by Newton steps (numpy); thresholds are set so that every must_keep line
of the training pages stays, with a margin.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
OUT = ROOT / "coopgraph" / "models" / "boilerplate_lines.json"
TRAIN_BLOCKS = ("0", "1", "2", "4")
W_GOLD, W_RULE = 3.0, 0.3
L2 = 1.0
PHRASE_BAR = 1.0  # a plain Korean phrase (title, section heading) is never dropped by the model
SENTENCE_BAR = 0.8  # a line that reads as running text with a sign of furniture: the lowest bar it may get
LABEL_BAR = 0.9  # a phrase of one or two words: the lowest bar it may get


def _pages() -> list[dict]:
    """Every training page: {"group", "text", "keep", "drop", "evidence"}."""
    pages = []
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        block = g["doc_id"][1]
        if block not in TRAIN_BLOCKS:
            continue  # r3xx is held out: never read
        pages.append({"group": block, "text": (CORPUS / "texts" / g["file"]).read_text(encoding="utf-8"),
                      "keep": g.get("must_keep") or [], "drop": g.get("must_drop") or [], "evidence": []})
    team = [(ROOT / "tests" / "golden" / "dev_gold.jsonl", ROOT), (SHARED / "gold" / "seeds.jsonl", ROOT.parent)]
    for path, base in team:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            src = base / g["source"]
            if src.suffix != ".txt" or not src.exists():
                continue
            ev = [(e.get("evidence") or {}).get("sentence") for e in g.get("events") or []]
            ev = [x for x in ev if x]
            pages.append({"group": "team", "text": src.read_text(encoding="utf-8"), "keep": g.get("must_keep") or [],
                          "drop": g.get("must_drop") or [], "evidence": ev})
    return pages


def _examples(page: dict):
    """(features, y, weight, is_gold_keep, is_sentence, line, page id, must_keep strings, kind) of each
    labelled line of one page."""
    from coopgraph.clean import normalise_text
    from coopgraph.clean.boilerplate import article_like, rule_labels
    from coopgraph.clean.lines import Page, features, page_kind

    lines, labels, _, _ = rule_labels(normalise_text(page["text"]))
    texts = [ln.text if labels[i] != "blank" else "" for i, ln in enumerate(lines)]
    pg = Page(texts, labels)
    out = []
    for i, s in enumerate(texts):
        if not s:
            continue
        lab = labels[i]
        keep = any(k in s for k in page["keep"]) or any(s in e or e in s for e in page["evidence"] if len(s) >= 15)
        drop = any(d in s for d in page["drop"])
        sentence = article_like(s)
        if keep:
            y, w = 0, W_GOLD
        elif drop:
            if sentence and max(len(d) for d in page["drop"] if d in s) < 0.5 * len(s):
                continue  # a credit or tag glued to a sentence: trimmed in the line, not a line to drop
            y, w = 1, W_GOLD
        elif lab.startswith("drop:") and lab not in ("drop:dateline", "drop:render-date", "drop:byline"):
            y, w = 1, W_RULE
        elif lab == "content" and sentence and len(s) >= 40:
            y, w = 0, W_RULE
        else:
            continue
        out.append((features(pg, i), y, w, keep, sentence, s, id(page), tuple(k for k in page["keep"] if k in s),
                    page_kind(pg, i)))
    return out


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, steps: int = 30) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method (the bias is not penalised)."""
    beta = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + pen * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + np.diag(pen + 1e-6)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


def thresholds(rows: list[tuple], beta: np.ndarray) -> dict[str, float]:
    """The lowest bars (with a margin, never below the floors) that keep every gold must_keep string.

    A string is kept when one line holding it stays: a title repeated as a menu item may go
    when the body sentence holding the same words stays.
    """
    from coopgraph.clean.lines import exempt

    bar = {"sentence": SENTENCE_BAR, "phrase": PHRASE_BAR, "label": LABEL_BAR, "other": 0.6}
    best: dict[tuple, tuple[bool, dict]] = {}  # (page, string) -> (kept as a sentence/phrase, lowest p by kind)
    for feats, _, _, _, _, s, page, keeps, kind in rows:
        p = 0.0 if exempt(s) else float(1.0 / (1.0 + np.exp(-np.clip(np.asarray(feats) @ beta, -30, 30))))
        for k in keeps:
            ok, low = best.get((page, k), (False, {}))
            if kind in ("sentence", "phrase") and p < bar[kind]:
                ok = True
            else:
                low[kind] = min(low.get(kind, 1.0), p)
            best[(page, k)] = (ok, low)
    for ok, low in best.values():
        if not ok:  # a string held only by "other"/"label" lines: the bar of the kind that scores lowest goes up
            kind = min(low, key=low.get)
            bar[kind] = max(bar[kind], min(low[kind] + 0.05, 0.995))
    return {k: round(v, 4) for k, v in bar.items()}


def train(pages: list[dict]) -> tuple[np.ndarray, dict[str, float]]:
    rows = [r for p in pages for r in _examples(p)]
    x = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    w = np.array([r[2] for r in rows], dtype=float)
    beta = fit(x, y, w)
    return beta, thresholds(rows, beta)


def evaluate(pages: list[dict], beta: np.ndarray, bar: dict[str, float]) -> tuple[int, int, int, int]:
    """must_keep kept and must_drop dropped on ``pages`` with these weights (line decisions only)."""
    from coopgraph.clean import normalise_text
    from coopgraph.clean.boilerplate import rule_labels
    from coopgraph.clean.lines import Page, exempt, features, page_kind

    kept = nk = dropped = nd = 0
    for page in pages:
        lines, labels, _, _ = rule_labels(normalise_text(page["text"]))
        texts = [ln.text if labels[i] != "blank" else "" for i, ln in enumerate(lines)]
        pg = Page(texts, labels)
        out = []
        for i, s in enumerate(texts):
            if labels[i] != "content":
                continue
            if exempt(s):
                out.append(s)
                continue
            p = float(1.0 / (1.0 + np.exp(-np.clip(np.asarray(features(pg, i)) @ beta, -30, 30))))
            if p < bar[page_kind(pg, i)]:
                out.append(s)
        text = "\n".join(out)
        nk += len(page["keep"])
        kept += sum(k in text for k in page["keep"])
        nd += len(page["drop"])
        dropped += sum(d not in text for d in page["drop"])
    return kept, nk, dropped, nd


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from coopgraph.clean.lines import FEATURES

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="leave one corpus block out and report")
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    ap.add_argument("--json", action="store_true", help="print the model as one JSON line at the end")
    args = ap.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"error: {CORPUS} not found", file=sys.stderr)
        return 2
    pages = _pages()
    if args.cv:
        for block in TRAIN_BLOCKS:
            beta, bar = train([p for p in pages if p["group"] != block])
            k, nk, d, nd = evaluate([p for p in pages if p["group"] == block], beta, bar)
            print(f"held-out block {block}: kept {k}/{nk}  dropped {d}/{nd}  bars {bar}")
    beta, bar = train(pages)
    k, nk, d, nd = evaluate(pages, beta, bar)
    print(f"all training pages: kept {k}/{nk}  dropped {d}/{nd}  bars {bar}")
    for name, b in sorted(zip(FEATURES, beta), key=lambda t: -abs(t[1]))[:12]:
        print(f"  {name:<15} {b:+.2f}")
    model = {"about": "P(boilerplate) of a line of stripped web text; rebuilt by scripts/train_boilerplate.py",
             "features": list(FEATURES), "weights": [round(float(b), 5) for b in beta], "thresholds": bar}
    if args.json:
        print(json.dumps(model, ensure_ascii=False))
    if not args.dry_run:
        OUT.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
