"""How the list reader's items join the clause reader's events (used by :mod:`coopgraph.extract.chronology`):
an item already read is not added again but gives its finer date, its own place and the parties of
its own item; the same happening told again in another list of the page is one event.
"""

from __future__ import annotations

from dataclasses import replace

from coopgraph.records import DateExpr, Event, Participant


def _overlap(a: DateExpr | None, b: DateExpr | None) -> bool:
    if a is None or b is None or not a.start or not b.start:
        return False
    a0, a1 = a.start, a.end or a.start
    b0, b1 = b.start, b.end or b.start
    return a0[:len(b1)] <= b1 and b0[:len(a1)] <= a1  # compared at the precision each gives


def _spans_meet(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def combine(events: tuple[Event, ...], new: list[Event]) -> tuple[Event, ...]:
    """Add the list events the clause reader did not read; split the parties of an event that
    took those of several items of its sentence."""
    old = list(events)
    used: set[int] = set()
    added: list[Event] = []
    for ev in new:
        span = (ev.evidence.begin, ev.evidence.stop)
        same = [i for i, o in enumerate(old) if o.type == ev.type and _overlap(o.date, ev.date)
                and i not in used and (_spans_meet(span, (o.evidence.begin, o.evidence.stop))
                                       or _share(o.participants, ev.participants) and _same_place(o, ev))]
        if not same and ev.date is not None:
            # the clause reader's act of the same kind in this very sentence, with the parties of this item and
            # a date no item of the sentence has, is this item misdated ("1992.1 수교 / 1993.5 X 대사관 개설")
            dates = {(x.date.start, x.date.end) for x in new if x.date is not None and x.evidence.begin == ev.evidence.begin}
            same = [i for i, o in enumerate(old) if o.type == ev.type and o.date is not None and i not in used
                    and (o.date.start, o.date.end) not in dates and ev.participants and _share(o.participants, ev.participants)
                    and _spans_meet(span, (o.evidence.begin, o.evidence.stop))]
            if same:
                old[same[0]] = replace(old[same[0]], date=ev.date)
        if not same and ev.date is not None:
            # the clause reader's undated act of the same kind in this very sentence is this item
            same = [i for i, o in enumerate(old) if o.type == ev.type and o.date is None and i not in used
                    and _spans_meet(span, (o.evidence.begin, o.evidence.stop))]
            if same:
                old[same[0]] = replace(old[same[0]], date=ev.date)
        if same:
            i = same[0]
            used.add(i)
            o = old[i]
            items_here = [x for x in new if x.type == o.type and x.evidence.begin == ev.evidence.begin]
            # the event took the parties of several items (of its sentence, or of the lines it ran over)
            items_shared = [x for x in new if x.type == o.type and x.participants and _share(o.participants, x.participants)]
            if ev.participants and ((len(items_here) >= 2 and _spans_meet(span, (o.evidence.begin, o.evidence.stop)))
                                    or len(items_shared) >= 2):
                keep = tuple(p for p in o.participants if _share((p,), ev.participants))
                # and the item's own parties the clause did not take ("일본 도쿄(1988.9.3)와": 도쿄)
                keep = keep + tuple(p for p in ev.participants if p.country not in (None, "KR") and not _share(keep, (p,)))
                mine = {p.country for p in keep} | set(ev.countries) | {"KR"}
                old[i] = o = replace(o, participants=keep, countries=tuple(c for c in o.countries if c in mine))
            if len(items_here) >= 2 and ev.location and o.location and ev.location.country != o.location.country \
                    and _spans_meet(span, (o.evidence.begin, o.evidence.stop)):
                # "1991.10 X 방한; 1999.5 Y 몽골 방문": the clause took a place told for another item of the line
                old[i] = o = replace(o, location=ev.location)
            if _finer(ev.date, o.date) and _spans_meet(span, (o.evidence.begin, o.evidence.stop)):
                old[i] = o = replace(o, date=ev.date)  # the item tells the day the clause told as a year
            home = [p for p in ev.participants if p.country == "KR" and not _share(o.participants, (p,))]
            if home and o.type == "agreement" and not any(p.country == "KR" for p in o.participants) and \
                    _spans_meet(span, (o.evidence.begin, o.evidence.stop)):
                # the Korean side the list's heading names ("X대학교 국제교류 연혁" over "- 3.5 Y와 협정 체결")
                old[i] = o = replace(o, participants=(home[0], *o.participants))
            if _spans_meet(span, (o.evidence.begin, o.evidence.stop)) and \
                    (not set(ev.countries) <= set(o.countries) or (o.location is None and ev.location)):
                # the clause missed a side the item has from the page's pair ("한-베트남 공동위원회")
                old[i] = o = replace(o, countries=tuple(dict.fromkeys(o.countries + ev.countries)),
                                     location=o.location or ev.location)
            continue
        # the same happening told again in another list of the page (a summary and a table)
        twin = next((j for j, a in enumerate(added) if a.type == ev.type and _overlap(a.date, ev.date)
                     and a.evidence.begin != ev.evidence.begin and _share(a.participants, ev.participants)), None)
        if twin is not None:
            a = added[twin]
            if _finer(ev.date, a.date):
                added[twin] = replace(a, date=ev.date)  # the finer telling dates it
            continue
        added.append(ev)
    out = old
    for ev in added:  # in text order, the events read before keeping theirs
        at = max((i + 1 for i, o in enumerate(out) if o.evidence.begin <= ev.evidence.begin), default=0)
        out.insert(at, ev)
    return tuple(out)


def _same_place(a: Event, b: Event) -> bool:
    """The two events are not placed in different countries (a visit to Mongolia is not one to Korea)."""
    ca = a.location.country if a.location else None
    cb = b.location.country if b.location else None
    return not (ca and cb and ca != cb)


def _finer(new: DateExpr | None, old: DateExpr | None) -> bool:
    """``new`` names one month or day inside the coarser ``old`` (not a stretch such as 상반기, which
    the clause reader reads as its year on purpose)."""
    if new is None or old is None or not new.start or not old.start or len(new.start) <= len(old.start):
        return False
    return (new.end or new.start) == new.start or len(new.start) == 10


def _share(a: tuple[Participant, ...], b: tuple[Participant, ...]) -> bool:
    keys = {p.name for p in a} | {x for p in a for x in p.aliases}
    return any(p.name in keys or any(x in keys for x in p.aliases) for p in b)
