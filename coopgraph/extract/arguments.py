"""The participants of an act: the organisations and people of its clause, minus owners,
venues, topics and background actors, plus named delegations, the opened centre, plural
anaphors (양 기관) and surname-title references (손 이사장).

:class:`ArgumentsMixin` is part of the document reader (:mod:`coopgraph.extract.reader`).
"""

from __future__ import annotations

import bisect
import functools
import re

from coopgraph.extract.base import (
    _NOT_PARTICIPANT_TITLES,
    Cand,
    _add,
    _after_text,
    _country_names,
    _in_spans,
    _participant,
    _quoted_spans,
    _sending_body,
)
from coopgraph.extract.merge import same_party
from coopgraph.extract.roles import _particle
from coopgraph.extract.roles import lexicon as roles_lexicon
from coopgraph.extract.triggers import NounRun, Trigger, load_lexicon
from coopgraph.link.owner import SELF
from coopgraph.records import Mention, Participant


class ArgumentsMixin:
    """Participant reading of :class:`coopgraph.extract.reader.Reader` (uses its ``d``, ``cands``, ``sentences``)."""

    def mentions_in(self, b: int, e: int, kinds=("org", "person")) -> list[Mention]:
        lo = bisect.bisect_left(self.mention_starts, b)
        hi = bisect.bisect_left(self.mention_starts, e)
        return [m for m in self.d.mentions[lo:hi] if m.stop <= e and m.kind in kinds
                and (m.kind not in ("org", "person") or self.can_participate(m))]

    def near(self, b: int, e: int) -> list[Mention]:
        """Every mention overlapping [b, e) (any kind), found by bisection."""
        lo = bisect.bisect_left(self.mention_starts, b - 200)
        hi = bisect.bisect_left(self.mention_starts, e)
        return [m for m in self.d.mentions[lo:hi] if m.stop > b]

    def can_participate(self, m: Mention) -> bool:
        """Not a reporter in a byline, not a generic delegation (정부대표단, 벨라루스 대표단)."""
        if m.kind == "person" and (m.title or "") in _NOT_PARTICIPANT_TITLES:
            return False
        if m.strategy == SELF and not m.entity_id:
            return False  # "우리대학" on a page that never names its own body
        if m.kind == "org" and m.text.strip() in _home_government():
            return False  # "한국 정부가 ... 총영사관을 개설했다": the body that acts for it is the party
        if any(s <= m.begin and m.stop <= t for s, t in self.bylines):
            return False
        lex = self.d.lex
        if m.text.strip() in lex.generic_org_words:
            return False
        if m.kind == "org" and m.text.strip().endswith(lex.non_org_suffixes):
            return False
        if self._act_noun(m.text.strip()):
            return False  # the meeting body (공동 작업 그룹, 실무그룹) or a ceremony (서명식, even tagged a person) is the act
        for suf in lex.group_suffixes:
            if m.text.endswith(suf):
                prefix = m.text[: -len(suf)].strip()
                if (not prefix or prefix.startswith(lex.generic_group_prefixes)
                        or prefix in _country_names()):
                    return False
        return True

    def _act_noun(self, text: str) -> bool:
        body = self.d.lex.noun_class(text)
        return bool(body) and body[0] in ("meeting", "forum", "ceremony_opening", "ceremony_agreement",
                                          "ceremony_award")

    def _arguments(self, cand: Cand, tr: Trigger, cb: int, ce: int, quoted, c0: int, c1: int) -> None:
        d = self.d
        # a word inside the name of a forum is no party (글로벌 ICT리더쉽 포럼)
        names = self.forum_names
        quoted = self._quotes_not_names(quoted, cb, ce)
        ms = [m for m in self.mentions_in(cb, ce) if not _in_spans(m.begin, m.stop, quoted)
              and not any(b <= m.begin and m.stop <= e and (m.begin, m.stop) != (b, e) for b, e in names)]
        ms = [m for m in ms if not self._only_owner_or_venue(m) and not self._frames_the_act(m)
              and not (cand.type != "opening" and self._object_of_act_noun(m))]
        venues = [m for m in ms if self._venue_of_holding(m)]
        if len(venues) < len(ms):
            ms = [m for m in ms if m not in venues]
        background = self._background_subjects(ms, cb, tr.begin)
        ms = [m for m in ms if m not in background]
        carried = self._carried_subject(cand, tr, cb, ms) or self._topic_before(cand, tr, cb, ms)
        ms = carried + [m for m in ms if m not in carried]
        if cand.type == "visit":
            ms = self._named_visitor(tr, c0, ms) or ([] if self._unnamed_visitor(tr) else ms)
            if tr.form == "verbal" and any(m.stop <= tr.begin for m in ms):
                ms = [m for m in ms if m.stop <= tr.begin]  # 'X는 Y를 방문해 Z와 회담했다': Z is met, not visited
        for m in ms:
            _add(cand.participants, _participant(m, d.entities))
            if m.kind == "person" and m.affiliation and not self._act_noun(m.affiliation):
                ent = d.entities.get(m.affiliation)
                if ent is not None:
                    _add(cand.participants, Participant(name=ent.name, kind="org", country=ent.country,
                                                        aliases=ent.aliases, entity_id=ent.id))
                elif not any(x.kind == "org" and x.text == m.affiliation for x in ms):
                    _add(cand.participants, Participant(name=m.affiliation, kind="org", country=m.country))
        self._surname_title(cand, cb, ce)
        clause_text = d.text[cand.sentence[0]:ce]
        bare = re.sub(r"(?:양국|양측|두 나라)\s?정부", "", clause_text)  # '양국 정부' names no party (conventions)
        unnamed = bare != clause_text and not ms
        if unnamed:
            cand.cues.append("participants:unnamed")
        if any(a in bare for a in d.lex.plural_anaphors) and not ms:
            prev = next((c for c in reversed(self.cands) if c is not cand and c.participants
                         and (self.news_like or c.para >= cand.para - 1)), None)
            parties = [p for p in prev.participants if p.kind == "org"] if prev is not None else []
            if not parties and self.news_like:  # the two bodies of the lead sentence
                for s in self.sentences:
                    if s.begin >= cand.sentence[0]:
                        break
                    orgs = self.mentions_in(s.begin, s.stop, kinds=("org",))
                    if len({m.text for m in orgs}) >= 2:
                        parties = [_participant(m, d.entities) for m in orgs]
                        break
            if len(parties) > 2 and prev is not None and (
                    "각각" in d.text[prev.sentence[0]:prev.sentence[1]]
                    or any(x.startswith("respectively") for x in prev.cues)):
                parties = self._two_of(parties, cand.sentence[0], clause_text)
            for p in parties:
                _add(cand.participants, p)
            if parties:
                cand.cues.append("participants:plural-anaphor")
        if not cand.participants and not unnamed and not ms:
            pair = self._countries_as_subject(cb, tr.begin, bare)
            if pair is not None and (any(cb <= x.begin < ce for x in d.dates)
                                     or self.mentions_in(cb, ce, kinds=("place",))):
                self._pair_parties(cand, pair)
        if not cand.participants and not unnamed:
            self._anaphora(cand, cb, ce)
        self._groups(cand, c0, c1)
        if cand.type == "opening":
            self._opened(cand, tr)
        self._location(cand, tr, cb, ce)
        for f in self.figures:
            if cb <= f.begin and f.stop <= ce:
                cand.figures.append(f)
        for m in self.mentions_in(cb, ce, kinds=("country",)):
            if m.country:
                cand.countries.add(m.country)

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
            if not any(x.begin <= before.begin < x.stop for x in d.dates):
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

    def _venue_of_holding(self, m: Mention) -> bool:
        """'가나대학교에서 열린 포럼', '다라연구원에서 개최되는': the body whose premises hold the event is the
        venue (a party only when the text says so elsewhere in the clause)."""
        if m.kind != "org":
            return False
        return bool(_VENUE_HOLDING.match(self.d.text, m.stop))

    def _frames_the_act(self, m: Mention) -> bool:
        """'APEC 정상회의 계기', '한-아세안 FTA', '아세안 특별정상회의 참석차': a multilateral body (no country of
        its own) that names the summit or treaty of its word group is the frame of the act, no party."""
        if m.kind != "org" or m.country is not None:
            return False
        ent = self.d.entities.get(m.entity_id or "")
        if ent is not None and ent.country is not None:
            return False
        if _ATTENDED.match(self.d.text, m.stop):
            return True  # '아세안 지역안보포럼(ARF) 참석을 위해 방문': the gathering attended, no party
        words = self.d.text[m.stop:m.stop + 16].split()
        if not words or not self.d.text[m.stop:m.stop + 1].isspace():
            return False
        group = ""
        for w in words[:2]:
            lead = re.match(r"[가-힣A-Za-z]+", w)
            whole = lead.group() if lead else ""
            word = re.sub(r"(?:시|에서|의|을|를|이|가|은|는|에|과|와|도)$", "", whole)
            for form in dict.fromkeys((whole, word)):
                body = self.d.lex.noun_class(m.text + group + form)
                if body and body[0] in ("meeting", "forum", "agreement") and len(group + form) >= 2:
                    return True
            group += word
            if word != w:
                break
        return False

    def _quotes_not_names(self, quoted, cb: int, ce: int):
        """The quoted spans that quote words: 「가나 다라(Gana Dara)」 set off a person's name, it is no
        quotation, and the person stays a party."""
        if not quoted:
            return quoted
        text = self.d.text
        persons = self.mentions_in(cb, ce, kinds=("person",))
        keep = []
        for qb, qe in quoted:
            inner = [m for m in persons if qb < m.begin and m.stop < qe]
            if len(inner) == 1 and not text[qb + 1:inner[0].begin].strip() \
                    and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", text[inner[0].stop:qe - 1]):
                continue
            keep.append((qb, qe))
        return keep

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
        if tr.form == "adnominal":
            end = toks[min(tr.end_index, len(toks) - 1)].stop
            after = [m for m in self.near(end, end + 40) if m.begin >= end]
            for m in after:
                if m.kind in ("person", "org"):
                    gap = d.text[end:m.begin]
                    if m in ms and len(gap) <= 12 and re.fullmatch(r"[\s가-힣A-Za-z·]*", gap):
                        return [m]
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

    def _object_of_act_noun(self, m: Mention) -> bool:
        """'양자소재 공동연구실 운영 기간을 연장', '건강검진센터 설립 방안': the body set up or run is a topic."""
        nouns = self.d.lex.object_act_nouns
        if m.kind != "org" or not nouns:
            return False
        alt = "|".join(nouns)
        return bool(re.match(rf"\s(?:{alt})(?!\s?(?:하|되|한|된|해|돼|했|됐))", self.d.text[m.stop:m.stop + 8]))

    def _only_owner_or_venue(self, m: Mention) -> bool:
        """'X 산하 Y' (X owns the actor), 'X 대강당에서' (X's hall is the venue), '정부서울청사에서' (a building),
        '제2차 ... 협의회' (a numbered session)."""
        if m.kind != "org":
            return False
        lex = self.d.lex
        after = _after_text(self.d.text, m.stop, 16)
        owners, halls = "|".join(lex.owner_markers), "|".join(lex.venue_halls)
        if owners and re.match(rf"(?:의)?\s?(?:{owners})(?:\s|인\s|의\s)", after):
            return True
        if halls and re.match(rf"\s?(?:{halls})(?:에서|에)", after):
            return True
        if (lex.session_heads and m.text.replace(" ", "").endswith(lex.session_heads)
                and re.search(r"(?<![\d.])\d{1,3}\s?차\s?$", self.d.text[max(0, m.begin - 8):m.begin])):
            return True  # 제3차 공동위원회: the session, not a body
        return bool(lex.building_suffixes) and m.text.strip().endswith(lex.building_suffixes) and after.startswith("에서")

    def _surname_title(self, cand: Cand, cb: int, ce: int) -> None:
        """'손 이사장은', '이 원장은': the person with that surname named before (and their body)."""
        d = self.d
        pattern = _surname_title_pattern(tuple(d.lex.surname_titles))
        if pattern is None:
            return
        for m in pattern.finditer(d.text[cb:ce]):
            surname, start = m.group(1), cb + m.start()
            person = next((x for x in reversed(d.mentions) if x.kind == "person" and x.stop <= start
                           and x.text.startswith(surname) and len(x.text) >= 2), None)
            if person is None:
                continue
            _add(cand.participants, _participant(person, d.entities))
            cand.cues.append(f"surname-title:{m.group(0).strip()}->{person.text}")
            if person.affiliation:
                ent = d.entities.get(person.affiliation)
                if ent is not None:
                    _add(cand.participants, Participant(name=ent.name, kind="org", country=ent.country,
                                                        aliases=ent.aliases, entity_id=ent.id))

    def _two_of(self, parties: list[Participant], sb: int, clause_text: str) -> list[Participant]:
        """'양 기관은' after 'A와 B는 ..., C와 D는 ... 각각 체결했다': two bodies, not the four."""
        d = self.d
        hit = min(((clause_text.find(a), a) for a in d.lex.plural_anaphors if a in clause_text),
                  default=(-1, None))
        two: list[Participant] = []
        if hit[1] is not None:
            from coopgraph.link.entities import resolve_plural_anaphor

            ms = resolve_plural_anaphor(d.mentions, sb + hit[0], d.text, hit[1])
            for m in ms:
                p = next((q for q in parties if same_party(q, _participant(m, d.entities))), None)
                if p is not None and p not in two:
                    two.append(p)
        if len(two) == 2:
            return two
        return parties[-2:]  # the last two distinct bodies told

    def _anaphora(self, cand: Cand, cb: int, ce: int) -> None:
        """A bare head noun (센터 활동의 일환으로, 동 재단은) names the last organisation ending in it."""
        d = self.d
        t0, t1 = d.tok_range(cb, ce)
        heads = {t.form for t in d.toks[t0:t1] if t.tag == "NNG" and len(t.form) >= 2}
        bare = [t for t in d.toks[t0:t1] if t.tag == "NNG" and t.form in heads
                and (t.begin == 0 or not d.text[t.begin - 1].strip() or d.text[t.begin - 1] in "(\"'")]
        if not bare:
            return
        ends = tuple(t.form for t in bare)
        for prev in reversed(self.cands[:-1] if self.cands and self.cands[-1] is cand else self.cands):
            for p in prev.participants:
                if p.kind != "org" or not p.name.endswith(ends):  # one C call per body before the exact test
                    continue
                for t in bare:
                    if p.name.endswith(t.form) and len(p.name) > len(t.form) + 1:
                        _add(cand.participants, p)
                        cand.cues.append(f"anaphora:{t.form}->{p.name}")
                        return

    def _groups(self, cand: Cand, c0: int, c1: int) -> None:
        """A named delegation (보건의료사절단) is a participant; 정부대표단 or 벨라루스 대표단 are not."""
        d = self.d
        for t in d.toks[c0:c1]:
            if t.tag != "NNG" or t.form not in d.lex.group_suffixes:
                continue
            b = t.begin
            while b > 0 and not d.text[b - 1].isspace() and d.text[b - 1] not in "(,\"'“":
                b -= 1
            word = d.text[b:t.stop]
            prefix = word[: len(word) - len(t.form)]
            if prefix in d.lex.group_modifiers and b >= 2 and d.text[b - 1] == " ":
                pb = b - 1  # '경기도 무역사절단': the body is the word before
                while pb > 0 and not d.text[pb - 1].isspace():
                    pb -= 1
                if _sending_body(d.text[pb:t.stop]):
                    b, word = pb, d.text[pb:t.stop]
                    prefix = word[: len(word) - len(t.form)]
            if len(prefix) < 2 or prefix.startswith(d.lex.generic_group_prefixes):
                continue
            if any(m.begin < t.stop and b < m.stop and m.kind == "country" for m in self.near(b, t.stop)):
                continue
            if any(m.begin <= b and t.stop <= m.stop for m in self.near(b, t.stop)):
                continue
            body = _sending_body(word)
            _add(cand.participants, Participant(name=body or word, kind="org",
                                                aliases=(word, t.form) if body else (t.form,)))

    def _opened(self, cand: Cand, tr: Trigger) -> None:
        """The centre that opens is a participant (named after the governed noun compound)."""
        run: NounRun | None = tr.governed
        if run is None:
            return
        d = self.d
        toks = d.toks
        last = run.last
        if run.cls == "ceremony_opening":
            last -= 1
            if last < run.first:
                return
        first = run.first
        while first <= last and (toks[first].tag in {"SN", "W_SERIAL", "SO", "NR"}
                                 or toks[first].tag == "NNB" and first > 0 and toks[first - 1].tag == "SN"):  # '2024년 X센터'
            first += 1
        if first > last:
            return
        b, e = toks[first].begin, toks[last].stop
        s0, s1 = cand.sentence
        for qb, qe in _quoted_spans(d.text, s0, s1):
            if qb < b and e < qe and qe - e <= 2:  # '한-러 에너지소재 공동연구센터'를 열었다: the whole quoted name
                b, e = qb + 1, qe - 1
                break
        name = d.text[b:e].strip()
        head = d.lex.noun_class(name)
        if not head or head[0] != "opening_target" or len(name) <= len(head[1]):
            return
        cand.target = name
        for m in self.near(b, e):
            if m.kind == "org" and m.begin <= b + 2 and e - 2 <= m.stop:
                if self.can_participate(m):  # a quoted name is skipped among the arguments, not here
                    _add(cand.participants, _participant(m, d.entities))
                return
        _add(cand.participants, Participant(name=name, kind="org", country=None))


