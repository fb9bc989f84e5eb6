"""Dates that head the items of chronologies and lists (used by :mod:`coopgraph.extract.chronology`).

The recogniser reads every date form of lists ("'99.12.14~17", "98.11.5", "84.2 X" at a line's start,
"(72.5)", "1992,1995,1999년", "1981, 7월"; see :mod:`coopgraph.recognise._dates_list`); this module
adds only what the page tells: the last two-digit year read as 20xx (the page's date), the year of
a heading line over month lines, and a month told after a year in the same item.
"""

from __future__ import annotations

import re
from dataclasses import replace

from coopgraph.records import DateExpr, Sentence

_BULLET = re.compile(r"\s*(?:[oοㅇ○●•▪■□◦∙·\-–—*※▶►◆◇>]+\s*|\(?[a-zA-Z가-하][.)]\s+|\(?\d{1,2}[.)]\s+)?")
_VERBAL_END = re.compile(r"(?:다|음|함|됨|임|요)\s*[.。!]?\s*[\"”'’)]?\s*$")
_EMPTY = re.compile(r"^[\s,、·및과와에는도의및또한그리고;/]*$")
# a two-digit year as the text writes it: "'99.12.14", "84.2", "06.10", "'16.1-'18.12"
_TWO_DIGIT_YEAR = re.compile(r"['’‘]?(\d{2})\s*\.")


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= 31:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _repivot(d: DateExpr, pivot: int) -> DateExpr:
    """A two-digit year the recogniser read with its own pivot (39), read with the page's."""
    m = _TWO_DIGIT_YEAR.match(d.text)
    if m is None or not d.start or pivot == 39:
        return d
    yy = int(m.group(1))
    century = 2000 if yy <= pivot else 1900
    shift = century + yy - int(d.start[:4])
    if shift == 0:
        return d
    start = f"{int(d.start[:4]) + shift:04d}{d.start[4:]}"
    end = f"{int(d.end[:4]) + shift:04d}{d.end[4:]}" if d.end else start
    return replace(d, start=start, end=end)


def list_dates(text: str, s: Sentence, known: tuple[DateExpr, ...], pivot: int = 39,
               year: str | None = None, titles: tuple[str, ...] = ()) -> list[DateExpr]:
    """The dates of sentence ``s`` that can head a list item, in text order.

    ``known`` are the recogniser's dates (list forms included); ``pivot`` the last two-digit
    year read as 20xx; ``year`` the year of the heading line above ("2019년" over "3월 5일 ..." lines).
    """
    merged: list[DateExpr] = []
    for d in sorted((d for d in known if s.begin <= d.begin and d.stop <= s.stop), key=lambda d: (d.begin, -d.stop)):
        if not d.start or (merged and d.begin < merged[-1].stop):
            continue
        if d.rule == "list-year":
            d = replace(d, rule="list-years")  # "1992,1995,1999년": each year an item's date
        else:
            d = _repivot(d, pivot)
        merged.append(d)
    merged = _labelled_months(text, s, merged, titles)
    merged = _closing_months(text, s, merged)
    merged = _short_year_months(text, s, merged, pivot)
    lead = _BULLET.match(text, s.begin)
    lead_at = lead.end() if lead else s.begin
    if year:
        md = _heading_month_day(text, lead_at, s.stop, year)
        if md is not None:  # "- 03.05 X" under "2019": the 5th of March 2019, not March 2003
            merged = [md] + [d for d in merged if d.begin >= md.stop]
    heading = year if merged and (merged[0].begin == lead_at or _closing_note(text, lead_at, s.stop, merged)) else None
    return _bind_years(text, merged, heading)


def _closing_note(text: str, at: int, stop: int, dates: list[DateExpr]) -> bool:
    """The line's one date is a month in the brackets closing it ("X 포럼 개최 (4월, 리마)" under "[2018년]")."""
    if len(dates) != 1 or not dates[0].relative:
        return False
    opened = text.rfind("(", at, dates[0].begin)
    return opened >= 0 and re.fullmatch(r"\([^()]*\)\s*", text[opened:stop]) is not None


# "2004.6" with a one-digit month, as a cell of a labelled row ("대통령 : 2004.6(국빈), 2009.11(실무)")
_DOTTED_YM = re.compile(r"(?<![\d.'’‘])((?:19|20)\d\d)\.\s?(1[0-2]|0?[1-9])(?![\d.])(?=\s*(?:[(),，~∼/]|$))")
_LABEL = re.compile(r"[^:：\n]{1,20}[:：]\s*")


_MONTH_DAY = re.compile(r"(\d{1,2})\s?[./]\s?(\d{1,2})\.?(?:\s?\([월화수목금토일]\))?"
                        r"(?:\s?[~∼\-–]\s?(?:(\d{1,2})\s?[./]\s?)?(\d{1,2})\.?(?:\s?\([월화수목금토일]\))?)?(?=\s|$)")


