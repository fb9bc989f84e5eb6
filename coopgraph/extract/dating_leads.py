"""Dates for a story's undated lead, once the acts are merged: the happening told right before it names
('… 1일과 2일 나이로비에서는 … 가졌다. / … 진행된 기념행사에는 …'), else the day the next sentences tell.

:class:`LeadsMixin` is part of the date reader (:class:`coopgraph.extract.dating.DatesMixin`; uses its ``d``,
``cands``, ``sentences``, ``doc_date``, ``news_like``, ``usable``, ``name_like``, ``report_date``,
``_story_start`` and ``_place_in_span``).
"""

from __future__ import annotations

import re

from coopgraph.extract.base import Cand
from coopgraph.extract.dating_values import _month_of, _told_past
from coopgraph.records import DateExpr

# an act's noun as the setting of its sentence: '기념행사에는 A, B 등이 참석했다', '회의에서는 … 논의했다'
_SETTING = re.compile(r"(?:에는|에서는|에선|엔)(?=\s)")

# how many sentences after an undated lead may date it
_LEAD_REACH = 2


class LeadsMixin:
    def date_leads(self, cands: list[Cand]) -> None:
        """A story's undated lead ('X 차관보가 멕시코를 방문해 … 나섰다', 'X가 훈장을 받았다'), left
        after merging with no dated act before it: the day the next sentences tell (news pages), or the
        happening told right before it names (any page), and the place they set when it has none. Called
        once the acts are merged (a lead that restates a body act is folded into it first)."""
        for cand in sorted(cands, key=lambda c: c.sentence[0]):
            if cand.date is not None:
                return
            told_here = any(cand.sentence[0] <= self.d.dates[k].begin < cand.sentence[1]
                            for k in self.d.date_range(cand.sentence[0], cand.sentence[1]))
            if cand.status == "happened" and not told_here:  # a day the page cannot resolve stays unresolved
                told, rule = self._happening_told_before(cand), "happening-told-before"
                if told is None and self.news_like:  # a timeline page's acts are not one story's
                    told, rule = self._lead_told_after(cand), "lead-told-after"
                    if told is not None and cand.type == "visit":
                        # the trip spans the days the story tells ('19일과 20일 이틀 동안'); one day of an act
                        # told after it is a day within the trip, so only its month is known (ANNOTATE.md)
                        told = self._trip_range(told)
                        if told.start and len(told.start) == 10 and (told.end or told.start) == told.start:
                            told = _month_of(told)
                if told is not None:
                    cand.date, cand.date_rule = _told_past(told, self.doc_date) if self.doc_date else told, rule

    def _happening_told_before(self, cand: Cand) -> DateExpr | None:
        """'지난 1일과 2일 나이로비에서는 … 시간을 가졌다. / … 주최로 진행된 기념행사에는 A, B 등이 참석했다': an
        act whose event noun is the sentence's setting (X 행사에는, X 회의에서는), told right after a sentence
        with no act that dates a happening: that day, and the place set there when it has none."""
        d, gov = self.d, cand.trigger.governed
        if gov is None or not _SETTING.match(d.text, gov.stop):
            return None
        at = next((i for i, x in enumerate(self.sentences) if x.begin == cand.sentence[0]), None)
        if not at:
            return None
        prev = self.sentences[at - 1]
        if any(c is not cand and prev.begin <= c.trigger.begin < prev.stop for c in self.cands):
            return None
        for k in d.date_range(prev.begin, prev.stop):
            de = d.dates[k]
            if prev.begin <= de.begin and de.stop <= prev.stop and not self.name_like(de) \
                    and not self.report_date(de, prev.stop) and not self._story_start(de, prev.stop):
                use = self.usable(de)
                if use is not None:
                    if cand.location is None:
                        cand.location = self._place_in_span(prev.begin, prev.stop)
                    return use
        return None

    def _lead_told_after(self, cand: Cand) -> DateExpr | None:
        """The first date the two sentences after the lead tell (not a report date, not part of a name)."""
        d = self.d
        at = next((i for i, x in enumerate(self.sentences) if x.begin == cand.sentence[0]), None)
        if at is None:
            return None
        for nxt in self.sentences[at + 1:at + 1 + _LEAD_REACH]:
            found = []
            for k in d.date_range(nxt.begin, nxt.stop):
                de = d.dates[k]
                if not (nxt.begin <= de.begin and de.stop <= nxt.stop) or self.name_like(de) \
                        or self.report_date(de, nxt.stop):
                    continue
                use = self.usable(de)
                if use is not None:
                    found.append(use)
            # '외교부는 오늘(27일) … 지난 25일 … 수여했다고 밝혔다': the day told is not the report day
            acts = [x for x in found if not self.doc_date or x.start != self.doc_date[:10]]
            if acts or found:
                if cand.location is None:  # and where the sentence that dates it sets the act
                    cand.location = self._place_in_span(nxt.begin, nxt.stop)
                return (acts or found)[0]
        return None