# 'B (사우디 왕세자)와 (정상)회담을 하고': a partner met in the clause (title words between, no particle)
_COMITATIVE_MEETING = re.compile(r"(?:\([^()]{1,30}\))?\s?(?:[^\s,.]+\s){0,5}?[^\s,.]*?(?:과|와)(?:의|도)?\s+"
                                 r"(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:회담|면담|회의|협의|만나|만난|만남|접견)")
_BRACKET_AFTER = re.compile(r"^\([^()]{0,30}\)")
_TOLD = re.compile(r"[다요]\s?[.!]|[다요]\s*$")  # a sentence told, no heading
_ATTENDED = re.compile(r"\)?\s?(?:참석|참가)(?:을|를)?\s?(?:위해|위한|차|계기|하기\s?위해|하러)")
_PAIR_LINK = re.compile(r"\s?(?:\([^()]{1,20}\))?\s?(?:과|와|및|,|·)\s?")
_PAIR_SUBJECT = re.compile(r"(?:\([^()]{1,20}\))?(?:은|는|이|가|도)\s")
_VENUE_HOLDING = re.compile(r"(?:\([^()]{1,30}\))?에서\s?(?:[^\s.,]+\s){0,2}?(?:열린|열렸|열리|열려|개최되|개최된|개최됐|진행된|진행되|진행됐)")