def _heading_month_day(text: str, at: int, stop: int, year: str) -> DateExpr | None:
    """A dotted month and day leading a line under a year heading ("03.05 X", "11.22~24 X")."""
    m = _MONTH_DAY.match(text, at, stop)
    if m is None:
        return None
    y, mo = int(year), int(m.group(1))
    start = _iso(y, mo, int(m.group(2)))
    end = _iso(y, int(m.group(3) or mo), int(m.group(4))) if m.group(4) else start
    if not start or not end or end < start:
        return None
    return DateExpr(m.start(), m.end(), m.group(), start, end, rule="list-heading-md")


def _labelled_months(text: str, s: Sentence, dates: list[DateExpr], titles: tuple[str, ...] = ()) -> list[DateExpr]:
    """The year.month cells of a row told as "label : date, date" that the recogniser left as numbers
    ("대통령 : 2004.6(국빈), 2009.11(실무)", "외교장관 : '99.12.14~17, 2012.3")."""
    lead = _BULLET.match(text, s.begin)
    label = _LABEL.match(text, lead.end() if lead else s.begin, s.stop)
    if label is None or _VERBAL_END.search(s.text):
        return dates
    out = list(dates)
    # a row labelled by a title ("- 총리 : 2008.3"): its cells are dates even alone
    titled = bool(titles) and text[label.start():label.end()].rstrip(" :：").endswith(titles)
    for m in _DOTTED_YM.finditer(text, label.end(), s.stop):
        if any(d.begin < m.end() and m.start() < d.stop for d in dates):
            continue
        iso = _iso(int(m.group(1)), int(m.group(2)))
        # a cell beside other dates of the row, or one with its note ("2004.6(국빈)"); not "면적 : 2004.5"
        if iso and (dates or titled or text[m.end():m.end() + 1] in ("(", "~", "∼")) and 1945 <= int(m.group(1)) <= 2039:
            out.append(DateExpr(m.start(), m.end(), m.group(), iso, iso, rule="list-labelled-ym"))
    return sorted(out, key=lambda d: d.begin)


# "98.11월", "'99. 9월": a two-digit year and a month written with 월, as chronology rows date their items
_SHORT_YM = re.compile(r"(?<![\d.])['’‘]?(\d{2})\.\s?(1[0-2]|0?[1-9])\s?월(?!\s?\d)")


def _short_year_months(text: str, s: Sentence, dates: list[DateExpr], pivot: int) -> list[DateExpr]:
    """A two-digit year with a month in 월 leading a row or one of its items, that the recogniser left
    unread ("98.11월 양국 정상회담에서 ...": November 1998); the page's pivot decides the century."""
    out = list(dates)
    for m in _SHORT_YM.finditer(text, s.begin, s.stop):
        if any(d.begin < m.end() and m.start() < d.stop for d in dates):
            continue
        head = text[s.begin:m.start()]
        if head.strip() and not _BULLET.fullmatch(head) and not re.search(r"[,;，；·]\s*$|[와과및]\s+$", head):
            continue  # only where an item starts: the row's start, or after a comma or 및
        yy = int(m.group(1))
        iso = _iso((2000 if yy <= pivot else 1900) + yy, int(m.group(2)))
        if iso:
            out.append(DateExpr(m.start(), m.end(), m.group(), iso, iso, rule="list-short-ym"))
    return sorted(out, key=lambda d: d.begin)


_SINCE_YM = re.compile(r"(?<![\d.])((?:19|20)\d\d)\.\s?(1[0-2]|0?[1-9])\.?\s*[~∼\-–]\s*(?:현재|진행\s?중|계속)")
_SEQ_YM = re.compile(r"(?<=[;,:，；/]\s)((?:19|20)\d\d)\.(1[0-2]|0?[1-9])(?=\s+[가-힣A-Z])")


