"""Events from one analysed document: triggers + arguments + dates, then merging.

The reading follows SPEC.md section 3 and the way an analyst fills a timeline:

1. Each sentence is cut into coordinated clauses (했으며, 하고, "파견,"), and each
   clause's triggers (:mod:`coopgraph.extract.triggers`) give candidate events; the
   type comes from trigger class x governed noun. One candidate per clause and type.
2. Arguments come from the clause: participants are its org/person mentions (not
   places, not names inside a quoted title), plus the opened centre for openings and a
   named delegation (보건의료사절단); the location is a place followed by 에서/에 or a
   host institution (X에서, X 부지에서); countries come from participants, place and
   the document's dominant country pair.
3. The date is the one governing the clause: the nearest date before the trigger that
   is not part of a name (2017-2019 협력센터) nor bound to another act (2010 11 7
   체결된 양해각서); else the previous clause's, else the paragraph's (이번 방문에서,
   이날), else the document's year context, else the publication year.
4. Sentences with no act of their own that point back (행정자치부 차관이 참석했다,
   회의 결과에 따라 ..., 이번 프로젝트에서 ... 참여했다) add participants to the event
   before; an event with none inherits the organisations of the event before.
5. :mod:`coopgraph.extract.merge` then makes one event per happening.

Modules, each importing only those above it (no import circle): ``triggers`` (lexicon,
clauses, triggers) and ``merge``; ``base`` (the candidate, the document view, participant
helpers); ``arguments``, ``dating`` and ``place`` (the reader's parts); ``reader`` (sentences
into candidates); ``carry`` and ``filters`` (after the reading); this module runs them in order.
"""

from __future__ import annotations

import functools
import re

from coopgraph.extract.base import Cand, _add, _participant
from coopgraph.extract.carry import _inherit, delegation_visits, same_day_places
from coopgraph.extract.chronology import add_list_events
from coopgraph.extract.filters import (
    _keep_international,
    _names_abroad,
    drop_non_happenings,
    drop_occasion_calls,
    is_progressive,
)
from coopgraph.extract.merge import merge_candidates
from coopgraph.extract.reader import Reader
from coopgraph.extract.roles import assign_roles
from coopgraph.records import Analysis, Event, Evidence

# date rules that give an act the date of another act or of the page, not one told about it
_BORROWED_DATES = frozenset({"none", "paragraph", "paragraph-event", "document-event-before",
                             "publication-year", "document-year", "report-date"})


_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가|께서)(?![가-힣])")
_COORDINATED = re.compile(r"\s*(?:와|과|및|,)\s*")
_PAIR_FRAME = re.compile(r"(?<![가-힣])한[-–·‧][가-힣A-Z]")
_BOTH_SIDES = re.compile(r"(?<![가-힣])(?:양국|양측|두 나라|양 ?정부)")


def _timed_clause(reader: Reader, c: Cand) -> bool:
    """The clause of a plan tells when it is to happen: a date, or a time word of the lexicon (하반기, 이 기간)."""
    b, e = c.clause[0], c.trigger.begin
    d = reader.d
    if any(b <= d.dates[k].begin and d.dates[k].stop <= e for k in d.date_range(b, e)):
        return True
    head = d.text[b:e]
    return any(w in head for w in d.lex.plan_times)


def _framed_pair(text: str, c: Cand, lex) -> bool:
    """The act is framed as between two countries with no body named: its event noun ('제1회 한-아프리카
    포럼', '한-이집트 정상회담', '공동실무그룹 회의') or its clause ('양국 정부는 ... 서명했다')."""
    gov = c.trigger.governed
    if gov is not None and (_PAIR_FRAME.search(text[max(0, gov.begin - 12):gov.stop])
                            or any(n in gov.compound for n in lex.international_event_nouns)):
        return True
    # '한-베트남 공동위원회는 ... 승인했다', '양국 정부는', '두 기관은', '가나 대통령은': the parties told by a
    # two-country compound, an anaphor or a title alone
    head = text[c.clause[0]:c.trigger.begin]
    if _PAIR_FRAME.search(head):
        return True
    titles = _titles_re(lex.surname_titles)
    return bool(_BOTH_SIDES.search(head)) or any(a in head for a in lex.plural_anaphors) or bool(
        titles is not None and titles.search(head))


