"""Year.month dates of lists and chronologies, part of :mod:`coopgraph.recognise._dates_find`.

Elsewhere "1957.3", "84.2" or "98.11.5" is a decimal or a version; heading a list item, alone in brackets after a name,
after an apostrophe or between a table label and words it is a month:

* at a line's start, after an optional bullet, with words after it: "1950.7 참전", "ο 84.2 무역관 개설"
  (a four-digit year also alone on its line, a table cell: "2018.7");
* in brackets closed at once (or by 서명/체결/발효/방문...): "사증면제협정 (72.5)", "(03.4 서명, 미발효)";
* after an apostrophe: "'16.1";
* a four-digit year between a label and words: "방한: 2019.3 총리";

with a plausible year (1945-2039), a month 1-12, and no unit, percent or further digits after it
("7.8의 강진", "1.5배", "3.5%", "2007.1 톤" stay numbers). A stretch to a second such date of
the same shape is one range ("2012.3~2015.12", "'16.1-'18.12"). Also a list of bare years
closed by 년 ("1992,1995,1999, 2006년"): each year is a date.
"""

from __future__ import annotations

import re

LIST_MIN, LIST_MAX = 1945, 2039

_YM = re.compile(r"(\d{4}|\d{2})[ \t]*\.[ \t]*(\d{1,2})(?!\d)(?![ \t]*\.[ \t]*\d)\.?")
# a two-digit year with its month and day, dotted ("98.11.5", "99.3.14~17"): a list item's head
_YMD2 = re.compile(r"(\d{2})[ \t]*\.[ \t]*(\d{1,2})[ \t]*\.[ \t]*(\d{1,2})(?!\d)(?![ \t]*\.[ \t]*\d)\.?")
_HEAD = re.compile(r"[ \t]*(?:[-–—•·∙ㆍοoㅇ○●◦▪□■*※▶►◆◇>]+[ \t]*|\(?\d{1,2}[.)][ \t]+)?['’‘]?")
_WORD_AFTER = re.compile(r"[ \t]+[^\d\s%.,~∼–-]")
_BRACKET_CLOSE = re.compile(r"[ \t]*(?:[)）\],]|서명|체결|발효|가서명|방문|방한|개설|수교)")
# a one-syllable unit only at a word's end, before a particle or another unit ("5억원", "45.5도의"), not the
# first syllable of a name or noun ("2019.3 조코위 대통령", "2019.3 명예영사관 개설"; proposal of helper L)
_UNIT = re.compile(r"[ \t]*(?:%|퍼센트|달러|km|kg|m\b|시간|개국|포인트|p\b"
                   r"|(?:배|톤|원|명|개|건|억|만|조|도|초|분|점|위|세)(?=[^가-힣]|$|[의에을를이가은는로씩째]|원|달러|명|톤|개|건))")
# what may follow the bracket's date: its close at the line's end, a comma, or an act ("03.4 서명, 미발효")
_CLOSES = re.compile(r"[ \t]*(?:[)）\]][ \t]*(?:$|\n|[,;]|[-–—]?[ \t]*[가-힣]+[ \t]*[)）\]])|,|서명|체결|발효|가서명|방문|방한|개설|수교)")
_ALONE = re.compile(r"\.?[ \t]*(?:\n|$)")  # "2018.7" a table cell of its own line
_SENTENCE_END = re.compile(r"다[.!]?[\"'”’)]*[ \t]*$")
_STRETCH = re.compile(r"[ \t]*[~∼–-][ \t]*(['’‘]?)")
YEAR_LIST = re.compile(r"(?<![\d.,])(?:19[4-9]\d|20[0-3]\d)(?:[ \t]*,[ \t]*(?:19[4-9]\d|20[0-3]\d))+[ \t]*년")
_YEAR = re.compile(r"\d{4}")


def _year(s: str) -> int | None:
    y = int(s)
    if len(s) == 2:
        y = 2000 + y if y <= 39 else 1900 + y
    return y if LIST_MIN <= y <= LIST_MAX else None


