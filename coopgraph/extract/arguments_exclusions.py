"""Names of a clause that are no parties: owners ('X 산하 Y'), venues ('X 대강당에서', 'X에서 열린'), the summit or
treaty that frames the act ('APEC 정상회의 계기'), the body set up or run as a topic ('X센터 설립 방안'), and
quotations that only set off a person's name.

:class:`ExclusionsMixin` is part of the document reader (:mod:`coopgraph.extract.reader`), through
:class:`coopgraph.extract.arguments.ArgumentsMixin`.
"""

from __future__ import annotations

import functools
import re

from coopgraph.extract.base import _after_text
from coopgraph.records import Mention


class ExclusionsMixin:
    """Exclusion tests of the reader (uses its ``d`` and ``mentions_in``)."""

    def _venue_of_holding(self, m: Mention) -> bool:
        """'가나대학교에서 열린 포럼', '다라연구원에서 개최되는': the body whose premises hold the event is the
        venue (a party only when the text says so elsewhere in the clause)."""
        if m.kind != "org":
            return False
        return bool(_VENUE_HOLDING.match(self.d.text, m.stop))

    def _frames_the_act(self, m: Mention) -> bool:
        """'APEC 정상회의 계기', '한-아세안 FTA': see :func:`frames_an_act`."""
        return frames_an_act(self.d.text, m, self.d.entities, self.d.lex)

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

    def _object_of_act_noun(self, m: Mention) -> bool:
        """'양자소재 공동연구실 운영 기간을 연장', '건강검진센터 설립 방안': the body set up or run is a topic."""
        nouns = self.d.lex.object_act_nouns
        if m.kind != "org" or not nouns:
            return False
        alt = "|".join(nouns)
        return bool(re.match(rf"\s(?:{alt})(?!\s?(?:하|되|한|된|해|돼|했|됐))", self.d.text[m.stop:m.stop + 8]))

    def _counted_people(self, ms: list[Mention], cb: int, ce: int) -> list[Mention]:
        """In a clause that tells who was present, the bodies that only stand for a count of unnamed people
        ('가나전자·다라중공업 등 한국 기업인 10명이 참석했다') are no parties (ANNOTATE.md: attendees); named
        persons and their bodies are not touched."""
        text = self.d.text
        if not _PRESENT.search(text, cb, ce):
            return []
        return [m for m in ms if m.kind == "org" and _PEOPLE_AFTER.match(text, m.stop)]

    def _attends_as_party(self, m: Mention, act_has_body: bool) -> bool:
        """A body named in a clause that tells who attended an act told before ('행사에는 ... 참석했다') is a party
        unless it only stands for people counted ('A·B 등 한국 기업인 10명이'), is the venue ('X에서'), or, when the
        act already has a body of its own (its host or organiser), it does not act in the clause (a post, owner or
        topic: 'A 가나부 장관', 'X 사무소 관계자'); a list of bodies that attend acts ('A, B 등 국내 7개 기관과')."""
        text = self.d.text
        if m.kind != "org":
            return True
        if _PEOPLE_AFTER.match(text, m.stop) or _AT_VENUE.match(text, m.stop):
            return False
        from coopgraph.extract.roles import acts

        return not act_has_body or acts(text[m.stop:m.stop + 80])

    def _visit_is_the_occasion(self, m: Mention) -> bool:
        """'가나 대통령 방한 계기 (양국은) 협정을 체결했다', '다라 총리의 한국 방문을 계기로': the visitor of the trip that is
        the occasion of the act is a party of the trip, not of the act."""
        return m.kind == "person" and _VISIT_OCCASION.match(self.d.text, m.stop) is not None

    def _tagger_guess(self, m: Mention) -> bool:
        """A body only the statistical tagger read, in Hangul, with no country and unknown to the knowledge base
        ('아마존 생물자원을 연구하는 사업'), is a party only where the grammar makes it act: the subject or topic, or
        the partner ('X는', 'X가', 'X와', 'X 측'); elsewhere it is a topic, a product or a place."""
        if m.kind != "org" or m.strategy != "ner" or m.country is not None or re.search(r"[A-Za-z]", m.text):
            return False
        from coopgraph.link.kb import load_kb

        if m.entity_id in load_kb().entries:
            return False
        from coopgraph.extract.roles import _particle

        rest = self.d.text[m.stop:m.stop + 40]
        return not _AGENT_AFTER.match(rest) and _particle(_BRACKET.sub("", rest, 1))[0] not in ("subject", "and")

    def _only_owner_or_venue(self, m: Mention) -> bool:
        """'X 산하 Y' (X owns the actor), 'X 대강당에서' (X's hall is the venue), '정부서울청사에서' (a building),
        '제2차 ... 협의회' (a numbered session)."""
        if m.kind == "person":
            return bool(_owned_by_pattern().match(self.d.text, m.stop))
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


