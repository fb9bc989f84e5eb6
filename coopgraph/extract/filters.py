"""Which read acts are international cooperation: an act needs a foreign party, place or cue;
a page about Korea alone keeps only acts that name a side abroad.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from coopgraph.extract.base import Cand, _countries
from coopgraph.extract.merge import same_party
from coopgraph.extract.triggers import Lexicon

if TYPE_CHECKING:
    from coopgraph.extract.reader import Reader


def _names_abroad(sentence: str, regions: tuple[str, ...]) -> bool:
    """'한-중앙아 포럼', '중앙아시아 비즈니스 포럼', '해외 바이어': the sentence names a side abroad."""
    if re.search(r"(?<![가-힣])한[-·‧][가-힣A-Z]", sentence) or _foreign_country_re().search(sentence):
        return True
    return any(r in sentence for r in regions)


# "한미", "한중 관계", "미중": the short country compounds of Korean news
_SHORT_PAIR = re.compile(r"(?<![가-힣])(?:한|북|미|중|일|러)(?:미|중|일|러|독|불|영|베|몽|인|호|캐|아세안|EU)"
                         r"(?=[ ,·간의이가은는과와도]|$)")
_NEEDS_CUE = ("forum", "opening", "award", "meeting", "project")


@functools.cache
def _foreign_country_re() -> re.Pattern:
    """Any name of a country other than Korea."""
    names = [n for n, code in _countries() if code != "KR"]
    return re.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, names)) + r")") if names else re.compile(r"(?!)")


def _without_home_names(text: str, b: int, e: int, reader: Reader) -> str:
    """text[b:e] with the names of Korean bodies and places blanked: '한·아프리카재단', '한국국제전시장'
    name a Korean body, not a side abroad."""
    chunk = list(text[b:e])
    for m in reader.near(b, e):
        if m.begin >= b and m.stop <= e and m.country == "KR" and m.kind in ("org", "place"):
            chunk[m.begin - b:m.stop - b] = " " * (m.stop - m.begin)
    return "".join(chunk)


def _international_text(chunk: str, lex: Lexicon, masked: str | None = None) -> str | None:
    """The cue in ``chunk`` that makes an act told there international, or None.

    ``masked`` is the chunk with the names of Korean bodies blanked: a 한-X compound or a country
    inside such a name (한·아프리카재단) is no cue. A word that must open a word (국제, 글로벌)
    is no cue inside a longer name (한국국제전시장).
    """
    masked = chunk if masked is None else masked
    if re.search(r"(?<![가-힣])한[-·‧][가-힣A-Z]|[가-힣A-Z][-·‧]한(?![가-힣])", masked):
        return "compound"
    m = _foreign_country_re().search(masked) or _SHORT_PAIR.search(masked)
    if m:
        return m.group(0)
    for w in (*lex.international_cues, *lex.foreign_regions):
        if w in chunk and (w not in lex.cues_opening_a_word or re.search(r"(?<![가-힣])" + re.escape(w), chunk)):
            return w
    return None


def _is_foreign(country: str | None) -> bool:
    return bool(country) and country != "KR"


def _keep_international(cands: list[Cand], reader: Reader) -> list[Cand]:
    """Drop forums, openings, awards, meetings and projects with no international cue.

    A campus prize-giving, a library reopening or a domestic budget meeting told on a page
    that also names a foreign body is no international cooperation. An act is kept when it
    has a foreign party or place, when its sentence or paragraph names a foreign body, place,
    country, a 한-X compound or an international word (국제, 해외, 양국 ...; triggers.yaml),
    when its event noun is international by itself (공동위원회, 정상회담), or when one of its
    parties acts with the partner country in another kept act of the page.
    """
    d = reader.d
    text = d.text
    lex = d.lex
    ends = [*d.para_starts[1:], len(text)]

    def direct(c: Cand) -> bool:
        if any(_is_foreign(p.country) for p in c.participants) or _is_foreign(
                c.location.country if c.location else None) or any(_is_foreign(x) for x in c.countries):
            return True
        gov = c.trigger.governed.compound.replace(" ", "") if c.trigger.governed else ""
        if any(n in gov for n in lex.international_event_nouns):
            return True
        if len(reader.pair) == 2 and "KR" in reader.pair and ("공동" in gov or "합동" in gov):
            return True  # 공동사업, 공동연구 on a page about one partner: done with that partner
        pb = d.para_starts[c.para] if 0 <= c.para < len(d.para_starts) else c.sentence[0]
        pe = ends[c.para] if 0 <= c.para < len(ends) else c.sentence[1]
        b, e = min(pb, c.sentence[0]), max(pe, c.sentence[1])
        if any(_is_foreign(m.country) for m in reader.near(b, e) if m.begin >= b and m.stop <= e):
            return True
        return _international_text(text[b:e], lex, _without_home_names(text, b, e, reader)) is not None

    def home_pair(c: Cand) -> bool:
        """Two or more Korean bodies and no one else: a domestic signing (ANNOTATE.md)."""
        orgs = [p for p in c.participants if p.kind == "org"]
        return len(orgs) >= 2 and all(p.country == "KR" for p in c.participants)

    ok = [(c.type not in _NEEDS_CUE and not (c.type == "agreement" and home_pair(c))) or direct(c) for c in cands]
    partners = [c for c, k in zip(cands, ok, strict=True) if k and (
        any(_is_foreign(p.country) for p in c.participants) or c.type in ("agreement", "visit"))]
    for i, c in enumerate(cands):
        if ok[i] or len(reader.pair) < 2 or (c.location is not None and c.location.country == "KR"):
            continue  # a body's own act at home (도청 회의실에서 예산 회의) is not with the partner
        if any(same_party(p, q) for o in partners if o is not c for p in c.participants for q in o.participants):
            ok[i] = True
            c.cues.append("international:party-acts-with-partner")
    return [c for c, k in zip(cands, ok, strict=True) if k]
