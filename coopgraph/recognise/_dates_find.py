"""The finder of Korean date expressions: a cursor grammar over the text.

Part of :mod:`coopgraph.recognise.dates`: ``_Finder(text, lexicon).scan()``
returns every expression as a :class:`~coopgraph.recognise._dates_resolve._Cand`
(fields as the text gives them); :mod:`coopgraph.recognise._dates_resolve`
fills in the rest.
"""

from __future__ import annotations

import functools
import re

from coopgraph.recognise._dates_lex import WS, Lexicon
from coopgraph.recognise._dates_list import list_year_month, list_year_month_day, year_list_members
from coopgraph.recognise._dates_range import (
    _R_BAD_AFTER_NUM,
    _R_CONN,
    _R_DOT3,
    _R_NUM,
    _R_SEP3,
    _RangeMixin,
)
from coopgraph.recognise._dates_resolve import Partial, _Cand, _days_in

YEAR_MIN, YEAR_MAX = 1850, 2099  # with an explicit 년 or a full numeric date (treaties of the 1880s: 1883년 11월 26일)
BARE_MIN, BARE_MAX = 1950, 2039  # a 4-digit number with nothing around it

_R_YEAR4 = re.compile(rf"(\d{{4}})(?!\d)(?:({WS}?)(년도|년)(?!대))?")
_R_YEAR_AP = re.compile(rf"['’‘`]{WS}?(\d{{2}})(?!\d){WS}?(년도|년)")
_R_YEAR2 = re.compile(rf"(\d{{2}})(?!\d){WS}?(년)(?={WS}?\d{{1,2}}{WS}?월)")
_R_DECADE = re.compile(rf"(\d{{3}}0){WS}?년대")
_R_LIST = re.compile(rf"(?:,{WS}*|·)")
_R_NIGHTS_BEFORE = re.compile(rf"\d{{1,2}}{WS}?박{WS}?$")
_R_DAY_PAIR = re.compile(rf"(?:과|와|,|·){WS}?(\d{{1,2}})일(?={WS}?(?:이틀|사흘|나흘|양일)(?:{WS}?(?:간|동안))?)")
_R_FREQ = re.compile(rf"{WS}*\d+{WS}?(?:회|번|차례)(?![가-힣])")
_R_YY3 = re.compile(r"(\d{2})\.(\d{2})\.(\d{2})(?!\d)\.?")
_R_YY3_AP = re.compile(rf"(\d{{2}}){WS}?\.{WS}?(\d{{1,2}}){WS}?\.{WS}?(\d{{1,2}})(?!\d)(?:{WS}?\.(?!\d))?")  # "'24. 2. 24."
_R_YM = re.compile(rf"(\d{{4}})(?:{WS}*\.{WS}*(\d{{1,2}})(?!\d)({WS}*\.)?|/(\d{{1,2}})(?!\d)|-(\d{{2}})(?!\d))")
_R_MD_WEEKDAY = re.compile(rf"(\d{{1,2}})(?:{WS}*\.{WS}*|/)(\d{{1,2}})(?!\d)(?:{WS}*\.)?")
_R_MD_RANGED = re.compile(rf"(\d{{1,2}})\.(\d{{1,2}})(?=\.?{WS}*[-~∼]{WS}*\d{{1,2}}(?:{WS}*\.{WS}*\d{{1,2}})?"
                          r"(?![\d.%]|[가-힣A-Za-z](?<!일)))")
_R_YEAR_COMMA = re.compile(rf",{WS}?(?=\d{{1,2}}{WS}?월)")
_R_ISO_TIME = re.compile(r"T\d\d:\d\d")
# a month.day before a place word and 에서 ("5.31 제주도에서"): groups month, day, the word
_R_MD_PLACE = re.compile(rf"(\d{{1,2}})\.(\d{{1,2}})\.?{WS}([가-힣]{{1,10}}?)(?:에서|에서는|에서도)(?![가-힣])")


@functools.cache
def _md_name_words() -> frozenset[str]:
    """Words that make a month.day a name ('6.25 전쟁에서', '5.18 민주화운동에서'): coopgraph/data/dates.yaml."""
    from coopgraph.text.yamlfile import data_yaml

    return frozenset(str(w) for w in data_yaml("dates.yaml").get("md_name_words") or ())
