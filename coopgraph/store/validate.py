"""Checks of query values shared by the CLI and the Python API (EventFilter).

Every check raises ValueError with a message a user can act on; the CLI turns
it into a usage error (exit 2).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from coopgraph.store.protocol import EventFilter

TYPES = ("agreement", "meeting", "visit", "forum", "opening", "project", "award")
STATUSES = ("happened", "planned")
MAX_QUERY = 10_000  # characters of a --text/--org/--location value; no evidence sentence is longer


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> English name (data/iso3166.yaml)."""
    return yaml.safe_load((files("coopgraph") / "data" / "iso3166.yaml").read_text(encoding="utf-8"))


def country(value: str) -> str:
    code = (value or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValueError(f"not an ISO 3166-1 alpha-2 country code: {value!r} (e.g. KR, UZ)")
    if code not in countries():
        raise ValueError(f"unknown country code {code!r} (ISO 3166-1 alpha-2, e.g. KR, UZ)")
    return code


def pair(value: str | tuple[str, str] | list[str]) -> tuple[str, str]:
    if isinstance(value, str):
        m = re.fullmatch(r"\s*([A-Za-z]{2})\s*[-_/,]\s*([A-Za-z]{2})\s*", value)
        if not m:
            raise ValueError(f"not a country pair like KR-UZ: {value!r}")
        value = (m.group(1), m.group(2))
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise ValueError(f"a pair is two country codes, e.g. 'KR-UZ' or ('KR', 'UZ'), not {value!r}")
    return country(value[0]), country(value[1])


def when(value: str) -> str:
    from coopgraph.link.fusion import interval

    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) or interval(value) is None:
        raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {value!r}")
    return value


def text(value: str, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, not {type(value).__name__}")
    if "\x00" in value:
        raise ValueError(f"{name} contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{name} is not valid UTF-8 (position {exc.start})") from None
    if len(value) > MAX_QUERY:
        raise ValueError(f"{name} is {len(value)} characters long; at most {MAX_QUERY} are allowed")
    if not value.strip():
        raise ValueError(f"{name} is empty")
    return value


def check_filter(flt: EventFilter) -> dict[str, Any]:
    """The normalised values of a filter's fields (only those that change)."""
    from coopgraph.link.fusion import interval

    out: dict[str, Any] = {}
    if flt.country is not None:
        out["country"] = country(flt.country)
    if flt.pair is not None:
        out["pair"] = pair(flt.pair)
    if flt.type is not None and flt.type not in TYPES:
        raise ValueError(f"unknown event type {flt.type!r} (one of {', '.join(TYPES)})")
    if flt.status is not None and flt.status not in STATUSES:
        raise ValueError(f"unknown status {flt.status!r} (happened or planned)")
    for name in ("org", "text", "location"):
        if getattr(flt, name) is not None:
            text(getattr(flt, name), name)
    for name in ("date_from", "date_to"):
        if getattr(flt, name) is not None:
            when(getattr(flt, name))
    if flt.date_from and flt.date_to and interval(flt.date_from)[0] > interval(flt.date_to)[1]:
        raise ValueError(f"date_from {flt.date_from} is after date_to {flt.date_to}")
    if not isinstance(flt.min_sources, int) or flt.min_sources < 1:
        raise ValueError(f"min_sources must be a whole number >= 1, not {flt.min_sources!r}")
    if flt.min_confidence is not None:
        c = float(flt.min_confidence)
        if not 0.0 <= c <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, not {flt.min_confidence!r}")
        out["min_confidence"] = c
    return out
