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
import operator
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
    starts = [tok.start for tok in tokens]
    if starts != sorted(starts) or (starts and starts[0] < 0):
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
    # tokens in text order: the characters taken so far are those before ``end`` (from the start of the
    # token that reaches furthest, every character up to its end is taken), so each token takes [max(b, end), e)
    end = 0
    for k, tok in enumerate(tokens):
        b = tok.start
        e = min(b + tok.len, n)
        lo = max(b, end)
        if lo >= e:
            continue
        m = e - lo
        tag[lo:e] = [tok.tag] * m
        pos[lo:e] = ["B"] + ["I"] * (m - 1) if lo == b else ["I"] * m
        form[lo:e] = [tok.form] * m
        idx[lo:e] = [k] * m
        end = e
    return tag, pos, form, idx


def _token_per_char(text: str, tokens) -> list[int]:
    """The index of the morpheme of each character (first wins), as :func:`_morph_per_char`; -1 for none."""
    starts = [tok.start for tok in tokens]
    if starts != sorted(starts) or (starts and starts[0] < 0):
        return _morph_per_char(text, tokens)[3]
    n = len(text)
    idx = [-1] * n
    end = 0
    for k, tok in enumerate(tokens):
        b = tok.start
        e = min(b + tok.len, n)
        lo = max(b, end)
        if lo < e:
            idx[lo:e] = [k] * (e - lo)
            end = e
    return idx


class _Classes(dict):
    """``str.translate`` table: code point -> its character class letter (filled on first sight)."""

    def __missing__(self, o: int) -> str:
        self[o] = k = _char_class(chr(o))
        return k


_CLASSES = _Classes()
_NOUNISH = ("NN", "SL", "SH", "XSN", "NR")  # morpheme tags whose form is a feature ("mf=")
_SPACE = ("space",)
_EOJEOLS: dict[int, list[tuple[str, str, str]]] = {}  # eojeol length -> the "word" features of its characters


def _eojeol_word_feats(length: int) -> list[tuple[str, str, str]]:
    got = _EOJEOLS.get(length)
    if got is None:
        got = [(f"wp={min(k, 4)}", f"wq={min(length - 1 - k, 4)}", f"wl={min(length, 8)}") for k in range(length)]
        if length <= 64:
            _EOJEOLS[length] = got
    return got


_NONSPACE = re.compile(r"\S+")
_ODD_SPACE = re.compile(r"[^\S ]")  # whitespace other than " "


