"""Ranges and spans of date expressions, part of :mod:`coopgraph.recognise._dates_find`.

``_RangeMixin`` extends an expression the finder has read with its second end ("9~13일",
"2019.4.9~5.3", "9일부터 13일까지", "4월 9일부터 '19년까지") or with a length after 부터
("3일부터 사흘간", "2021년부터 3년간"); the patterns the finder shares with it live here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from coopgraph.recognise._dates_lex import CONN, WS
from coopgraph.recognise._dates_resolve import Partial, _Cand, _days_in, _depth

_R_NUM = re.compile(rf"({WS}*)(\d{{1,2}})(?!\d)(?:({WS}?)(월|일))?")
_R_CONN = re.compile(rf"{WS}*{CONN}{WS}*")
_R_FROM = re.compile(rf"{WS}*(?:{CONN}|부터|에서){WS}*")
_R_UNTIL = re.compile(rf"{WS}?까지")
_R_DOT3 = re.compile(rf"(\d{{4}}){WS}*\.{WS}*(\d{{1,2}}){WS}*\.{WS}*(\d{{1,2}})(?!\d)(?:{WS}*\.(?!\d))?")
_R_SEP3 = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)")
_R_AP_YY3 = re.compile(rf"['’‘](\d{{2}}){WS}?\.{WS}?(\d{{1,2}}){WS}?\.{WS}?(\d{{1,2}})(?!\d)(?:{WS}?\.(?!\d))?")
_R_MD = re.compile(rf"(\d{{1,2}}){WS}*\.{WS}*(\d{{1,2}})(?!\d)(?:{WS}*\.(?!\d))?")
_R_BAD_AFTER_NUM = re.compile(r"\d|[.,:/·]\d|-\d|[A-Za-z%℃°]")


class _RangeMixin:
    """The second end of a range and the length of a span (uses the finder's word-level checks)."""

    def tail(self, j: int, a: _Cand, symbolic: bool) -> tuple[int, Partial] | None:
        """The second end of a range after a connector: inherits what it leaves out from ``a``."""
        t = self.t
        depth = _depth(a.lo) if a.kind is None or _depth(a.lo) >= 0 else {"year": 0, "month": 1}.get(a.kind, 2)
        if a.rule.startswith("numeric"):
            for rx in (_R_DOT3, _R_SEP3):
                m = rx.match(t, j)
                if m:
                    g = m.groups()
                    y, mo, d = (int(g[0]), int(g[1]), int(g[2])) if rx is _R_DOT3 else (int(g[0]), int(g[2]),
                                                                                          int(g[3]))
                    if 1 <= mo <= 12 and 1 <= d <= _days_in(y, mo):
                        return m.end(), (y, mo, d)
                    return None
            yy = _R_AP_YY3.match(t, j) if a.rule.startswith("numeric-yy") else None
            if yy:  # "'19.12.30~'20.1.2": the second end with its own two-digit year
                y, mo, d = 2000 + int(yy.group(1)) if int(yy.group(1)) <= 39 else 1900 + int(yy.group(1)), \
                    int(yy.group(2)), int(yy.group(3))
                if 1 <= mo <= 12 and 1 <= d <= _days_in(y, mo):
                    return yy.end(), (y, mo, d)
                return None
            if depth == 2:
                m = _R_MD.match(t, j)
                if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31 and not _R_BAD_AFTER_NUM.match(
                        t, m.end()):
                    return m.end(), (None, int(m.group(1)), int(m.group(2)))
        yr = self.year(j)
        if yr:
            k, y, yu = yr
            if yu:
                tail = self.unit_tail(k, self.lex.year_parts, "y")
                if tail is None:
                    return None
            md = self.month_day(k, y, need_unit=False, after_bare=not yu)
            if md:
                return md[0], md[1]
            if yu or (symbolic and depth == 0 and self.bare_end_ok(k)) or _R_UNTIL.match(t, k):
                return k, (y, None, None)
            return None
        if depth >= 1:
            md = self.month_day(j, None, need_unit=True, after_bare=False)
            if md and md[2] is None:
                return md[0], md[1]
            # damaged "4 10일": bare month, blank, day with 일
            m = _R_NUM.match(t, j)
            if m and m.group(4) is None and depth == 2:
                mo = int(m.group(2))
                if 1 <= mo <= 12:
                    d = self.day(m.end(2), None, mo, after_bare=True)
                    if d and d[2] is None and t[d[0] - 1] == "일":
                        return d[0], (None, mo, d[1])
        if depth == 2:
            m = _R_NUM.match(t, j)
            if m and m.group(4) == "일" and self.suffix_ok(m.end()):
                return m.end(), (None, None, int(m.group(2)))
            if m and m.group(4) is None and symbolic and not m.group(1) and self.bare_end_ok(m.end(2)):
                return m.end(2), (None, None, int(m.group(2)))
        return None

    def with_range(self, a: _Cand) -> _Cand:
        """Extend ``a`` with "~B", "-B" or "부터 B(까지)" when B reads as its second end."""
        if a.hi is not None or a.part is not None or a.kind in ("week", "same", "day", "year", "month") \
                and _depth(a.lo) < 0:
            return a
        t = self.t
        j0 = a.stop
        g = self.lex.time_gap.match(t, j0)  # "14일 오전 10시부터 16일까지"
        if g and _R_FROM.match(t, g.end()):
            j0 = g.end()
        r = _R_FROM.match(t, j0)
        if not r:
            return a
        symbolic = "부터" not in r.group(0) and "에서" not in r.group(0)
        if not symbolic and not t.startswith("부터", j0):
            if not (t.startswith("에서", j0)):
                return a
        b = self.tail(r.end(), a, symbolic)
        if b is None:
            return a
        stop, hi = b
        p = self.lex.paren.match(t, stop)  # "14일(목)부터 16일(토)까지"
        if p:
            stop = p.end()
        u = _R_UNTIL.match(t, stop)
        if u and self.suffix_ok(u.end()):
            stop = u.end()
        elif not symbolic and t[stop - 1].isdigit():
            return a
        if t.startswith("에서", j0) and not u:
            return a
        # the second end must not start before the first (where comparable)
        lo = a.lo
        top = next((k for k, v in enumerate(hi) if v is not None), 3)
        filled = tuple(lo[k] if k < top else hi[k] for k in range(3))
        if all(v is not None for v in filled[: _depth(filled) + 1]) and all(
                v is not None for v in lo[: _depth(lo) + 1]):
            n = min(_depth(filled), _depth(lo)) + 1
            if (tuple(filled[:n]) < tuple(lo[:n]) and top not in (1, 2)) or tuple(filled) == tuple(lo):
                return a
            if top > 0 and _depth(filled) < _depth(lo) and tuple(filled[:n]) == tuple(lo[:n]):
                return a  # "4월 9일부터 4월": the month holding the start is no second end
        rule = a.rule if a.rule.endswith("range") else a.rule + "-range"
        return _Cand(a.begin, stop, rule, a.lo, hi, None, a.kind, a.offset, a.anchor, a.weekday)

    def with_span(self, a: _Cand) -> _Cand:
        """"3일부터 사흘간", "2021년부터 3년간": a start and a length after 부터 (the end is the last unit)."""
        if a.hi is not None or a.part is not None or a.kind == "week":
            return a
        t = self.t
        j = a.stop
        g = self.lex.time_gap.match(t, j)
        if g and re.match(rf"{WS}*부터", t[g.end():g.end() + 4]):
            j = g.end()
        r = re.compile(rf"[)）]?{WS}*부터").match(t, j)
        if not r:
            return a
        nights = re.compile(rf"{WS}*\d{{1,2}}{WS}?박{WS}?(\d{{1,2}})일").match(t, r.end())
        if nights:  # '3일부터 3박 4일 일정으로': the days of the stay
            count = int(nights.group(1))
            return replace(a, stop=nights.end(), rule=a.rule + "-span", span=("d", count)) if 1 <= count <= 60 else a
        m = self.lex.span_len.match(t, r.end())
        if not m:
            return a
        if m.group("word"):
            unit, count = self.lex.span_words[re.sub(WS, "", m.group("word"))]
        else:
            unit, count = self.lex.span_units[m.group("unit")], int(m.group("num"))
        if not 1 <= count <= 100:
            return a
        return replace(a, stop=m.end(), rule=a.rule + "-span", span=(unit, count))
