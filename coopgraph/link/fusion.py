"""Cross-document fusion: many reports of one happening -> one canonical event.

The rules are pure functions over small views so they can be tested without a
database; :mod:`coopgraph.store` fetches the candidates (blocked by type, date
window and shared entities) and applies :func:`best_match` and :func:`fuse`.

Matching a new event mention ``m`` against a canonical event ``c``:

1. same type;
2. compatible dates: both dated and their intervals overlap once each side is
   widened to its own precision ("2019-04" covers April, "2019" the year);
   an undated mention is placed in a window around its document's date and
   then needs two shared participants (there is nothing else to go on);
3. at least one shared canonical entity, or the same place;
4. no contradiction: the country sets do not exclude each other, and for
   ``agreement``/``award`` (two MOUs signed the same day by one institute are
   two events) no country on which both sides name participants disagrees;
5. two events of the *same* document only merge when their dates are equal:
   the extractor already merged what it could, so a leftover pair from one
   page is more likely two happenings than one.

The canonical value of a merged event comes from all its mentions: the most
precise date wins (then the best supported, then the widest range), the
commonest place, the union of participants and countries.
"""

from __future__ import annotations

import calendar
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

STRICT_TYPES = frozenset({"agreement", "award"})
UNDATED_WINDOW_BEFORE = timedelta(days=60)  # a report usually follows its event
UNDATED_WINDOW_AFTER = timedelta(days=30)  # ... or announces it shortly before


def name_key(name: str | None) -> str:
    """Comparison key of a name: NFKC, case folded, letters and digits only.

    The same rule as the scorer (SPEC section 4): spaces, brackets and
    punctuation do not distinguish names. Idempotent: ``name_key(name_key(x)) == name_key(x)``.
    """
    if not name:
        return ""
    return "".join(ch for ch in unicodedata.normalize("NFKC", name).casefold() if ch.isalnum())


def precision(value: str | None) -> int:
    """0 undated, 1 year, 2 month, 3 day."""
    if not value:
        return 0
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0)