def sentence_features(text: str, features: Sequence[str] = DEFAULT_FEATURES, tokens=None) -> list[tuple[str, ...]]:
    """CRF features (binary feature names) for every character of ``text``, one tuple per character.

    ``tokens`` are Kiwi tokens of ``text`` (needed when "kiwi" is among the
    feature groups); callers analyse whole batches at once.

    The features are built column by column (one list per feature over the
    whole sentence, each n-gram sliced once) and then zipped per character;
    the names and their order per character are those the model was trained
    with (tests/test_ner.py checks them against a plain per-character build).
    """
    n = len(text)
    if n == 0:
        return []
    feats = set(features)
    pad = "\x02\x02\x02" + text + "\x03\x03\x03"  # BOS/EOS markers; text[i] is pad[i + 3]
    cls = "SSS" + text.translate(_CLASSES) + "SSS"
    bi = [pad[k : k + 2] for k in range(n + 5)]  # bi[k] = pad[k:k+2]
    tri = [pad[k : k + 3] for k in range(n + 4)]  # tri[k] = pad[k:k+3]
    cols = [
        ["c=" + c for c in text],
        ["c-1=" + c for c in pad[2 : n + 2]],
        ["c+1=" + c for c in pad[4 : n + 4]],
        ["c-2=" + c for c in pad[1 : n + 1]],
        ["c+2=" + c for c in pad[5 : n + 5]],
        ["b-1=" + s for s in bi[2 : n + 2]],
        ["b+1=" + s for s in bi[3 : n + 3]],
        ["b-2=" + s for s in bi[1 : n + 1]],
        ["b+2=" + s for s in bi[4 : n + 4]],
        ["t0=" + s for s in tri[2 : n + 2]],
        ["t-1=" + s for s in tri[1 : n + 1]],
        ["t+1=" + s for s in tri[3 : n + 3]],
        ["k=" + c for c in cls[3 : n + 3]],
        ["k3=" + cls[k : k + 3] for k in range(2, n + 2)],
        ["k5=" + cls[k : k + 5] for k in range(1, n + 1)],
    ]
    if "window3" in feats:
        quad = [pad[k : k + 4] for k in range(1, n + 2)]  # quad[k] = pad[k+1:k+5]
        cols += [["c-3=" + c for c in pad[:n]], ["c+3=" + c for c in pad[6 : n + 6]],
                 ["q-1=" + s for s in quad[:n]], ["q+1=" + s for s in quad[1 : n + 1]]]
    parts: list = [zip(*cols), _word_parts(text, pad, feats)]
    kiwi = "kiwi" in feats and tokens is not None
    kiwi2 = "kiwi2" in feats and tokens is not None
    if kiwi or kiwi2:
        mtag, mpos, mform, midx = _morph_per_char(text, tokens)
    if kiwi:
        parts.append(zip(["m=" + t for t in mtag], ["mb=" + p + t for p, t in zip(mpos, mtag)],
                         ["m-1=^"] + ["m-1=" + t for t in mtag[:-1]], ["m+1=" + t for t in mtag[1:]] + ["m+1=$"]))
        parts.append([("mf=" + f[:8],) if t.startswith(_NOUNISH) else () for t, f in zip(mtag, mform)])
    if kiwi2:
        parts.append(_kiwi2_parts(tokens, mtag, mform, midx))
    if len(parts) == 4:
        return [a + b + c + d for a, b, c, d in zip(*parts)]
    if len(parts) == 2:
        return [a + b for a, b in zip(*parts)]
    return [functools.reduce(operator.add, p) for p in zip(*parts)]


def _word_parts(text: str, pad: str, feats: set[str]) -> list[tuple[str, ...]]:
    """Per character, the features of its place in its eojeol (whitespace-delimited word); "space" for " ".

    Any other whitespace character is described with eojeol bounds 0, 0 (as the model was trained).
    """
    word, affix, conj = "word" in feats, "affix" in feats, "conj" in feats
    if not (word or affix or conj):
        return [_SPACE if c == " " else () for c in text]
    out: list[tuple[str, ...]] = [_SPACE] * len(text)
    for m in _NONSPACE.finditer(text):
        b, e = m.span()
        if word and not (affix or conj):
            out[b:e] = _eojeol_word_feats(e - b)
        else:
            out[b:e] = [_eojeol_feats(text, pad, i, b, e, word, affix, conj) for i in range(b, e)]
    for m in _ODD_SPACE.finditer(text):
        out[m.start()] = _eojeol_feats(text, pad, m.start(), 0, 0, word, affix, conj)
    return out


def _eojeol_feats(text: str, pad: str, i: int, wb: int, we: int, word: bool, affix: bool, conj: bool) -> tuple:
    f: tuple[str, ...] = (f"wp={min(i - wb, 4)}", f"wq={min(we - 1 - i, 4)}", f"wl={min(we - wb, 8)}") if word else ()
    if affix:
        f += ("pre=" + text[wb : i + 1][-6:], "suf=" + text[i:we][:6], "w=" + text[wb:we])
    if conj:
        c, p0 = text[i], min(i - wb, 3)
        f += (f"cp={c}{p0}", f"cl={c}{min(we - wb, 6)}", f"bp={pad[i + 3 : i + 5]}{p0}")
    return f


def _kiwi2_parts(tokens, mtag: list[str], mform: list[str], midx: list[int]) -> list[tuple[str, ...]]:
    ntok = len(tokens)
    out: list[tuple[str, ...]] = []
    for t, form, k in zip(mtag, mform, midx):
        if k < 0:
            out.append(())
            continue
        f = [f"mt2={t}/{form[:8]}"]
        if k > 0:
            prev = tokens[k - 1]
            f.append(f"pm={prev.tag}/{prev.form[:6]}")
        if k + 1 < ntok:
            nxt = tokens[k + 1]
            f.append(f"nm={nxt.tag}/{nxt.form[:6]}")
            if k + 2 < ntok:
                f.append(f"nm2={tokens[k + 2].form[:6]}")
        f.append(f"ml={min(len(form), 6)}")
        out.append(tuple(f))
    return out


