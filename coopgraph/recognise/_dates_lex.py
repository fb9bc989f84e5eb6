"""Lexicon and compiled patterns for the date normaliser, built once per process.

The words come from ``coopgraph/data/dates.yaml``; this module only turns
them into regular expressions and lookup tables. Everything is built lazily on
first use (:func:`lexicon`), so importing the module costs nothing and the
result is rebuilt in each worker process of a parallel run.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

WS = r"[ \t\u00a0\u3000]"  # blanks inside a line; a date never spans a line break
CONN = r"[~∼～〜–—‐-]"  # range connectors between numbers


def _alt(words: list[str] | set[str], spaces: bool = False) -> str:
    """A regex alternation, longest first; a space in a word matches an optional blank."""
    out = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = [re.escape(p) for p in w.split(" ")]
        out.append((WS + "?").join(parts) if spaces else re.escape(w))
    return "|".join(out)


@dataclass(frozen=True, slots=True)
class Lexicon:
    particles: re.Pattern[str]  # fullmatch: a run of particles (or nothing)
    unit_word: re.Pattern[str]  # fullmatch: a counter/unit/negative noun plus particles
    duration: re.Pattern[str]  # match at a position: a duration word after a day
    not_before_bare: frozenset[str]
    directions: dict[str, int]
    relative: dict[str, dict[str, Any]]  # key with spaces removed -> spec
    relative_not_before: tuple[str, ...]
    year_parts: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    weekdays: dict[str, int]
    trigger: re.Pattern[str]  # where an expression may begin
    keyword: re.Pattern[str]  # a relative or direction word at a position
    year_part: re.Pattern[str]  # blanks + a year part at a position
    month_part: re.Pattern[str]
    paren: re.Pattern[str]  # blanks + "(화)" / "(현지시간)"
    weekday: re.Pattern[str]
    year_suffix: re.Pattern[str]  # "2019학년도": words glued to a bare year that keep it a year
    time_gap: re.Pattern[str]  # match at a position: blanks + a time of day ("오전 10시 30분", "14:00")
    span_len: re.Pattern[str]  # match after "부터": a length (groups num/unit or word) and its closing word
    span_words: dict[str, tuple[str, int]]  # key with spaces removed -> (unit, count)
    span_units: dict[str, str]
    report_before: re.Pattern[str]  # search at the end of the text before a bare day
    report_after: re.Pattern[str]  # match after a bare day
    weekday_notes: frozenset[str]  # bracketed notes that are weekdays ("(목)")


def _load() -> dict[str, Any]:
    from coopgraph.text.yamlfile import data_yaml  # libyaml's parser, the file parsed once a process

    return data_yaml("dates.yaml")


@functools.cache
def lexicon() -> Lexicon:
    d = _load()
    particles = [str(p) for p in d["particles"]]
    part_alt = _alt(particles)
    units = [str(u) for u in d["units"]] + [str(n) for n in d["negative_nouns"]]
    relative = {str(k).replace(" ", ""): dict(v) for k, v in d["relative"].items()}
    directions = {str(k): int(v) for k, v in d["directions"].items()}
    rel_keys = [str(k) for k in d["relative"]]
    keyword = re.compile(
        "(?:" + _alt(rel_keys, spaces=True) + ")|(?P<dir>" + _alt(list(directions)) + f")(?={WS}*\\d)"
        + f"|(?P<short>올)(?={WS}+(?:\\d{{1,2}}{WS}?월|상반기|하반기|[1-4]{WS}?분기|초(?![가-힣])|초에|연말|말(?![가-힣])|말에|말까지))")
    trigger = re.compile(r"\d|['’‘`]\d|" + keyword.pattern)
    year_parts = {str(k): (int(v[0]), int(v[1])) for k, v in d["year_parts"].items()}
    month_parts = {str(k): (int(v[0]), int(v[1])) for k, v in d["month_parts"].items()}
    weekdays = {str(k): int(v) for k, v in d["weekdays"].items()}
    span_words = {str(k).replace(" ", ""): (str(v[0]), int(v[1])) for k, v in d["duration_words"].items()}
    span_units = {str(k): str(v) for k, v in d["duration_units"].items()}
    span_len = re.compile(
        f"{WS}*(?:(?P<num>\\d{{1,3}}){WS}?(?P<unit>{_alt(list(span_units))})|(?P<word>"
        + _alt([str(k) for k in d["duration_words"]], spaces=True)
        + f")){WS}*(?:{_alt([str(w) for w in d['duration_close']])})(?![가-힣])")
    time_gap = re.compile(
        f"{WS}*(?:(?:{_alt([str(w) for w in d['time_words']])}){WS}*)?\\d{{1,2}}"
        f"(?:{WS}?시(?:{WS}*\\d{{1,2}}{WS}?분)?|:\\d{{2}})")
    notes = _alt([str(p) for p in d["paren_notes"]], spaces=True)
    return Lexicon(
        particles=re.compile(f"(?:{part_alt})*"),
        unit_word=re.compile(f"(?:{_alt(units)})(?:{part_alt})*"),
        duration=re.compile(f"{WS}*(?:{_alt([str(w) for w in d['duration_after']])})(?![가-힣])"),
        not_before_bare=frozenset(str(w) for w in d["not_before_bare"]),
        directions=directions,
        relative=relative,
        relative_not_before=tuple(str(w) for w in d["relative_not_before"]),
        year_parts=year_parts,
        month_parts=month_parts,
        weekdays=weekdays,
        trigger=trigger,
        keyword=keyword,
        year_part=re.compile(f"{WS}*({_alt(list(year_parts), spaces=True)})"),
        month_part=re.compile(f"{WS}*({_alt(list(month_parts))})"),
        paren=re.compile(f"{WS}*[(（]{WS}*({notes})(?:{WS}*[·,/]{WS}*(?:{notes}))*(?:{WS}*기준)?"
                         f"(?:{WS}+[^()（）\\n]{{1,14}}?)?{WS}*[)）]"),
        weekday=re.compile(f"{WS}*({_alt(list(weekdays))})"),
        year_suffix=re.compile(f"(?:{_alt([str(w) for w in d['bare_year_suffixes']])})(?:{part_alt})*(?![가-힣])"),
        time_gap=time_gap,
        weekday_notes=frozenset(str(w) for w in d["weekday_notes"]),
        span_len=span_len,
        span_words=span_words,
        span_units=span_units,
        report_before=re.compile(f"(?:{_alt([str(w) for w in d['report_before']])}){WS}*$"),
        report_after=re.compile(f"{WS}*(?:[가-힣]+{WS}+){{0,3}}?(?:{_alt([str(w) for w in d['report_verbs']])})"),
    )