@functools.cache
def _home_government() -> frozenset[str]:
    from coopgraph.link.kb import load_kb

    return frozenset(load_kb().lexicon.get("home_government", []))


@functools.cache
def _surname_title_pattern(surname_titles: tuple[str, ...]) -> re.Pattern | None:
    """'손 이사장은', '김 차관보가', '문 대통령의': a surname and a title (the reader's surname titles and the
    persons' titles of roles.yaml, not groups such as 대표단 or 일행)."""
    extra = [t for t in roles_lexicon()["titles"] if not t.endswith(("단", "측", "일행"))]
    titles = sorted(set(surname_titles) | set(extra), key=len, reverse=True)
    if not titles:
        return None
    alt = "|".join(map(re.escape, titles))
    return re.compile(rf"(?<![가-힣])([가-힣]) ({alt})(?:은|는|이|가|과|와|도|의|께서)(?![가-힣])")


@functools.cache
def _background_pattern() -> re.Pattern:
    """'X가 [지난해] 체결한 협약에 따라': built once per process (it was rebuilt for every clause)."""
    lex = load_lexicon()
    verbs = "|".join(lex.background_verbs)
    links = "|".join(re.escape(x) for x in lex.earlier_act_links)
    return re.compile(rf"(?:이|가)\s(?:[^\s.]+\s){{0,4}}?(?:{verbs})\s(?:[^\s.]+\s){{0,3}}?[^\s.]*?(?:{links})")
