"""The boilerplate vocabulary from ``coopgraph/data/boilerplate.yaml``, compiled once.

Loaded lazily on first use (never at import time) and cached per process;
the result is immutable so threads and worker processes can share it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

_SPACES = re.compile(r"\s+")

# lines up to this long keep their answers in a line_cache (memory stays bounded: a page of one
# megabyte-long line must not be held 4,096 times over)
_CACHED_CHARS = 400


def line_cache(fn):
    """``fn`` (a pure function of one line) answering a line of up to :data:`_CACHED_CHARS` characters
    from an LRU cache of 2,048 lines: the cleaner's readers ask several times of one line."""
    cached = functools.lru_cache(maxsize=2048)(fn)

    @functools.wraps(fn)
    def answer(line: str):
        return cached(line) if len(line) <= _CACHED_CHARS else fn(line)

    answer.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return answer


@line_cache  # a line is folded by several readers (its label, features, kind)
def fold(s: str) -> str:
    """Matching key: no whitespace, case folded."""
    return _SPACES.sub("", s).casefold()


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern for "one of ``words`` occurs in s": ``any_of(ws).search(s)`` is true exactly when
    ``any(w in s for w in ws)`` is (one scan of s instead of one per word; no words: never true)."""
    alts = sorted({re.escape(w) for w in words}, key=lambda w: (-len(w), w))
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!)")


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


@dataclass(frozen=True)
class Finders:
    """The marker lists that are searched inside a line, each as one pattern (:func:`any_of`)."""

    copyright: re.Pattern[str]
    footer: re.Pattern[str]
    site_notices: re.Pattern[str]
    site_labels: re.Pattern[str]
    temperature_units: re.Pattern[str]
    ticker_symbols: re.Pattern[str]
    nav_prefixes_folded: tuple[str, ...]  # Markers.nav_prefixes case-folded, in their order


@functools.cache
def load_finders() -> Finders:
    mk = load_markers()
    return Finders(copyright=any_of(mk.copyright), footer=any_of(mk.footer), site_notices=any_of(mk.site_notices),
                   site_labels=any_of(mk.site_labels), temperature_units=any_of(mk.temperature_units),
                   ticker_symbols=any_of(mk.ticker_symbols),
                   nav_prefixes_folded=tuple(p.casefold() for p in mk.nav_prefixes))
