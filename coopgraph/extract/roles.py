"""Roles of participants (signer, host, visitor, organiser, recipient, giver).

Where the text says it, a participant carries the role it plays in the event, as
GDELT/PLOVER users expect an actor and a recipient.
"""

from __future__ import annotations

from coopgraph.records import Analysis, Event


def assign_roles(analysis: Analysis, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Return ``events`` with each participant's role set where the text says it."""
    return events
