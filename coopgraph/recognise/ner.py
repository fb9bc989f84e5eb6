"""Statistical named-entity tagger: a character-level CRF trained on KLUE-NER.

Korean names are glued to particles inside an eojeol ("모스크바에서"), so the
tagger labels single characters with BIO tags, as KLUE-NER does, rather than
words. Each character is described by its neighbours (n-grams in a window),
its character class, its place in the eojeol and, when the model was trained
with them, Kiwi morphology (the tag of the morpheme that covers it). A
linear-chain CRF (python-crfsuite) then picks the best label sequence.

The model is data, not code: ``coopgraph/models/ner-crf.crfsuite`` plus a
JSON sidecar naming the feature set it was trained with. Both are built by
``scripts/train_ner.py`` and are licensed CC BY-SA 4.0 (see NOTICE), because
they are derived from KLUE. Nothing is downloaded at run time.

Public entry point: :func:`tag_sentences`. Labels are the KLUE types
PS (person), LC (location), OG (organisation), DT (date), TI (time) and
QT (quantity).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

LABELS = ("PS", "LC", "OG", "DT", "TI", "QT")
MODEL_NAME = "ner-crf.crfsuite"
CONFIG_NAME = "ner-crf.json"

# Feature groups a model can be trained with; the sidecar JSON lists the ones used.
FEATURE_GROUPS = ("window3", "word", "affix", "kiwi", "conj", "kiwi2")
DEFAULT_FEATURES = ("window3", "word", "kiwi")  # chosen on a held-out slice of train (docs/benchmarks.md)

Span = tuple[int, int, str]


# --------------------------------------------------------------------------- data


def read_klue(path: str | Path) -> list[tuple[str, list[str]]]:
    """Read a KLUE-NER TSV file into (text, per-character BIO tags) pairs.

    Lines are ``CHAR<TAB>TAG``; a space character is a line of its own, so we
    split on the tab only. ``##`` lines are comments (file and sentence
    headers) and a blank line ends a sentence.
    """
    out: list[tuple[str, list[str]]] = []
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("##"):
                continue
            if not line:
                if chars:
                    out.append(("".join(chars), tags))
                chars, tags = [], []
                continue
            char, _, tag = line.rpartition("\t")
            if len(char) != 1:  # defensive: should not happen in KLUE
                char = char[:1] or " "
            chars.append(char)
            tags.append(tag)
    if chars:
        out.append(("".join(chars), tags))
    return out


def spans_from_bio(tags: Sequence[str]) -> list[Span]:
    """Entity spans (begin, stop, label) from BIO tags; a stray I- starts an entity."""
    spans: list[Span] = []
    begin, label = -1, ""
    for i, tag in enumerate(tags):
        kind, _, lab = tag.partition("-")
        if kind == "I" and begin >= 0 and lab == label:
            continue
        if begin >= 0:
            spans.append((begin, i, label))
            begin, label = -1, ""
        if kind in ("B", "I") and lab:
            begin, label = i, lab
    if begin >= 0:
        spans.append((begin, len(tags), label))
    return spans


def score_spans(gold: Iterable[Iterable[Span]], pred: Iterable[Iterable[Span]]) -> dict:
    """Entity-level precision/recall/F1 (exact span and type), per type and micro/macro."""
    tp = {lab: 0 for lab in LABELS}
    n_gold = dict(tp)
    n_pred = dict(tp)
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for s in gs:
            n_gold[s[2]] = n_gold.get(s[2], 0) + 1
        for s in ps:
            n_pred[s[2]] = n_pred.get(s[2], 0) + 1
        for s in gs & ps:
            tp[s[2]] = tp.get(s[2], 0) + 1

    def prf(t: int, ng: int, np_: int) -> dict:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": ng}

    per_type = {lab: prf(tp.get(lab, 0), n_gold.get(lab, 0), n_pred.get(lab, 0)) for lab in LABELS}
    micro = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    macro_f1 = sum(v["f1"] for v in per_type.values()) / len(LABELS)
    return {"per_type": per_type, "micro": micro, "macro_f1": round(macro_f1, 4)}


# ----------------------------------------------------------------------- features


def _char_class(ch: str) -> str:
    o = ord(ch)
    if 0xAC00 <= o <= 0xD7A3:
        return "H"
    if ch == " " or ch.isspace():
        return "S"
    if "0" <= ch <= "9":
        return "D"
    if "a" <= ch <= "z":
        return "l"
    if "A" <= ch <= "Z":
        return "L"
    if 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "J"  # hangul jamo
    if 0x4E00 <= o <= 0x9FFF:
        return "C"  # hanja
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "A"
    return "P"


def _morph_per_char(text: str, tokens) -> tuple[list[str], list[str], list[str], list[int]]:
    """For each character: the Kiwi tag of its morpheme, its B/I place, the morpheme form and index.

    Kiwi may map several morphemes onto one character ("했" = 하 + 었); the
    first one wins. Characters Kiwi does not cover (spaces) get tag "_" and index -1.
    """
    n = len(text)
    tag = ["_"] * n
    pos = ["_"] * n
    form = [""] * n
    idx = [-1] * n
    for k, tok in enumerate(tokens):
        b = tok.start
        e = min(b + tok.len, n)
        for i in range(b, e):
            if tag[i] == "_":
                tag[i] = tok.tag
                pos[i] = "B" if i == b else "I"
                form[i] = tok.form
                idx[i] = k
    return tag, pos, form, idx


def sentence_features(text: str, features: Sequence[str] = DEFAULT_FEATURES, tokens=None) -> list[list[str]]:
    """CRF features (binary feature names) for every character of ``text``.

    ``tokens`` are Kiwi tokens of ``text`` (needed when "kiwi" is among the
    feature groups); callers analyse whole batches at once.
    """
    n = len(text)
    if n == 0:
        return []
    feats = set(features)
    pad = "\x02\x02\x02" + text + "\x03\x03\x03"  # BOS/EOS markers
    cls = "SSS" + "".join(_char_class(c) for c in text) + "SSS"
    # eojeol (whitespace-delimited word) boundaries
    w_begin = [0] * n
    w_end = [0] * n
    start = 0
    for i in range(n + 1):
        if i == n or text[i] == " " or text[i].isspace():
            for j in range(start, i):
                w_begin[j] = start
                w_end[j] = i
            start = i + 1
    window3 = "window3" in feats
    word = "word" in feats
    affix = "affix" in feats
    kiwi = "kiwi" in feats and tokens is not None
    kiwi2 = "kiwi2" in feats and tokens is not None
    conj = "conj" in feats
    if kiwi or kiwi2:
        mtag, mpos, mform, midx = _morph_per_char(text, tokens)
        ntok = len(tokens)
    out: list[list[str]] = []
    for i in range(n):
        j = i + 3
        c = pad[j]
        f = [
            "c=" + c,
            "c-1=" + pad[j - 1],
            "c+1=" + pad[j + 1],
            "c-2=" + pad[j - 2],
            "c+2=" + pad[j + 2],
            "b-1=" + pad[j - 1 : j + 1],
            "b+1=" + pad[j : j + 2],
            "b-2=" + pad[j - 2 : j],
            "b+2=" + pad[j + 1 : j + 3],
            "t0=" + pad[j - 1 : j + 2],
            "t-1=" + pad[j - 2 : j + 1],
            "t+1=" + pad[j : j + 3],
            "k=" + cls[j],
            "k3=" + cls[j - 1 : j + 2],
            "k5=" + cls[j - 2 : j + 3],
        ]
        if window3:
            f += ["c-3=" + pad[j - 3], "c+3=" + pad[j + 3], "q-1=" + pad[j - 2 : j + 2], "q+1=" + pad[j - 1 : j + 3]]
        if c != " ":
            wb, we = w_begin[i], w_end[i]
            if word:
                f.append(f"wp={min(i - wb, 4)}")
                f.append(f"wq={min(we - 1 - i, 4)}")
                f.append(f"wl={min(we - wb, 8)}")
            if affix:
                f.append("pre=" + text[wb : i + 1][-6:])  # eojeol up to and including this char
                f.append("suf=" + text[i:we][:6])  # eojeol from this char on
                f.append("w=" + text[wb:we])
            if conj:
                p0 = min(i - wb, 3)
                f.append(f"cp={c}{p0}")  # the char at this place in its eojeol (surnames start one)
                f.append(f"cl={c}{min(we - wb, 6)}")
                f.append(f"bp={pad[j : j + 2]}{p0}")
        else:
            f.append("space")
        if kiwi:
            t = mtag[i]
            f.append("m=" + t)
            f.append("mb=" + mpos[i] + t)
            f.append("m-1=" + (mtag[i - 1] if i else "^"))
            f.append("m+1=" + (mtag[i + 1] if i + 1 < n else "$"))
            if t.startswith(("NN", "SL", "SH", "XSN", "NR")):
                f.append("mf=" + mform[i][:8])
        if kiwi2 and midx[i] >= 0:
            k = midx[i]
            f.append(f"mt2={mtag[i]}/{mform[i][:8]}")
            if k > 0:
                prev = tokens[k - 1]
                f.append(f"pm={prev.tag}/{prev.form[:6]}")
            if k + 1 < ntok:
                nxt = tokens[k + 1]
                f.append(f"nm={nxt.tag}/{nxt.form[:6]}")
                if k + 2 < ntok:
                    f.append(f"nm2={tokens[k + 2].form[:6]}")
            f.append(f"ml={min(len(mform[i]), 6)}")
        out.append(f)
    return out


# ------------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Model:
    tagger: object
    features: tuple[str, ...]


def _model_dir():
    return resources.files("coopgraph") / "models"


@functools.cache
def _load_model(model_dir: str | None = None) -> _Model:
    """Load the CRF once per process (from the package unless ``model_dir`` is given)."""
    import pycrfsuite

    base = Path(model_dir) if model_dir else _model_dir()
    model_res = base / MODEL_NAME
    config_res = base / CONFIG_NAME
    if not model_res.is_file() or not config_res.is_file():
        raise FileNotFoundError(
            f"NER model not found: {model_res} (and {CONFIG_NAME}). "
            "Build it with `python scripts/train_ner.py` (needs ../shared/data/klue-ner) "
            "or reinstall coopgraph with its package data."
        )
    config = json.loads(config_res.read_text(encoding="utf-8"))
    tagger = pycrfsuite.Tagger()
    with resources.as_file(model_res) as path:
        tagger.open(str(path))
    return _Model(tagger=tagger, features=tuple(config["features"]))


def _analyse(texts: Sequence[str]) -> list:
    from coopgraph.text.kiwi import get_kiwi

    kiwi = get_kiwi()
    out = []
    for text in texts:
        out.append(kiwi.tokenize(text) if text.strip() else [])
    return out


class KiwiMorph(NamedTuple):
    """One Kiwi morpheme as the features read it (``start``/``len`` within its text)."""

    form: str
    tag: str
    start: int
    len: int


def tag_sentences(texts: list[str], model_dir: str | Path | None = None,
                  tokens: Sequence[Sequence[KiwiMorph]] | None = None) -> list[list[Span]]:
    """Tag each text with KLUE entity spans.

    Args:
        texts: sentences (or short passages); any length, empty allowed.
        model_dir: load the model from this folder instead of the package
            (used by tests of the training script).
        tokens: Kiwi's morphemes of each text when the caller has them already
            (no Kiwi call here); by default each text is analysed.

    Returns:
        For each text, its entity spans ``(begin, stop, label)`` with
        ``text[begin:stop]`` the entity and label one of PS/LC/OG/DT/TI/QT.

    Raises:
        FileNotFoundError: the model file is not installed.
    """
    model = _load_model(str(model_dir) if model_dir else None)
    texts = list(texts)
    if "kiwi" not in model.features:
        tokens = [None] * len(texts)
    elif tokens is None:
        tokens = _analyse(texts)
    out: list[list[Span]] = []
    tagger = model.tagger
    for text, toks in zip(texts, tokens):
        if not text.strip():
            out.append([])
            continue
        xseq = sentence_features(text, model.features, toks)
        tags = tagger.tag(xseq)
        spans = []
        for b, e, lab in spans_from_bio(tags):
            # never hand out spans that start or end with whitespace
            while b < e and text[b].isspace():
                b += 1
            while e > b and text[e - 1].isspace():
                e -= 1
            if b < e:
                spans.append((b, e, lab))
        out.append(spans)
    return out


_TAG_IN_TEXT = re.compile(r":(PS|LC|OG|DT|TI|QT)")


def is_malformed(text: str) -> bool:
    """True for KLUE sentences whose text still holds a leftover inline tag (see the data README)."""
    return bool(_TAG_IN_TEXT.search(text))
