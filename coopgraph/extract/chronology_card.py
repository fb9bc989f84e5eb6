"""Event cards: a title over labelled rows (used by :mod:`coopgraph.extract.chronology`).

Archives of summit diplomacy and event notices tell one happening as a title line over labelled
rows ("○ 일시 : 2012년 2월 4일 ~ 2월 11일", "○ 장소 : 터키, 사우디, 카타르"). A trip whose place row
names several countries is one visit to each of them, dated by the date row, made by the traveller
the page names for any leg of the trip (the clause reader reads a leg told in prose).
"""

from __future__ import annotations

import re

from coopgraph.extract.chronology_dates import _BULLET
from coopgraph.extract.chronology_page import Page, country_codes
from coopgraph.records import DateExpr, Event, Evidence, Participant, Sentence

_DATE_ROW = re.compile(r"(?:일\s?시|일\s?자|기\s?간|날\s?짜)\s*[:：]")
_PLACE_ROW = re.compile(r"(?:장\s?소|방문\s?국가?|순방\s?국가?|방문\s?지|순방\s?지|방문\s?도시)\s*[:：]\s*")
_LABEL_ROW = re.compile(r"[가-힣\s]{1,8}[:：]")
_SEP = re.compile(r"\s*(?:[,，、/·ㆍ]|및|와|과)\s*")


def _label(page: Page, s: Sentence, row: re.Pattern) -> int | None:
    """Where the value of a row labelled by ``row`` starts in ``s`` (None when ``s`` is no such row)."""
    lead = _BULLET.match(page.text, s.begin)
    m = row.match(page.text, lead.end() if lead else s.begin, s.stop)
    return m.end() if m else None


def _countries(page: Page, b: int, e: int) -> list[str]:
    """The codes of the countries a place row lists, one per listed name, in order ("터키, 사우디")."""
    codes = country_codes()
    out: list[str] = []
    for part in _SEP.split(page.text[b:e].strip()):
        code = codes.get(part.strip(" .()"))
        if code is None:
            return []  # a venue or a city: not a row of countries
        if code not in out:
            out.append(code)
    return out


def tour_visits(page: Page, sentences: list[Sentence], events: tuple[Event, ...]) \
        -> tuple[list[Event], set[int], list[tuple[int, int]]]:
    """One visit per country of a trip card's place row, in the row's order; the indices of the
    clause reader's events that were legs of it (told again as the card's, with their own place);
    the spans of the cards read (whose rows are no list items of their own)."""
    out: list[Event] = []
    taken: set[int] = set()
    cards: list[tuple[int, int]] = []
    text = page.text
    for i, s in enumerate(sentences):
        at = _label(page, s, _DATE_ROW)
        if at is None:
            continue
        dates = [d for d in page.dates if s.begin <= d.begin and d.stop <= s.stop and d.start]
        if len(dates) != 1:
            continue
        date: DateExpr = dates[0]
        block = [s]  # the card's labelled rows around the date row
        for j in range(i - 1, max(-1, i - 4), -1):
            if not _LABEL_ROW.match(text, _BULLET.match(text, sentences[j].begin).end(), sentences[j].stop):
                title = sentences[j]
                break
            block.insert(0, sentences[j])
        else:
            continue
        block += [x for x in sentences[i + 1:i + 4]
                  if _LABEL_ROW.match(text, _BULLET.match(text, x.begin).end(), x.stop)]
        places = [(x, _label(page, x, _PLACE_ROW)) for x in block]
        codes = next((_countries(page, v, x.stop) for x, v in places if v is not None), [])
        if len(codes) < 2 or not any(typ == "visit" for typ, _h, _o in page.acts(title.begin, title.stop)):
            continue
        legs = {k: ev for k, ev in enumerate(events) if ev.type == "visit" and ev.date is not None and ev.date.start
                and date.start <= ev.date.start[:10] <= (date.end or date.start)}
        # the clause reader's visit read in the card itself (its title "X 국빈방문 및 3개국 순방") is the trip's
        told = {k for k, ev in enumerate(events) if ev.type == "visit"
                and title.begin <= ev.evidence.begin < block[-1].stop}
        taken |= told
        cards.append((title.begin, block[-1].stop))
        travellers: tuple[Participant, ...] = next((ev.participants for k, ev in sorted(legs.items()) + [
            (k, events[k]) for k in sorted(told)] if ev.participants), ())
        home = {p.country for p in travellers if p.country} or {"KR"}
        for code in codes:
            if code in home:
                continue
            leg = next((k for k, ev in legs.items() if ev.location is not None and ev.location.country == code), None)
            if leg is not None:
                taken.add(leg)
            out.append(Event(
                type="visit", evidence=Evidence(sentence=text[title.begin:title.stop], begin=title.begin,
                                                stop=title.stop),
                date=date, location=events[leg].location if leg is not None else page.country_place(code),
                participants=events[leg].participants or travellers if leg is not None else travellers,
                countries=tuple(dict.fromkeys([*sorted(home), code])), confidence=0.5,
                explain=(("trigger", "card"), ("form", "list-card"), ("rule", "card:places->visit"),
                         ("date_rule", date.rule))))
    return out, taken, cards