@functools.lru_cache(4)
def _titles_re(titles: tuple[str, ...]) -> re.Pattern | None:
    """One pattern for all surname titles (proposal of helper S: one regex per title per call filled re's cache)."""
    if not titles:
        return None
    return re.compile("(?:" + "|".join(map(re.escape, titles)) + r")(?:은|는|이|가|과|와|의|께서)?(?![가-힣])")


def _drop_unparty(cands: list[Cand], reader: Reader) -> list[Cand]:
    """In a news story, drop an act told with no party at all (not even by inheritance), no body named
    before it in its sentence and no two-country framing: a side remark, a sports fixture; on any page,
    such a project."""
    text = reader.d.text
    for c in cands:
        if not c.participants and c.clause[0] > c.sentence[0]:
            # '한빛시와 하노이시는 ... 논의해 왔으며, 지난 3일 협약을 체결했다': the sentence's subject, told in
            # an earlier coordinated clause, is the subject of a later clause naming none of its own
            subj = [m for m in reader.near(c.sentence[0], c.clause[0]) if m.kind in ("org", "person")
                    and m.stop <= c.clause[0] and _SUBJECT_AFTER.match(text, m.stop)]
            head = subj[-1:] if subj else []
            if head:
                group = [m for m in reader.near(c.sentence[0], head[0].stop) if m.kind in ("org", "person")
                         and m.stop <= head[0].stop and _COORDINATED.fullmatch(text, m.stop, head[0].begin)]
                for m in (*group, *head):
                    _add(c.participants, _participant(m, reader.d.entities))
                c.cues.append("participants:sentence-subject")
    # a project is carried out by someone: on any page (a report, a list, not only news), one with no
    # party at all and no two sides told ('... 개선 사업을 수행했다' with no body named) is no joint project
    return [c for c in cands if c.participants or (not reader.news_like and c.type != "project")
            or _framed_pair(text, c, reader.d.lex) or _pair_subject(c, reader)]


def _pair_subject(c: Cand, reader: Reader) -> bool:
    """The act's clause opens with two countries joined as its subject ('한국과 우즈베키스탄은 ... 체결했다'):
    the two states are the parties the story tells (not '카타르는 이라크와 맞붙는다', one side meeting another)."""
    text = reader.d.text
    states = [m for m in reader.near(c.clause[0], c.trigger.begin)
              if m.kind == "country" and m.country and m.begin >= c.clause[0]]
    return any(a.country != b.country and _COORDINATED.fullmatch(text, a.stop, b.begin)
               and _SUBJECT_AFTER.match(text, b.stop) for a, b in zip(states, states[1:]))


def _finish(c: Cand, pair: tuple[str, ...]) -> Event:
    countries = {p.country for p in c.participants if p.country} | set(c.countries)
    if c.location and c.location.country:
        countries.add(c.location.country)
    if c.type != "award" and len(pair) == 2:
        countries |= set(pair)
    conf = {"verbal": 0.55, "adnominal": 0.5, "nominal": 0.4, "headline": 0.3}.get(c.trigger.form, 0.4)
    conf += 0.15 if c.participants else 0.0
    conf += 0.15 if c.explicit_date else (0.05 if c.date else 0.0)
    conf += 0.05 if c.location else 0.0
    conf += 0.05 if c.merged else 0.0
    if c.status == "planned":
        conf -= 0.05
    explain = [("trigger", c.trigger.lemma), ("form", c.trigger.form), ("rule", f"{c.trigger.cls}->{c.type}"),
               ("date_rule", c.date_rule)]
    if c.trigger.governed is not None:
        explain.append(("governed", c.trigger.governed.compound))
    if c.cues:
        explain.append(("cues", "; ".join(c.cues)))
    if c.merged:
        explain.append(("merged", str(c.merged)))
    order = [x for x in pair if x in countries] + sorted(countries - set(pair))
    return Event(type=c.type, evidence=Evidence(sentence=c.evidence_text, begin=c.sentence[0], stop=c.sentence[1]),
                 date=c.date, location=c.location, participants=tuple(c.participants), countries=tuple(order),
                 figures=tuple(c.figures), confidence=max(0.05, min(0.95, conf)), status=c.status,
                 explain=tuple(explain))


