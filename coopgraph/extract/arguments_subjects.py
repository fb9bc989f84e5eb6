"""Who acts in a clause when its own words do not say: the subject carried from the sentence's first clause or
from the sentence before ('A는 ... 이어 C를 방문해'), the countries standing as subject ('양국은'), the visitor a
visit noun names, and the actors of a background act ('A와 B가 지난해 체결한 협약에 따라') who are no parties.

:class:`SubjectsMixin` is part of the document reader (:mod:`coopgraph.extract.reader`), through
:class:`coopgraph.extract.arguments.ArgumentsMixin`.
"""

from __future__ import annotations

import functools
import re

from coopgraph.extract.arguments_exclusions import _VENUE_HOLDING
from coopgraph.extract.base import Cand, _add, _participant
from coopgraph.extract.roles import _particle
from coopgraph.extract.roles import lexicon as roles_lexicon
from coopgraph.extract.triggers import Trigger, load_lexicon
from coopgraph.records import Mention


class SubjectsMixin:
    """Subject selection of the reader (uses its ``d``, ``sentences``, ``pair`` and ``mentions_in``)."""

    def _carried_subject(self, cand: Cand, tr: Trigger, cb: int, ms: list[Mention]) -> list[Mention]:
        """'A는 B를 방문하고 C 총장과 협약을 체결했다': a later coordinated clause with no subject of its own
        shares the subject of the sentence's first clause (A, with the persons and bodies named with it)."""
        s0 = cand.sentence[0]
        if tr.form != "verbal" or cb <= s0:
            return []
        text = self.d.text
        if any(_particle(text[m.stop:m.stop + 30])[0] == "subject" for m in ms if m.begin >= cb):
            return []
        first = self.mentions_in(s0, cb)
        for k, m in enumerate(first):
            cls, pos = _particle(text[m.stop:m.stop + 30])
            if cls == "subject":
                upto = k + sum(1 for x in first[k + 1:] if x.stop <= m.stop + pos)  # 'A대학교 B 총장은'
                group = [x for x in first[:upto + 1] if not self._only_owner_or_venue(x)
                         and not _VENUE_HOLDING.match(text, x.stop)
                         and not re.match(r"\s?(?:에서|에게|에|으로|로|을|를)", text[x.stop:x.stop + 4])]
                if k and re.search(r"(?:을|를|에서|에게|에)\s", text[first[k - 1].stop:m.begin]):
                    group = [m]  # 'X에서 Y를 만난 A는': only A is the subject
                if group and not any(x.begin >= cb for x in ms):
                    # 'A는 B와 회담을 하고 협약을 맺었다': a clause with no party of its own also shares the
                    # partner the first clause names with 와/과 (not one coordinated with the next name)
                    for x in first[upto + 1:]:
                        if _COMITATIVE_MEETING.match(text, x.stop, cb):
                            group.append(x)
                if group:
                    cand.cues.append(f"participants:carried-subject:{m.text}")
                return group
            if cls is not None:
                return []
        return []

    def _topic_before(self, cand: Cand, tr: Trigger, cb: int, ms: list[Mention]) -> list[Mention]:
        """'A대학교는 B대학교와 협약을 체결했다. 이어 C대학교를 방문해 ...': a sentence with no subject of its own
        goes on with the topic of the sentence before in its paragraph (A, with the persons and bodies named
        with it), as Korean leaves a continuing subject unsaid."""
        s0 = cand.sentence[0]
        if tr.form != "verbal" or cand.sent_index < 1 or len({m.text for m in ms}) >= 2:
            return []  # two parties named in the clause: its own
        if any(self._is_subject(m) for m in self.mentions_in(s0, tr.begin, kinds=("org", "person", "country", "place"))):
            return []  # 'A(KOTRA)는', '한국과 UAE는': a subject of its own
        if self._unnamed_subject(s0, tr.begin):
            return []  # '양측은', '협약식이 열려': a subject of its own that is no name
        told = 0
        for k in range(cand.sent_index - 1, max(-1, cand.sent_index - 6), -1):
            prev = self.sentences[k]
            if cand.para - self.d.para(prev.begin) > 3:
                return []
            if not _TOLD.search(prev.text):
                continue  # a heading or caption between ('UCL 학생교환협정')
            group = self._subject_group(prev.begin, prev.stop)
            if group is not None:
                if group:
                    cand.cues.append(f"participants:topic-before:{group[-1].text}")
                return group
            if self._unnamed_subject(prev.begin, prev.stop):
                return []
            told += 1
            if told >= 2:
                return []
        return []

    def _subject_group(self, b: int, e: int) -> list[Mention] | None:
        """The first name with a subject particle in [b, e) and the persons and bodies named with it (None when
        no name there carries one; [] when another particle comes first)."""
        text = self.d.text
        first = self.mentions_in(b, e, kinds=("org", "person", "country"))
        for k, m in enumerate(first):
            if self._is_subject(m):
                if m.kind == "country":
                    return []  # '한국과 UAE는 ...': the countries, no named party
                pos = _particle(_BRACKET_AFTER.sub("", text[m.stop:m.stop + 40], 1))[1]
                upto = k + sum(1 for x in first[k + 1:] if x.stop <= m.stop + pos)
                return [x for x in first[:upto + 1] if x.kind in ("org", "person") and not self._only_owner_or_venue(x)
                        and not _VENUE_HOLDING.match(text, x.stop)
                        and not re.match(r"\s?(?:에서|에게|에|으로|로|을|를|와|과)", text[x.stop:x.stop + 4])]
        return None

    def _is_subject(self, m: Mention) -> bool:
        """The name carries a subject or topic particle (past a bracket: 'A(KOTRA)는'); a place or country only
        with 은/는/이/가 ('에티오피아에서는' is where)."""
        rest = _BRACKET_AFTER.sub("", self.d.text[m.stop:m.stop + 40], 1)
        if m.kind in ("country", "place"):
            return bool(re.match(r"(?:은|는|이|가)(?![가-힣])", rest))
        return _particle(rest)[0] == "subject"

    def _unnamed_subject(self, b: int, e: int) -> bool:
        """A noun with a subject or topic particle in [b, e) that is no date ('양측은', '대표단이'; not '7일에는',
        '이날은')."""
        d = self.d
        t0, t1 = d.tok_range(b, e)
        for k in range(max(t0, 1), t1):
            t, before = d.toks[k], d.toks[k - 1]
            if not (t.tag == "JKS" or t.tag == "JX" and t.form in ("은", "는")) or not before.tag.startswith(("N", "XSN")):
                continue
            if not any(x.begin <= before.begin < x.stop for x in _dates_near(d, before.begin)):
                return True
        return False

    def _countries_as_subject(self, cb: int, tb: int, clause_text: str) -> tuple[str, ...] | None:
        """'양국은 …을 체결했다', '한국과 가나(GH)는 …': the two countries that stand for the parties of the
        act (those of the page's pair for '양국'; () when the page has none), or None."""
        text = self.d.text
        cs = [m for m in self.mentions_in(cb, tb, kinds=("country",))]
        for a, b in zip(cs, cs[1:]):
            if a.country and b.country and a.country != b.country \
                    and _PAIR_LINK.fullmatch(text, a.stop, b.begin) and _PAIR_SUBJECT.match(text, b.stop):
                return a.country, b.country
        if any(a in clause_text for a in roles_lexicon()["country_anaphors"]):
            return tuple(self.pair) if len(self.pair) == 2 else ()
        return None

    def _pair_parties(self, cand: Cand, pair: tuple[str, ...]) -> None:
        """The persons and bodies of the two countries named in the nearest sentence that names them (the
        leaders at whose summit '양국' signed), looked for in the three sentences before and the two after."""
        d = self.d
        idx = cand.sent_index
        order = [idx - 1, idx + 1, idx - 2, idx + 2, idx - 3]
        for k in order:
            if not 0 <= k < len(self.sentences):
                continue
            s = self.sentences[k]
            ms = [m for m in self.mentions_in(s.begin, s.stop) if not self._only_owner_or_venue(m)
                  and not self._venue_of_holding(m)]
            found = {m.country for m in ms if m.country}
            if len(found) < 2 or not found.issuperset(pair):
                continue
            for m in ms:
                _add(cand.participants, _participant(m, d.entities))
            cand.cues.append(f"participants:countries-as-subject<-sentence {k}")
            return

    def _background_subjects(self, ms: list[Mention], cb: int, tb: int) -> list[Mention]:
        """'센터는 [A와 B가 지난해 체결한 협약에 따라] 설립됐다': A and B act in the earlier signing."""
        lex = self.d.lex
        if not lex.background_verbs or tb <= cb:
            return []
        bg = _background_pattern()
        text = self.d.text
        out: list[Mention] = []
        for hit in bg.finditer(text, cb, tb):
            subj = [m for m in ms if m.stop == hit.start() or m.stop == hit.start() - 1 and text[m.stop] == ")"]
            while subj:
                out.append(subj[-1])
                head = subj[-1]
                prev = [m for m in ms if m.stop <= head.begin
                        and re.fullmatch(r"\s*(?:와|과|및|,|·)?\s*", text[m.stop:head.begin])]
                subj = prev[-1:]
        return out

    def _unnamed_visitor(self, tr: Trigger) -> bool:
        """'방한한 아프리카 정상·각료들과 회담': the visitors the adnominal verb names are only a country's
        people, no named body or person (the hosts of the clause are no visitors)."""
        if tr.form != "adnominal":
            return False
        d = self.d
        end = d.toks[min(tr.end_index, len(d.toks) - 1)].stop
        after = [m for m in self.near(end, end + 40) if m.begin >= end]
        if not after or after[0].kind not in ("country", "place") or d.text[end:after[0].begin].strip():
            return False
        rest = re.match(r"\s?([가-힣·]+?)(?:들)?(?:과|와|을|를|이|가|은|는|의|도)\s", d.text[after[0].stop:after[0].stop + 20])
        return bool(rest) and not any(m.kind in ("person", "org") and m.begin < after[0].stop + rest.end()
                                      for m in after[1:])

    def _named_visitor(self, tr: Trigger, c0: int, ms: list[Mention]) -> list[Mention]:
        """The visitor a visit noun or adnominal names, and the body it visits: '가나 총리의 (한국) 방문',
        '다라 대통령 방한 계기', 'X대학 총장의 Y대학 방문' (Y the host), '방한한 가나 총리와 회담했다'.
        Everyone else in the clause (the minister who announced it, the bodies of the talks held during
        it) is no party to the trip. Empty when the clause names no visitor this way."""
        d = self.d
        toks = d.toks
        during = _DURING_VISIT.match(d.text, tr.stop) if tr.form == "nominal" else None
        if tr.form == "adnominal" or during:
            end = during.end() if during else toks[min(tr.end_index, len(toks) - 1)].stop
            after = [m for m in self.near(end, end + 40) if m.begin >= end]
            for m in after:
                if m.kind in ("person", "org"):
                    gap = d.text[end:m.begin]
                    if m in ms and len(gap) <= 12 and re.fullmatch(r"[\s가-힣A-Za-z·]*", gap):
                        # 'B를 방문 중인 A는 C와 회담했다': A visits B; C is met in the main clause
                        hosts = [x for x in ms if during and x.kind == "org" and x.stop <= tr.begin
                                 and re.match(r"\s?(?:을|를)\s", d.text[x.stop:x.stop + 3])]
                        group = [m]
                        for x in after[after.index(m) + 1:]:  # 'A 대통령과 B 총리가': the subject is both
                            if x.kind not in ("person", "org") or x not in ms \
                                    or not _CONJOINED.fullmatch(d.text, group[-1].stop, x.begin):
                                break
                            group.append(x)
                        return group + hosts
                    return []
                if m.kind not in ("country", "place"):
                    return []
            return []
        if tr.form not in ("nominal", "headline"):
            return []
        k = tr.index - 1
        while k >= c0 and tr.index - k <= 4 and toks[k].tag in ("NNP", "NNG", "SL") \
                and toks[k].form not in self.d.lex.surname_titles:
            k -= 1  # the place or body visited: '한국', '남미', '난양공대'
        if k < c0:
            return []
        genitive = toks[k].form == "의" and toks[k].tag == "JKG"
        head = toks[k - 1] if genitive and k - 1 >= c0 else toks[k]
        if not genitive and head.form not in self.d.lex.surname_titles:
            return []
        visited_from = toks[k].stop
        visitors = [m for m in ms if m.stop == head.stop]
        if not visitors and head.form in self.d.lex.surname_titles:
            visitors = [m for m in ms if m.kind == "person" and 0 <= head.begin - m.stop <= 14
                        and not re.search(r"[,은는이가을를와과]\s", d.text[m.stop:head.begin] + " ")]
        if not visitors:
            return []
        hosts = [m for m in ms if m.kind == "org" and visited_from <= m.begin and m.stop <= tr.begin]
        return visitors[-1:] + hosts


