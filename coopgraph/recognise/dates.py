"""Korean date expressions: find them with offsets and normalise them.

``find_dates(text, ref)`` returns every date expression in ``text`` as a
:class:`~coopgraph.records.DateExpr` whose ``start``/``end`` carry exactly the
precision the text gives ("2019", "2019-04", "2019-04-09").

How it works, in two passes:

1. **Find** (``_Finder`` in ``_dates_find``): a trigger regex stops at every digit and every
   relative word; a small cursor grammar then reads the longest expression
   there: numeric forms (2019.04.09, 2019-4-9, 19.04.09), Korean chains
   (2019년 4월 9일, 4월 9일, 9일), chains damaged by scraping that lost
   년/월/일 ("2017 4 9일", "2008 12"), ranges (9~13일, 9일부터 13일까지,
   2017-2019), parts (상반기, 초/중순/말) and relative words (지난해, 이달,
   지난 15일, 이날). Bare numbers are accepted only with plausible values and
   when no counter/unit follows ("13 대학", "160 달러" are not dates).
2. **Resolve** (``_resolve`` in ``_dates_resolve``), left to right: fields the text leaves out are
   filled from the reference date (``ref``, the document date) or, without
   one, from the latest date already resolved in the text (discourse).
   Anaphoric words (이날, 같은 날, 전날, 이듬해) point back to the latest date
   in the text first and fall back to ``ref``. Nothing is ever taken from the
   clock: without a reference, an expression that fixes no calendar date is
   returned with ``start = end = None``.

The words live in ``coopgraph/data/dates.yaml``; see ``_dates_lex``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from coopgraph.recognise._dates_find import _Finder
from coopgraph.recognise._dates_lex import lexicon
from coopgraph.recognise._dates_resolve import (
    _BACKGROUND_AFTER,
    Context,
    _Discourse,
    _from_date,
    _iso,
    _month_context,
    _resolve,
)
from coopgraph.records import DateExpr

__all__ = ["find_dates"]


def find_dates(text: str, ref: date | None = None) -> tuple[DateExpr, ...]:
    """Every date expression in ``text``, sorted by offset, non-overlapping.

    Args:
        text: any text (Korean news, scraped pages, damaged text).
        ref: the reference date (usually the document's publication date) for
            relative expressions such as 지난 15일 or 지난해. Without it the
            latest date already found in the text serves; the clock never does.

    Returns:
        A tuple of :class:`DateExpr`; ``start``/``end`` are None when the
        expression fixes no calendar date (e.g. "지난 15일" with no reference).
    """
    if not text:
        return ()
    lex = lexicon()
    cands = _Finder(text, lex).scan()
    ref_p = _from_date(ref) if ref is not None else None
    disc = _Discourse()
    out = []
    ctx: Context | None = None
    weekday_dated: list[tuple[int, int, int]] = []  # unresolved month-day dates, for a weekday's year
    for c in cands:
        c = _listed_month(text, c, out)
        month = _month_context(text, c, ctx, lex) if ref_p is not None else None
        if month is not None:
            val, relative = _resolve(c, month, disc)
        else:
            val, relative = _resolve(c, ref_p, disc)
        if val is not None:
            if val[0][1] is not None:
                # an itinerary: "다음 달 10일부터 …. 11일에는 …" (a bare "지난달" does not carry)
                carries = (c.kind == "month" and val[0][2] is not None) or (
                    month is not None and ctx is not None and ctx[2])
                ctx = (c.stop, val, carries)
            background = val[0][1] is None and (val[0] != val[1] or bool(_BACKGROUND_AFTER.match(text, c.stop))
                                                or bool(_SINCE_ACT.match(text, c.stop, min(len(text), c.stop + 40))))
            disc.add(val, explicit=not relative, background=background, shifted=c.kind == "day" and c.offset != 0)
            out.append(DateExpr(c.begin, c.stop, text[c.begin:c.stop], _iso(val[0]), _iso(val[1]), c.rule, relative))
        else:
            out.append(DateExpr(c.begin, c.stop, text[c.begin:c.stop], None, None, c.rule, relative))
            if c.lo[1] is not None and c.lo[2] is not None and c.lo[0] is None:
                weekday_dated.append((len(out) - 1, c.lo[1], c.lo[2]))
    for k, month, day in weekday_dated:
        out[k] = _by_weekday(out, k, month, day, lex)
    return tuple(out)


# a year an act the story runs on from was told in ('2015년 자매결연을 맺은 이후', '1993년 … 사업을 시작으로'):
# a background year, no context for a month and day told later
_SINCE_ACT = re.compile(r"[^.?!\n]*?[가-힣](?:(?:은|한|된|던)\s?(?:이후|이래|뒤로|후로)|(?:을|를)\s?(?:시작으로|필두로))(?![가-힣])")


_WEEKDAY_NOTE = re.compile(r"\(\s*([월화수목금토일])(?:요일)?\s*\)")


def _by_weekday(out: list[DateExpr], k: int, month: int, day: int, lex) -> DateExpr:
    """'8.11.(월)' on a page with no date of its own: the year the text names elsewhere on which that
    day is that weekday, when exactly one does (2014 of 2011 and 2014); else no year (issue 9)."""
    de = out[k]
    m = _WEEKDAY_NOTE.search(de.text)
    if m is None:
        return de
    wd = next((v for name, v in lex.weekdays.items() if name.startswith(m.group(1))), None)
    years = {int(x.start[:4]) for x in out if x.start and not x.relative}
    fits = []
    for y in sorted(years):
        try:
            if date(y, month, day).weekday() == wd:
                fits.append(y)
        except ValueError:
            continue
    if len(fits) != 1:
        return de
    iso = f"{fits[0]:04d}-{month:02d}-{day:02d}"
    return DateExpr(de.begin, de.stop, de.text, iso, iso, de.rule + "+weekday-year", True)


_LIST_GAP = re.compile(r"[ \t]*(?:,|、|및|과|와)?[ \t]*")


def _listed_month(text: str, c, out: list[DateExpr]):
    """A month listed right after a dated month ("2000, 2월, 10월", "2002년 3월, 4월") is in that year,
    not in the reference date's."""
    if c.kind is not None or c.lo[0] is not None or c.lo[1] is None or not out:
        return c
    prev = out[-1]
    if prev.relative or not prev.start or len(prev.start) < 7 or not _LIST_GAP.fullmatch(text, prev.stop, c.begin):
        return c
    year = int(prev.start[:4])
    hi = (year, *c.hi[1:]) if c.hi is not None and c.hi[0] is None else c.hi
    return replace(c, lo=(year, *c.lo[1:]), hi=hi)