def _read(t: str, i: int) -> tuple[int, int, int, int] | None:
    """(stop, year, month, digits of the year) of a year.month at i, by shape alone."""
    m = _YM.match(t, i)
    if not m:
        return None
    y, mo = _year(m.group(1)), int(m.group(2))
    if y is None or not 1 <= mo <= 12:
        return None
    stop = m.end(2)
    return stop, y, mo, len(m.group(1))


def list_year_month(t: str, i: int) -> tuple[int, tuple, tuple | None] | None:
    """A list-form year.month at i: (stop, (y, m, None), end or None), or None when it reads as a number."""
    r = _read(t, i)
    if r is None:
        return None
    stop, y, mo, digits = r
    quoted = i > 0 and t[i - 1] in "'’‘"
    if not quoted and i > 0 and (t[i - 1].isdigit() or t[i - 1] in ".,"):
        return None
    if not quoted and digits == 2 and 1 <= int(t[i:i + 2]) <= 12 and t[i] != "0":
        return None  # "10.4 선언" is a month and a day; "84.2", "03.4" can only be years
    if _UNIT.match(t, stop) or (stop < len(t) and t[stop] == "." and stop + 1 < len(t) and t[stop + 1].isdigit()):
        return None
    end = None
    s = _STRETCH.match(t, stop)
    if s:
        r2 = _read(t, s.end())
        if r2 is not None and r2[3] == digits and (r2[1], r2[2]) > (y, mo) and not _UNIT.match(t, r2[0]):
            stop, end = r2[0], (r2[1], r2[2], None)
    bracket = (i > 0 and t[i - 1] in "(（[" or quoted and i > 1 and t[i - 2] in "(（[") \
        and _BRACKET_CLOSE.match(t, stop) is not None and _CLOSES.match(t, stop) is not None
    head = _HEAD.fullmatch(t, t.rfind("\n", 0, i) + 1, i) is not None and (
        _WORD_AFTER.match(t, stop) is not None or (digits == 4 and _ALONE.match(t, stop) is not None))
    labelled = digits == 4 and t[:i].rstrip(" \t").endswith((":", "：")) and _WORD_AFTER.match(t, stop) is not None
    if head and digits == 2 and not quoted:  # "45.5 지점에서 멈췄다.": a measure opening a sentence
        eol = t.find("\n", stop)
        head = not _SENTENCE_END.search(t, stop, len(t) if eol < 0 else eol)
    if not (quoted or bracket or head or labelled):
        return None
    if quoted and not (bracket or head) and stop < len(t) and (t[stop].isalnum() or t[stop] == "%"):
        return None
    return stop, (y, mo, None), end


def list_year_month_day(t: str, i: int) -> tuple[int, tuple] | None:
    """A two-digit-year dotted day at i heading a line or alone in brackets ("98.11.5 X", "(99.3.5 서명)"):
    (stop, (y, m, d)), or None. Four-digit and apostrophe forms are read as numeric dates anyway."""
    m = _YMD2.match(t, i)
    if m is None or (i > 0 and (t[i - 1].isdigit() or t[i - 1] in ".,'’‘")):
        return None
    y, mo, d = _year(m.group(1)), int(m.group(2)), int(m.group(3))
    if y is None or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    stop = m.end(3)
    if _UNIT.match(t, stop):
        return None
    bracket = i > 0 and t[i - 1] in "(（[" and _CLOSES.match(t, stop) is not None
    head = _HEAD.fullmatch(t, t.rfind("\n", 0, i) + 1, i) is not None and (
        _WORD_AFTER.match(t, stop) is not None or _STRETCH.match(t, stop) is not None)
    return (stop, (y, mo, d)) if bracket or head else None


def year_list_members(t: str) -> dict[int, int]:
    """Start -> year of every year but the last in a list of years closed by 년 ("1992,1995,1999, 2006년")."""
    out: dict[int, int] = {}
    for m in YEAR_LIST.finditer(t):
        years = list(_YEAR.finditer(t, m.start(), m.end()))
        for y in years[:-1]:
            out[y.start()] = int(y.group())
    return out
