"""Resolution of Korean date expressions: fill what the text leaves out.

Part of :mod:`coopgraph.recognise.dates` (the finder reads expressions, this
module turns them into calendar values): fields an expression leaves out come
from the reference date (the document date) or, without one, from the dates
already resolved in the text (:class:`_Discourse`), under the rules written
there; a bare day may take the month of a date earlier in its sentence
(:func:`_month_context`).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from coopgraph.recognise._dates_lex import Lexicon

Partial = tuple[int | None, int | None, int | None]  # (year, month, day); None = not given


def _days_in(y: int | None, m: int) -> int:
    return calendar.monthrange(y if y is not None else 2000, m)[1]  # unknown year: allow 29 Feb


@dataclass(frozen=True, slots=True)
class _Cand:
    """One expression as read from the text, before resolution."""

    begin: int
    stop: int
    rule: str
    lo: Partial
    hi: Partial | None = None
    part: tuple[str, int, int] | None = None  # ("y", first month, last) or ("m", first day, last)
    kind: str | None = None  # None (absolute/partial) | dir | year | month | week | day | same
    offset: int = 0
    anchor: str = "deictic"
    weekday: int | None = None
    span: tuple[str, int] | None = None  # a length after "부터" ("사흘간"): (unit d/w/m/y, count)


def _depth(p: Partial) -> int:
    """Index of the deepest given field (0 year, 1 month, 2 day), -1 for none."""
    return max((i for i, v in enumerate(p) if v is not None), default=-1)


# --- resolution ---------------------------------------------------------------
Value = tuple[Partial, Partial]


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _valid(p: Partial) -> bool:
    y, m, d = p
    if y is None:
        return False
    if m is None:
        return d is None
    return 1 <= m <= 12 and (d is None or 1 <= d <= _days_in(y, m))


def _before(a: Partial, b: Partial) -> bool:
    """``a`` lies before ``b`` at the precision both give ("2019" is not before "2019-04-09")."""
    k = 0
    while k < 3 and a[k] is not None and b[k] is not None:
        k += 1
    return a[:k] < b[:k]


def _as_date(p: Partial) -> date | None:
    return date(p[0], p[1], p[2]) if p[2] is not None else None


def _from_date(d: date) -> Partial:
    return (d.year, d.month, d.day)


def _iso(p: Partial) -> str:
    y, m, d = p
    s = f"{y:04d}"
    if m is not None:
        s += f"-{m:02d}"
        if d is not None:
            s += f"-{d:02d}"
    return s


def _fill(p: Partial, base: Partial | None, direction: int = 0) -> Partial | None:
    """Fill the leading fields ``p`` leaves out from ``base``; None when base is too coarse."""
    top = next((k for k, v in enumerate(p) if v is not None), 3)
    if top == 0:
        return p
    if base is None or any(base[k] is None for k in range(min(top, 3))):
        return None
    if top == 3:
        return base
    y, m, d = p
    if top == 1:  # month (and day) known, year from base
        yy = base[0]
        if direction and base[1] is not None:
            here, there = (m, d or 0), (base[1], base[2] or 0)
            if direction < 0 and here > there:
                yy -= 1
            elif direction > 0 and here < there:
                yy += 1
        return (yy, m, d)
    # top == 2: day known, year and month from base
    yy, mm = base[0], base[1]
    if direction and base[2] is not None:
        if direction < 0 and d > base[2]:
            yy, mm = _shift_month(yy, mm, -1)
        elif direction > 0 and d < base[2]:
            yy, mm = _shift_month(yy, mm, 1)
    return (yy, mm, d)


class _Discourse:
    """Dates already resolved in the text, newest last, for expressions that point back."""

    def __init__(self) -> None:
        # (value, explicit: the text gave its year, background: a year that opens or bounds a span)
        self.items: list[tuple[Value, bool, bool]] = []
        self.shifted: set[int] = set()  # items that are a day off another ('전날', '이튿날')

    def add(self, value: Value, explicit: bool, background: bool = False, shifted: bool = False) -> None:
        if shifted:
            self.shifted.add(len(self.items))
        self.items.append((value, explicit, background))

    def pick(self, need: int, mode: str) -> Value | None:
        """The latest date with at least ``need`` fields (1 year, 2 month, 3 day).

        ``partial`` (4월 9일, 15일) follows the nearest explicit date that has
        the fields it lacks; a month-day takes the year of the nearest explicit
        date, but a background year that opens or bounds a span ("지난
        2016년부터 논의해 왔으며", "2020년까지 이어진다") is no context: past it
        only a date that names a month may serve. ``deictic`` words (지난해, 지난
        15일) without a document date lean only on a full explicit date, the
        best stand-in for it; a bare year elsewhere in the text is not "this
        year". ``anaphoric`` (이날, 이튿날) takes the latest date of any kind.
        Without a fitting antecedent the answer is None: no year beats a wrong one.
        """
        def latest(min_fields: int, explicit_only: bool, unshifted: bool = False) -> Value | None:
            for k in range(len(self.items) - 1, -1, -1):
                value, explicit, _ = self.items[k]
                if unshifted and k in self.shifted:
                    continue
                if (explicit or not explicit_only) and _depth(value[0]) + 1 >= min_fields:
                    return value
            return None

        if mode == "anaphoric-same":  # '이날': the story's day, not the day before it told in between ('전날')
            return latest(need, False, unshifted=True) or latest(need, False)
        if mode == "anaphoric":
            return latest(need, False)
        if mode == "deictic":
            return latest(3, True) or latest(2, True)
        if need == 1:  # "5월 10일": the nearest explicit year, unless it is a background one ("2015년부터")
            # past a background year only a date that names a month may serve
            skipped = False
            for value, explicit, background in reversed(self.items):
                if not explicit:
                    continue
                if background:
                    skipped = True
                elif not skipped or value[0][1] is not None:
                    return value
            return None if skipped else latest(2, False)
        return latest(need, True) or latest(need, False)


_BACKGROUND_AFTER = re.compile(r"\s?(?:부터|이후|이래|까지|대비|보다)")


def _need(p: Partial) -> int:
    """How many leading fields must come from elsewhere (0 when the year is given)."""
    return next((k for k, v in enumerate(p) if v is not None), 0)


def _resolve(c: _Cand, ref: Partial | None, disc: _Discourse) -> tuple[Value | None, bool]:
    """The (start, end) of ``c`` and whether a reference or the discourse supplied it."""
    if c.kind is None or c.kind == "dir":
        need = _need(c.lo)
        if need == 0 or ref is not None:
            base = ref
        else:
            found = disc.pick(need, "deictic" if c.kind == "dir" else "partial")
            base = found[0] if found else None
        lo = _fill(c.lo, base, c.offset if c.kind == "dir" else 0)
        relative = c.kind == "dir" or need > 0
    else:
        relative = True
        need = {"year": 1, "month": 2}.get(c.kind, 3)
        if c.anchor == "anaphoric":
            ante = disc.pick(1 if c.kind == "year" else 2, "anaphoric-same" if c.kind == "same" else "anaphoric")
        else:
            ante = disc.pick(need, "deictic") if ref is None else None
        ante_lo = ante[0] if ante else None
        base = ante_lo if ante_lo is not None else ref
        if c.kind == "same":
            if c.anchor == "anaphoric" and ante is not None:
                return ante, True
            return ((base, base) if base is not None and base[2] is not None else None), True
        if base is None:
            return None, True
        if c.kind == "day":
            src = ante if (c.anchor == "anaphoric" and ante is not None) else (base, base)
            pivot = src[1] if c.offset > 0 else src[0]
            if pivot[2] is None:
                return (src if c.anchor == "anaphoric" else None), True
            d = _from_date(_as_date(pivot) + timedelta(days=c.offset))
            return (d, d), True
        if c.kind == "week":
            if base[2] is None:
                return None, True
            b = _as_date(base) + timedelta(weeks=c.offset)
            mon = b - timedelta(days=b.weekday())
            if c.weekday is not None:
                d = _from_date(mon + timedelta(days=c.weekday))
                return (d, d), True
            return (_from_date(mon), _from_date(mon + timedelta(days=6))), True
        if c.kind == "year":
            if base[0] is None:
                return None, True
            frame: Partial = (base[0] + c.offset, None, None)
        else:  # month
            if base[1] is None:
                return None, True
            frame = (*_shift_month(base[0], base[1], c.offset), None)
        lo = tuple(f if f is not None else v for f, v in zip(frame, c.lo))  # type: ignore[assignment]
    if lo is None or not _valid(lo):
        return None, relative
    hi = lo
    if c.hi is not None:
        top = next((k for k, v in enumerate(c.hi) if v is not None), 3)
        hi = tuple(lo[k] if k < top else c.hi[k] for k in range(3))  # type: ignore[assignment]
        if _valid(hi) and _before(hi, lo) and top in (1, 2):  # "12월~1월", "30일~2일": crosses into the next year/month
            if top == 1:
                hi = (hi[0] + 1, hi[1], hi[2])
            else:
                hi = (*_shift_month(hi[0], hi[1], 1), hi[2])
        if not _valid(hi) or _before(hi, lo):
            hi = lo
        elif hi[1] is None and lo[1] is not None and hi[0] == lo[0]:
            hi = (hi[0], 12, None)  # "4월 9일부터 '19년 (말)까지": to the end of that year
    if c.span is not None:
        hi = _span_end(lo, *c.span) or hi
    if c.part is not None:
        level, a, b = c.part
        if level == "y" and lo[1] is None:
            lo, hi = (lo[0], a, None), (hi[0], b, None)
        elif level == "m" and lo[1] is not None and lo[2] is None:
            lo, hi = (lo[0], lo[1], a), (lo[0], lo[1], min(b, _days_in(lo[0], lo[1])))
    return (lo, hi), relative


def _span_end(lo: Partial, unit: str, count: int) -> Partial | None:
    """The last unit of a length ``count`` x ``unit`` that starts at ``lo``, at the finest shared precision."""
    y, m, d = lo
    if unit in ("d", "w"):
        if d is None:
            return None
        return _from_date(_as_date(lo) + timedelta(days=count * (7 if unit == "w" else 1) - 1))
    months = count if unit == "m" else 12 * count
    if m is None:
        return (y + count - 1, None, None) if unit == "y" else None
    if d is None:
        return (*_shift_month(y, m, months - 1), None)
    yy, mm = _shift_month(y, m, months)
    end = date(yy, mm, min(d, _days_in(yy, mm))) - timedelta(days=1)
    return _from_date(end)


_SENTENCE_BREAK = re.compile(r"[.!?。](?:\s|$)|\n")

# (stop, value, carries): the latest date that names a month; ``carries`` when a
# relative month with a day (다음 달 10일, 지난달 20일) set it, so it holds over the paragraph's later sentences
Context = tuple[int, Value, bool]


def _month_context(text: str, c: _Cand, ctx: Context | None, lex: Lexicon) -> Partial | None:
    """For a bare day ("5일"): the month a date before it in the same sentence gave, or None.

    "다음 달 3일 서울에서, 5일 부산에서" puts the 5th in the next month too; a
    day smaller than the context's runs into the month after ("지난달 28일
    출국해 2일 귀국"). A relative month (다음 달, 지난달) holds over the next
    sentences of its paragraph ("다음 달 10일 출국한다. 11일에는 …") until a
    new month is named. The report date is not affected: "…했다고 5일 밝혔다".
    """
    if ctx is None or c.kind is not None or c.lo[0] is not None or c.lo[1] is not None:
        return None
    stop, (lo, hi), carries = ctx
    if lo[1] is None:
        return None
    if _SENTENCE_BREAK.search(text, stop, c.begin) and (not carries or "\n" in text[stop:c.begin]):
        return None
    if lex.report_before.search(text[max(0, c.begin - 6):c.begin]) or lex.report_after.match(text, c.stop):
        return None
    last = hi if hi[1] is not None else lo
    y, m = last[0], last[1]
    if last[2] is not None and c.lo[2] < last[2]:
        y, m = _shift_month(y, m, 1)
    return (y, m, None)
