"""The participants of an act: the organisations and people of its clause, minus owners,
venues, topics and background actors, plus named delegations, the opened centre, plural
anaphors (양 기관) and surname-title references (손 이사장). Subject selection lives in
:mod:`coopgraph.extract.arguments_subjects`, the tests of names that are no parties in
:mod:`coopgraph.extract.arguments_exclusions`, references in :mod:`coopgraph.extract.arguments_references`.

:class:`ArgumentsMixin` is part of the document reader (:mod:`coopgraph.extract.reader`).
"""

from __future__ import annotations

import bisect
import re

from coopgraph.extract.arguments_exclusions import ExclusionsMixin, _home_government
from coopgraph.extract.arguments_references import ReferencesMixin
from coopgraph.extract.arguments_subjects import SubjectsMixin
from coopgraph.extract.base import (
    _NOT_PARTICIPANT_TITLES,
    Cand,
    _add,
    _country_names,
    _in_spans,
    _participant,
    _quoted_spans,
    _sending_body,
)
from coopgraph.extract.roles import COUNTRIES_ANAPHOR
from coopgraph.extract.triggers import NounRun, Trigger
from coopgraph.link.owner import SELF
from coopgraph.records import Mention, Participant


class ArgumentsMixin(SubjectsMixin, ExclusionsMixin, ReferencesMixin):
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
              and not (cand.type != "opening" and self._object_of_act_noun(m))
              and not (cand.type != "visit" and self._visit_is_the_occasion(m))]
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
        ms = [m for m in ms if not self._tagger_guess(m)]
        counted = self._counted_people(ms, cb, ce)
        ms = [m for m in ms if m not in counted]
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
            if not any(a in _without_countries(bare) for a in d.lex.plural_anaphors):
                # '양국 정상은', '양국은': the bodies of the two countries; a body with no country (아세안, a
                # parliament the text does not place) is not one of them
                kept = [p for p in parties if p.country is not None]
                if parties and not kept:
                    unnamed = True  # nothing else stands for them either (no anaphora, no inheritance)
                    cand.cues.append("participants:unnamed")
                parties = kept
            for p in parties:
                _add(cand.participants, p)
            if parties:
                cand.cues.append("participants:plural-anaphor")
                if tr.form == "adnominal" and _countries_acted(d.text[cb:tr.begin]) or (
                        not any(a in _without_countries(bare) for a in d.lex.plural_anaphors)
                        and _EVALUATED.match(d.text, tr.stop, min(cand.sentence[1], tr.stop + 60))):
                    # '양국이 지난해 체결한 협정', '양국 정부가 서명한 협정', '양국 차관은 ... 회담을 개최해 ... 논의한
                    # 것을 평가했다' (the act is what they judged): an earlier act of the two countries,
                    # whose parties the act told before does not name (ANNOTATE.md: the countries name no party);
                    # the bodies copied still tell merging which happening it is, and are dropped after it
                    cand.cues.append(COUNTRIES_ANAPHOR + "|".join(p.name for p in parties))
        if not cand.participants and not unnamed and not ms:
            pair = self._countries_as_subject(cb, tr.begin, bare)
            if pair is not None and (any(cb <= d.dates[j].begin < ce for j in d.date_range(cb, ce))
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
                if self.can_participate(m) and not _unnamed_opened(m.text, head[1]):
                    # a quoted name is skipped among the arguments, not here; '총영사관', '상주 대사관' name no body
                    _add(cand.participants, _participant(m, d.entities))
                return
        if not _unnamed_opened(name, head[1]):
            _add(cand.participants, Participant(name=name, kind="org", country=None))


def _unnamed_opened(name: str, head: str) -> bool:
    """'총영사관', '상주 대사관', '현지 사무소': the body opened told by its head noun alone (one syllable before it at
    most, after words such as 상주, 현지: kb lexicon ``generic_opened_modifiers``) names no body: no participant."""
    from coopgraph.link.kb import load_kb

    mods = set(load_kb().lexicon.get("generic_opened_modifiers", []))
    words = name.split()
    while len(words) > 1 and words[0] in mods:
        words = words[1:]
    rest = "".join(words)
    return rest.endswith(head) and len(rest) - len(head) <= 1 and not re.search(r"[A-Za-z0-9]", rest)  # 총영사관


# '... 정상회담을 개최해 ... 논의한 것을 (긍정적으로) 평가했다', '협정이 서명된 것을 환영하고': the act is what is judged
_EVALUATED = re.compile(r"[^.]{0,50}?(?:한|된|진|했던) 것(?:을|에)\s")


def _without_countries(text: str) -> str:
    """The clause without the words that stand for the two countries ('양국', '양국 정상'): what is left names the
    other plural anaphors ('양 기관', '양측')."""
    from coopgraph.extract.roles import lexicon as roles_lexicon

    for a in sorted(roles_lexicon()["country_anaphors"], key=len, reverse=True):
        text = text.replace(a, " ")
    return text


def _countries_acted(before: str) -> bool:
    """The words before an adnominal act make the two countries its subject: '양국이 지난해 체결한', '양국 정부가
    서명한' (the anaphor, perhaps 정부, a subject particle, then at most four words, none with a subject particle)."""
    from coopgraph.extract.roles import lexicon as roles_lexicon

    alt = "|".join(map(re.escape, sorted(roles_lexicon()["country_anaphors"], key=len, reverse=True)))
    hit = re.search(rf"(?<![가-힣])(?:{alt})(?:\s?정부)?(?:은|는|이|가)\s((?:[^\s]+\s){{0,4}})$", before)
    return hit is not None and not any(re.search(r"[가-힣](?:은|는|이|가)$", w) for w in hit.group(1).split())
