"""Plural anaphors: the two bodies "양 대학은", "양 기관은", "양국은", "양측은" refer to."""

from __future__ import annotations

import re

from coopgraph.link.kb import norm_key
from coopgraph.records import Mention

_COORD = re.compile(r"^(?:\s*\([^)]*\))?\s*(?:와|과|및|그리고|,|、|·|ㆍ|-)\s*(?:함께\s*)?$")
_PLURAL = re.compile(r"(?:양|두|쌍방|양쪽)\s?(국|측|나라|정부|기관|대학교|대학|학교|도시|시|지역|기업|회사|사|병원|연구소|연구원|단체|협회|부처)")
_PLURAL_KINDS = {"국": "country", "나라": "country", "정부": "country"}
_PLURAL_HEADS = {"대학교": ("대학교", "대학", "대", "University"), "대학": ("대학교", "대학", "대", "University"),
                 "학교": ("학교", "대학교", "대학", "대"), "병원": ("병원", "의료원", "센터"),
                 "연구소": ("연구소", "연구원", "연구센터"), "연구원": ("연구원", "연구소", "연구센터")}


def resolve_plural_anaphor(mentions: tuple[Mention, ...], position: int, text: str | None = None,
                           anaphor: str | None = None) -> tuple[Mention, ...]:
    """The two bodies a plural anaphor ("양 대학은", "양 기관은", "양국은", "양측은") refers to.

    Args:
        mentions: linked mentions of the document (from :func:`link_mentions`), any order.
        position: offset of the anaphor in ``text``; only mentions that end before it count.
        text: the document text; limits the search to the anaphor's sentence and the two before,
            and gives the anaphor itself when ``anaphor`` is None.
        anaphor: the anaphor as written ("양 대학", "양국"); decides what is looked for:
            countries for 양국/두 나라/양 정부, bodies with a matching head for 양 대학/양 병원,
            organisations otherwise.
    Returns:
        The two mentions in text order (the last coordinated pair "A와 B" before the
        anaphor when there is one, else the two nearest distinct entities), or () when
        fewer than two fit.
    """
    if anaphor is None and text is not None:
        m = _PLURAL.match(text, position)
        anaphor = m.group() if m else None
    noun = None
    if anaphor:
        m = _PLURAL.search(anaphor)
        noun = m.group(1) if m else None
    want = _PLURAL_KINDS.get(noun or "", "org")
    heads = _PLURAL_HEADS.get(noun or "")
    lo = 0
    if text is not None:
        lo = position
        for _ in range(3):  # the anaphor's sentence and the two before it
            if lo <= 0:
                break
            lo = max(text.rfind("\n", 0, lo), text.rfind(". ", 0, lo), text.rfind("다.", 0, lo))
        lo = max(lo, 0)

    def fits(m: Mention) -> bool:
        if m.stop > position or m.begin < lo:
            return False
        if want == "country":
            return m.kind == "country" or (m.kind == "org" and bool(m.country))
        if m.kind != "org":
            return False
        name = (m.name or m.text).rstrip()
        return heads is None or name.endswith(heads) or m.text.endswith(heads)

    cands = sorted((m for m in mentions if fits(m)), key=lambda m: m.begin)
    if want == "country":
        # one mention per country: organisations stand for their country
        seen: dict[str, Mention] = {}
        for m in cands:
            key = m.country if m.kind == "org" else (m.country or m.entity_id or m.text)
            seen.pop(key, None)
            seen[key] = m
        cands = sorted(seen.values(), key=lambda m: m.begin)
    else:
        latest: dict[str, Mention] = {}
        for m in cands:
            key = m.entity_id or norm_key(m.text)
            if key in latest and (m.strategy == "acronym" or re.fullmatch(r"\s*\(\s*", text[latest[key].stop:m.begin]
                                                                             if text else "")):
                continue  # "...연구원(KRIBB)": the name stands for the body, not its bracketed acronym
            latest.pop(key, None)
            latest[key] = m
        cands = sorted(latest.values(), key=lambda m: m.begin)
    if len(cands) < 2:
        return ()
    if text is not None:
        for a, b in reversed(list(zip(cands, cands[1:]))):
            if _COORD.match(text[a.stop:b.begin]):
                return (a, b)
    return tuple(cands[-2:])
