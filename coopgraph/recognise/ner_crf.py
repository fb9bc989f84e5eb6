"""The NER model's CRF run with numpy: the labels python-crfsuite gives, without a feature name per character.

python-crfsuite tags a sentence from ~26 feature *names* per character
(``ner.sentence_features``): building those strings and handing them to C
was most of the tagger's time. This module reads the same model file
(``coopgraph/models/ner-crf.crfsuite``, CRFsuite's "lCRF"/"FOMC" format:
its weights, its label and attribute dictionaries) and computes the same
thing from numbers: each character n-gram is coded from character ids, each
feature column is looked up in a table of the model's attribute ids, the
state scores are summed column by column in the order of the feature names
(so every floating-point addition is the one CRFsuite makes), and Viterbi
runs over all sentences of a batch at once, keeping CRFsuite's tie rule
(the first best label wins). tests/test_ner.py checks the labels against
python-crfsuite's on KLUE's dev set and the team's own sentences.

Only the feature groups of the shipped model are computed here (the base
n-grams, "window3", "word", "kiwi"); :func:`load` returns None for any other
model, and ``ner.tag_sentences`` then uses python-crfsuite.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

import numpy as np

SUPPORTED = frozenset({"window3", "word", "kiwi"})
_NGRAM = {  # template -> (n, offset of its first character from the tagged one)
    "c": (1, 0), "c-1": (1, -1), "c+1": (1, 1), "c-2": (1, -2), "c+2": (1, 2),
    "b-1": (2, -1), "b+1": (2, 0), "b-2": (2, -2), "b+2": (2, 1),
    "t0": (3, -1), "t-1": (3, -2), "t+1": (3, 0),
    "c-3": (1, -3), "c+3": (1, 3), "q-1": (4, -2), "q+1": (4, -1),
}
_BASE = ("c", "c-1", "c+1", "c-2", "c+2", "b-1", "b+1", "b-2", "b+2", "t0", "t-1", "t+1")
_WINDOW3 = ("c-3", "c+3", "q-1", "q+1")
_GROUP_CELLS = 32768  # sentences x longest sentence tagged in lockstep at once (bounds memory on huge pages)
_CLASS_LETTERS = "SHDlLJCAP"  # ner._char_class's letters; a class code is its index + 1
# every character str.isspace() is true of (tests/test_ner.py checks the list against Python's)
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
              "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def _cqdb_strings(data: bytes, off: int) -> list[str]:
    """The strings of a CQDB chunk by id (its backward array)."""
    chunk, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, off)
    if chunk != b"CQDB":
        raise ValueError("not a CQDB chunk")
    recs = np.frombuffer(data, dtype="<u4", count=bwd_size, offset=off + bwd_offset).astype(np.int64) + off
    u8 = np.frombuffer(data, dtype=np.uint8)
    sizes = u8[recs[:, None] + np.arange(4, 8)].astype(np.int64) @ np.array([1, 1 << 8, 1 << 16, 1 << 24])
    return [data[r + 8 : r + 7 + k].decode("utf-8") for r, k in zip(recs.tolist(), sizes.tolist())]


class CrfTagger:
    """The model's weights as arrays and its attributes as lookup tables for the shipped feature groups."""

    def __init__(self, data: bytes, features: Sequence[str]):
        from coopgraph.recognise.ner import _char_class

        self._char_class = _char_class
        (magic, _size, kind, _version, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs,
         _lr, _ar) = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ValueError("not a CRFsuite first-order model")
        self.labels = _cqdb_strings(data, off_labels)
        attrs = _cqdb_strings(data, off_attrs)
        if len(self.labels) != n_labels or len(attrs) != n_attrs:
            raise ValueError("CRFsuite dictionaries do not match the header")
        chunk, _csize, n_feat = struct.unpack_from("<4sII", data, off_feat)
        if chunk != b"FEAT":
            raise ValueError("no feature chunk")
        rec = np.frombuffer(data, dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]),
                            count=n_feat, offset=off_feat + 12)
        L = n_labels
        # row n_attrs stays zero: "no attribute" (-1) reads it, adding 0.0 (CRFsuite skips it; the sum is the same)
        self.weights = np.zeros((n_attrs + 1, L))
        self.trans = np.zeros((L, L))
        state, tr = rec[rec["type"] == 0], rec[rec["type"] == 1]
        if len(state) + len(tr) != n_feat:
            raise ValueError("unknown feature type")
        self.weights[state["src"], state["dst"]] = state["w"]
        self.trans[tr["src"], tr["dst"]] = tr["w"]
        self.features = frozenset(features)
        self._build_tables(attrs)

    def _build_tables(self, attrs: list[str]) -> None:
        by_template: dict[str, dict[str, int]] = {}
        for aid, name in enumerate(attrs):
            template, eq, value = name.partition("=")
            by_template.setdefault(template if eq else name, {})[value] = aid
        chars = sorted({ch for t, (n, _) in _NGRAM.items() for v in by_template.get(t, {}) for ch in v})
        self.vocab = np.array([ord(ch) for ch in chars] or [0], dtype=np.uint32)  # code points, sorted
        self.base = len(chars) + 1  # character id 0: not in the model
        if self.base ** 4 >= 2**62:
            raise ValueError("too many characters for 4-gram codes")
        self.ngram: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for template, (n, _) in _NGRAM.items():
            pairs = [(value, aid) for value, aid in by_template.get(template, {}).items() if len(value) == n]
            ids = np.array([aid for _, aid in pairs], dtype=np.int64)
            cps = np.frombuffer("".join(v for v, _ in pairs).encode("utf-32-le"), dtype=np.uint32).reshape(-1, n)
            digits = np.searchsorted(self.vocab, cps).astype(np.int64) + 1  # every character is in the vocabulary
            codes = np.zeros(len(pairs), dtype=np.int64)
            for k in range(n):
                codes = codes * self.base + digits[:, k]
            order = np.argsort(codes, kind="stable")
            self.ngram[template] = (codes[order], ids[order])
        # the templates of one n-gram length look their codes up in one sorted union of their keys (one
        # search per length, not per template): gram code -> union index -> each template's attribute id
        self.union: dict[int, tuple[np.ndarray, dict[str, np.ndarray]]] = {}
        for n in (2, 3, 4):
            names = [t for t, (k, _) in _NGRAM.items() if k == n]
            ukeys = np.unique(np.concatenate([self.ngram[t][0] for t in names]))
            tables = {}
            for t in names:
                keys, ids = self.ngram[t]
                table = np.full(len(ukeys) + 1, -1, dtype=np.int64)  # the last row: a code in no template
                table[np.searchsorted(ukeys, keys)] = ids
                tables[t] = table
            self.union[n] = (ukeys, tables)
        self.char_table = {}  # single-character templates: character id -> attribute id
        for template, (n, _) in _NGRAM.items():
            if n == 1:
                table = np.full(self.base, -1, dtype=np.int64)
                keys, ids = self.ngram[template]
                table[keys] = ids
                self.char_table[template] = table
        self.cls_table = {}
        for template, width in (("k", 1), ("k3", 3), ("k5", 5)):
            table = np.full(10**width, -1, dtype=np.int64)
            for value, aid in by_template.get(template, {}).items():
                if len(value) == width and all(c in _CLASS_LETTERS for c in value):
                    table[int("".join(str(_CLASS_LETTERS.index(c) + 1) for c in value))] = aid
            self.cls_table[template] = table
        self.cls_code = np.zeros(128, dtype=np.int64)
        for k, c in enumerate(_CLASS_LETTERS):
            self.cls_code[ord(c)] = k + 1
        self.small = {t: by_template.get(t, {}) for t in ("wp", "wq", "wl", "m", "mb", "m-1", "m+1", "mf")}
        self.space_id = by_template.get("space", {}).get("", -1)
        self.word_table = {t: np.array([self.small[t].get(str(v), -1) for v in range(9)], dtype=np.int64)
                           for t in ("wp", "wq", "wl")}
        self.whitespace = np.array([ord(c) for c in WHITESPACE], dtype=np.uint32)

    # ------------------------------------------------------------------ attribute columns
    def _lookup(self, template: str, codes: np.ndarray) -> np.ndarray:
        keys, ids = self.ngram[template]
        if not len(keys):
            return np.full(len(codes), -1, dtype=np.int64)
        p = np.minimum(np.searchsorted(keys, codes), len(keys) - 1)
        return np.where(keys[p] == codes, ids[p], -1)

    def _char_columns(self, texts: list[str], starts: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        from coopgraph.recognise.ner import _CLASSES

        big = "".join(["\x02\x02\x02" + t + "\x03\x03\x03" for t in texts])
        cp = np.frombuffer(big.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        p = np.minimum(np.searchsorted(self.vocab, cp), len(self.vocab) - 1)
        cid = np.where(self.vocab[p] == cp, p + 1, 0).astype(np.int64)
        base = self.base
        grams = {1: cid}
        grams[2] = cid[:-1] * base + cid[1:]
        grams[3] = grams[2][:-1] * base + cid[2:]
        grams[4] = grams[3][:-1] * base + cid[3:]
        where = {}  # n -> each position's n-gram as an index into the union of the templates' keys
        for n, (ukeys, _) in self.union.items():
            if len(ukeys):
                p = np.minimum(np.searchsorted(ukeys, grams[n]), len(ukeys) - 1)
                where[n] = np.where(ukeys[p] == grams[n], p, len(ukeys))
        cls_text = "".join(["SSS" + t.translate(_CLASSES) + "SSS" for t in texts])
        cls = self.cls_code[np.frombuffer(cls_text.encode("ascii"), dtype=np.uint8)]
        j = starts  # position in ``big`` of every character tagged
        cols = []
        templates = _BASE + ("k", "k3", "k5") + (_WINDOW3 if "window3" in self.features else ())
        for t in templates:
            if t == "k":
                cols.append(self.cls_table[t][cls[j]])
            elif t == "k3":
                cols.append(self.cls_table[t][cls[j - 1] * 100 + cls[j] * 10 + cls[j + 1]])
            elif t == "k5":
                code = (((cls[j - 2] * 10 + cls[j - 1]) * 10 + cls[j]) * 10 + cls[j + 1]) * 10 + cls[j + 2]
                cols.append(self.cls_table[t][code])
            else:
                n, off = _NGRAM[t]
                table = self.char_table.get(t)
                if table is not None:
                    cols.append(table[cid[j + off]])
                elif n in where:
                    cols.append(self.union[n][1][t][where[n][j + off]])
                else:
                    cols.append(self._lookup(t, grams[n][j + off]))
        return cp, cols

    def _word_columns(self, texts: list[str], cp: np.ndarray, j: np.ndarray, pos: np.ndarray) -> list[np.ndarray]:
        """wp, wq, wl (place in the eojeol) and "space" for every character (``j``: its place in ``cp``)."""
        n = len(j)
        space = np.where(cp[j] == 32, self.space_id, -1)
        if "word" not in self.features:
            return [np.full(n, -1, dtype=np.int64)] * 3 + [space]
        edge = np.isin(cp, self.whitespace) | (cp == 2) | (cp == 3)  # eojeols end at whitespace and the pads
        k = np.arange(len(cp))
        before = np.maximum.accumulate(np.where(edge, k, -1))[j - 1]  # the last edge before each character
        after = np.minimum.accumulate(np.where(edge, k, len(cp))[::-1])[::-1][j + 1]  # the first edge after it
        wp = self.word_table["wp"][np.minimum(j - before - 1, 4)]
        wq = self.word_table["wq"][np.minimum(after - j - 1, 4)]
        wl = self.word_table["wl"][np.minimum(after - before - 1, 8)]
        off = edge[j]
        wp[off], wq[off], wl[off] = -1, -1, -1
        for i in np.flatnonzero(off & (cp[j] != 32)).tolist():  # other whitespace: eojeol bounds 0, 0
            p = int(pos[i])
            wp[i] = self.small["wp"].get(str(min(p, 4)), -1)
            wq[i] = self.small["wq"].get(str(min(-1 - p, 4)), -1)
            wl[i] = self.small["wl"].get("0", -1)
        return [wp, wq, wl, space]

    def _kiwi_columns(self, texts: list[str], tokens: Sequence, pos: np.ndarray, lens: np.ndarray,
                      bases: Sequence[int] | None = None) -> list:
        """m, mb, m-1, m+1, mf for every character, from per-token tables (ner._morph_per_char's first-wins rule).
        ``bases``: the morphemes carry offsets ``begin``/``stop`` in a text where text k starts at ``bases[k]``."""
        from coopgraph.recognise.ner import _NOUNISH, _token_per_char, placed

        m, mb, m1, p1, mf = (self.small[k] for k in ("m", "mb", "m-1", "m+1", "mf"))
        flat = [tok for toks in tokens for tok in toks]
        counts = np.array([len(toks) for toks in tokens], dtype=np.int64)
        if bases is None:
            t_start = np.array([tok.start for tok in flat], dtype=np.int64)
            t_len = np.array([tok.len for tok in flat], dtype=np.int64)
        else:
            t_begin = np.array([tok.begin for tok in flat], dtype=np.int64)
            t_start = t_begin - np.repeat(np.asarray(bases, dtype=np.int64), counts)
            t_len = np.array([tok.stop for tok in flat], dtype=np.int64) - t_begin
        g = self._token_per_char(texts, tokens, flat, counts, t_start, t_len, lens)
        if g is None:  # a text's morphemes out of order: ner's own per-text rule
            if bases is not None:
                tokens = placed(tokens, bases)
            local: list[int] = []
            firsts = [0]  # index of each text's first morpheme among all of them
            for text, toks in zip(texts, tokens):
                local += _token_per_char(text, toks)
                firsts.append(firsts[-1] + len(toks))
            g = np.array(local, dtype=np.int64)
            g = np.where(g < 0, len(flat), g + np.repeat(np.array(firsts[:-1], dtype=np.int64), lens))
        codes: dict[str, int] = {}
        tag_code = np.array([codes.setdefault(tok.tag, len(codes)) for tok in flat] + [-1], dtype=np.int64)
        tags = list(codes)  # code -> tag; code -1 (the last row of each table) is a character no morpheme covers
        table = np.array([[m.get(t, -1), mb.get("B" + t, -1), mb.get("I" + t, -1), m1.get(t, -1), p1.get(t, -1)]
                          for t in tags] + [[m.get("_", -1), mb.get("__", -1), mb.get("__", -1), m1.get("_", -1),
                                             p1.get("_", -1)]], dtype=np.int64)
        nounish = np.array([t.startswith(_NOUNISH) for t in tags] + [False])
        tok_mf = np.full(len(flat) + 1, -1, dtype=np.int64)
        for k in np.flatnonzero(nounish[tag_code[:-1]]).tolist():
            tok_mf[k] = mf.get(flat[k].form[:8], -1)
        tok_start = np.append(t_start, -1)
        rows = table[tag_code[g]]  # per character: its morpheme's ids
        first = pos == 0
        last = np.append(pos[1:] == 0, True)
        return [rows[:, 0], np.where(tok_start[g] == pos, rows[:, 1], rows[:, 2]),
                np.where(first, m1.get("^", -1), np.roll(rows[:, 3], 1)),
                np.where(last, p1.get("$", -1), np.roll(rows[:, 4], -1)), tok_mf[g]]

    @staticmethod
    def _token_per_char(texts: list[str], tokens: Sequence, flat: list, counts: np.ndarray, t_start: np.ndarray,
                        t_len: np.ndarray, lens: np.ndarray) -> np.ndarray | None:
        """``ner._token_per_char`` of every text at once, as indices into ``flat`` (``len(flat)``: no morpheme);
        None when some text's morphemes do not start in order (that rule is ner's own)."""
        total = int(lens.sum())
        if not flat:
            return np.full(total, 0, dtype=np.int64)
        text_of = np.repeat(np.arange(len(texts)), counts)
        first = np.cumsum(lens) - lens  # each text's first character among all
        if (t_start < 0).any() or (np.diff(t_start)[np.diff(text_of) == 0] < 0).any():
            return None
        n = lens[text_of]
        e = np.minimum(t_start + t_len, n) + first[text_of]
        b = t_start + first[text_of]
        # each takes [max(b, end so far), e): texts do not overlap on the shared axis, so one running maximum
        # of the ends (starting at each text's first character) is every text's own "end so far"
        before = np.maximum.accumulate(np.concatenate(([0], e[:-1])))
        lo = np.maximum(b, before)
        take = np.flatnonzero(lo < e)
        width = (e - lo)[take]
        g = np.full(total, len(flat), dtype=np.int64)
        at = np.arange(int(width.sum())) - np.repeat(np.cumsum(width) - width, width) + np.repeat(lo[take], width)
        g[at] = np.repeat(take, width)
        return g

    # ------------------------------------------------------------------ tagging
    def tag(self, texts: list[str], tokens: Sequence | None, bases: Sequence[int] | None = None) -> list[list[str]]:
        """The label of every character of each text (each non-empty); ``tokens``: Kiwi's morphemes per text
        (``bases``: as :func:`coopgraph.recognise.ner.tag_sentences` takes them).

        Sentences run longest first, in groups of at most ``_GROUP_CELLS`` (sentences x longest length).
        """
        out: list[list[str]] = [[] for _ in texts]
        order = sorted(range(len(texts)), key=lambda k: -len(texts[k]))
        i = 0
        while i < len(order):
            group = order[i : i + max(1, _GROUP_CELLS // len(texts[order[i]]))]
            labels = self._tag_group([texts[k] for k in group], None if tokens is None else [tokens[k] for k in group],
                                     None if bases is None else [bases[k] for k in group])
            for k, lab in zip(group, labels):
                out[k] = lab
            i += len(group)
        return out

    def _tag_group(self, texts: list[str], tokens: Sequence | None,
                   bases: Sequence[int] | None = None) -> list[list[str]]:
        lens = np.array([len(t) for t in texts], dtype=np.int64)  # longest first
        first = np.cumsum(lens) - lens
        pos = np.arange(int(lens.sum())) - np.repeat(first, lens)  # each character's index in its sentence
        starts = np.repeat(first + 6 * np.arange(len(texts)) + 3, lens) + pos  # its place in the padded texts
        cp, cols = self._char_columns(texts, starts)
        cols += self._word_columns(texts, cp, starts, pos)
        if "kiwi" in self.features and tokens is not None:
            cols += self._kiwi_columns(texts, tokens, pos, lens, bases)
        w = self.weights
        state = w[cols[0]]  # CRFsuite starts at 0.0 and adds each attribute's weight in the item's order
        rows = np.empty_like(state)  # one buffer for every column's rows ("wrap": -1 reads the zero row)
        for col in cols[1:]:
            state += np.take(w, col, axis=0, out=rows, mode="wrap")
        return self._viterbi(state, lens, first)

    def _viterbi(self, state: np.ndarray, lens: np.ndarray, first: np.ndarray) -> list[list[str]]:
        """CRFsuite's Viterbi (crf1dc_viterbi) on every sentence at once (longest first), with its ties.

        One step per character of the longest sentence, over the sentences still running: the arrays are
        small, so the step's cost is numpy's per-call overhead - four ufunc calls into buffers made once, and
        views re-made only when a sentence ends.
        """
        S, L, T = len(lens), self.trans.shape[0], int(lens[0])
        t_idx = np.arange(T)
        inside = (t_idx[None, :] < lens[:, None]).T  # [t, s]
        grid = np.zeros((T, S, L))
        grid[inside] = state[(first[None, :] + t_idx[:, None])[inside]]
        active = np.searchsorted(-lens, -t_idx, side="left").tolist()  # how many sentences are longer than t
        back = np.zeros((T, S, L), dtype=np.intp)
        cur = grid[0].copy()  # a sentence's row stops changing after its last character
        trans = self.trans
        buf, red = np.empty((S, L, L)), np.empty((S, L))
        add, best = np.add, np.maximum.reduce
        a_was = -1
        for t in range(1, T):
            a = active[t]
            if a != a_was:
                a_was, cur3, score, cur_a, red_a = a, cur[:a, :, None], buf[:a], cur[:a], red[:a]
            add(cur3, trans, out=score)  # [s, i, j]: from label i at t - 1 to label j at t
            score.argmax(axis=1, out=back[t, :a])  # the first best i, as CRFsuite's strict "<"
            best(score, axis=1, out=red_a)
            add(red_a, grid[t, :a], out=cur_a)
        labels = self.labels
        out = []
        for r, y in enumerate(cur.argmax(axis=1).tolist()):
            n = int(lens[r])
            path = [y]
            steps = back[:n, r].tolist()
            for t in range(n - 1, 0, -1):
                y = steps[t][y]
                path.append(y)
            out.append([labels[y] for y in reversed(path)])
        return out


def load(data: bytes, features: Sequence[str]) -> CrfTagger | None:
    """The numpy tagger for this model, or None when its feature groups are not all computed here."""
    if not set(features) <= SUPPORTED:
        return None
    return CrfTagger(data, features)