def _parse(value: str, last: bool) -> date | None:
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    try:
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
        if len(parts) == 2:
            day = calendar.monthrange(parts[0], parts[1])[1] if last else 1
            return date(parts[0], parts[1], day)
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def interval(start: str | None, end: str | None = None) -> tuple[date, date] | None:
    """The days a SPEC date covers, each bound widened to its own precision."""
    if not start:
        return None
    lo = _parse(start, last=False)
    hi = _parse(end or start, last=True)
    if lo is None or hi is None:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def overlaps(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def doc_window(doc_date: str | None) -> tuple[date, date] | None:
    """Where an undated event reported on ``doc_date`` probably happened."""
    day = interval(doc_date)
    if day is None:
        return None
    return day[0] - UNDATED_WINDOW_BEFORE, day[1] + UNDATED_WINDOW_AFTER


@dataclass(frozen=True, slots=True)
class MentionView:
    """One document's event, with participants already resolved to canonical ids."""

    doc_id: str
    type: str
    start: str | None
    end: str | None
    entities: frozenset[str]
    entity_countries: tuple[tuple[str, str | None], ...] = ()  # (entity id, country)
    countries: frozenset[str] = frozenset()
    place: str = ""  # name_key of the location
    doc_date: str | None = None

    @property
    def span(self) -> tuple[date, date] | None:
        return interval(self.start, self.end)

    def block(self) -> tuple[date, date] | None:
        """The date range used to look up candidates."""
        return self.span or doc_window(self.doc_date)


@dataclass(frozen=True, slots=True)
class CanonicalView:
    id: str
    type: str
    start: str | None
    end: str | None
    entities: frozenset[str]
    entity_countries: tuple[tuple[str, str | None], ...] = ()
    countries: frozenset[str] = frozenset()
    place: str = ""
    docs: frozenset[str] = frozenset()
    doc_dates: tuple[str, ...] = ()
    mention_dates: tuple[tuple[str, str | None, str | None], ...] = field(default=())  # (doc_id, start, end)

    @property
    def span(self) -> tuple[date, date] | None:
        return interval(self.start, self.end)


def _countries_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not (a <= b or b <= a)


def _participants_conflict(m: MentionView, c: CanonicalView) -> bool:
    by_country_m: dict[str, set[str]] = {}
    by_country_c: dict[str, set[str]] = {}
    for eid, cc in m.entity_countries:
        if cc:
            by_country_m.setdefault(cc, set()).add(eid)
    for eid, cc in c.entity_countries:
        if cc:
            by_country_c.setdefault(cc, set()).add(eid)
    return any(cc in by_country_c and not (ids & by_country_c[cc]) for cc, ids in by_country_m.items())


def match_score(m: MentionView, c: CanonicalView) -> float | None:
    """How well ``m`` fits ``c`` (higher is better), or None when they must stay apart."""
    if m.type != c.type:
        return None
    shared = m.entities & c.entities
    same_place = bool(m.place) and m.place == c.place
    if not shared and not same_place:
        return None
    if _countries_conflict(m.countries, c.countries):
        return None
    if m.type in STRICT_TYPES and _participants_conflict(m, c):
        return None
    if m.doc_id in c.docs:
        same = [(s, e) for d, s, e in c.mention_dates if d == m.doc_id]
        if any((s or None, e or s or None) != (m.start, m.end or m.start) for s, e in same):
            return None
    score = 2.0 * len(shared) + (1.0 if same_place else 0.0)
    m_span, c_span = m.span, c.span
    if m_span and c_span:
        if not overlaps(m_span, c_span):
            return None
        if m_span == c_span:
            score += 1.0
    else:
        # at least one side undated: place the undated side near its reports' dates
        m_block = m_span or doc_window(m.doc_date)
        c_blocks = [c_span] if c_span else [doc_window(d) for d in c.doc_dates]
        c_blocks = [b for b in c_blocks if b]
        if m_block is None and not c_blocks:
            pass  # nothing dated on either side: participants must carry it
        elif m_block is None or not any(overlaps(m_block, b) for b in c_blocks):
            return None
        if len(shared) < 2:
            return None
    return score


def best_match(m: MentionView, candidates: Iterable[CanonicalView]) -> CanonicalView | None:
    """The candidate ``m`` belongs to, or None for a new canonical event (ties: smallest id)."""
    best: float | None = None
    winner = None
    for c in sorted(candidates, key=lambda c: c.id):
        s = match_score(m, c)
        if s is not None and (best is None or s > best):
            best, winner = s, c
    return winner


@dataclass(frozen=True, slots=True)
class MentionRow:
    """What fusion needs of one stored mention to compute a canonical value."""

    doc_id: str
    start: str | None
    end: str | None
    date_text: str | None
    location: str | None
    location_country: str | None
    countries: tuple[str, ...]
    confidence: float
    status: str
    doc_date: str | None
    order: int = 0  # ingestion order, for stable ties


@dataclass(frozen=True, slots=True)
class Fused:
    start: str | None
    end: str | None
    date_text: str | None
    location: str | None
    location_country: str | None
    countries: tuple[str, ...]
    confidence: float
    status: str
    best: int  # index of the mention whose evidence represents the event
    first_seen: str | None
    last_seen: str | None
    block_lo: str | None
    block_hi: str | None


def fuse(mentions: Sequence[MentionRow]) -> Fused:
    """The canonical value of an event reported by ``mentions`` (at least one)."""
    if not mentions:
        raise ValueError("fuse() needs at least one mention")
    dated = [m for m in mentions if m.start and interval(m.start, m.end)]
    start = end = text = None
    if dated:
        support = Counter((m.start, m.end or m.start) for m in dated)

        def rank(m: MentionRow):
            span = interval(m.start, m.end)
            width = (span[1] - span[0]).days if span else 0
            return (min(precision(m.start), precision(m.end or m.start)), support[(m.start, m.end or m.start)],
                    width, -m.order)

        top = max(dated, key=rank)
        start, end, text = top.start, top.end or top.start, top.date_text
    places = Counter(name_key(m.location) for m in mentions if m.location and name_key(m.location))
    location = location_country = None
    if places:
        key = max(places, key=lambda k: (places[k], -min(m.order for m in mentions if name_key(m.location) == k)))
        first = min((m for m in mentions if m.location and name_key(m.location) == key), key=lambda m: m.order)
        location = first.location
        location_country = next((m.location_country for m in mentions
                                 if m.location and name_key(m.location) == key and m.location_country), None)
    countries = tuple(sorted({c for m in mentions for c in m.countries if c}))
    best = max(range(len(mentions)), key=lambda i: (mentions[i].confidence, -mentions[i].order))
    status = "happened" if any(m.status != "planned" for m in mentions) else "planned"
    seen = sorted(m.doc_date for m in mentions if m.doc_date)
    span = interval(start, end)
    if span is None:
        windows = [w for w in (doc_window(m.doc_date) for m in mentions) if w]
        span = (min(w[0] for w in windows), max(w[1] for w in windows)) if windows else None
    return Fused(start=start, end=end, date_text=text, location=location, location_country=location_country,
                 countries=countries, confidence=max(m.confidence for m in mentions), status=status, best=best,
                 first_seen=seen[0] if seen else None, last_seen=seen[-1] if seen else None,
                 block_lo=span[0].isoformat() if span else None, block_hi=span[1].isoformat() if span else None)


def pick_entity(candidates: Sequence[tuple[str, str, str | None]], kind: str,
                country: str | None) -> str | None:
    """Choose among existing entities ``(id, kind, country)`` sharing a name key.

    A different known country rules an entity out ("대사관" in Minsk is not the
    one in Tashkent); same kind beats another kind; then the oldest id.
    """
    ok = [c for c in candidates if not (country and c[2] and c[2] != country)]
    if not ok:
        return None
    ok.sort(key=lambda c: (c[1] != kind, c[0]))
    return ok[0][0]