def extract_events(analysis: Analysis) -> tuple[Event, ...]:
    """The cooperation events of one analysed document (SPEC.md section 3).

    Args:
        analysis: the cleaned document with its sentences, dates, linked mentions and figures.

    Returns:
        One :class:`Event` per happening, in text order, each with evidence offsets into
        ``analysis.doc.text`` and ``explain`` cues (trigger, rule, date rule, merges).
    """
    text = analysis.doc.text
    if not text or not text.strip():
        return ()
    reader = Reader(analysis)
    cands = reader.read()
    _inherit(cands, text, reader.d.lex, reader.news_like)
    cands = merge_candidates(cands)
    # an act with no party, no place and no date of its own is talk about acts in general
    # ("여러 차례 정상회담이 열렸고 수십 건의 양해각서가 체결됐지만"), not a happening
    cands = [c for c in cands if c.participants or c.location is not None
             or (c.date is not None and not c.weak_date)]
    reader.date_leads(cands)
    countries = {m.country for m in analysis.mentions if m.country}
    if re.search(r"(?<![가-힣])한[-·‧]|한국|대한민국|우리 ?정부|우리 ?기업", text):
        countries.add("KR")  # 한-벨라루스 포럼: Korea is a party even when no Korean body is named
    countries |= {e.country for e in analysis.entities if e.country and e.kind != "country"
                  and any(m.entity_id == e.id for m in analysis.mentions)}
    if countries == {"KR"}:
        # a page about Korea only (a local festival, a domestic budget): its forums, meetings,
        # projects and visits are not international cooperation, unless the act itself names
        # a foreign side (a foreign body, place, region or a 한-X compound)
        regions = reader.d.lex.foreign_regions
        cands = [c for c in cands if c.type in ("opening", "award")
                 or any(p.country and p.country != "KR" for p in c.participants)
                 or (c.location is not None and c.location.country not in (None, "KR"))
                 or _names_abroad(text[c.sentence[0]:c.sentence[1]], regions)]
    cands = _keep_international(cands, reader)
    cands = drop_non_happenings(cands, reader)
    cands = drop_occasion_calls(cands, reader.d.lex)
    # a plan counts only with a date of its own (ANNOTATE.md): '지원할 계획이다' after a signing is
    # what was agreed, not a scheduled happening
    # what was agreed, not a scheduled happening; '할 예정이다/계획이다' keeps a time told in its clause that
    # the dates do not resolve ('하반기 중 ... 개설할 예정이다', '이 기간 ... 방문할 계획이다'), not '앞으로'
    cands = [c for c in cands if c.status != "planned" or (
        c.date_rule not in _BORROWED_DATES and c.date_rule != "sentence-event") or (
        c.trigger.cue in ("예정", "계획") and _timed_clause(reader, c))]
    for c in cands:
        if c.date is not None and c.date_rule in _BORROWED_DATES and is_progressive(reader, c):
            # '봉사단원 100명이 곳곳에서 봉사활동을 하고 있다': a state told now; the act before does not date it
            c.date, c.date_rule, c.weak_date = None, "none:ongoing", False
            c.cues.append("date:ongoing")
    same_day_places(cands)
    reader.finish_places(cands)
    cands = delegation_visits(cands, text, reader.d.lex)
    cands = _drop_unparty(cands, reader)
    doc_date = reader.doc_date  # the page's date, else the run's --ref
    for c in cands:
        c.evidence_text = text[c.sentence[0]:c.sentence[1]]
        if doc_date and c.status == "happened" and c.date is not None and c.date.start \
                and len(c.date.start) >= 7 and c.date.start > doc_date[:len(c.date.start)]:
            c.status = "planned"  # 다음 달 15일 ... 열린다: after the publication date, so scheduled
            c.cues.append("planned:after-publication")
    events = tuple(_finish(c, reader.pair) for c in cands)
    events = add_list_events(analysis, events)
    return assign_roles(analysis, events)