# a year and a month written with a dot and 월: "2023.3월", "23.10월", "(’23.3월)" (government summaries)
_R_ROW_HEAD = re.compile(r"[ \t]*(?:[-–—•·∙ㆍοoㅇ○●◦▪□■*※▶►◆◇>]+[ \t]*)?")  # a line's start, a bullet
_R_YM_WOL = re.compile(rf"(\d{{4}}|\d{{2}}){WS}?\.{WS}?(\d{{1,2}}){WS}?월(?![가-힣])")


def _is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy <= 39 else 1900 + yy


class _Finder(_RangeMixin):
    """The cursor grammar over one text. Methods return (stop, ...) or None."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.t = text
        self.lex = lex
        self.n = len(text)
        self.year_list = year_list_members(text)

    # --- word-level checks -------------------------------------------------
    def suffix_ok(self, j: int) -> bool:
        """After 년/월/일 at j: no Hangul glued on, or only particles ("9일부터", not "9일간")."""
        t = self.t
        if j >= self.n or not _is_hangul(t[j]):
            return True
        k = j
        while k < self.n and _is_hangul(t[k]):
            k += 1
        return self.lex.particles.fullmatch(t, j, k) is not None

    def unit_follows(self, j: int) -> bool:
        """A counter, unit or count noun follows the bare number ending at j."""
        t = self.t
        k = j
        while k < self.n and t[k] in " \t\u00a0\u3000":
            k += 1
        if k >= self.n:
            return False
        if t[k] in "%℃°$€￦₩" or (k == j and t[k].isalnum() and not _is_hangul(t[k])):
            return True
        if not _is_hangul(t[k]):
            return False
        e = k
        while e < self.n and _is_hangul(t[e]):
            e += 1
        return self.lex.unit_word.fullmatch(t, k, e) is not None

    def bare_end_ok(self, j: int) -> bool:
        """A bare number ending at j is not glued to more digits, a unit or a word."""
        t = self.t
        if j < self.n and (_R_BAD_AFTER_NUM.match(t, j) or (_is_hangul(t[j]) and not self.suffix_ok(j))):
            return False
        return not self.unit_follows(j)

    def start_ok(self, i: int, bare: bool) -> bool:
        """What precedes a number at i: not part of a bigger number, code or ordinal."""
        t = self.t
        if i == 0:
            return True
        p = t[i - 1]
        if p.isdigit() or (p.isascii() and p.isalpha()) or p in "_@#$₩￦€":
            return False
        if p in ".,:/-~∼" and i >= 2 and t[i - 2].isdigit():
            return False
        if p == "제":
            return False
        if bare:
            if _is_hangul(p) or p in ".,":
                return False
            k = i
            while k > 0 and t[k - 1] in " \t\u00a0\u3000":
                k -= 1
            e = k
            while k > 0 and (t[k - 1].isalpha()):
                k -= 1
            if k < e and t[k:e] in self.lex.not_before_bare:
                return False
        return True

    # --- components ---------------------------------------------------------
    def year(self, j: int) -> tuple[int, int, bool] | None:
        """(stop, year, has 년) at j."""
        t = self.t
        m = _R_YEAR4.match(t, j)
        if m:
            y = int(m.group(1))
            if m.group(3):
                return (m.end(), y, True) if YEAR_MIN <= y <= YEAR_MAX else None
            return (m.end(1), y, False) if BARE_MIN <= y <= BARE_MAX else None
        m = _R_YEAR_AP.match(t, j) or _R_YEAR2.match(t, j)
        if m:
            return m.end(), _two_digit_year(int(m.group(1))), True
        return None

    def unit_tail(self, j: int, parts: dict[str, tuple[int, int]], level: str) -> tuple[int, tuple | None] | None:
        """After a unit at j: an optional part (상반기, 초, 말...), then the word must end."""
        pre = self.lex.year_part if level == "y" else self.lex.month_part
        m = pre.match(self.t, j)
        if m and self.suffix_ok(m.end()):
            a, b = parts[m.group(1).replace(" ", "").replace("\t", "")]
            return m.end(), (level, a, b)
        if not self.suffix_ok(j):
            return None
        return j, None

    def month_day(self, j: int, y: int | None, need_unit: bool, after_bare: bool,
                  ) -> tuple[int, Partial, Partial | None, tuple | None, bool] | None:
        """Month (and day) from j: (stop, lo, hi, part, used bare numbers).

        ``need_unit``: the month must carry 월 (no year before it). ``after_bare``:
        the previous number had no unit, so a blank must separate them.
        """
        t = self.t
        m = _R_NUM.match(t, j)
        if not m:
            return None
        gap, num, unit = m.group(1), int(m.group(2)), m.group(4)
        if after_bare and not gap:
            return None
        bare_used = False
        if unit == "일":
            return None
        if not 1 <= num <= 12:
            return None
        mo = num
        mon_stop = m.end() if unit == "월" else m.end(2)
        # month range "3~4월"
        r = _R_CONN.match(t, mon_stop) if unit is None else None
        if r:
            m2 = _R_NUM.match(t, r.end())
            if m2 and not m2.group(1) and m2.group(4) == "월" and mo < int(m2.group(2)) <= 12:
                tail = self.unit_tail(m2.end(), self.lex.month_parts, "m")
                if tail:
                    return tail[0], (y, mo, None), (y, int(m2.group(2)), None), None, False
        if unit is None:
            if need_unit:
                return None
            bare_used = True
        if unit == "월":
            tail = self.unit_tail(mon_stop, self.lex.month_parts, "m")
            if tail is None:
                return None
            if tail[1] is not None:
                return tail[0], (y, mo, None), None, tail[1], False
        else:
            if mon_stop < self.n and _is_hangul(t[mon_stop]):
                return None
            p = self.lex.month_part.match(t, mon_stop)
            if p and p.start(1) > mon_stop and self.suffix_ok(p.end()):
                a, b = self.lex.month_parts[p.group(1)]
                return p.end(), (y, mo, None), None, ("m", a, b), True
        # day
        d = self.day(mon_stop, y, mo, after_bare=unit is None)
        if d:
            stop, dd, d2, bare_d = d
            return stop, (y, mo, dd), ((y, mo, d2) if d2 else None), None, bare_used or bare_d
        if unit is None and not self.bare_end_ok(mon_stop):
            return None
        return mon_stop, (y, mo, None), None, None, bare_used

    def day(self, j: int, y: int | None, mo: int | None, after_bare: bool, need_unit: bool = False,
            ) -> tuple[int, int, int | None, bool] | None:
        """(stop, day, last day of a range or None, bare) at j."""
        t = self.t
        m = _R_NUM.match(t, j)
        if not m:
            return None
        gap, num, unit = m.group(1), int(m.group(2)), m.group(4)
        if (after_bare or unit is None) and not gap and mo is not None:
            return None
        if unit == "월":
            return None
        lim = _days_in(y, mo) if mo else 31
        if not 1 <= num <= lim:
            return None
        stop = m.end() if unit else m.end(2)
        # day list "9, 10일" / "9·10일": read as the span from the first to the last day
        r = _R_LIST.match(t, stop) if unit is None else None
        if r:
            m2 = _R_NUM.match(t, r.end())
            if m2 and not m2.group(1) and m2.group(4) == "일" and num < int(m2.group(2)) <= lim \
                    and self.suffix_ok(m2.end()):
                return m2.end(), num, int(m2.group(2)), False
        pair = _R_DAY_PAIR.match(t, stop) if unit == "일" else None
        if pair and num < int(pair.group(1)) <= lim:  # "19일과 20일 이틀 동안": one stay of two days
            return pair.end(1) + 1, num, int(pair.group(1)), False
        if unit is None and need_unit:
            # "9~13일": a bare first day is fine when a day with 일 follows the connector
            r = _R_CONN.match(t, stop)
            if not r:
                return None
            m2 = _R_NUM.match(t, r.end())
            if not (m2 and not m2.group(1) and m2.group(4) == "일"):
                return None
        # day range "9~13일", "14-19", "9일~13일"
        r = _R_CONN.match(t, stop)
        if r:
            m2 = _R_NUM.match(t, r.end())
            if m2 and not m2.group(1) and m2.group(4) != "월":
                d2 = int(m2.group(2))
                if num < d2 <= lim and (m2.group(4) == "일" or unit is None):
                    s2 = m2.end() if m2.group(4) else m2.end(2)
                    ok = self.suffix_ok(s2) if m2.group(4) else self.bare_end_ok(s2)
                    if ok:
                        return s2, num, d2, m2.group(4) is None
        if unit:
            if not self.suffix_ok(stop):
                return None
        elif not self.bare_end_ok(stop):
            return None
        return stop, num, None, unit is None

    # --- whole expressions --------------------------------------------------
    def chain(self, i: int) -> _Cand | None:
        """Korean chain starting with a digit (or apostrophe) at i."""
        t = self.t
        m = _R_DECADE.match(t, i)
        if m and self.suffix_ok(m.end()):
            y = int(m.group(1))
            if YEAR_MIN <= y <= YEAR_MAX:
                return _Cand(i, m.end(), "decade", (y, None, None), (y + 9, None, None))
        yr = self.year(i)
        if yr:
            j, y, yu = yr
            if not self.start_ok(i, bare=not yu):
                # "제2019", "억2000": not a year; an explicit 년 is still fine after Hangul
                if not yu:
                    return None
            # year range "2017-2019", "2020~2021년", "2017~18년"
            r = _R_CONN.match(t, j)
            if r:
                m2 = _R_YEAR4.match(t, r.end())
                y2 = None
                if m2:
                    y2, stop2, u2 = int(m2.group(1)), (m2.end() if m2.group(3) else m2.end(1)), bool(m2.group(3))
                else:
                    m3 = re.compile(rf"(\d{{2}})(?!\d)({WS}?년)?").match(t, r.end())
                    if m3 and (m3.group(2) or int(m3.group(1)) > 12):
                        y2 = (y // 100) * 100 + int(m3.group(1))
                        stop2, u2 = m3.end(), bool(m3.group(2))
                if y2 is not None and y < y2 <= y + 60 and YEAR_MIN <= y2 <= YEAR_MAX:
                    ok = self.suffix_ok(stop2) if u2 else self.bare_end_ok(stop2)
                    if ok and (yu or u2 or self.start_ok(i, bare=True)):
                        return _Cand(i, stop2, "year-range", (y, None, None), (y2, None, None))
            if yu:
                tail = self.unit_tail(j, self.lex.year_parts, "y")
                if tail is None:
                    return None
                if tail[1] is not None:
                    return _Cand(i, tail[0], "year-part", (y, None, None), part=tail[1])
            cm = None if yu else _R_YEAR_COMMA.match(t, j)
            if cm and self.start_ok(i, bare=True):  # a list's "1981, 7월," / "2005, 11월 18-19일,"
                md = self.month_day(cm.end(), y, need_unit=True, after_bare=False)
                if md:
                    stop, lo, hi, part, _ = md
                    return _Cand(i, stop, "y-comma-md", lo, hi, part)
            md = self.month_day(j, y, need_unit=False, after_bare=not yu)
            if md:
                stop, lo, hi, part, bare = md
                if not yu and not self.start_ok(i, bare=True) and lo[2] is None:
                    return None
                rule = "ymd-damaged" if (bare or not yu) else "ymd"
                return _Cand(i, stop, rule, lo, hi, part)
            if yu:
                return _Cand(i, j, "year", (y, None, None))
            if self.start_ok(i, bare=True) and (self.bare_end_ok(j) or self.lex.year_suffix.match(t, j)):
                return _Cand(i, j, "bare-year", (y, None, None))
            if i > 0 and t[i - 1] in "‘“'\"「『<《" and j < self.n and t[j] == " " and j - i == 4:
                return _Cand(i, j, "bare-year", (y, None, None))  # '‘2026 인도 AI 정상회의’': a year opening a title
            return None
        if not self.start_ok(i, bare=False):
            return None
        md = self.month_day(i, None, need_unit=True, after_bare=False)
        if md:
            stop, lo, hi, part, _ = md
            return _Cand(i, stop, "md", lo, hi, part)
        d = self.day(i, None, None, after_bare=False, need_unit=True)
        if d:
            stop, dd, d2, _ = d
            if d2 is None and self.t[stop - 1] != "일":
                return None
            if self.lex.duration.match(t, stop) or (dd == 1 and d2 is None and _R_FREQ.match(t, stop)):
                return None
            if _R_NIGHTS_BEFORE.search(t, max(0, i - 6), i):
                return None  # '3박 4일 일정': a length of stay (nights and days), no day of the month
            return _Cand(i, stop, "day", (None, None, dd), (None, None, d2) if d2 else None)
        return None

    def numeric(self, i: int) -> _Cand | None:
        """2019.04.09, 2019. 4. 9., 2019-04-09, 2019/4/9, 19.04.09, 2019.04, 2019. 4."""
        t = self.t
        if not self.start_ok(i, bare=False):
            return None
        yy3 = _R_YY3_AP if i > 0 and t[i - 1] in "'’‘`" else _R_YY3  # "’05.3.15": the apostrophe makes it a year
        for rx, rule in ((_R_DOT3, "numeric"), (_R_SEP3, "numeric"), (yy3, "numeric-yy")):
            m = rx.match(t, i)
            if not m:
                continue
            y = int(m.group(1))
            mo, d = (int(m.group(2)), int(m.group(3))) if rx is _R_DOT3 else (int(m.group(3)), int(m.group(4))) \
                if rx is _R_SEP3 else (int(m.group(2)), int(m.group(3)))
            if rule == "numeric-yy":
                y = _two_digit_year(y)
            if not (YEAR_MIN <= y <= YEAR_MAX and 1 <= mo <= 12 and 1 <= d <= _days_in(y, mo)):
                return None
            stop = m.end()
            if stop < self.n and _R_BAD_AFTER_NUM.match(t, stop) and not _R_ISO_TIME.match(t, stop) \
                    and t[stop] != "-":
                return None
            return _Cand(i, stop, rule, (y, mo, d))
        m = _R_YM_WOL.match(t, i)
        if m and (len(m.group(1)) == 4 or (i > 0 and t[i - 1] in "'’‘`")  # '23.3월: the apostrophe marks a year
                  or _R_ROW_HEAD.fullmatch(t, t.rfind("\n", 0, i) + 1, i)  # a row's head '98.11월 X': 월 makes it a month
                  or (i > 0 and t[i - 1] == "(")):  # a note after an act, '기공식 개최(23.3월)': the month it took place
            y, mo = int(m.group(1)), int(m.group(2))
            y = _two_digit_year(y) if len(m.group(1)) == 2 else y
            if YEAR_MIN <= y <= YEAR_MAX and 1 <= mo <= 12:
                return _Cand(i, m.end(), "numeric-ym-wol", (y, mo, None))
        m = _R_MD_WEEKDAY.match(t, i)
        if m:  # "5. 14.(일)", "5.14(목)", "5/14(목)": month and day without a year, sure only with a weekday
            mo, d = int(m.group(1)), int(m.group(2))
            p = self.lex.paren.match(t, m.end())
            if p and p.group(1) in self.lex.weekday_notes and 1 <= mo <= 12 and 1 <= d <= _days_in(None, mo):
                return _Cand(i, m.end(), "numeric-md", (None, mo, d))
        m = _R_MD_RANGED.match(t, i)
        if m and not (i > 0 and (t[i - 1].isdigit() or t[i - 1] in ".,'’‘`")):
            # "6.1-2", "6.1 ~ 7. 30": a month.day opening a range is a date even without a weekday
            # (a decimal does not run into a range of days); a leading zero reads as a year ('03.4)
            mo, d = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12 and 1 <= d <= _days_in(None, mo) and not m.group(1).startswith("0"):
                return _Cand(i, m.end(2), "numeric-md", (None, mo, d))
        m = _R_MD_PLACE.match(t, i)
        if m and not (i > 0 and (t[i - 1].isdigit() or t[i - 1] in ".,'’‘`-+±")) \
                and m.group(3) not in _md_name_words():
            # "총리와 5.31 제주도에서 정상회담을": a month.day before a place where something happened
            mo, d = int(m.group(1)), int(m.group(2))
            if 1 <= mo <= 12 and 1 <= d <= _days_in(None, mo) and not m.group(1).startswith("0"):
                return _Cand(i, m.end(2), "numeric-md", (None, mo, d))
        m = _R_YM.match(t, i)
        if m:
            y = int(m.group(1))
            mo_s = m.group(2) or m.group(4) or m.group(5)
            if m.group(2) and not m.group(3) and len(m.group(2)) < 2:
                return None  # "2019.4" reads as a decimal; "2019. 4." or "2019.04" as a month
            mo = int(mo_s)
            if not (YEAR_MIN <= y <= YEAR_MAX and 1 <= mo <= 12):
                return None
            stop = m.end()
            if stop < self.n and (_R_BAD_AFTER_NUM.match(t, stop) or t[stop] in ".-/"):
                return None
            if m.group(3) is None and self.unit_follows(stop):
                return None
            return _Cand(i, stop, "numeric-ym", (y, mo, None))
        return None

    def keyword(self, i: int) -> _Cand | None:
        """Relative words (지난해, 이달 9~10일, 지난 15일, 이날...) at i."""
        t, lex = self.t, self.lex
        if i > 0 and _is_hangul(t[i - 1]):
            return None
        m = lex.keyword.match(t, i)
        if not m:
            return None
        j = m.end()
        if m.group("dir"):
            s = lex.directions[m.group("dir")]
            k = j
            while k < self.n and t[k] in " \t\u00a0\u3000":
                k += 1
            c = self.chain(k)
            if c is None or c.rule not in ("md", "day") or c.lo[0] is not None:
                return None
            if c.rule == "day" and c.hi is None and lex.duration.match(t, c.stop):
                return None
            return _Cand(i, c.stop, "relative-dir", c.lo, c.hi, c.part, kind="dir", offset=s)
        if m.group("short"):
            spec = {"kind": "year", "offset": 0, "anchor": "deictic"}
        else:
            spec = lex.relative[re.sub(rf"{WS}", "", m.group(0))]
        if any(t.startswith(w, j) for w in lex.relative_not_before):
            return None
        kind, off, anchor = spec["kind"], int(spec["offset"]), spec.get("anchor", "deictic")
        part = None
        if spec.get("part"):
            part = ("y", *lex.year_parts[spec["part"]])
        rule = f"relative-{kind}"
        if kind in ("year", "month") and part is None:
            parts = lex.year_parts if kind == "year" else lex.month_parts
            tail = self.unit_tail(j, parts, kind[0])
            if tail and tail[1] is not None:
                return _Cand(i, tail[0], rule, (None, None, None), part=tail[1], kind=kind, offset=off,
                             anchor=anchor)
            k = j
            while k < self.n and t[k] in " \t\u00a0\u3000":
                k += 1
            if k < self.n and t[k].isdigit():
                if kind == "year":
                    md = self.month_day(k, None, need_unit=True, after_bare=False)
                    if md:
                        stop, lo, hi, p2, _ = md
                        return _Cand(i, stop, rule, lo, hi, p2, kind=kind, offset=off, anchor=anchor)
                else:
                    d = self.day(k, None, None, after_bare=False, need_unit=True)
                    if d and (d[2] is not None or t[d[0] - 1] == "일"):
                        stop, dd, d2, _ = d
                        return _Cand(i, stop, rule, (None, None, dd), (None, None, d2) if d2 else None,
                                     kind=kind, offset=off, anchor=anchor)
        if not self.suffix_ok(j):
            return None
        wd = None
        if kind == "week":
            w = lex.weekday.match(t, j)
            if w and self.suffix_ok(w.end()):
                wd, j = lex.weekdays[w.group(1)], w.end()
        return _Cand(i, j, rule, (None, None, None), part=part, kind=kind, offset=off, anchor=anchor, weekday=wd)

    def list_form(self, i: int) -> _Cand | None:
        r = list_year_month(self.t, i)
        if r is None:
            day = list_year_month_day(self.t, i)  # '98.11.5 X': read as a numeric date (its ranges too)
            return _Cand(i, day[0], "numeric-list", day[1]) if day is not None else None
        stop, lo, hi = r
        return _Cand(i, stop, "list-ym" if hi is None else "list-ym-range", lo, hi)

    def paren(self, c: _Cand) -> _Cand:
        m = self.lex.paren.match(self.t, c.stop)
        if m:
            return _Cand(c.begin, m.end(), c.rule, c.lo, c.hi, c.part, c.kind, c.offset, c.anchor, c.weekday)
        return c

    def at(self, i: int) -> _Cand | None:
        """The longest expression starting at i."""
        ch = self.t[i]
        if ch.isdigit() and i in self.year_list:  # "1992,1995,1999, 2006년"
            return _Cand(i, i + 4, "list-year", (self.year_list[i], None, None))
        if ch.isdigit() or ch in "'’‘`":
            cands = [c for c in (self.numeric(i) if ch.isdigit() else None, self.chain(i),
                                 self.list_form(i) if ch.isdigit() else None) if c is not None]
        else:
            cands = [c for c in (self.keyword(i),) if c is not None]
        if not cands:
            return None
        best = max(cands, key=lambda c: c.stop)
        return self.with_span(self.paren(self.with_range(self.paren(best))))

    def scan(self) -> list[_Cand]:
        out: list[_Cand] = []
        trig = self.lex.trigger
        pos = 0
        while True:
            m = trig.search(self.t, pos)
            if not m:
                return out
            i = m.start()
            c = self.at(i)
            if c is None:
                # skip the whole digit run so "12345" is not re-read from "2345"
                j = i + 1
                while j < self.n and self.t[j].isdigit() and self.t[i].isdigit():
                    j += 1
                pos = j
                continue
            out.append(c)
            pos = c.stop
