"""Dates noted in brackets after an act: its own ('개최(23.3월)', 'MOU 체결(2019.4.9)'), another list item's
('조성(23.6월), … 개소'), or the occasion it was the act of ('개소(이번 순방 계기)').

:class:`NotesMixin` is part of the date reader (:class:`coopgraph.extract.dating.DatesMixin`).
"""

from __future__ import annotations

import re

from coopgraph.extract.base import Cand
from coopgraph.extract.triggers import Trigger
from coopgraph.records import DateExpr

_NOTE_OPEN = re.compile(r"\s?[(\[]\s?['’‘]?")
_NOTE_CLOSE = re.compile(r"\.?\s?[)\]]")
_NOTE_OCCASION = re.compile(r"\s?\(([^()\n]{1,30}?계기)\)")  # '개소(이번 순방 계기)'
_NOTE_OPEN_AFTER = re.compile(r"[가-힣][(\[]['’‘]?$")  # a note glued to the word before it: '조성(23.6월)'


class NotesMixin:
    """Reads the notes in brackets after an act (uses the reader's ``d``, ``cands``, ``doc_date``,
    ``sentence_triggers``, ``usable`` and ``_named_act``)."""

    def _noted_date(self, tr: Trigger, ce: int):
        """'기공식 개최(23.3월)', 'MOU 체결(2019.4.9)': a date in brackets right after the act is its own."""
        d = self.d
        for k in d.date_range(tr.stop, min(ce, tr.stop + 4)):
            de = d.dates[k]
            if de.stop <= ce and _NOTE_OPEN.fullmatch(d.text, tr.stop, de.begin) \
                    and _NOTE_CLOSE.match(d.text, de.stop):
                use = self.usable(de)
                if use is not None:
                    return use, k
        return None

    def _noted_for_other(self, de: DateExpr, tr: Trigger) -> bool:
        """'펀드 조성(23.6월), 센터 개소 등': a date in brackets right after another item of a list, or after
        another act of the sentence, is that one's own, not a date for the acts after it."""
        d = self.d
        close = _NOTE_CLOSE.match(d.text, de.stop)
        if close is None:
            return False
        opened = _NOTE_OPEN_AFTER.search(d.text, max(0, de.begin - 4), de.begin)
        if opened is not None and d.text.startswith(",", close.end()):
            return True  # '조성(23.6월), … 개소': the list item before the comma
        return any(x.begin != tr.begin and x.stop <= de.begin and _NOTE_OPEN.fullmatch(d.text, x.stop, de.begin)
                   for x in self.sentence_triggers)

    def _noted_occasion(self, cand: Cand, tr: Trigger) -> Cand | None:
        """'센터 개소(이번 순방 계기)': an occasion noted in brackets right after the act, the act told before
        that it names."""
        m = _NOTE_OCCASION.match(self.d.text, tr.stop)
        if m is None:
            return None
        named = self._named_act(cand, m.group(1))
        if named is None and any(len(w) >= 2 and w in m.group(1) and info.get("class") == "visit"
                                 for w, info in self.d.lex.predicates.items()):
            # '(이번 순방 계기)' after a visit told as '방문': the visit told before
            named = next((c for c in reversed(self.cands) if c is not cand and c.type == "visit"
                          and c.date is not None and not c.bound and self._report_month(c.date)), None)
        return named

    def _report_month(self, de: DateExpr) -> bool:
        """'이번 순방': a trip of the report's month (or the month before it)."""
        if not self.doc_date or not de.start or len(de.start) < 7:
            return False
        y, m = int(self.doc_date[:4]), int(self.doc_date[5:7])
        before = f"{y - (m == 1):04d}-{12 if m == 1 else m - 1:02d}"
        return de.start[:7] in (self.doc_date[:7], before)
