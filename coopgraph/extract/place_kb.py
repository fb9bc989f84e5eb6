"""Place words the knowledge base knows: a mention's city or country, the city opening a body's name
('서울 KOTRA', '울산과학기술원', '이집트 남부 아스완대학교'). Used by :mod:`coopgraph.extract.place`."""

from __future__ import annotations

import re

from coopgraph.records import Mention


def _known_place(m: Mention):
    """The knowledge-base city or country a place mention names, or None (a venue, an unknown place)."""
    if m.kind not in ("place", "country"):
        return None
    from coopgraph.link.kb import load_kb

    e = load_kb().get(m.entity_id) if m.entity_id else None
    if e is None and " " not in m.text.strip():
        e = _kb_city(m.text.strip())  # '상파울루시': the city with its 시
    return e if e is not None and e.kind in ("place", "country") else None


def _city_of(m: Mention) -> Mention | None:
    """The place word opening an organisation's name ('서울 KOTRA', '부산 본사'), as a place mention."""
    first = m.text.split(" ", 1)[0]
    if first == m.text or len(first) < 2:
        return None
    e = _kb_city(first)
    if e is not None:  # a city; a country opening a name is part of it
        return Mention(m.begin, m.begin + len(first), first, e.kind, country=e.country, strategy="city-of")
    return None


def _kb_city(word: str):
    """The knowledge-base city a word names ('상파울루', '상파울루시'), or None."""
    from coopgraph.link.kb import load_kb

    kb = load_kb()
    for w in (word, word[:-1] if len(word) > 2 and word.endswith("시") else None):
        for eid in kb.lookup(w) if w else ():
            e = kb.get(eid)
            if e is not None and e.kind == "place":
                return e
    return None


def _glued_city(name: str):
    """(city word, knowledge-base place) when a one-word body name opens with a known city
    ('울산과학기술원' -> 울산, '하노이국립대학교' -> 하노이), else None."""
    first = name.split(" ", 1)[0]
    if not re.fullmatch(r"[가-힣]{4,}", first):
        return None
    for k in range(len(first) - 2, 1, -1):  # the longest known city first
        e = _kb_city(first[:k])
        if e is not None and not first[:k].endswith("시"):
            return first[:k], e
    return None


# a port, a station or an airport named after its city ('부산항', '서울역', '인천국제공항'): the city's
_CITY_FACILITY = ("국제공항", "공항", "신항", "항", "역")


def _facility_city(word: str):
    """(city word, knowledge-base place) when ``word`` is a known city glued to a port, station or airport
    ('부산항 국제여객터미널' -> 부산), else None."""
    for suffix in _CITY_FACILITY:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            city = word[:-len(suffix)]
            e = _kb_city(city)
            if e is not None:
                return city, e
    return None


def _leading_place(m: Mention):
    """'이집트 남부 아스완대학교' -> (the country 이집트, '아스완대학교'): the known place words opening a venue's
    or body's name, the city before the country, and the name without them."""
    from coopgraph.link.kb import load_kb

    kb = load_kb()
    words = m.text.split()
    city = country = None
    k = 0
    while k < len(words) - 1:
        w = words[k]
        e = _kb_city(w)
        if e is None:
            e = next((x for x in map(kb.get, kb.lookup(w)) if x is not None and x.kind == "country"), None)
        if e is not None:
            if e.kind == "place" and city is None:
                city = (w, e)
            elif e.kind == "country" and country is None:
                country = (w, e)
        elif not re.fullmatch(r"[동서남북중]부|수도|인근", w):
            break
        k += 1
    if k == 0:
        return None
    return city or country, " ".join(words[k:])


def _kb_country(word: str):
    from coopgraph.link.kb import load_kb

    kb = load_kb()
    return next((x for x in map(kb.get, kb.lookup(word)) if x is not None and x.kind == "country"), None)