# '참석', '참가', '함께': the people counted were present
_PRESENT = re.compile(r"참석|참가|참여|함께")
# 'X·Y·Z 등 한국 기업인 10명': the bodies stand for the people counted after them
_PEOPLE_AFTER = re.compile(r"(?:\s?[·,]\s?[^\s·,.]+){0,12}\s?등\s(?:[가-힣]+\s){0,3}?(?:약\s?)?\d+\s?(?:여\s?)?명")
# (the person's country and title,) a visit noun, then 계기: the visit is the occasion of the act
_VISIT_OCCASION = re.compile(r"(?:\([^()]{1,30}\))?(?:\s[가-힣·]+){0,3}?(?:의)?\s(?:[가-힣]+\s)?"
                             r"(?:방한|방문|순방|국빈\s?방문|공식\s?방문|방일|방중)(?:을)?\s?계기")
# the particle of a body that acts: subject or topic, partner, side ('X(Y)는', 'X와', 'X 측')
_AGENT_AFTER = re.compile(r"(?:\([^()]{1,30}\))?\s?(?:은|는|이|가|와|과|측)(?![가-힣])")
_BRACKET = re.compile(r"^\([^()]{1,30}\)")
_AT_VENUE = re.compile(r"(?:\([^()]{1,30}\))?\s?에서")
_ATTENDED = re.compile(r"\)?\s?(?:참석|참가)(?:을|를)?\s?(?:위해|위한|차|계기|하기\s?위해|하러)")
_VENUE_HOLDING = re.compile(r"(?:\([^()]{1,30}\))?에서\s?(?:[^\s.,]+\s){0,2}?(?:열린|열렸|열리|열려|개최되|개최된|개최됐|진행된|진행되|진행됐)")



def frames_an_act(text: str, m: Mention, entities, lex) -> bool:
    """'APEC 정상회의 계기', '한-아세안 FTA', '아세안 특별정상회의 참석차', 'APEC 정상회담에서': a multilateral body (no
    country of its own) that names the summit or treaty of its word group is the frame of the act, no party. Also
    for the list reader (extract/chronology_page.py); ``lex`` is the reader's lexicon (extract/lexicon.py)."""
    if m.kind != "org" or m.country is not None:
        return False
    ent = entities.get(m.entity_id or "")
    if ent is not None and ent.country is not None:
        return False
    if _ATTENDED.match(text, m.stop):
        return True  # '아세안 지역안보포럼(ARF) 참석을 위해 방문': the gathering attended, no party
    words = text[m.stop:m.stop + 16].split()
    if not words or not text[m.stop:m.stop + 1].isspace():
        return False
    group = ""
    for w in words[:2]:
        lead = re.match(r"[가-힣A-Za-z]+", w)
        whole = lead.group() if lead else ""
        word = re.sub(r"(?:시|에서|의|을|를|이|가|은|는|에|과|와|도)$", "", whole)
        for form in dict.fromkeys((whole, word)):
            body = lex.noun_class(m.text + group + form)
            if body and body[0] in ("meeting", "forum", "agreement") and len(group + form) >= 2:
                return True
        group += word
        if word != w:
            break
    return False


@functools.cache
def _home_government() -> frozenset[str]:
    from coopgraph.link.kb import load_kb

    return frozenset(load_kb().lexicon.get("home_government", []))


@functools.cache
def _owned_by_pattern() -> re.Pattern:
    """' 대통령의 전략경제협력 특사': a title (or none) in the genitive, then at most three words and a word holding
    one of roles.yaml's ``owned_by`` nouns."""
    from coopgraph.extract.roles import lexicon as roles_lexicon

    nouns = roles_lexicon()["owned_by"]
    if not nouns:
        return re.compile(r"(?!)")
    alt = "|".join(map(re.escape, nouns))
    return re.compile(rf"(?:\s?[가-힣·]+)?의\s(?:[^\s,.]+\s){{0,3}}?[^\s,.]*?(?:{alt})")
