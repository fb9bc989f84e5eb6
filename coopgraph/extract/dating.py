"""The governing date of an act: the clause's own date, else a named act's, the sentence's,
the paragraph's, the report date, the event before, the page's year (SPEC.md section 3, step 3).

:class:`DatesMixin` is part of the document reader (:mod:`coopgraph.extract.reader`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from datetime import date
from itertools import islice

from coopgraph.extract.base import _BARE_YEARISH, Cand, _in_spans, _quoted_spans
from coopgraph.extract.dating_leads import LeadsMixin
from coopgraph.extract.dating_notes import NotesMixin
from coopgraph.extract.dating_values import (  # noqa: F401 (re-exported for tests and the reader)
    _as_timeline_precision,
    _join_ranges,
    _month_of,
    _shifted,
    _told_ahead,
    _told_past,
)
from coopgraph.extract.dating_words import _STOP_TAGS, _named_in, _time_heads, _type_words
from coopgraph.extract.triggers import Trigger
from coopgraph.records import DateExpr

# an adnominal act naming a time ("협약식이 열린 같은 날", "개소식이 열린 당일", "시장이 방문한 가운데"): a time clause
_TIME_CLAUSE = re.compile(r"\s?(?:같은 ?날|당일|그날|날|가운데)(?![가-힣])")


# a visit named as the occasion of another act ('방문을 계기로', '방한 계기'): the day
# told is the other act's; the trip spans days around it, so only its month is known (ANNOTATE.md)
_OCCASION = re.compile(r"[^\s.,]*?\s?계기")


# a plan told as such after its act: '체결할 예정이다', '열 계획이다', '갖기로 했다'
# the act's own verb in the present ('방한한다', '체결한다고', '방한이 추진된다'): news tells a scheduled act so
_FINITE = re.compile(r"[가-힣]*?다(?=고|며|[.,]|\s|$)")
_PRESENT = re.compile(r"(?:[한된간온연선]|[갖맺]는)다$")
_CHAINED = re.compile(r"[가-힣](?:고|며),?\s*$")  # a clause ending in a connective: '갖고', '방문하며'
_PAST = re.compile(r"[했었았였됐웠켰렸갔왔졌쳤]")
_FUTURE_TOLD = re.compile(r"(?:[할될릴을질갈올볼둘칠펼낼줄]|갖|하|열|맺)\s?(?:예정|계획|방침)|기로\s?(?:했|합의)")

# a sentence telling an earlier act ('앞서 박 대사는 … 예방했다'): not on the day of the act told before
_EARLIER = re.compile(r"\s*(?:(?:(?:이에|이보다|그보다)\s?)?앞서(?![가-힣])|그 ?전에)")


# a visit told as a whole trip under way or ending ('국빈방문 일정을 마치고', '공식방문 중인')
_WHOLE_TRIP = re.compile(r"[^\s.,]*?\s?(?:일정|중인|중이던|중에)")
# the day a traveller set off or arrived: '지난 24일 UAE로 떠난', '24일 출국한', '23일 현지에 도착한'
_SET_OFF = re.compile(r"(?:\([^)]{0,8}\))?(?:\s?[^\s.,]+){0,2}?\s?(?:떠난|떠났|출국한|출국했|출발한|출발했|도착한|도착했|입국한|입국했)")


# the year of an act a story runs on from: '2015년 자매결연을 맺은 이후', '2001년 수교한 이래'
_SINCE_ACT = re.compile(r"[^.?!\n]*?[가-힣](?:은|한|된|던)\s?(?:이후|이래|뒤로|후로)")

# the first of a series a story runs on from: '1993년 … 사업을 시작으로', '2015년부터'
_STARTED_WITH = re.compile(r"부터|[^.?!\n]*?[가-힣](?:을|를)\s?(?:시작으로|필두로|출발점으로)")

# the occasion an act was held at, told before its clause: '… 참석을 계기로', '… 방문 계기'
_OCCASION_BEFORE = re.compile(r"계기(?:로|에|를 통해)?(?![가-힣])")

# a date that anchors another happening before the act: '지난 8월 신임 총리 취임 이후 (한 달 만에) 정상회담을
#개최', '작년 11월 왕세자 방한 이후, … 기공식': up to four words, then 이후/직후/이래/후/뒤
_ANCHORED = re.compile(r"(?:\s+[^\s,.]+){0,4}?(?:\s|(?<=[가-힣]))(?:이후|직후|이래|후|뒤)(?=[\s,])")
# and the stretch after it that dates the act: '한 달 만에', '3개월 후', '이틀 뒤'
_STRETCH = re.compile(r"[\s,]*(한|두|세|석|네|\d{1,2})\s?(일|주|개월|달|년)\s?(?:만에|만|후에|후|뒤에|뒤)(?=\s)")
_KO_COUNT = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4}


_YEAR_STEPS = ((re.compile(r"재작년|지지난 ?해"), -2), (re.compile(r"작년|지난 ?해|전년|昨年"), -1),
               (re.compile(r"내년|이듬 ?해|다음 ?해|명년"), 1))


def _year_step(text: str) -> int:
    """How many years a relative date moves from the year it is told in (작년 -1, 내년 +1)."""
    return next((step for pat, step in _YEAR_STEPS if pat.search(text)), 0)


class DatesMixin(NotesMixin, LeadsMixin):
    """Date reading of :class:`coopgraph.extract.reader.Reader` (uses its ``d``, ``cands``, ``doc_date``)."""

    def name_like(self, de: DateExpr) -> bool:
        """A bare year (range) glued to a noun: part of a name (2017-2019 협력센터, 2018 포럼)."""
        label = de.text.strip()
        if re.search(r"\d\s?박\s?$", self.d.text[max(0, de.begin - 5):de.begin]):
            return True  # '3박 4일': a stay's length, no day
        if label in ("올해", "금년", "올") and self.d.text[de.stop:de.stop + 2] == "의 ":
            return True  # '올해의 협력상': part of a title
        if (re.fullmatch(r"\d{4}\s?년도", label) and self.d.text[de.stop:de.stop + 1] == " ") or (
                re.fullmatch(r"\d{4}\s?년", label) and self.d.text[de.stop:de.stop + 2] == "도 "):
            return True  # '2021년도 신규 과제': a fiscal-year label, not the act's date
        if not _BARE_YEARISH.match(de.text.strip()):
            return False
        after = self.d.text[de.stop:de.stop + 2]
        if not after.startswith(" ") or len(after) < 2:
            return False
        j = bisect.bisect_left(self.d.starts, de.stop)
        if j >= len(self.d.toks):
            return False
        t = self.d.toks[j]
        if t.form in self.d.lex.predicates and j + 1 < len(self.d.toks) and self.d.toks[j + 1].tag == "XSV":
            return False  # 2020 체결한: a damaged "2020년", dating the act
        return t.tag in {"NNG", "NNP", "SL", "SSO"} or t.form in ("'", '"', "“")

    def usable(self, de: DateExpr) -> DateExpr | None:
        """The date value to use, with relative dates checked against the year context."""
        if de.relative:
            ok = de.start is not None
            if self.doc_date:
                return de if ok else None  # resolved against the publication date: trust it
            if not ok and de.rule == "day":
                told = self._day_told_in_full(de)
                if told is not None:
                    return told
            if self.context_year:
                # the page's year, moved by the expression's own year step (작년 11월 -> the year before)
                year = str(int(self.context_year) + _year_step(de.text))
                if not ok:
                    return DateExpr(de.begin, de.stop, de.text, year, year, rule="context-year", relative=True)
                if de.start[:4] != year:
                    end = de.end or de.start
                    if end[:4] != de.start[:4]:
                        return DateExpr(de.begin, de.stop, de.text, year, year, rule="context-year", relative=True)
                    return DateExpr(de.begin, de.stop, de.text, year + de.start[4:], year + end[4:],
                                    rule=de.rule + "+context-year", relative=True)
            return de if ok else None
        return de if de.start else None

    def _day_told_in_full(self, de: DateExpr) -> DateExpr | None:
        """A bare day ('11일') on a page with no date of its own, read before any month: the one full
        date of the page on that day ('… 기조연설을 하고 있다. 2019.06.11.'), else None."""
        m = re.match(r"(\d{1,2})\s?일", de.text)
        if m is None:
            return None
        days = {x.start for x in self.d.dates if not x.relative and x.start and len(x.start) == 10
                and x.end == x.start and int(x.start[8:]) == int(m.group(1))}
        if len(days) != 1:
            return None
        (day,) = days
        return DateExpr(de.begin, de.stop, de.text, day, day, rule=de.rule + "+day-told-in-full", relative=True)

    def _trip_range(self, de: DateExpr) -> DateExpr:
        """A visit dated by one day inside the one stretch of days the page tells ('11~14일 … 국빈방문',
        later '14일 … 일정을 마치고'): the trip is that stretch."""
        if not de.start or len(de.start) != 10 or (de.end or de.start) != de.start:
            return de
        spans = {(x.start, x.end) for x in self.d.dates if x.start and x.end and len(x.start) == 10
                 and len(x.end) == 10 and x.start < x.end and x.start <= de.start <= x.end}
        if len(spans) != 1:
            return de
        (start, end), = spans
        return DateExpr(de.begin, de.stop, de.text, start, end, rule=de.rule + "+trip", relative=de.relative)

    def _trip_under_way(self, de: DateExpr) -> DateExpr:
        """A visit told as under way ('방문 중인', '순방 일정을') and dated by one day of another act: the trip
        began on the day the page says the traveller left or arrived ('지난 24일 UAE로 떠난') and runs to that
        day; with no such day it spans days around it, so only its month is known (ANNOTATE.md)."""
        if not de.start or len(de.start) != 10 or (de.end or de.start) != de.start:
            return de
        day = date.fromisoformat(de.start)
        starts = set()
        for x in self.d.dates:
            if not x.start or len(x.start) != 10 or (x.end or x.start) != x.start or not _SET_OFF.match(self.d.text, x.stop):
                continue
            gap = (day - date.fromisoformat(x.start)).days
            if 0 < gap <= 14:
                starts.add(x.start)
        if len(starts) == 1:
            return DateExpr(de.begin, de.stop, de.text, starts.pop(), de.start, rule=de.rule + "+set-off",
                            relative=de.relative)
        return de  # the day told: the gold of the corpus gives that day as often as the month (r114, r210)

    def report_date(self, de: DateExpr, hi: int) -> bool:
        j = bisect.bisect_left(self.d.starts, de.stop)
        for t in self.d.toks[j:j + 3]:
            if t.begin >= hi:
                break
            if t.form in self.d.lex.report_verbs:
                return True
        return False

    def _context_year(self, sent_info) -> str | None:
        """The one explicit year a document is about, when it has one (counted in sentences with acts)."""
        years: Counter[str] = Counter()
        for s, _t0, _t1, _h, _clauses, trigs in sent_info:
            if not trigs or any(tr.status == "planned" for _ci, tr in trigs):
                continue
            for k in self.d.date_range(s.begin, s.stop):  # a bisection, not a scan of the page per sentence
                de = self.d.dates[k]
                if s.begin <= de.begin < s.stop and not de.relative and de.start \
                        and not _SINCE_ACT.match(self.d.text, de.stop, min(s.stop, de.stop + 30)) \
                        and not _STARTED_WITH.match(self.d.text, de.stop, min(s.stop, de.stop + 40)):
                    years[de.start[:4]] += 1  # not the year of an act the story runs on from ('2015년 … 맺은 이후')
        if not years:
            return None
        (top, n), *rest = years.most_common()
        if rest and rest[0][1] == n:
            return None
        return top if n / sum(years.values()) >= 0.5 else None

    def _bound_dates(self, sent_info) -> dict[int, int]:
        """Dates of an adnominal act inside another act's clause: that act's own date.

        "2010 11 7 체결된 양해각서" (right before it), and "2019년 5월 양 기관이 체결한 협약에
        따라" (anywhere in the clause before it, when the instrument is cited as a basis).
        """
        bound: dict[int, int] = {}
        d = self.d
        date_starts = [de.begin for de in d.dates]
        for sent, _t0, _t1, _h, clauses, trigs in sent_info:
            for ci, tr in trigs:
                if tr.form != "adnominal":
                    continue
                cb = d.toks[clauses[ci][0]].begin
                after = d.text[tr.governed.stop:tr.governed.stop + 8] if tr.governed else ""
                cited = tr.governed is not None and tr.governed.begin > tr.begin and any(
                    after.lstrip().startswith(x) for x in d.lex.earlier_act_links)
                lo = bisect.bisect_left(date_starts, sent.begin)
                hi = bisect.bisect_left(date_starts, tr.begin)
                for k in range(lo, hi):
                    de = d.dates[k]
                    if de.stop > tr.begin:
                        continue
                    gap = d.text[de.stop:tr.begin]
                    if len(gap) <= 4 and re.fullmatch(r"\s*(?:에|,|부터|까지|에는)?\s*", gap):
                        bound[k] = tr.begin
                    elif cited and de.begin >= cb:
                        bound[k] = tr.begin
        return bound

    def _own_date(self, tr: Trigger, cb: int, ce: int, bound: set[int]):
        """(date, index) of the clause's governing date, or None."""
        noted = self._noted_date(tr, ce)
        if noted is not None:
            return noted
        best = None
        quoted = _quoted_spans(self.d.text, cb, ce)
        for k in self.d.date_range(cb, ce):
            de = self.d.dates[k]
            if not (cb <= de.begin and de.stop <= ce) or de.begin >= tr.begin:
                continue
            if _in_spans(de.begin, de.stop, quoted):
                continue  # a year inside a quoted title names the title
            if self.d.text[de.stop:de.stop + 2] == "까지" and "부터" not in de.text and best is not None:
                continue  # 이날 ... 2023년까지 연장하는 합의서: a deadline inside the content
            if k in bound and bound[k] != tr.begin:
                continue
            if self.name_like(de) or self._noted_for_other(de, tr):
                continue
            if self._in_relative_clause(de, tr):
                self.__dict__.setdefault("_rel_skipped", set()).add(tr.begin)
                continue
            use = self.usable(de)
            anchor = _ANCHORED.match(self.d.text, de.stop, tr.begin)
            if use is not None and anchor is not None:
                # the date of another happening the act came a stretch after: moved by it
                stretch = _STRETCH.match(self.d.text, anchor.end(), tr.begin)
                if stretch is not None and use.end == use.start:
                    count = stretch.group(1)
                    use = _shifted(use, _KO_COUNT[count] if count in _KO_COUNT else int(count), stretch.group(2))
            if use is not None:
                best = (self._unlent_month(use, k, bound), k)
            elif de.start is None and not self.doc_date and re.search(r"\d\s?일", de.text):
                # '22일' on a page with no date of its own and no month told before it: the act's day is
                # told but cannot be placed, so no other date of the page stands in for it (issue 9)
                self.__dict__.setdefault("_day_unplaced", set()).add(tr.begin)
        if best is not None:
            return best
        return None

    def _story_start(self, de: DateExpr, hi: int) -> bool:
        """A date that opens a longer story ('2010년부터 … 해 왔다', '2015년 … 맺은 이후', '… 사업을 시작으로'):
        it dates that start, never a later act told without a date of its own."""
        text = self.d.text
        if text[de.stop:de.stop + 4].lstrip().startswith("부터") and "까지" not in de.text:
            return True
        return bool(_SINCE_ACT.match(text, de.stop, min(hi, de.stop + 30))
                    or _STARTED_WITH.match(text, de.stop, min(hi, de.stop + 40)))

    def _in_relative_clause(self, de: DateExpr, tr: Trigger) -> bool:
        """A background date (a year before the report's) told inside a relative clause on a person, body or
        thing the act names ('지난해 9월 … 학위를 받은 X 회장을 만나', '지난해 11월 … 방한해 체결한 MOU의 후속
        조치를 논의하고'): that clause's time, not the act's. A clause naming the act's time or occasion
        ('방한했을 때', '15일 열린 회의에서') dates it, and so does a date opening the main clause ('2015년 양국은')."""
        if not self.doc_date or not de.start or de.start[:4] >= self.doc_date[:4]:
            return False
        d = self.d
        lo, hi = d.tok_range(de.stop, tr.begin)
        toks = d.toks
        for i in range(lo, min(hi - 1, lo + 80)):  # a clause's words, not a page-long run (bounded work per date)
            t = toks[i]
            if t.tag == "JX" and t.form in ("은", "는") or t.form in (",", "，"):
                return False  # '2015년 양국은 … 위한 …': the date opens the main clause
            if t.tag != "ETM" or not toks[i - 1].tag.startswith(("VV", "VA", "XSV", "XSA", "VX", "EP")):
                continue
            k = i + 1
            while k < hi and not (toks[k].tag.startswith(("J", "E", "V", "XS")) or toks[k].tag in _STOP_TAGS):
                k += 1
            head = toks[i + 1:k]
            if not head or head[-1].stop >= tr.begin:
                return False  # the act itself follows
            if head[0].form in _time_heads():
                return False  # '… 방한했을 때', '… 열린 자리에서': the time or occasion of the act
            occasion = k < hi and toks[k].tag == "JKB" and toks[k].form in ("에서", "에")
            cls = d.lex.noun_class("".join(x.form for x in head if x.tag not in ("SN", "NR")))
            if occasion and cls is not None and cls[0] in d.lex.noun_types:
                return False  # '15일 열린 회의에서 합의했다': the gathering the act was part of
            return True
        return False

    def _unlent_month(self, de: DateExpr, k: int, bound) -> DateExpr:
        """A bare day that took its month from the date of another act told before it in the sentence
        ('지난 2월 체결한 업무협약을 바탕으로 13일 … 개최했다'): the report's month, not that act's."""
        if not self.doc_date or not de.relative or not de.rule.startswith("day") or not de.start \
                or len(de.start) != 10 or de.start[:7] == self.doc_date[:7] or (de.end or de.start)[:7] != de.start[:7]:
            return de
        lent = any(j < k and (x := self.d.dates[j]).start == de.start[:7] and x.relative is not None
                   and self.d.text.count(".", x.stop, de.begin) == 0 for j in bound)
        if not lent:
            return de
        ym = self.doc_date[:7]
        try:
            date.fromisoformat(f"{ym}-{(de.end or de.start)[8:]}")
        except ValueError:
            return de
        return DateExpr(de.begin, de.stop, de.text, f"{ym}-{de.start[8:]}", f"{ym}-{(de.end or de.start)[8:]}",
                        rule=de.rule + "+report-month", relative=True)

    def _own_date_after(self, tr: Trigger, cb: int, ce: int, bound: set[int]):
        """A date after the trigger in its clause (not a report date), or None."""
        for k in self.d.date_range(cb, ce):
            de = self.d.dates[k]
            if cb <= de.begin and de.stop <= ce and de.begin >= tr.stop and k not in bound:
                if self.name_like(de) or self.report_date(de, ce):
                    continue
                use = self.usable(de)
                if use is not None:
                    return (use, k)
        return None

    def _report_date(self, cand: Cand) -> DateExpr | None:
        for k in self.d.date_range(cand.trigger.stop, cand.sentence[1]):
            de = self.d.dates[k]
            if cand.trigger.stop <= de.begin and de.stop <= cand.sentence[1] and de.start \
                    and self.report_date(de, cand.sentence[1]):
                return self.usable(de)
        return None

    @staticmethod
    def _day_of(de: DateExpr, before: str) -> DateExpr:
        """'방문 첫날' / '마지막 날': one day of the named act's range."""
        if not de.start or len(de.start) != 10 or not de.end or de.end == de.start:
            return de
        if "첫날" in before:
            return DateExpr(de.begin, de.stop, de.text, de.start, de.start, rule="first-day")
        if "마지막 날" in before:
            return DateExpr(de.begin, de.stop, de.text, de.end, de.end, rule="last-day")
        return de

    def _named_event_before(self, cand: Cand, s) -> Cand | None:
        """'포럼 기간', '출범식 직후', '방문 첫날', '공동위원회 계기로': the act told before that is named."""
        gov = cand.trigger.governed
        return self._named_act(cand, self.d.text[s.begin:min(cand.trigger.begin, gov.begin if gov else cand.trigger.begin)])

    def _named_act(self, cand: Cand, before: str) -> Cand | None:
        d = self.d
        # the 30 latest dated acts (islice: a list of every act before the cut made long pages quadratic)
        told = list(islice((c for c in reversed(self.cands) if c is not cand and c.date is not None and not c.bound), 30))
        # first the act's own word (협약식 직후 -> the act whose noun is 협약), then any word of its type
        for c in told:
            words = {c.trigger.lemma}
            if c.trigger.governed is not None and c.trigger.governed.noun:
                words.add(c.trigger.governed.noun)
            words -= d.lex.generic_event_nouns
            if any(len(w) >= 2 and _named_in(w, before) for w in words):
                return c
        for c in told:
            if self._words_of(c.type).search(before):
                return c
        return None

    def _words_of(self, typ: str) -> re.Pattern:
        """One pattern per event type: any of its nouns followed by a 'during' link."""
        return _type_words(typ)

    def _date(self, cand: Cand, tr: Trigger, own, clauses, ci, s, para, bound, made_here) -> None:
        self._date_pick(cand, tr, own, clauses, ci, s, para, bound, made_here)
        if cand.date is not None and tr.status == "happened" and self.doc_date and self._told_in_present(tr, cand):
            # '2월 방한한다', '3일 협약을 체결한다고 밝혔다' in the report's present: a scheduled act, ahead of the report
            cand.date = _told_ahead(cand.date, self.doc_date)
        elif cand.date is not None and tr.status == "happened" and self.doc_date:
            cand.date = _told_past(cand.date, self.doc_date)
        elif cand.date is not None and tr.status == "planned" and self.doc_date and cand.date_rule == "clause" \
                and _FUTURE_TOLD.search(self.d.text, tr.begin,
                                        max(cand.sentence[1], min(cand.clause[1] + 12, len(self.d.text)))):
            cand.date = _told_ahead(cand.date, self.doc_date)  # '1월 5일 체결할 예정이다' on 20 December
        if cand.type == "visit" and cand.date is not None and _OCCASION.match(self.d.text, tr.begin):
            cand.date = _month_of(cand.date)
        elif cand.type == "visit" and cand.date is not None and _WHOLE_TRIP.match(self.d.text, tr.begin):
            cand.date = self._trip_under_way(self._trip_range(cand.date))

    def _told_in_present(self, tr: Trigger, cand: Cand) -> bool:
        """The first finite verb from the act's word on ends in the present ('방한한다', '체결한다고', '추진된다')."""
        text = self.d.text
        verb = _FINITE.search(text, tr.begin, min(cand.clause[1] + 8, len(text)))
        if verb is None and _CHAINED.search(text, cand.clause[0], cand.clause[1]):
            # '11일 … 회담을 갖고 … 방안을 논의한다': a clause chained by 고/며 takes the tense of the verb closing
            # the sentence, unless a past verb comes between ('갖고 … 논의했으며 … 한다')
            verb = _FINITE.search(text, cand.clause[1], cand.sentence[1])
            if verb is not None and _PAST.search(text, cand.clause[1], verb.end()):
                verb = None
        return verb is not None and _PRESENT.search(verb.group()) is not None

    def _date_pick(self, cand: Cand, tr: Trigger, own, clauses, ci, s, para, bound, made_here) -> None:
        d = self.d
        occasion = self._noted_occasion(cand, tr)
        if occasion is not None:  # '개소(이번 순방 계기)': a trip spans days around it, so its month (ANNOTATE.md)
            cand.date = _month_of(occasion.date) if occasion.type == "visit" else occasion.date
            cand.date_rule, cand.weak_date, cand.placed_in = "noted-occasion", occasion.weak_date, occasion
            return
        if own is None and tr.form == "adnominal" and _TIME_CLAUSE.match(d.text, tr.stop):
            cand.cues.append("time-clause")  # 보고회가 열린 같은 날 오전 ... 서명했다: dated by the main clause
            return
        if own is None and tr.begin in self.__dict__.get("_day_unplaced", ()):
            cand.cues.append("date:day-unplaced")
            return
        if own is None:
            named = self._named_event_before(cand, s)
            if named is not None:
                cand.date, cand.date_rule = self._day_of(named.date, d.text[s.begin:tr.begin]), "named-event-before"
                cand.weak_date = named.weak_date
                cand.placed_in = named
                return
            if re.search(r"연내|올해 안|연말까지", d.text[cand.clause[0]:cand.clause[1]]):
                year = (self.doc_date[:4] if self.doc_date else None) or self.context_year
                if year:
                    cand.date = DateExpr(0, 0, "연내", year, year, rule="context-year")
                    cand.date_rule, cand.explicit_date = "within-the-year", True
                    return
            own = self._own_date_after(tr, cand.clause[0], cand.clause[1], bound)
            if own is None and ci + 1 < len(clauses):
                # '... 투입되며, 2024년부터 2027년까지 ... 구축한다': the next clause, when it tells no act
                c0, c1 = clauses[ci + 1]
                nb, ne = d.toks[c0].begin, d.toks[c1 - 1].stop
                if not any(x.begin >= nb and x.stop <= ne for x in self.sentence_triggers):
                    for k in d.date_range(nb, ne):
                        de = d.dates[k]
                        if nb <= de.begin and de.stop <= ne and k not in bound and not self.name_like(de) \
                                and not self.report_date(de, ne):
                            use = self.usable(de)
                            if use is not None:
                                own = (use, k)
                                break
        if own is not None and own[0].rule.startswith("relative-same"):
            prev_ev = next((c for c in reversed(self.cands) if c is not cand and c.date is not None
                            and not c.bound and len(c.date.start or "") == 10), None)
            if prev_ev is not None:  # 이날, 같은 날: the day of the act told before, not of the report
                cand.date, cand.date_rule, cand.explicit_date = prev_ev.date, "same-day-as-event-before", True
                return
            if len(own[0].start or "") != 10:
                # '이날' read as a month or a year: no day told before it, so the day the page reports
                if self.doc_date:
                    day = self.doc_date[:10]
                    cand.date = DateExpr(own[0].begin, own[0].stop, own[0].text, day, day, rule="publication-day")
                    cand.date_rule, cand.explicit_date = "same-day-as-publication", True
                    return
        if own is not None:
            cand.date, cand.date_rule, cand.explicit_date = own[0], "clause", True
            after = d.text[own[0].stop:own[0].stop + 4].lstrip()
            cand.open_ended = after.startswith("부터") and "까지" not in own[0].text
            if own[0].rule == "context-year":
                cand.date_rule, cand.explicit_date = "relative->context-year", False
            return
        # a background act told in a relative clause before this one ('지난해 11월 … 체결한 MOU의 후속 조치를
        # 논의하고') lends it nothing: only what the sentences before tell may date it
        background = tr.begin in self.__dict__.get("_rel_skipped", ())
        # an earlier clause of the same sentence: the act told there, else a date told there
        for c in reversed(made_here if not background else ()):
            if c is not cand and c.date is not None and not c.bound and c.clause[0] < cand.clause[0]:
                cand.date, cand.date_rule = c.date, "sentence-event"
                cand.weak_date = c.weak_date
                cand.placed_in = c
                return
        sb = d.toks[clauses[0][0]].begin
        prev = None
        for k in d.date_range(sb, cand.clause[0] if not background else sb):
            de = d.dates[k]
            if sb <= de.begin and de.stop <= cand.clause[0] and k not in bound and not self.name_like(de):
                if d.text[de.stop:de.stop + 4].lstrip().startswith("부터") and "까지" not in de.text:
                    continue  # '2016년부터 논의해 왔으며, 이번 … 체결': the start of another, longer story
                use = self.usable(de)
                if use is not None:
                    prev = use
        if prev is not None:
            cand.date, cand.date_rule = prev, "sentence"
            return
        # the paragraph: the event before, else the last date told in it
        last = None
        for c in reversed(self.cands[:-1] if self.cands and self.cands[-1] is cand else self.cands):
            if c.para == para and c.date is not None and c is not cand and not c.bound \
                    and not (background and c.sentence[0] >= s.begin):
                if c.date.stop > c.date.begin and self._story_start(c.date, c.sentence[1]):
                    break  # '2015년 자매결연을 맺은 이후 교류해 왔다': the act a story runs on from, not this one's day
                last = c
                break
            if c.para != para:
                break
        pdate = None
        for k in d.date_range(d.para_starts[para] if para >= 0 else 0, s.begin):
            de = d.dates[k]
            if d.para(de.begin) == para and de.stop <= s.begin and k not in bound and not self.name_like(de):
                if self._story_start(de, s.begin):
                    continue  # '2010년부터 … 해 오고 있다', '2015년 … 맺은 이후': the start of a longer story
                use = self.usable(de)
                if use is not None:
                    pdate = use
        if _EARLIER.match(d.text, s.begin):
            last = pdate = None  # '앞서 …': an act before the ones told, not on their day
        if last is not None and (pdate is None or last.date.begin >= pdate.begin or last.date.rule == "context-year"):
            cand.date, cand.date_rule = last.date, "paragraph-event"
            cand.weak_date = last.weak_date
            return
        if pdate is not None:
            cand.date, cand.date_rule = pdate, "paragraph"
            return
        # an event named again (포럼 기간, 공동위원회 계기로, 개소식에 이어): its date
        # a date that is part of a name in the clause (2018 ... 국제 건강포럼)
        # ... or in the name of the occasion it was held at ("‘2026 X 정상회의’ 참석을 계기로 … 면담")
        occasion = _OCCASION_BEFORE.search(d.text, s.begin, cand.clause[0])
        lo = s.begin if occasion is not None else cand.clause[0]
        for k in d.date_range(lo, cand.clause[1]):
            de = d.dates[k]
            if lo <= de.begin and de.stop <= cand.clause[1] and self.name_like(de) \
                    and (occasion is None or de.stop <= occasion.start() or cand.clause[0] <= de.begin):
                use = self.usable(de)
                if use is not None and (not self.doc_date or use.start <= self.doc_date[:len(use.start)]
                                        or tr.status != "happened"):
                    cand.date, cand.date_rule = use, "name-year"
                    return
        report = self._report_date(cand)
        if report is not None:  # 착수했다고 2일 밝혔다, with no other date: the day it was told
            cand.date, cand.date_rule = report, "report-date"
            return
        if self.news_like and not _EARLIER.match(d.text, s.begin):
            prev_ev = next((c for c in reversed(self.cands) if c is not cand and c.date is not None
                            and not c.bound and c.date.rule != "context-year"
                            and not (c.date.stop > c.date.begin and self._story_start(c.date, c.sentence[1]))), None)
            if prev_ev is not None:
                cand.date, cand.date_rule = prev_ev.date, "document-event-before"
                cand.weak_date = prev_ev.weak_date
                return
        # nothing in the text dates this act: no date (ANNOTATE.md), not the page's year
