"""Arguments carried over between acts after the reading: place from the act an act happened
in, participants from the event before (SPEC.md section 3, step 4).
"""

from __future__ import annotations

import re
from dataclasses import replace

from coopgraph.extract.base import Cand, _add
from coopgraph.extract.merge import dates_overlap
from coopgraph.extract.place import _referenced_act, _trip_of
from coopgraph.extract.triggers import Lexicon


def _same_years(a: Cand, b: Cand) -> bool:
    """Two acts told in different years ('1882년 … 조약을 체결했다. 1883년 … 조약에 서명하게 되었다') are not one
    occasion: the parties of the one are no parties of the other. An undated act may belong to any;
    a dated act takes no parties from an undated one."""
    if b.date is None or not b.date.start:
        return True
    if a.date is None or not a.date.start:
        return False  # an undated state ('대사관을 개설하고 있다') is no occasion a dated act belongs to
    return _years(a)[0] <= _years(b)[1] and _years(b)[0] <= _years(a)[1]


def _years(c: Cand) -> tuple[str, str]:
    """The years an act's date spans; one told from a year on ('1998년부터 정기적으로') runs to now."""
    de = c.date
    if c.open_ended or ("부터" in (de.text or "") and "까지" not in (de.text or "")):
        return de.start[:4], "9999"
    return de.start[:4], (de.end or de.start)[:4]


def _inherit(cands: list[Cand], text: str, lex: Lexicon, news_like: bool = False) -> None:
    """Carry arguments over from the event before.

    - An event with no participants takes the organisations of the event before it
      (same paragraph, or the paragraph before when the sentence opens with 또/또한/이어).
    - A sentence opening with 또/또한/아울러 continues the actor of the last event of the
      same type: its organisations join.
    - "포럼의 일환으로 ... 회의가 열렸다": an event naming the event before takes its place.
    """
    for i, c in enumerate(cands):
        if i == 0:
            continue
        prev = cands[i - 1]
        if c.location is None and c.placed_in is not None and c.placed_in.location is not None \
                and c.type != "visit":
            c.location = c.placed_in.location
            c.cues.append("location:within-named-act")
        if c.location is None and prev.location is not None and prev.para == c.para:
            noun = prev.trigger.governed.noun if prev.trigger.governed else None
            if noun and noun in text[c.sentence[0]:c.trigger.begin]:
                c.location = prev.location
                c.cues.append("location:part-of-event-before")
        if c.location is None:
            host = _referenced_act(cands[:i], c, text, lex)
            if host is not None and (host.date is None or c.date is None or dates_overlap(host.date, c.date)):
                c.location = host.location
                c.cues.append("location:referenced-act")
        if c.location is None and c.type != "visit":
            trip = _trip_of(cands[:i], c, text)
            if trip is not None:
                c.location = trip.location
                c.cues.append("location:during-visit")
        if c.type == "award":
            continue
        opening = text[c.sentence[0]:c.sentence[0] + 6].lstrip()
        cont = any(opening.startswith(w + " ") or opening.startswith(w + ",") for w in lex.continuation)
        if cont:
            same = next((p for p in reversed(cands[:i]) if p.type == c.type and p.sentence != c.sentence
                         and c.para - p.para <= 2), None)
            if same is not None:
                for p in same.participants:
                    if p.kind == "org":
                        _add(c.participants, p)
                c.cues.append("participants:continued")
        if c.participants or "participants:unnamed" in c.cues:
            continue
        if c.type == "visit" and prev.type == "visit" and c.location is not None and prev.location is not None \
                and c.location.country and prev.location.country and c.location.country != prev.location.country:
            continue  # '몽골의 대통령은 ... 한국을 방문하였다' after visits to Mongolia: the other way, other visitors
        if c.type != "project" and not _same_years(prev, c):
            continue  # a project's years are its run, often after the act that set it up
        if prev.para == c.para or (cont and prev.para == c.para - 1) or (news_like and c.type == "project"):
            orgs = [p for p in prev.participants if p.kind == "org"] or list(prev.participants)
            c.participants.extend(orgs)
            if orgs:
                c.cues.append("participants:inherited")


def _place_key(loc) -> str:
    """One key for every spelling of a place ('싱가폴', '싱가포르'): its knowledge-base entry, else its name."""
    from coopgraph.link.kb import load_kb

    ids = load_kb().lookup(loc.name)
    return sorted(ids)[0] if len(ids) == 1 else loc.name


def same_day_places(cands: list[Cand]) -> None:
    """An act with no place of its own, told on a day when the page places its other acts in one
    city, happened there ('… 18일 아부다비에서 정상회담' … '이날 양국은 MOU를 체결했다').

    Only exact days count (a month or a year is too wide), and only when every placed act of that
    day agrees; a visit's place is its destination, the place of the acts on the trip.
    """
    by_day: dict[str, set[str]] = {}
    where: dict[str, object] = {}
    for c in cands:
        if c.location is not None and c.date is not None and len(c.date.start or "") == 10 and not c.weak_date:
            day = c.date.start
            by_day.setdefault(day, set()).add(_place_key(c.location))
            where.setdefault(day, c.location)
    for c in cands:
        if c.location is not None or c.date is None or len(c.date.start or "") != 10 or c.weak_date:
            continue
        names = by_day.get(c.date.start)
        if names is not None and len(names) == 1:
            c.location = where[c.date.start]
            c.cues.append("location:same-day")


_ATTENDED = re.compile(r"참가|참석|참여")


def delegation_visits(cands: list[Cand], text: str, lex: Lexicon) -> list[Cand]:
    """'박 총장을 비롯한 싱가포르 방문단이 한인회관에서 간담회를 개최했다', '장관 등 정부 특사단은 7일 프라하에서
    총리를 면담하고': a group named by its trip (방문단, 특사단) acting at a place in another country than its
    own side's has travelled there: one visit for the trip, with the act's Korean-side parties, place and
    date, unless the page tells a visit there on those dates already."""
    if not lex.visit_groups:
        return cands
    groups = "|".join(map(re.escape, lex.visit_groups))
    subject = re.compile(rf"(?:{groups})(?:은|는|이|가|과|와|도)(?![가-힣])")
    out = list(cands)
    for c in cands:
        if c.type == "visit" or c.location is None or not c.location.country or c.status != "happened":
            continue
        m = subject.search(text[c.clause[0]:c.trigger.begin])
        if m is None or c.trigger.cls == "attend" or _ATTENDED.search(text, c.clause[0] + m.end(), c.trigger.begin):
            continue  # '특사단이 참가한 가운데 포럼을 개최했다': a delegation only attending is no visit (ANNOTATE.md)
        abroad = c.location.country != "KR"
        home = [p for p in c.participants if (p.country == "KR") == abroad or p.country is None]
        if not home:
            continue
        if any(v.type == "visit" and v.location is not None and v.location.country == c.location.country
               and dates_overlap(v.date, c.date) for v in out):
            continue
        visit = replace(c, type="visit", participants=list(home), cues=[*c.cues, "visit:delegation-abroad"],
                        countries=set(c.countries), figures=[], told_again=[], merged=0)
        out.insert(out.index(c), visit)
    return out
