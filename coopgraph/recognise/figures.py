"""Figures: counts and amounts with what they count (121건의 상담, 14개 기관, 160만 달러, 20여명).

A figure is a number, an optional Korean multiplier chain (3억 5천만), an optional
approximation mark (여, 이상) and a unit or counter. What it counts is the noun that
follows a counter ("14개 기관", "121건의 상담") or, for amounts and bare counts, the
topic noun before it ("계약규모는 160만 달러", "전문가 20여명"). Ordinals (제2차, 26번)
are not figures.
"""

from __future__ import annotations

import functools
import re
from types import SimpleNamespace

from coopgraph.records import Figure
from coopgraph.text.yamlfile import data_yaml

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


@functools.cache
def _lex() -> SimpleNamespace:
    """The lexicon of data/figures.yaml and the patterns built from it, once per process."""
    data = data_yaml("figures.yaml")
    lex = SimpleNamespace(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items()})
    mult = "|".join(sorted(lex.multipliers, key=len, reverse=True))
    units = "|".join(re.escape(u) for u in sorted(lex.counters + lex.money + lex.other_units, key=len, reverse=True))
    approx = "|".join(lex.approx)
    lex.mult_re = mult
    lex.fig = re.compile(
        rf"(?<![\d.,])(?P<chain>(?:(?:{_NUM})\s?(?:{mult})\s?)*(?:{_NUM})?\s?(?:{mult})?)"
        rf"\s?(?P<approx>{approx})?\s?(?P<unit>{units})(?![가-힣]*(?:째|차))"
    )
    return lex


_PART = re.compile(r"(?:에서는|에서|에는|으로|은|는|을|를|과|와|의|도|에)$")
_WORD = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z·]*")
_ORDINAL_BEFORE = re.compile(r"(?:제|第)\s?$")


def _chain_value(chain: str) -> float | None:
    chain = chain.replace(" ", "")
    if not chain:
        return None
    total = 0.0
    rest = chain
    lex = _lex()
    for m in re.finditer(rf"({_NUM})?({lex.mult_re})?", chain):
        if not m.group(0):
            continue
        num = float(m.group(1).replace(",", "")) if m.group(1) else 1.0
        mult = lex.multipliers.get(m.group(2) or "", 1)
        total += num * mult
        rest = rest[len(m.group(0)):]
    if not re.search(r"\d", chain):
        return None
    return total


def _strip_particle(word: str) -> str:
    out = _PART.sub("", word)
    if out == word and word.endswith(("이", "가")) and len(word) >= 3 and not word.endswith(_lex().nouns_ending_like_particle):
        out = word[:-1]
    return out if len(out) >= 2 else word


def _what(text: str, begin: int, stop: int, unit: str) -> str | None:
    lex = _lex()
    after = text[stop:stop + 30]
    before = text[max(0, begin - 30):begin]
    linked = re.match(r"^\s?(?:이상의|규모의|상당의|가량의|의)\s?", after)
    after = re.sub(r"^\s?(?:이상의|이상|여|규모의|상당의|가량의)\s?", "", after)
    if unit in lex.counters or unit in lex.money:
        m = re.match(r"(?:\([^)]{0,20}\))?(?:의)?\s?(" + _WORD.pattern + ")", after)
        if m and not re.match(r"[,.·)]|\s*등", after) and (unit in lex.counters or linked):
            word = m.group(1)
            if word not in lex.not_counted:
                return _strip_particle(word)
    if unit in lex.money or unit in lex.other_units or unit in lex.counters:
        words = _WORD.findall(before)
        if words and re.search(r"[가-힣A-Za-z]\s*$", before):
            word = words[-1]
            if word.endswith(("에서", "에서는", "에")) or word in lex.not_topic:
                return None
            return _strip_particle(word) or None
    return None


def find_figures(text: str) -> tuple[Figure, ...]:
    """Every count or amount in ``text``, with offsets (``text[begin:stop] == figure.text``).

    Args:
        text: cleaned document text.

    Returns:
        Figures in text order; ``what`` is the counted noun when one is attached, else None.
    """
    lex = _lex()
    glued_ok = "".join(lex.particles_after_counter)
    out: list[Figure] = []
    for m in lex.fig.finditer(text):
        chain = m.group("chain")
        if not chain or not re.search(r"\d", chain):
            continue
        begin = m.start("chain") + (len(chain) - len(chain.lstrip()))
        stop = m.end()
        unit = m.group("unit")
        if _ORDINAL_BEFORE.search(text[max(0, begin - 2):begin]):
            continue
        # a counter glued to a following syllable is usually part of a word: 3개월, 5명단, 2회의
        nxt = text[stop:stop + 1]
        if unit in lex.glue_sensitive_counters and re.match(r"[가-힣]", nxt) and nxt not in glued_ok:
            continue
        if unit == "원" and re.match(r"[가-힣]", nxt) and nxt not in "의이가을를은는과와으에도":
            continue  # 연구원, 위원 ... are nouns, not won
        if unit in ("회",) and re.match(r"[가-힣]", text[max(0, begin - 1):begin] or " "):
            continue
        value = _chain_value(chain)
        if value is None:
            continue
        out.append(Figure(value=value, unit=unit, what=_what(text, begin, stop, unit), begin=begin, stop=stop,
                          text=text[begin:stop]))
    return tuple(out)
