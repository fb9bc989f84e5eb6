"""Figures (121건, 14개 기관, 160만 달러). PLACEHOLDER."""

from __future__ import annotations

from coopgraph.records import Figure


def find_figures(text: str) -> tuple[Figure, ...]:
    return ()
