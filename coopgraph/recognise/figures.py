"""Figures: counts and amounts with what they count (121건의 상담, 14개 기관, 160만 달러, 20여명).

A figure is a number, an optional Korean multiplier chain (3억 5천만), an optional
approximation mark (여, 이상) and a unit or counter. What it counts is the noun that
follows a counter ("14개 기관", "121건의 상담") or, for amounts and bare counts, the
topic noun before it ("계약규모는 160만 달러", "전문가 20여명"). Ordinals (제2차, 26번)
are not figures.
"""

from __future__ import annotations

import re

from coopgraph.records import Figure

_MULT = {"조": 10**12, "억": 10**8, "천만": 10**7, "백만": 10**6, "만": 10**4, "천": 10**3}
_COUNTERS = ("개국", "개사", "개소", "개", "건", "명", "곳", "차례", "회", "편", "종", "가지")
_MONEY = ("달러", "불", "원", "유로", "엔", "위안", "루블", "파운드")
_OTHER = ("톤", "%", "퍼센트")
_UNIT_RE = "|".join(sorted(_COUNTERS + _MONEY + _OTHER, key=len, reverse=True))
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIG = re.compile(
    rf"(?<![\d.,])(?P<chain>(?:(?:{_NUM})\s?(?:조|억|천만|백만|만|천)\s?)*(?:{_NUM})?\s?(?:조|억|천만|백만|만|천)?)"
    rf"\s?(?P<approx>여|이상|남짓|가량|약)?\s?(?P<unit>{_UNIT_RE})(?![가-힣]*(?:째|차))"
)
_PART = re.compile(r"(?:에서는|에서|에는|으로|은|는|을|를|과|와|의|도|에)$")
_NOUNS_ENDING_IN_PARTICLE = ("전문가", "국가", "작가", "평가", "사이", "차이", "나이", "기업가", "투자가", "대가")
_WORD = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z·]*")
_ORDINAL_BEFORE = re.compile(r"(?:제|第)\s?$")
# ordinal or name-like uses of counters: 1회 대회 is still a count, but 26번 병원 is a number
_SKIP_UNITS_AFTER_NAME = ("번",)


def _chain_value(chain: str) -> float | None:
    chain = chain.replace(" ", "")
    if not chain:
        return None
    total = 0.0
    rest = chain
    for m in re.finditer(rf"({_NUM})?(조|억|천만|백만|만|천)?", chain):
        if not m.group(0):
            continue
        num = float(m.group(1).replace(",", "")) if m.group(1) else 1.0
        mult = _MULT.get(m.group(2) or "", 1)
        total += num * mult
        rest = rest[len(m.group(0)):]
    if not re.search(r"\d", chain):
        return None
    return total


def _strip_particle(word: str) -> str:
    out = _PART.sub("", word)
    if out == word and word.endswith(("이", "가")) and len(word) >= 3 and not word.endswith(_NOUNS_ENDING_IN_PARTICLE):
        out = word[:-1]
    return out if len(out) >= 2 else word


def _what(text: str, begin: int, stop: int, unit: str) -> str | None:
    after = text[stop:stop + 30]
    before = text[max(0, begin - 30):begin]
    linked = re.match(r"^\s?(?:이상의|규모의|상당의|가량의|의)\s?", after)
    after = re.sub(r"^\s?(?:이상의|이상|여|규모의|상당의|가량의)\s?", "", after)
    if unit in _COUNTERS or unit in _MONEY:
        m = re.match(r"(?:\([^)]{0,20}\))?(?:의)?\s?(" + _WORD.pattern + ")", after)
        if m and not re.match(r"[,.·)]|\s*등", after) and (unit in _COUNTERS or linked):
            word = m.group(1)
            if word not in ("등", "이", "가", "를", "을", "은", "는", "에", "의", "으로", "로", "이상", "정도", "규모"):
                return _strip_particle(word)
    if unit in _MONEY or unit in _OTHER or unit in _COUNTERS:
        words = _WORD.findall(before)
        if words and re.search(r"[가-힣A-Za-z]\s*$", before):
            word = words[-1]
            if word.endswith(("에서", "에서는", "에")) or word in ("총", "약", "모두", "각각", "등"):
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
    out: list[Figure] = []
    for m in _FIG.finditer(text):
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
        if unit in ("개", "회", "종", "편", "건", "명") and re.match(r"[가-힣]", nxt) and text[stop:stop + 1] not in "의이가을를은는과와":
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
