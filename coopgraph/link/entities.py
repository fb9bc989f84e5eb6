"""Linking mentions to canonical entities. PLACEHOLDER."""

from __future__ import annotations

from coopgraph.records import Entity, Mention


def link_mentions(mentions: tuple[Mention, ...], text: str) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    return mentions, ()
