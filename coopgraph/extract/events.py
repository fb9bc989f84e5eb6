"""Event extraction. PLACEHOLDER until the events work lands."""

from __future__ import annotations

from coopgraph.records import Analysis, Event


def extract_events(analysis: Analysis) -> tuple[Event, ...]:
    return ()
