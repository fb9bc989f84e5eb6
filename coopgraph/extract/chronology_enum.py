"""Undated enumerations told as concluded (used by :mod:`coopgraph.extract.chronology`): one
agreement per named instrument ("체결한 협정으로는 A, B, C 등이 있다") and per sister city
("자매결연을 맺은 도시는 X의 A·B, Y의 C"), never when the list is only discussed or planned.
"""

from __future__ import annotations

import re
from dataclasses import replace

from coopgraph.extract.chronology_page import Page, country_codes, country_word, item_dates
from coopgraph.records import Event, Evidence, Participant, Sentence

_PIECE = re.compile(r"[^,、·∙ㆍ]+")


def enumeration(page: Page, s: Sentence, intro: list | None = None) -> list[Event]:
    """One agreement per instrument or sister city of an undated list told as concluded; after a
    sentence announcing agreements ("서명한 도시들은 다음과 같다"), one per pair of partners."""
    lex = page.lex
    body = s.text
    if intro and any(t == "agreement" for t, _, _ in intro) and not item_dates(page, s):
        paired = _pairs(page, s)
        if paired:
            return paired
    if not any(w in body for w in lex.concluded) and not any(w in body for w in lex.sister_heads):
        return []
    if any(w in body for w in lex.not_concluded):
        return []
    ev = Evidence(sentence=body, begin=s.begin, stop=s.stop)
    explain = (("form", "list-item"), ("date_rule", "none"))
    if any(w in body for w in lex.sister_heads):
        return [Event(type="agreement", evidence=ev, participants=parts, countries=tuple(cs), confidence=0.35,
                      explain=(("trigger", "sister-city list"), ("rule", "list:cities->agreement"), *explain))
                for parts, cs in _sister_cities(page, s)]
    if not any(w in body for w in lex.concluded) or item_dates(page, s):
        return []
    pieces = [m for m in re.finditer(r"[^,、]+", body)]
    named = [m for m in pieces if len(m.group().strip()) <= 30 and page.names_agreement(s.begin + m.start(),
                                                                                       s.begin + m.end())]
    if len(named) < 3:
        return []
    return [Event(type="agreement", evidence=ev, countries=page.pair, confidence=0.3,
                  explain=(("trigger", "agreement list"), ("rule", "list:instruments->agreement"), *explain))
            for _ in named]


_PAIR = re.compile(r"\s*([가-힣]{2,12})(?:와|과)\s+([가-힣]{2,12}?)(?:\s*(?:간|사이)(?:의|에)?)?(?:\s*등.*)?\s*[.]?\s*$")


def _pairs(page: Page, s: Sentence) -> list[Event]:
    """'A와 B, C와 D, E와 F 간 등의 협정들이다' under an announcing sentence: one agreement a pair."""
    pieces = [m for m in re.finditer(r"[^,、]+", s.text)]
    found = []
    for m in pieces:
        pm = _PAIR.match(m.group())
        if pm is None:
            if found:
                break
            continue
        found.append((s.begin + m.start() + pm.start(1), pm.group(1), s.begin + m.start() + pm.start(2), pm.group(2)))
    if len(found) < 2:
        return []
    out = []
    ev = Evidence(sentence=s.text, begin=s.begin, stop=s.stop)
    for at1, a, at2, b in found:
        parts = tuple(Participant(name=n, kind="org", country=page.country_at(at, n)) for at, n in ((at1, a), (at2, b)))
        foreign = [c for c in page.pair if c != "KR"]
        if len(foreign) == 1 and sorted(str(p.country) for p in parts) == ["KR", "None"]:
            # "타쉬켄트와 서울": the partner of the Korean city is of the page's other country
            parts = tuple(replace(p, country=foreign[0]) if p.country is None else p for p in parts)
        countries = [c for c in page.pair]
        for c in (p.country for p in parts):
            if c and c not in countries:
                countries.append(c)
        if not any(c != "KR" for c in countries):
            continue
        out.append(Event(type="agreement", evidence=ev, participants=parts, countries=tuple(countries),
                         confidence=0.3, explain=(("trigger", "pair list"), ("rule", "list:pairs->agreement"),
                                                  ("form", "list-item"), ("date_rule", "none"))))
    return out


def _sister_cities(page: Page, s: Sentence) -> list[tuple[tuple[Participant, ...], list[str]]]:
    """'X의 A·B, Y의 C, Z D 등': the cities named after a country, each with its country."""
    home = next((p for p in page.parties(s.begin, s.stop) if p.country == "KR" and p.kind == "org"), None)
    if home is None:
        home = next((Participant(name=m.text, kind="org", country="KR") for m in page.places(s.begin, s.stop)
                     if m.country == "KR" and m.kind == "place"), None)
    out = []
    country: str | None = None
    for m in re.finditer(r"[^,、]+", s.text):
        chunk = m.group().strip()
        found = None  # the last country named in the piece, as a word: "해외 도시는 몽골의 다르항"
        for f in country_word().finditer(chunk):
            found = f
        if found:
            country, chunk = country_codes()[found.group(1)], chunk[found.end():]
        elif len(chunk) > 14:
            country = None
            continue
        for city in re.split(r"[·∙ㆍ]", chunk):
            city = re.sub(r"\s*(?:등|을 비롯하여|를 비롯하여|이다|입니다|\d+개).*$", "", city).strip()
            if country and country != "KR" and re.fullmatch(r"[가-힣]{2,8}(?: [가-힣]{2,6})?", city):
                parts = (home, Participant(name=city, kind="org", country=country)) if home else \
                    (Participant(name=city, kind="org", country=country),)
                out.append((parts, ["KR", country]))
    return out if len(out) >= 3 else []


def absorb(events: tuple[Event, ...], listed: list[Event]) -> tuple[Event, ...]:
    """Drop the clause reader's agreement that took a whole list's cities or instruments as one."""
    spans = {(e.evidence.begin, e.evidence.stop) for e in listed}
    return tuple(e for e in events if not (e.type == "agreement" and (e.evidence.begin, e.evidence.stop) in spans))