# ------------------------------------------------------------------------- model


@dataclass(frozen=True)
class _Model:
    tagger: object  # python-crfsuite's Tagger
    features: tuple[str, ...]
    fast: object = None  # the same model run with numpy (coopgraph.recognise.ner_crf), when it computes these features


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
    from coopgraph.recognise import ner_crf

    tagger = pycrfsuite.Tagger()
    with resources.as_file(model_res) as path:
        tagger.open(str(path))
    features = tuple(config["features"])
    try:
        fast = ner_crf.load(model_res.read_bytes(), features)
    except ValueError:  # a model file this reader does not know: python-crfsuite alone tags
        fast = None
    return _Model(tagger=tagger, features=features, fast=fast)


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


def placed(tokens: Sequence[Sequence], bases: Sequence[int]) -> list[list[KiwiMorph]]:
    """Morphemes with ``begin``/``stop`` offsets, text k starting at ``bases[k]`` -> KiwiMorphs within each text."""
    return [[KiwiMorph(t.form, t.tag, t.begin - base, t.stop - t.begin) for t in toks] for toks, base in zip(tokens, bases)]


def tag_sentences(texts: list[str], model_dir: str | Path | None = None,
                  tokens: Sequence[Sequence[KiwiMorph]] | None = None,
                  bases: Sequence[int] | None = None) -> list[list[Span]]:
    """Tag each text with KLUE entity spans.

    Args:
        texts: sentences (or short passages); any length, empty allowed.
        model_dir: load the model from this folder instead of the package
            (used by tests of the training script).
        tokens: Kiwi's morphemes of each text when the caller has them already
            (no Kiwi call here); by default each text is analysed.
        bases: with ``tokens``: the morphemes are given with the ``begin``/``stop`` offsets of a
            larger text (e.g. the document's Morphs) in which text k starts at ``bases[k]``; the
            same answer as their :class:`KiwiMorph` copies, without making them.

    Returns:
        For each text, its entity spans ``(begin, stop, label)`` with
        ``text[begin:stop]`` the entity and label one of PS/LC/OG/DT/TI/QT.

    Raises:
        FileNotFoundError: the model file is not installed.
    """
    model = _load_model(str(model_dir) if model_dir else None)
    texts = list(texts)
    if "kiwi" not in model.features:
        tokens, bases = [None] * len(texts), None
    elif tokens is None:
        tokens, bases = _analyse(texts), None
    out: list[list[Span]] = [[] for _ in texts]
    todo = [k for k, text in enumerate(texts) if text.strip()]
    for k, tags in zip(todo, _labels(model, [texts[k] for k in todo], [tokens[k] for k in todo],
                                     None if bases is None else [bases[k] for k in todo])):
        if all(t == "O" for t in tags):
            continue
        text = texts[k]
        spans = out[k]
        for b, e, lab in spans_from_bio(tags):
            # never hand out spans that start or end with whitespace
            while b < e and text[b].isspace():
                b += 1
            while e > b and text[e - 1].isspace():
                e -= 1
            if b < e:
                spans.append((b, e, lab))
    return out


def _labels(model: _Model, texts: list[str], tokens: list, bases: list[int] | None = None) -> list[list[str]]:
    """The model's BIO label of every character of each (non-blank) text."""
    kiwi = "kiwi" in model.features
    if model.fast is not None and not (kiwi and any(t is None for t in tokens)):
        return model.fast.tag(texts, tokens if kiwi else None, bases if kiwi else None)
    if bases is not None and kiwi:
        tokens = placed(tokens, bases)
    return [model.tagger.tag(sentence_features(text, model.features, toks)) for text, toks in zip(texts, tokens)]


_TAG_IN_TEXT = re.compile(r":(PS|LC|OG|DT|TI|QT)")


def is_malformed(text: str) -> bool:
    """True for KLUE sentences whose text still holds a leftover inline tag (see the data README)."""
    return bool(_TAG_IN_TEXT.search(text))