# 'B (사우디 왕세자)와 (정상)회담을 하고': a partner met in the clause (title words between, no particle)
_COMITATIVE_MEETING = re.compile(r"(?:\([^()]{1,30}\))?\s?(?:[^\s,.]+\s){0,5}?[^\s,.]*?(?:과|와)(?:의|도)?\s+"
                                 r"(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:회담|면담|회의|협의|만나|만난|만남|접견)")
_DURING_VISIT = re.compile(r"\s?중(?:인|이던|이었던)\s")  # '방문 중인 A는': an adnominal frame of the visit
_CONJOINED = re.compile(r"(?:\([^()]{1,30}\))?(?:\s[가-힣]+){0,3}?(?:과|와)\s")  # 'A 대통령과 B'
_BRACKET_AFTER = re.compile(r"^\([^()]{0,30}\)")
_TOLD = re.compile(r"[다요]\s?[.!]|[다요]\s*$")  # a sentence told, no heading
_PAIR_LINK = re.compile(r"\s?(?:\([^()]{1,20}\))?\s?(?:과|와|및|,|·)\s?")
_PAIR_SUBJECT = re.compile(r"(?:\([^()]{1,20}\))?(?:은|는|이|가|도)\s")


@functools.cache
def _background_pattern() -> re.Pattern:
    """'X가 [지난해] 체결한 협약에 따라': built once per process (it was rebuilt for every clause)."""
    lex = load_lexicon()
    verbs = "|".join(lex.background_verbs)
    links = "|".join(re.escape(x) for x in lex.earlier_act_links)
    return re.compile(rf"(?:이|가)\s(?:[^\s.]+\s){{0,4}}?(?:{verbs})\s(?:[^\s.]+\s){{0,3}}?[^\s.]*?(?:{links})")


_LONGEST: list = [None, 0]  # a page's dates, and the longest of them (characters)


def _dates_near(d, at: int) -> list:
    """The dates that may hold offset ``at``: those beginning at most the page's longest date before it (a
    bisection of the dates in text order, not a scan of the page's every date for each word)."""
    if _LONGEST[0] is not d.dates:
        _LONGEST[:] = [d.dates, max((x.stop - x.begin for x in d.dates), default=0)]
    return [d.dates[j] for j in d.date_range(at - _LONGEST[1], at + 1)]
