"""Korean date expressions. PLACEHOLDER until the dates work lands."""

from __future__ import annotations

from datetime import date

from coopgraph.records import DateExpr


def find_dates(text: str, ref: date | None = None) -> tuple[DateExpr, ...]:
    return ()
