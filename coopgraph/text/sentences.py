"""Sentence splitting with exact character offsets (kiwipiepy).

Cleaning comes first: Kiwi is run one line (paragraph) at a time, so a widget
or a link list can never become one giant "sentence" and two paragraphs are
never glued together. Lines too short to hold two sentences, and blank
lines, never reach Kiwi (it costs ~0.1 ms per short call, and its first use
builds a 3 s model).

Kiwi keeps scrape-damaged dates whole ("2017 4 9일부터 13일까지 …",
"2019. 4. 9."); a guard below re-joins any split that still falls inside a
number sequence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopgraph.records import Sentence, Token


@dataclass(frozen=True, slots=True, eq=False)
class Morph(Token):
    """A :class:`~coopgraph.records.Token` that also says whether Kiwi did not know the word
    (``oov``: its morpheme id is one of Kiwi's unknown-word ids), as the entity stage reads it.
    With it the entity patterns and NER features reuse the splitter's analysis. It equals (and
    hashes as) the Token with the same form, tag and offsets: the flag adds, it never differs."""

    oov: bool = False

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Token):
            return (self.form, self.tag, self.begin, self.stop) == (other.form, other.tag, other.begin, other.stop)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.form, self.tag, self.begin, self.stop))


_new = object.__new__
_SET = (Token.form.__set__, Token.tag.__set__, Token.begin.__set__, Token.stop.__set__, Morph.oov.__set__)


def _morphs(toks, base: int, out: list[Morph]) -> None:
    """Append a :class:`Morph` for each of Kiwi's tokens (offsets + ``base``), as ``Morph(form, tag, begin,
    stop, oov)`` would make it, but by the slots' setters: a frozen dataclass's ``__init__`` costs twice as much
    (~330 morphemes a page)."""
    set_form, set_tag, set_begin, set_stop, set_oov = _SET
    append = out.append
    for t in toks:
        m = _new(Morph)
        start = base + t.start
        set_form(m, t.form)
        set_tag(m, t.tag)
        set_begin(m, start)
        set_stop(m, start + t.len)
        set_oov(m, t.id <= 3)
        append(m)


# a line shorter than this is one sentence (no Kiwi call)
_MIN_KIWI = 24
# a line with none of these cannot hold a sentence boundary worth asking Kiwi about
_MAYBE_BOUNDARY = re.compile(r"[.?!。…]\s|[다요죠까][.?!]?[\"'”’」)]*\s")
_LINES = re.compile(r"[^\n]+")
_ENDS_NUMBER = re.compile(r"\d[.,]?$")
_STARTS_NUMBER = re.compile(r"^\d")
_HAS_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
# very long pieces are cut at list bullets, never mid-text
_BULLET_CUT = re.compile(r"\s(?=[•▶■◆●○▷►]\s?)")
_MAX_PIECE = 1000


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences; ``text[s.begin:s.stop] == s.text`` for each.

    Sentences never cross a newline and carry no surrounding whitespace.
    """
    return _split(text, None)


def split_sentences_with_tokens(text: str) -> tuple[tuple[Sentence, ...], tuple[Morph, ...]]:
    """The sentences and the Kiwi morphemes of every line, from one Kiwi call per line
    (the same tokens as ``Kiwi.tokenize`` line by line, offsets into ``text``; each a :class:`Morph`
    with its ``oov`` flag, so ``find_mentions(..., tokens=...)`` needs no Kiwi pass of its own)."""
    from coopgraph.text.kiwi import get_kiwi

    get_kiwi().forget()  # hold only this document's lines (coopgraph.text.kiwi: one analysis per line)
    tokens: list[Morph] = []
    return _split(text, tokens), tuple(tokens)


def _split(text: str, tokens: list[Morph] | None) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for m in _LINES.finditer(text):
        line = m.group()
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if not body:
            continue
        base = m.start() + lead
        for b, e in _split_line(body, tokens, base):
            out.append(Sentence(base + b, base + e, body[b:e]))
    return tuple(out)


def _split_line(line: str, tokens: list[Morph] | None = None, base: int = 0) -> list[tuple[int, int]]:
    """(begin, end) offsets of the sentences of one stripped line (its tokens added to ``tokens``)."""
    if len(line) < _MIN_KIWI or not _MAYBE_BOUNDARY.search(line):
        spans = [(0, len(line))]
        if tokens is not None:
            from coopgraph.text.kiwi import get_kiwi

            kiwi = get_kiwi()
            toks = kiwi.tokenize(line)
            kiwi.keep(line, toks)
            _morphs(toks, base, tokens)
    else:
        from coopgraph.text.kiwi import get_kiwi

        kiwi = get_kiwi()
        sents = kiwi.split_into_sents(line, return_tokens=tokens is not None, return_sub_sents=False)
        spans = [(s.start, s.end) for s in sents]
        if tokens is not None:
            toks = [t for s in sents for t in s.tokens]
            kiwi.keep(line, toks)  # the same tokens as kiwi.tokenize(line), every attribute
            _morphs(toks, base, tokens)
        spans = _cover(line, spans)
        spans = _rejoin(line, spans)
    out: list[tuple[int, int]] = []
    for b, e in spans:
        for bb, ee in _cut_long(line, b, e):
            bb, ee = _trim(line, bb, ee)
            if ee > bb:
                out.append((bb, ee))
    return out


def _cover(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Make the spans tile the line: no character is lost between or after Kiwi's sentences."""
    if not spans:
        return [(0, len(line))]
    spans = sorted(spans)
    tiled: list[tuple[int, int]] = []
    pos = 0
    for i, (_, e) in enumerate(spans):
        end = spans[i + 1][0] if i + 1 < len(spans) else len(line)
        end = max(end, e, pos)
        tiled.append((pos, end))
        pos = end
    return [(b, e) for b, e in tiled if line[b:e].strip()]


def _rejoin(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a split inside a number sequence ("2019." | "4. 9.") or a piece without words."""
    out: list[tuple[int, int]] = []
    for b, e in spans:
        if out:
            pb, pe = out[-1]
            prev, cur = line[pb:pe].rstrip(), line[b:e].lstrip()
            if (_ENDS_NUMBER.search(prev) and _STARTS_NUMBER.match(cur)) or not _HAS_WORD.search(cur) \
                    or not _HAS_WORD.search(prev):
                out[-1] = (pb, e)
                continue
        out.append((b, e))
    return out


def _cut_long(line: str, b: int, e: int) -> list[tuple[int, int]]:
    if e - b <= _MAX_PIECE:
        return [(b, e)]
    cuts = [b] + [m.start() + 1 for m in _BULLET_CUT.finditer(line, b, e)] + [e]
    return [(x, y) for x, y in zip(cuts, cuts[1:]) if y > x]


def _trim(line: str, b: int, e: int) -> tuple[int, int]:
    while b < e and line[b].isspace():
        b += 1
    while e > b and line[e - 1].isspace():
        e -= 1
    return b, e
