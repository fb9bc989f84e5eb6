"""Events from chronologies and lists: one dated item, one event.

Relations-history pages, sister-city lists and agreement tables flattened to text
tell many happenings in one sentence or one line each ("2003년 5월 총리가 방한하였으며,
2005년 9월에는 외교장관 ...", "2019.4.9 투자보장협정"), with the predicate shared across
the list. The clause reader in :mod:`coopgraph.extract.events` finds one event per
clause; this stage adds the items it missed.
"""

from __future__ import annotations

from coopgraph.records import Analysis, Event


def add_list_events(analysis: Analysis, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Return ``events`` plus one event per dated list item not already among them."""
    return events
