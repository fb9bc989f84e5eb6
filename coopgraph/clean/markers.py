"""The boilerplate vocabulary from ``coopgraph/data/boilerplate.yaml``, compiled once.

Loaded lazily on first use (never at import time) and cached per process;
the result is immutable so threads and worker processes can share it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


def fold(s: str) -> str:
    """Matching key: no whitespace, case folded."""
    return re.sub(r"\s+", "", s).casefold()


@dataclass(frozen=True)
class Markers:
    block_headings: frozenset[str]
    button_words: frozenset[str]
    english_nav: frozenset[str]
    copyright: tuple[str, ...]
    footer: tuple[str, ...]
    weather_words: tuple[str, ...]
    weather_credit: frozenset[str]
    temperature_units: tuple[str, ...]
    ticker_symbols: tuple[str, ...]
    byline_keywords: tuple[str, ...]
    byline_update_keywords: tuple[str, ...]
    release_keywords: tuple[str, ...]
    reporter_titles: tuple[str, ...]
    render_date_hints: tuple[str, ...]
    link_arrows: tuple[str, ...] = ()
    headline_tags: frozenset[str] = frozenset()
    nav_prefixes: tuple[str, ...] = ()
    attachment_markers: tuple[str, ...] = ()
    site_notices: tuple[str, ...] = ()
    site_labels: tuple[str, ...] = ()


@functools.cache
def load_markers() -> Markers:
    from coopgraph.text.yamlfile import data_yaml

    raw = data_yaml("boilerplate.yaml")

    def folded(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fold(str(x)) for x in raw.get(key) or ()))

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted((str(x) for x in raw.get(key) or ()), key=len, reverse=True))

    return Markers(
        block_headings=frozenset(folded("block_headings")),
        button_words=frozenset(folded("button_words")),
        english_nav=frozenset(folded("english_nav")),
        copyright=folded("copyright_markers"),
        footer=folded("footer_markers"),
        weather_words=longest_first("weather_words"),
        weather_credit=frozenset(folded("weather_credit")),
        temperature_units=tuple(raw.get("temperature_units") or ()),
        ticker_symbols=tuple(raw.get("ticker_symbols") or ()),
        byline_keywords=longest_first("byline_keywords"),
        byline_update_keywords=longest_first("byline_update_keywords"),
        release_keywords=longest_first("release_keywords"),
        reporter_titles=longest_first("reporter_titles"),
        render_date_hints=tuple(str(x).casefold() for x in raw.get("render_date_hints") or ()),
        link_arrows=tuple(str(x) for x in raw.get("link_arrows") or ()),
        headline_tags=frozenset(folded("headline_tags")),
        nav_prefixes=longest_first("nav_prefixes"),
        attachment_markers=longest_first("attachment_markers"),
        site_notices=folded("site_notices"),
        site_labels=folded("site_labels"),
    )
