"""Date values moved as the reader needs them: a day cut to its month, a bare day told of a past act
put before the report day, a date moved by a stretch ('한 달 만에'), the precision a timeline writes
('상반기', '3월 초', '2023년부터 3년간'), two dates read as one range. Pure functions of
:mod:`coopgraph.extract.dating`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from coopgraph.records import DateExpr


def _month_of(de: DateExpr) -> DateExpr:
    """A single day cut to its month; anything else as it is."""
    if not de.start or len(de.start) != 10 or (de.end or de.start) != de.start:
        return de
    return DateExpr(de.begin, de.stop, de.text, de.start[:7], de.start[:7], rule=de.rule + "+occasion",
                    relative=de.relative)


def _told_past(de: DateExpr, doc_date: str) -> DateExpr:
    """A bare day ('25일 체결된') told of a past act but after the report day of the month: the month
    before ('25일' in a page of 1 May is 25 April); a month (and day) without a year after the report
    day ('12월 28일 체결했다' in a page of 5 January): the year before."""
    if de.relative and de.rule.startswith("md") and de.start and de.start[:4] == doc_date[:4] \
            and de.start > doc_date[:len(de.start)] and (de.end or de.start)[:4] == de.start[:4]:
        year = str(int(de.start[:4]) - 1)
        return DateExpr(de.begin, de.stop, de.text, year + de.start[4:], year + (de.end or de.start)[4:],
                        rule=de.rule + "+year-before", relative=True)
    if not de.relative or not de.rule.startswith("day") or not de.start or len(de.start) != 10 \
            or de.start <= doc_date[:10] or de.start[:7] != doc_date[:7]:
        return de
    y, m = int(de.start[:4]), int(de.start[5:7]) - 1
    if m == 0:
        y, m = y - 1, 12
    days = calendar.monthrange(y, m)[1]
    end = de.end or de.start
    if int(end[8:]) > days or end[:7] != de.start[:7]:
        return de
    month = f"{y:04d}-{m:02d}"
    return DateExpr(de.begin, de.stop, de.text, f"{month}-{de.start[8:]}", f"{month}-{end[8:]}",
                    rule=de.rule + "+month-before", relative=True)


def _told_ahead(de: DateExpr, doc_date: str) -> DateExpr:
    """A month and day without a year told of a planned act but before the report day ('1월 5일 체결할
    예정이다' in a page of 20 December): the year after; a bare day before the report day of the month
    ('5일 열릴 예정' on 20 December): the month after."""
    if not de.relative or not de.start or (de.end or de.start)[:4] != de.start[:4]:
        return de
    end = de.end or de.start
    if de.rule.startswith("md") and de.start[:4] == doc_date[:4] and end < doc_date[:len(end)]:
        year = str(int(de.start[:4]) + 1)
        return DateExpr(de.begin, de.stop, de.text, year + de.start[4:], year + end[4:],
                        rule=de.rule + "+year-after", relative=True)
    if de.rule.startswith("day") and len(de.start) == 10 and de.start[:7] == doc_date[:7] == end[:7] \
            and end < doc_date[:10]:
        y, m = int(de.start[:4]), int(de.start[5:7]) + 1
        if m == 13:
            y, m = y + 1, 1
        if int(end[8:]) > calendar.monthrange(y, m)[1]:
            return de
        month = f"{y:04d}-{m:02d}"
        return DateExpr(de.begin, de.stop, de.text, f"{month}-{de.start[8:]}", f"{month}-{end[8:]}",
                        rule=de.rule + "+month-after", relative=True)
    return de


def _shifted(de: DateExpr, n: int, unit: str) -> DateExpr | None:
    """``de`` moved ``n`` days, weeks, months or years on, at its own precision (a day moved by months
    or years stays a day); None when the unit is finer than the date ('3일 만에' after a month)."""
    start = de.start or ""
    y, m, d = (int(x) for x in (start.split("-") + ["1", "1"])[:3])
    if unit in ("일", "주"):
        if len(start) != 10:
            return None
        day = date.fromordinal(date(y, m, d).toordinal() + n * (7 if unit == "주" else 1)).isoformat()
        return DateExpr(de.begin, de.stop, de.text, day, day, rule=de.rule + "+stretch", relative=True)
    months = n * (12 if unit == "년" else 1)
    if unit != "년" and len(start) < 7:
        return None
    k = y * 12 + (m - 1) + months
    y2, m2 = divmod(k, 12)
    val = f"{y2:04d}" if len(start) == 4 else f"{y2:04d}-{m2 + 1:02d}"
    if len(start) == 10:
        val += f"-{min(d, calendar.monthrange(y2, m2 + 1)[1]):02d}"
    return DateExpr(de.begin, de.stop, de.text, val, val, rule=de.rule + "+stretch", relative=True)


_PART_OF_YEAR = re.compile(r"상반기|하반기|분기")
_PART_OF_MONTH = re.compile(r"초순|중순|하순|(?<=월|달)\s?(?:초|말)$")
_FOR_YEARS = re.compile(r"^\s*부터\s*(\d{1,2})\s*년\s*간")


def _as_timeline_precision(text: str, de: DateExpr) -> DateExpr:
    """Precision as a timeline writes it: 상반기/분기 -> the year, 3월 초 -> the month,
    '2023년부터 3년간' -> 2023..2025."""
    if not de.start:
        return de
    start, end = de.start, de.end or de.start
    if de.rule.startswith("relative-week") and start != end:
        start, end = start[:7], end[:7]  # '지난주': a week is no precision a record has; its month is
    elif _PART_OF_YEAR.search(de.text) and start[:4] == end[:4]:
        start = end = start[:4]
    elif _PART_OF_MONTH.search(de.text) and start[:7] == end[:7] and len(start) == 10:
        start = end = start[:7]
    m = _FOR_YEARS.match(text[de.stop:de.stop + 12])
    if m and start == end and "까지" not in de.text:
        end = str(int(start[:4]) + int(m.group(1)) - 1)
        start = start[:4]
    if (start, end) == (de.start, de.end or de.start):
        return de
    return DateExpr(de.begin, de.stop, de.text, start, end, rule=de.rule + "+timeline", relative=de.relative)


_NEXT_DAY_JOINED = re.compile(r"\s*(?:과|와|및|,)\s*")


def _next_day(a: str, b: str) -> bool:
    """Whether day ``b`` is the day after day ``a`` (both YYYY-MM-DD)."""
    if len(a) != 10 or len(b) != 10:
        return False
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days == 1
    except ValueError:
        return False


def _join_ranges(text: str, dates: tuple[DateExpr, ...]) -> tuple[DateExpr, ...]:
    """'지난달 28일부터 이달 2일까지' read as two dates: one range."""
    out: list[DateExpr] = []
    for de in dates:
        if out and out[-1].start and de.start:
            prev = out[-1]
            gap = text[prev.stop:de.begin]
            if re.fullmatch(r"\s*(?:부터|~|∼|–|-)\s*", gap) and prev.start <= de.start \
                    or _NEXT_DAY_JOINED.fullmatch(gap) and _next_day(prev.end or prev.start, de.start):
                # '1일부터 2일까지'; '10월 1일과 2일' (two days running, told as a pair): one stretch
                out[-1] = DateExpr(prev.begin, de.stop, text[prev.begin:de.stop], prev.start, de.end or de.start,
                                   rule="joined-range", relative=prev.relative or de.relative)
                continue
        out.append(de)
    return tuple(_as_timeline_precision(text, de) for de in out)