def _closing_months(text: str, s: Sentence, dates: list[DateExpr]) -> list[DateExpr]:
    """A year.month closing a line with no verb or its brackets, after a space or a comma, that the
    recogniser left as a number ("항공협정 서명 2005.3", "제1차 회의(서울, 2005.3)"); not "2004.5억 달러"."""
    if _VERBAL_END.search(s.text):
        return dates
    out = list(dates)
    for m in _SINCE_YM.finditer(text, s.begin, s.stop):
        # "(2016.3~현재)": an act begun then and still going on, dated by its start
        if not any(d.begin < m.end() and m.start() < d.stop for d in dates) and 1945 <= int(m.group(1)) <= 2039:
            iso = _iso(int(m.group(1)), int(m.group(2)))
            if iso:
                out.append(DateExpr(m.start(), m.end(), m.group(), iso, iso, rule="list-since-ym"))
    for m in _SEQ_YM.finditer(text, s.begin, s.stop):
        # "1991.10 X 방한; 1999.5 Y 방문" (or "... / 1993.5 Y 개설"): a year.month opening the next item of a line of dated items
        if dates and not any(d.begin < m.end() and m.start() < d.stop for d in dates) and 1945 <= int(m.group(1)) <= 2039:
            iso = _iso(int(m.group(1)), int(m.group(2)))
            if iso:
                out.append(DateExpr(m.start(), m.end(), m.group(), iso, iso, rule="list-closing-ym"))
    for m in _DOTTED_YM.finditer(text, s.begin, s.stop):
        if any(d.begin < m.end() and m.start() < d.stop for d in out) or not 1945 <= int(m.group(1)) <= 2039:
            continue
        before, after = text[m.start() - 1:m.start()] if m.start() > s.begin else "", text[m.end():s.stop]
        labelled = re.search(r"[:：]", text[s.begin:m.start()])  # "면적 : 2004.5" is _labelled_months' to judge
        if before in (" ", ",", "，", "(", "\t") and re.fullmatch(r"\s*(?:\)\s*)?[.]?\s*", after) and not labelled \
                and re.search(r"[가-힣]{2}", text[s.begin:m.start()]):
            iso = _iso(int(m.group(1)), int(m.group(2)))
            if iso:
                out.append(DateExpr(m.start(), m.end(), m.group(), iso, iso, rule="list-closing-ym"))
    return sorted(out, key=lambda d: d.begin)


def _next_clause(text: str, prev: DateExpr, d: DateExpr, m: re.Match) -> bool:
    """'2003년 5월 X가 방한하였으며, 9월에는 Y가 ...': a later month opening the next clause of a prose
    chronology is of the year told before it."""
    if not prev.start or len(prev.start) < 7 or not re.search(r"[,，]\s*$", text[max(prev.stop, d.begin - 3):d.begin]):
        return False
    return int(m.group(1)) > int(prev.start[5:7]) and re.match(r"\s*(?:에는|에|엔)", text[d.stop:d.stop + 3]) is not None


_ANAPHORIC_YEAR = re.compile(r"\s*(?:같은|그|다음|이듬)\s?해")


def _bind_years(text: str, dates: list[DateExpr], heading: str | None = None) -> list[DateExpr]:
    """A month told after a year ("1981, 7월", "2000, 2월, 10월", "2008년 8월 및 11월") takes that year,
    a month leading a line under a year heading the heading's; a relative date with no year before
    it in the sentence is dropped."""
    out: list[DateExpr] = []
    year: str | None = None
    # the year alone leading the line ("2019년: ..."), for months noted in brackets after its items
    lead_year = dates[0].start if dates and dates[0].start and len(dates[0].start) == 4 and not dates[0].relative \
        and re.match(r"\s*[:：]", text[dates[0].stop:dates[0].stop + 2]) else None
    for i, d in enumerate(dates):
        if i == 0 and d.relative and heading:
            m = re.fullmatch(r"\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일?)?(?:\s*[-~]\s*(\d{1,2})\s*일)?\s*", d.text)
            if m:
                start = _iso(int(heading), int(m.group(1)), int(m.group(2)) if m.group(2) else None)
                end = _iso(int(heading), int(m.group(1)), int(m.group(3))) if m.group(3) and m.group(2) else start
                if start and end and end >= start:
                    out.append(replace(d, start=start, end=end, relative=False, rule="list-heading-year"))
                    year = heading
                    continue
        if not d.relative or d.start and len(d.start) >= 7 and _ANAPHORIC_YEAR.match(d.text):
            # "그 해 11월", "이듬해 3월": the recogniser's reading back to the date told before
            out.append(d)
            year = d.start[:4] if d.start else year
            continue
        m = re.fullmatch(r"\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*(?:일)?(?:\s*[-~]\s*(\d{1,2})\s*일)?)?\s*", d.text)
        # "2019년: X 방한(3월), Y 회담(11월)": a month in brackets takes the year leading the line
        noted = bool(lead_year) and text[d.begin - 1:d.begin] == "(" and bool(m)
        if noted:
            year = lead_year
        elif year is None or not m or not out:
            continue
        elif not re.fullmatch(r"[\s,、및과와년도에]*", text[out[-1].stop:d.begin]) and not _next_clause(text, out[-1], d, m):
            continue
        start = _iso(int(year), int(m.group(1)), int(m.group(2)) if m.group(2) else None)
        end = _iso(int(year), int(m.group(1)), int(m.group(3))) if m.group(3) else start
        if start and end and end >= start:
            # "1981, 7월": the bare year was only this month's year, not an item of its own
            if out and not noted and out[-1].rule in ("bare-year", "year") and out[-1].start == year and \
                    re.fullmatch(r"\s*,?\s*", text[out[-1].stop:d.begin]):
                out.pop()
            out.append(replace(d, start=start, end=end, relative=False,
                               rule="list-noted-month" if noted else "list-bound-month"))
    if any(d.rule == "list-noted-month" for d in out):
        out = [d for d in out if d is not dates[0]]  # "2019년:" was only the year of the noted months
    return out


