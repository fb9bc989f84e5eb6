"""Dates that head the items of chronologies and lists (used by :mod:`coopgraph.extract.chronology`).

The recogniser's dates plus the list forms it leaves out because elsewhere they are
numbers: "'99.12.14~17", "84.2 X" at a line's start, "(72.5)", "1992,1995,1999년", and a
month told after its year ("1981, 7월", "2000, 2월, 10월").
"""

from __future__ import annotations

import re
from dataclasses import replace

from coopgraph.records import DateExpr, Sentence

_BULLET = re.compile(r"\s*(?:[oοㅇ○●•▪■□◦∙·\-–—*※▶►◆◇>]+\s*|\(?[a-zA-Z가-하][.)]\s+|\(?\d{1,2}[.)]\s+)?")
# a dotted date at a line's start or alone in brackets: 1957.3, 84.2, '82.12.20-23, 99.12.14~17
_DOTTED = re.compile(r"(?<![\d.])'?(\d{4}|\d{2})\s*\.\s*(\d{1,2})(?:\s*\.\s*(\d{1,2}))?\.?"
                     r"(?:\s*[-~∼–]\s*(\d{1,2})(?!\s*\.\s*\d))?(?![\d]|\.\d)")
_QUOTED_YEAR = re.compile(r"'(\d{2})\s*\.\s*\d")
_YEAR_LIST = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)(?:\s*,\s*(?:1[89]|20)\d\d)+(?:\s*년)")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_VERBAL_END = re.compile(r"(?:다|음|함|됨|임|요)\s*[.。!]?\s*[\"”'’)]?\s*$")
_EMPTY = re.compile(r"^[\s,、·및과와에는도의및또한그리고;/]*$")


def _year(yy: str, pivot: int) -> int | None:
    y = int(yy)
    if len(yy) == 2:
        y = 2000 + y if y <= pivot else 1900 + y
    return y if 1800 <= y <= 2099 else None


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


def _dotted(text: str, m: re.Match, pivot: int) -> DateExpr | None:
    y = _year(m.group(1), pivot)
    if y is None:
        return None
    mo, d, d2 = int(m.group(2)), m.group(3), m.group(4)
    start = _iso(y, mo, int(d) if d else None)
    if start is None:
        return None
    end = start
    if d2:
        end = _iso(y, mo, int(d2)) if d else None
        if end is None or end < start:
            return None
    return DateExpr(begin=m.start(), stop=m.end(), text=text[m.start():m.end()], start=start, end=end,
                    rule="list-dotted")


def list_dates(text: str, s: Sentence, known: tuple[DateExpr, ...], pivot: int = 39,
               year: str | None = None) -> list[DateExpr]:
    """The dates of sentence ``s`` that can head a list item, in text order.

    ``known`` are the recogniser's dates; ``pivot`` the last two-digit year read as 20xx;
    ``year`` the year of the heading line above ("2019년" over "3월 5일 ..." lines).
    """
    inside = [d for d in known if s.begin <= d.begin and d.stop <= s.stop]
    found: list[DateExpr] = []
    # the list forms the recogniser leaves out (a decimal elsewhere, a date here)
    lead = _BULLET.match(text, s.begin)
    head_at = lead.end() if lead else s.begin
    for m in _DOTTED.finditer(text, s.begin, s.stop):
        quoted = text[m.start()] == "'"
        at_head = m.start() == head_at
        bracket = m.start() > 0 and text[m.start() - 1] in "(（[" and re.match(
            r"\s*(?:[)）\],]|서명|체결|발효|가서명|방문|방한)", text[m.end():m.end() + 4]) is not None
        # a four-digit year, dotted, after a cell label ("방한: 2019.3 X 총리") and before words
        labelled = len(m.group(1)) == 4 and m.start() > 0 and text[m.start() - 1] in " :\t" and \
            re.match(r"\s+[가-힣A-Za-z]", text[m.end():m.end() + 2]) is not None and \
            not re.match(r"\s*(?:%|퍼센트|배|톤|원|달러|명|개|건|억|만)", text[m.end():m.end() + 5])
        if not (quoted or at_head or bracket or labelled):
            continue
        if at_head and not quoted and len(m.group(1)) == 2 and m.group(3) is None \
                and not re.match(r"\s+[^\d\s%]", text[m.end():m.end() + 2]):
            continue  # "84.2" heads a line only when words follow (not "84.2%")
        de = _dotted(text, m, pivot)
        if de is not None:
            # a stretch to another dotted date: "2012.3~2015.12", "'16.1-'18.12"
            to = re.compile(r"\s*[~∼–-]\s*").match(text, de.stop)
            m2 = _DOTTED.match(text, to.end()) if to and de.start == de.end else None
            end = _dotted(text, m2, pivot) if m2 and len(m2.group(1)) == len(m.group(1)) else None
            if end is not None and end.start and end.start > de.start[:len(end.start)]:
                de = replace(de, stop=end.stop, text=text[de.begin:end.stop], end=end.end, rule="list-dotted-range")
            found.append(de)
    for m in _YEAR_LIST.finditer(text, s.begin, s.stop):
        for y in _YEAR.finditer(text, m.start(), m.end()):
            found.append(DateExpr(begin=y.start(), stop=y.end(), text=y.group(), start=y.group(),
                                  end=y.group(), rule="list-years"))
    out = list(found)
    for d in inside:
        if not d.start or any(f.begin < d.stop and d.begin < f.stop for f in found):
            continue
        out.append(d)
    out.sort(key=lambda d: (d.begin, -d.stop))
    merged: list[DateExpr] = []
    for d in out:
        if merged and d.begin < merged[-1].stop:
            continue
        merged.append(d)
    lead_at = lead.end() if lead else s.begin
    return _bind_years(text, merged, year if merged and merged[0].begin == lead_at else None)


def _bind_years(text: str, dates: list[DateExpr], heading: str | None = None) -> list[DateExpr]:
    """A month told after a year ("1981, 7월", "2000, 2월, 10월", "2008년 8월 및 11월") takes that year,
    a month leading a line under a year heading the heading's; a relative date with no year before
    it in the sentence is dropped."""
    out: list[DateExpr] = []
    year: str | None = None
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
        if not d.relative:
            out.append(d)
            year = d.start[:4] if d.start else year
            continue
        m = re.fullmatch(r"\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*(?:일)?(?:\s*[-~]\s*(\d{1,2})\s*일)?)?\s*", d.text)
        if year is None or not m or not out or not re.fullmatch(
                r"[\s,、및과와년도에]*", text[out[-1].stop:d.begin]):
            continue
        start = _iso(int(year), int(m.group(1)), int(m.group(2)) if m.group(2) else None)
        end = _iso(int(year), int(m.group(1)), int(m.group(3))) if m.group(3) else start
        if start and end and end >= start:
            # "1981, 7월": the bare year was only this month's year, not an item of its own
            if out[-1].rule in ("bare-year", "year") and out[-1].start == year and \
                    re.fullmatch(r"\s*,?\s*", text[out[-1].stop:d.begin]):
                out.pop()
            out.append(replace(d, start=start, end=end, relative=False, rule="list-bound-month"))
    return out


