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
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from coopgraph.extract.chronology import add_list_events
from coopgraph.extract.merge import merge_candidates, same_party
from coopgraph.extract.roles import assign_roles
from coopgraph.extract.triggers import (
    Lexicon,
    NounRun,
    Tok,
    Trigger,
    clause_spans,
    event_type,
    find_triggers,
    is_reference_word,
    load_lexicon,
    tokenize,
)
from coopgraph.records import Analysis, DateExpr, Entity, Event, Evidence, Location, Mention, Participant

_QUOTED = re.compile(r"[\"“”][^\"“”\n]{1,120}[\"“”]|[「『《〈][^」』》〉\n]{1,120}[」』》〉]"
                     r"|‘[^’\n]{1,80}’|(?<![가-힣A-Za-z0-9])'[^'\n]{1,80}'")
# "방문 기간 중", "방문 첫날", "회담에 앞서": a later act placed within an act told before
_DURING = r"\s?(?:기간|중|첫날|둘째 날|마지막 날|계기|에 이어|직후|에 앞서|의 일환|을 계기|를 계기|에서)"
# a photo caption retells the story's act: it may only join an event of the body
_CAPTION = re.compile(r"^\s*[▲△▷]|[(\[]사진|사진\s?=|/사진|사진제공")
_BARE_YEARISH = re.compile(r"^\d{4}(?:\s*[-~–]\s*\d{2,4})?$")
_QUOTE_CHARS = "\"“”"
# an adnominal act naming a time ("협약식이 열린 같은 날", "개소식이 열린 당일"): a time clause
_TIME_CLAUSE = re.compile(r"\s?(?:같은 ?날|당일|그날|날)(?![가-힣])")


@dataclass
class Cand:
    """A candidate event while the document is read (internal, mutable)."""

    type: str
    trigger: Trigger
    sent_index: int
    para: int
    clause: tuple[int, int]  # char span
    sentence: tuple[int, int]
    participants: list[Participant] = field(default_factory=list)
    location: Location | None = None
    date: DateExpr | None = None
    date_rule: str = "none"
    explicit_date: bool = False
    status: str = "happened"
    figures: list = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    headline: bool = False
    target: str | None = None  # opened centre / governed compound, for merging
    cues: list[str] = field(default_factory=list)
    confidence: float = 0.5
    merged: int = 0
    evidence_text: str = ""
    open_ended: bool = False  # 2018년부터 ... with no end: weaker than a closed range when merging
    weak_date: bool = False  # the date only comes from the page's year, not from the text about this act
    placed_in: Cand | None = None  # the act this one happened within (회의에서, 공동위원회 계기로)
    bound: bool = False  # dated by a date bound to its adnominal trigger (2010 11 7 체결된 양해각서)


@dataclass
class _Doc:
    text: str
    toks: tuple[Tok, ...]
    starts: list[int]
    lex: Lexicon
    mentions: tuple[Mention, ...]
    entities: dict[str, Entity]
    dates: tuple[DateExpr, ...]
    para_starts: list[int]

    def tok_range(self, begin: int, stop: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, begin), bisect.bisect_left(self.starts, stop)

    def para(self, offset: int) -> int:
        """Index of the (non-empty) line holding ``offset``: paragraphs are lines."""
        return bisect.bisect_right(self.para_starts, offset) - 1


_BYLINE = re.compile(r"[\[(【][^\])】\n]{0,40}(?:기자|특파원|통신원)[^\])】\n]{0,10}[\])】]")
_NOT_PARTICIPANT_TITLES = ("기자", "특파원", "통신원", "앵커")


@functools.cache
def _countries() -> tuple[tuple[str, str], ...]:
    """(name, ISO code) for every country name and alias in the knowledge base, longest first."""
    from coopgraph.link.kb import load_kb

    pairs = {(n, code) for code, e in load_kb().country_by_code.items()
             for n in (e.name, *e.aliases) if n and len(n) >= 2}
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


@functools.cache
def _country_names() -> tuple[str, ...]:
    """Country names and aliases (대한민국, 한국, 벨라루스 ...), longest first."""
    return tuple(dict.fromkeys(n for n, _ in _countries()))


def _without_country(name: str) -> str | None:
    """'대한민국 행정자치부' -> '행정자치부': the same organisation without its country prefix."""
    for c in _country_names():
        if name.startswith(c + " ") and len(name) > len(c) + 2:
            return name[len(c) + 1:]
    return None


def _sending_body(name: str) -> str | None:
    """'대구시 대표단', '경기도 무역사절단', '충북 시장개척단' -> the body that sends the delegation."""
    lex = load_lexicon()
    for suf in lex.group_suffixes:
        if name.endswith(suf) and len(name) > len(suf):
            body = name[: -len(suf)].rstrip()
            for mod in lex.group_modifiers:
                if body.endswith(mod) and len(body) > len(mod):
                    body = body[: -len(mod)].rstrip()
                    break
            if (len(body) >= 2 and not body.startswith(lex.generic_group_prefixes) and body not in _country_names()
                    and body.endswith(lex.body_endings)):
                return body  # a body (부산시, 경기도, 한국무역협회), not a field (보건의료 사절단)
    return None


def _participant(m: Mention, entities: dict[str, Entity]) -> Participant:
    ent = entities.get(m.entity_id or "")
    name = m.name or (ent.name if ent else None) or m.text
    body = _sending_body(name) if m.kind == "org" else None
    if body is not None:  # the delegation stands for its body; its own name stays an alias
        ent, name = None, body
    aliases = []
    for a in ((ent.aliases if ent else ()) + (m.text, _without_country(m.text) or "", _without_country(name) or "")):
        if a and a != name and a not in aliases:
            aliases.append(a)
    country = m.country or (ent.country if ent else None)
    return Participant(name=name, kind="person" if m.kind == "person" else "org", country=country,
                       aliases=tuple(aliases), entity_id=m.entity_id)


def _add(parts: list[Participant], new: Participant) -> None:
    for i, p in enumerate(parts):
        if same_party(p, new):
            if len(new.aliases) > len(p.aliases) and p.entity_id is None and new.entity_id:
                parts[i] = new
            return
    parts.append(new)


def _quoted_spans(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    return [(begin + m.start(), begin + m.end()) for m in _QUOTED.finditer(text[begin:stop])]


def _in_spans(b: int, e: int, spans) -> bool:
    return any(s <= b and e <= t for s, t in spans)


def _after_text(text: str, stop: int, n: int = 8) -> str:
    return text[stop:stop + n]


def _is_locative(doc: _Doc, stop: int) -> bool:
    after = _after_text(doc.text, stop, 10)
    if any(after.startswith(x) for x in doc.lex.not_locative_after):
        return False
    return any(after.startswith(p) for p in doc.lex.locative_particles)


_ALIAS_AFTER = re.compile(r"\s?\([^()\n]{1,20}\)")


def _host_locative(doc: _Doc, stop: int) -> bool:
    """An institution followed by 에서 (or 부지에서, 본부에서, 'X(RAS) 본원에서'): the place of the act."""
    alias = _ALIAS_AFTER.match(doc.text, stop)
    after = _after_text(doc.text, alias.end() if alias else stop, 14)
    if after.startswith("에서"):
        return True
    m = re.match(r"\s?([가-힣]+?)에서", after)
    return bool(m and m.group(1) in doc.lex.place_fillers)


_PART_OF_YEAR = re.compile(r"상반기|하반기|분기")
_PART_OF_MONTH = re.compile(r"초순|중순|하순|(?<=월)\s?(?:초|말)$")
_FOR_YEARS = re.compile(r"^\s*부터\s*(\d{1,2})\s*년\s*간")


def _as_timeline_precision(text: str, de: DateExpr) -> DateExpr:
    """Precision as a timeline writes it: 상반기/분기 -> the year, 3월 초 -> the month,
    '2023년부터 3년간' -> 2023..2025."""
    if not de.start:
        return de
    start, end = de.start, de.end or de.start
    if _PART_OF_YEAR.search(de.text) and start[:4] == end[:4]:
        start = end = start[:4]
    elif _PART_OF_MONTH.search(de.text) and start[:7] == end[:7] and len(start) == 10:
        start = end = start[:7]
    m = _FOR_YEARS.match(text[de.stop:de.stop + 12])
    if m and start == end and "까지" not in de.text:
        end = str(int(start[:4]) + int(m.group(1)) - 1)
        start = start[:4]
    if (start, end) == (de.start, de.end or de.start):
        return de
    return DateExpr(de.begin, de.stop, de.text, start, end, rule=de.rule + "+timeline", relative=de.relative)


def _object_of(between: str) -> bool:
    """'을', ' 조림 예정지를': what lies between a named place and its verb is its object phrase."""
    words = between.split()
    if not words or not re.search(r"[을를]$", words[-1]):
        return False
    return not any(re.search(r"(?:은|는|이|가|에|에서|와|과|도|로|으로)$", w) for w in words[:-1])


def _join_ranges(text: str, dates: tuple[DateExpr, ...]) -> tuple[DateExpr, ...]:
    """'지난달 28일부터 이달 2일까지' read as two dates: one range."""
    out: list[DateExpr] = []
    for de in dates:
        if out and out[-1].start and de.start:
            prev = out[-1]
            gap = text[prev.stop:de.begin]
            if re.fullmatch(r"\s*(?:부터|~|∼|–|-)\s*", gap) and prev.start <= de.start:
                out[-1] = DateExpr(prev.begin, de.stop, text[prev.begin:de.stop], prev.start, de.end or de.start,
                                   rule="joined-range", relative=prev.relative or de.relative)
                continue
        out.append(de)
    return tuple(_as_timeline_precision(text, de) for de in out)


class _Reader:
    """Reads one document into candidates (one instance per document)."""

    def __init__(self, analysis: Analysis):
        text = analysis.doc.text
        toks = analysis.tokens or tokenize(text)  # the splitter's tokens when the pipeline kept them
        self.d = _Doc(text=text, toks=toks, starts=[t.begin for t in toks], lex=load_lexicon(),
                      mentions=tuple(sorted(analysis.mentions, key=lambda m: m.begin)),
                      entities={e.id: e for e in analysis.entities}, dates=tuple(analysis.dates),
                      para_starts=[m.start() for m in re.finditer(r"[^\n]*\S[^\n]*", text)] or [0])
        self.analysis = analysis
        self.d.dates = _join_ranges(text, self.d.dates)
        self.figures = analysis.figures
        self.cands: list[Cand] = []
        self.sentences = [s for s in analysis.sentences if s.text.strip()]
        if not self.sentences and text.strip():
            from coopgraph.records import Sentence
            self.sentences = [Sentence(0, len(text), text)]
        self.doc_date = analysis.doc.doc_date
        self.bylines = [(m.start(), m.end()) for m in _BYLINE.finditer(text)]
        self.mention_starts = [m.begin for m in self.d.mentions]
        self._type_words: dict[str, re.Pattern] = {}
        self.context_year: str | None = None
        self.news_like = False
        self.forum_names: list[tuple[int, int]] = []
        self.sentence_triggers: list[Trigger] = []
        self.pair: tuple[str, ...] = ()

    # ------------------------------------------------------------- helpers
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

    def name_like(self, de: DateExpr) -> bool:
        """A bare year (range) glued to a noun: part of a name (2017-2019 협력센터, 2018 포럼)."""
        label = de.text.strip()
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
            if self.context_year and (not ok or de.start[:4] != self.context_year):
                return DateExpr(de.begin, de.stop, de.text, self.context_year, self.context_year,
                                rule="context-year", relative=True)
            return de if ok else None
        return de if de.start else None

    def report_date(self, de: DateExpr, hi: int) -> bool:
        j = bisect.bisect_left(self.d.starts, de.stop)
        for t in self.d.toks[j:j + 3]:
            if t.begin >= hi:
                break
            if t.form in self.d.lex.report_verbs:
                return True
        return False

    # ------------------------------------------------------------- reading
    def read(self) -> list[Cand]:
        d = self.d
        sent_info = []
        for s in self.sentences:
            t0, t1 = d.tok_range(s.begin, s.stop)
            headline = (not any(t.tag == "EF" for t in d.toks[t0:t1]) and len(s.text.strip()) < 80
                        and not s.text.rstrip().endswith((".", "다"))) or bool(_CAPTION.search(s.text))
            clauses = clause_spans(d.toks, t0, t1, d.lex)
            trigs = [(ci, tr) for ci, (c0, c1) in enumerate(clauses)
                     for tr in find_triggers(d.toks, c0, c1, d.lex, headline=headline)]
            sent_info.append((s, t0, t1, headline, clauses, trigs))
        self.context_year = self._context_year(sent_info)
        years = {de.start[:4] for de in self.d.dates if de.start and not de.relative}
        self.news_like = len(years) <= 2  # a timeline page names many years; a news story one or two
        self.pair = self._country_pair()
        bound = self._bound_dates(sent_info)
        for si, (s, _t0, _t1, headline, clauses, trigs) in enumerate(sent_info):
            self._sentence(si, s, headline, clauses, trigs, bound)
        return self.cands

    def _context_year(self, sent_info) -> str | None:
        """The one explicit year a document is about, when it has one (counted in sentences with acts)."""
        years: Counter[str] = Counter()
        for s, _t0, _t1, _h, _clauses, trigs in sent_info:
            if not trigs or any(tr.status == "planned" for _ci, tr in trigs):
                continue
            for de in self.d.dates:
                if s.begin <= de.begin < s.stop and not de.relative and de.start:
                    years[de.start[:4]] += 1
        if not years:
            return None
        (top, n), *rest = years.most_common()
        if rest and rest[0][1] == n:
            return None
        return top if n / sum(years.values()) >= 0.5 else None

    def _country_pair(self) -> tuple[str, ...]:
        counts: Counter[str] = Counter(m.country for m in self.d.mentions if m.country)
        if len(counts) < 2:
            return tuple(c for c, _ in counts.most_common(1))
        (a, na), (b, nb) = counts.most_common(2)
        return (a, b) if nb >= 2 else (a,)

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

    def _last_in_para(self, para: int, type_: str | None = None) -> Cand | None:
        """The last event told in paragraph ``para`` (of ``type_`` when given)."""
        for c in reversed(self.cands):
            if c.para != para:
                return None
            if type_ is None or c.type == type_:
                return c
        return None

    def _sentence(self, si, s, headline, clauses, trigs, bound) -> None:
        d = self.d
        para = d.para(s.begin)
        quoted = _quoted_spans(d.text, s.begin, s.stop)
        made_here: list[Cand] = []
        follow_parts: list[tuple[Trigger, tuple[int, int]]] = []
        self.forum_names = [(tr.governed.begin, tr.governed.stop) for _ci, tr in trigs if tr.governed is not None
                            and d.lex.noun_types.get(tr.governed.cls or "") == "forum"]
        self.sentence_triggers = [tr for _ci, tr in trigs if tr.status != "negated"]
        by_key: dict[tuple, Cand] = {}
        for ci, tr in trigs:
            c0, c1 = clauses[ci]
            cb = d.toks[c0].begin
            ce = d.toks[c1 - 1].stop
            typ = event_type(tr, d.lex)
            if tr.status == "negated" or _in_spans(tr.begin, tr.stop, quoted):
                continue  # negated, hypothetical, or said inside a quotation
            if tr.cls == "select" and tr.form != "verbal":
                continue  # 선정된 과제에는: the selection told before
            if tr.cls == "agree" and typ is None:
                if made_here:
                    made_here[-1].cues.append(f"content:{tr.lemma}")
                continue  # 공급에 합의했다: what was agreed, no instrument and no meeting of its own
            if tr.cls == "discuss" and (tr.form == "adnominal" or (
                    made_here and made_here[-1].clause[0] < cb and tr.governed is None)):
                if made_here and tr.form != "adnominal":
                    made_here[-1].cues.append(f"content:{tr.lemma}")
                continue  # 논의된 방안; 워크숍을 개최하고 ... 논의했다 (what was done there)
            bare_ref = self._bare_reference(tr, typ)
            if bare_ref is not None and tr.form == "verbal" and tr.cls in ("attend", "hold"):
                follow_parts.append((tr, (cb, ce)))
                continue
            if bare_ref is not None and tr.form == "verbal" and tr.cls == "award" and bare_ref.type == "award" \
                    and self._own_date(tr, cb, ce, bound) is None:
                follow_parts.append((tr, (cb, ce)))  # 훈장은 X가 수여했다: who gave the award told before
                continue
            if tr.cls == "attend" and (tr.governed is None or tr.reference) and tr.form == "verbal":
                follow_parts.append((tr, (cb, ce)))
                continue
            if tr.place_object and not any(
                    _object_of(d.text[m.stop:tr.begin]) for m in self.near(tr.begin - 40, tr.begin)
                    if m.stop <= tr.begin and m.kind in ("place", "country", "org")):
                continue  # 방안을 찾았다: not a trip
            if typ is None or ((tr.reference or tr.framed) and any(c.type == typ for c in self.cands)):
                continue  # 이번 협약에 따라: the act told before (a reference to nothing told is new)
            own = self._own_date(tr, cb, ce, bound)
            if tr.topic and not (tr.status == "planned" and tr.cue in ("예정", "계획") and own is not None):
                continue  # 설립도 논의했다, 체결을 추진하기로 했다: what a talk or a plan was about
            if tr.form == "nominal" and not tr.framed:
                comitative = self._comitative(tr, c0)
                if typ in d.lex.comitative_nominal:
                    if not comitative:
                        continue
                elif own is None:
                    continue
            key = (ci, typ, tr.form == "adnominal" and own is not None and bound.get(own[1]) == tr.begin)
            same = next((c for c in reversed(made_here) if c.type == typ and c.clause[0] < cb), None)
            if same is not None and not self.mentions_in(cb, ce) and not key[2] and same.status == tr.status:
                same.cues.append(f"also:{tr.lemma}/{tr.form}")
                continue  # 회담을 갖고 ... 논의했다: one meeting told in two clauses
            if key in by_key:
                cand = by_key[key]
                cand.cues.append(f"also:{tr.lemma}/{tr.form}")
                if tr.status == "happened":
                    cand.status = "happened"
                continue
            cand = Cand(type=typ, trigger=tr, sent_index=si, para=para, clause=(cb, ce),
                        sentence=(s.begin, s.stop), headline=tr.form == "headline" or headline, status=tr.status,
                        bound=key[2])
            if tr.cue:
                cand.cues.append(f"{tr.status}:{tr.cue}")
            self._arguments(cand, tr, cb, ce, quoted, c0, c1)
            self._date(cand, tr, own, clauses, ci, s, para, bound, made_here)
            by_key[key] = cand
            made_here.append(cand)
            self.cands.append(cand)
            if typ == "agreement" and tr.form == "verbal":
                for extra in self._respectively(cand, tr, cb, quoted):
                    made_here.append(extra)
                    self.cands.append(extra)
        # follow-ups: 차관이 참석했다 / 이번 프로젝트에서 ... 참여했다
        for tr, (cb, ce) in follow_parts:
            target = None
            bare = self._bare_reference(tr, event_type(tr, d.lex))
            if bare is not None:
                target = bare
            elif tr.governed is not None and tr.reference:
                typ = d.lex.noun_types.get(tr.governed.cls or "")
                target = self._last_in_para(para, typ) if typ else None
            target = target or (made_here[-1] if made_here else self._last_in_para(para))
            if target is None:
                continue
            for m in self.mentions_in(cb, ce):
                if not _in_spans(m.begin, m.stop, quoted):
                    _add(target.participants, _participant(m, d.entities))
            target.cues.append(f"follow-up:{tr.lemma}")
            if tr.cls == "hold" and not target.explicit_date:
                # '시상식은 지난 8일 비엔티안에서 열렸다': the day and place of the act told before
                own = self._own_date(tr, cb, ce, bound)
                if own is not None and own[0].rule != "context-year":
                    target.date, target.date_rule, target.explicit_date = own[0], "ceremony-told-after", True
                    target.weak_date = False
                if target.location is None:
                    self._location(target, tr, cb, ce)
            for c in made_here:  # '행사에는 ... 참여했으며, 부대행사로 전시회가 열렸다': a part of that event
                if c.type == target.type and not c.explicit_date and c is not target:
                    c.placed_in = target
        for c in made_here:
            if "time-clause" in c.cues and c.date is None:
                main = next((x for x in reversed(made_here) if x is not c and x.date is not None), None)
                if main is not None:
                    c.date, c.date_rule, c.weak_date = main.date, "time-clause-main", main.weak_date
        if not made_here:  # '이번 시상은 X가 주관했으며, 시상식은 ... 열렸다': the host joins too
            self._pointing_back(s, para, quoted)

    def _respectively(self, cand: Cand, tr: Trigger, cb: int, quoted) -> list[Cand]:
        """'A와 B는 X 양해각서를, C와 D는 Y 양해각서를 각각 체결했다': one agreement per pair."""
        d = self.d
        text = d.text[cb:tr.begin]
        nouns = "|".join(re.escape(n) for n, cls in d.lex.nouns if cls == "agreement")
        # '... 양해각서를, C와 D는 ...' or 'A는 X와, B는 Y와 각각 ...': a comma closes each pair
        cuts = [cb + m.end() for m in re.finditer(
            rf"(?:(?:{nouns})(?:\([^)]{{0,12}}\))?[을를]|[가-힣A-Za-z)]\s?(?:와|과)),", text, re.IGNORECASE)]
        if not cuts and "각각" in d.text[cb:tr.stop]:
            # 'A와 B, C와 D가 각각 ...' / 'A-B, C-D는 각각 ...': a comma closes each pair of two bodies
            commas = [cb + m.end() for m in re.finditer(r",", text)]
            bounds = [cb, *commas, tr.begin]
            sizes = [len({m.text for m in self.mentions_in(b, e) if not _in_spans(m.begin, m.stop, quoted)})
                     for b, e in zip(bounds, bounds[1:])]
            if commas and all(n == 2 for n in sizes):
                cuts = commas
        if not cuts:
            return []
        bounds = [cb, *cuts, tr.begin]
        groups = []
        for b, e in zip(bounds, bounds[1:]):
            ms = [m for m in self.mentions_in(b, e) if not _in_spans(m.begin, m.stop, quoted)]
            if ms:
                groups.append(ms)
        if len(groups) < 2:
            return []
        out = []
        for i, ms in enumerate(groups):
            target = cand if i == 0 else Cand(type=cand.type, trigger=cand.trigger, sent_index=cand.sent_index,
                                             para=cand.para, clause=cand.clause, sentence=cand.sentence,
                                             status=cand.status, date=cand.date, date_rule=cand.date_rule,
                                             explicit_date=cand.explicit_date, location=cand.location,
                                             headline=cand.headline, countries=set(cand.countries),
                                             placed_in=cand.placed_in)
            target.participants = []
            for m in ms:
                _add(target.participants, _participant(m, d.entities))
            target.cues.append(f"respectively:{i + 1}/{len(groups)}")
            if i:
                out.append(target)
        return out

    def _bare_reference(self, tr: Trigger, typ: str | None):
        """'개소식에는', '포럼에는', '협약식에는' alone: the event already told, when there is one."""
        run = tr.governed
        if run is None or typ is None or run.noun is None or run.compound != run.noun:
            return None
        after = self.d.text[run.stop:run.stop + 3]
        if not after.startswith(("에는", "에서는", "에서", "에도", "은", "는")):
            return None
        return next((c for c in reversed(self.cands) if c.type == typ and c.sentence[1] <= tr.begin), None)

    def _comitative(self, tr: Trigger, c0: int) -> bool:
        toks = self.d.toks
        i = tr.index
        prev = [t.form for t in toks[max(c0, i - 2):i]]
        return bool(prev) and (prev[-1] in ("과", "와") or prev[-2:] in (["과", "의"], ["와", "의"]))

    def _own_date(self, tr: Trigger, cb: int, ce: int, bound: set[int]):
        """(date, index) of the clause's governing date, or None."""
        best = None
        quoted = _quoted_spans(self.d.text, cb, ce)
        for k, de in enumerate(self.d.dates):
            if not (cb <= de.begin and de.stop <= ce) or de.begin >= tr.begin:
                continue
            if _in_spans(de.begin, de.stop, quoted):
                continue  # a year inside a quoted title names the title
            if self.d.text[de.stop:de.stop + 2] == "까지" and "부터" not in de.text and best is not None:
                continue  # 이날 ... 2023년까지 연장하는 합의서: a deadline inside the content
            if k in bound and bound[k] != tr.begin:
                continue
            if self.name_like(de):
                continue
            use = self.usable(de)
            if use is not None:
                best = (use, k)
        if best is not None:
            return best
        return None

    def _own_date_after(self, tr: Trigger, cb: int, ce: int, bound: set[int]):
        """A date after the trigger in its clause (not a report date), or None."""
        for k, de in enumerate(self.d.dates):
            if cb <= de.begin and de.stop <= ce and de.begin >= tr.stop and k not in bound:
                if self.name_like(de) or self.report_date(de, ce):
                    continue
                use = self.usable(de)
                if use is not None:
                    return (use, k)
        return None

    def _report_date(self, cand: Cand) -> DateExpr | None:
        for de in self.d.dates:
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
        d = self.d
        gov = cand.trigger.governed
        before = d.text[s.begin:min(cand.trigger.begin, gov.begin if gov else cand.trigger.begin)]
        told = [c for c in reversed(self.cands) if c is not cand and c.date is not None and not c.bound][:30]
        # first the act's own word (협약식 직후 -> the act whose noun is 협약), then any word of its type
        for c in told:
            words = {c.trigger.lemma}
            if c.trigger.governed is not None and c.trigger.governed.noun:
                words.add(c.trigger.governed.noun)
            words -= d.lex.generic_event_nouns
            if any(len(w) >= 2 and re.search(re.escape(w) + r"식?['’\"”]?" + _DURING, before) for w in words):
                return c
        for c in told:
            if self._words_of(c.type).search(before):
                return c
        return None

    def _words_of(self, typ: str) -> re.Pattern:
        """One pattern per event type: any of its nouns followed by a 'during' link."""
        if typ not in self._type_words:
            lex = self.d.lex
            nouns = sorted({n for n, cls in lex.nouns if lex.noun_types.get(cls) == typ and len(n) >= 2},
                           key=len, reverse=True)
            alt = "|".join(map(re.escape, nouns)) or "(?!)"
            self._type_words[typ] = re.compile(rf"(?:{alt})['’\"”]?" + _DURING, re.IGNORECASE)
        return self._type_words[typ]

    def _date(self, cand: Cand, tr: Trigger, own, clauses, ci, s, para, bound, made_here) -> None:
        d = self.d
        if own is None and tr.form == "adnominal" and _TIME_CLAUSE.match(d.text, tr.stop):
            cand.cues.append("time-clause")  # 보고회가 열린 같은 날 오전 ... 서명했다: dated by the main clause
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
                    for k, de in enumerate(d.dates):
                        if nb <= de.begin and de.stop <= ne and k not in bound and not self.name_like(de) \
                                and not self.report_date(de, ne):
                            use = self.usable(de)
                            if use is not None:
                                own = (use, k)
                                break
        if own is not None and own[0].rule.startswith("relative-same") and len(own[0].start or "") == 10:
            prev_ev = next((c for c in reversed(self.cands) if c is not cand and c.date is not None
                            and not c.bound and len(c.date.start or "") == 10), None)
            if prev_ev is not None:  # 이날, 같은 날: the day of the act told before, not of the report
                cand.date, cand.date_rule, cand.explicit_date = prev_ev.date, "same-day-as-event-before", True
                return
        if own is not None:
            cand.date, cand.date_rule, cand.explicit_date = own[0], "clause", True
            after = d.text[own[0].stop:own[0].stop + 4].lstrip()
            cand.open_ended = after.startswith("부터") and "까지" not in own[0].text
            if own[0].rule == "context-year":
                cand.date_rule, cand.explicit_date = "relative->context-year", False
            return
        # an earlier clause of the same sentence: the act told there, else a date told there
        for c in reversed(made_here):
            if c is not cand and c.date is not None and not c.bound and c.clause[0] < cand.clause[0]:
                cand.date, cand.date_rule = c.date, "sentence-event"
                cand.weak_date = c.weak_date
                cand.placed_in = c
                return
        sb = d.toks[clauses[0][0]].begin
        prev = None
        for k, de in enumerate(d.dates):
            if sb <= de.begin and de.stop <= cand.clause[0] and k not in bound and not self.name_like(de):
                use = self.usable(de)
                if use is not None:
                    prev = use
        if prev is not None:
            cand.date, cand.date_rule = prev, "sentence"
            return
        # the paragraph: the event before, else the last date told in it
        last = None
        for c in reversed(self.cands[:-1] if self.cands and self.cands[-1] is cand else self.cands):
            if c.para == para and c.date is not None and c is not cand and not c.bound:
                last = c
                break
            if c.para != para:
                break
        pdate = None
        for k, de in enumerate(d.dates):
            if d.para(de.begin) == para and de.stop <= s.begin and k not in bound and not self.name_like(de):
                use = self.usable(de)
                if use is not None:
                    pdate = use
        if last is not None and (pdate is None or last.date.begin >= pdate.begin or last.date.rule == "context-year"):
            cand.date, cand.date_rule = last.date, "paragraph-event"
            cand.weak_date = last.weak_date
            return
        if pdate is not None:
            cand.date, cand.date_rule = pdate, "paragraph"
            return
        # an event named again (포럼 기간, 공동위원회 계기로, 개소식에 이어): its date
        # a date that is part of a name in the clause (2018 ... 국제 건강포럼)
        for de in d.dates:
            if cand.clause[0] <= de.begin and de.stop <= cand.clause[1] and self.name_like(de):
                use = self.usable(de)
                if use is not None:
                    cand.date, cand.date_rule = use, "name-year"
                    return
        report = self._report_date(cand)
        if report is not None:  # 착수했다고 2일 밝혔다, with no other date: the day it was told
            cand.date, cand.date_rule = report, "report-date"
            return
        if self.news_like:
            prev_ev = next((c for c in reversed(self.cands) if c is not cand and c.date is not None
                            and not c.bound and c.date.rule != "context-year"), None)
            if prev_ev is not None:
                cand.date, cand.date_rule = prev_ev.date, "document-event-before"
                cand.weak_date = prev_ev.weak_date
                return
        year = (self.doc_date[:4] if self.doc_date else None) or self.context_year
        if year:
            cand.date = DateExpr(0, 0, "", year, year, rule="context-year")
            cand.date_rule = "publication-year" if self.doc_date else "document-year"
            cand.weak_date = True

    def _arguments(self, cand: Cand, tr: Trigger, cb: int, ce: int, quoted, c0: int, c1: int) -> None:
        d = self.d
        # a word inside the name of a forum is no party (글로벌 ICT리더쉽 포럼)
        names = self.forum_names
        ms = [m for m in self.mentions_in(cb, ce) if not _in_spans(m.begin, m.stop, quoted)
              and not any(b <= m.begin and m.stop <= e and (m.begin, m.stop) != (b, e) for b, e in names)]
        ms = [m for m in ms if not self._only_owner_or_venue(m)
              and not (cand.type != "opening" and self._object_of_act_noun(m))]
        background = self._background_subjects(ms, cb, tr.begin)
        ms = [m for m in ms if m not in background]
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
        if any(a in bare for a in d.lex.plural_anaphors):
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

    def _background_subjects(self, ms: list[Mention], cb: int, tb: int) -> list[Mention]:
        """'센터는 [A와 B가 지난해 체결한 협약에 따라] 설립됐다': A and B act in the earlier signing."""
        lex = self.d.lex
        if not lex.background_verbs or tb <= cb:
            return []
        verbs = "|".join(lex.background_verbs)
        links = "|".join(re.escape(x) for x in lex.earlier_act_links)
        bg = re.compile(rf"(?:이|가)\s(?:[^\s.]+\s){{0,4}}?(?:{verbs})\s(?:[^\s.]+\s){{0,3}}?[^\s.]*?(?:{links})")
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
        if not d.lex.surname_titles:
            return
        titles = "|".join(map(re.escape, d.lex.surname_titles))
        for m in re.finditer(rf"(?<![가-힣])([가-힣]) ({titles})(?:은|는|이|가|과|와|도)", d.text[cb:ce]):
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
        for prev in reversed(self.cands[:-1] if self.cands and self.cands[-1] is cand else self.cands):
            for p in prev.participants:
                for t in bare:
                    if p.kind == "org" and p.name.endswith(t.form) and len(p.name) > len(t.form) + 1:
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
        while first <= last and toks[first].tag in {"SN", "W_SERIAL", "SO", "NR"}:
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

    def _location(self, cand: Cand, tr: Trigger, cb: int, ce: int) -> None:
        d = self.d
        places = [m for m in self.near(cb, ce) if cb <= m.begin and m.stop <= ce and m.kind in ("place", "country")]
        pick = None
        for m in places:
            if _is_locative(d, m.stop):
                pick = m
                break
        if pick is not None:
            # walk back over a coordination: 러시아 모스크바와 상트페테르부르크에 -> 러시아
            idx = places.index(pick)
            crossed = False
            while idx > 0:
                prev = places[idx - 1]
                gap = d.text[prev.stop:places[idx].begin]
                if re.fullmatch(r"\s*(?:와|과|및|,|·|‧)\s*", gap):
                    idx, crossed = idx - 1, True
                elif crossed and re.fullmatch(r"\s+", gap):
                    idx -= 1  # 러시아 모스크바와 상트페테르부르크에: several cities -> their country
                else:
                    break
            pick = places[idx]
        if pick is None:
            pick = next((m for m in places if self._venue_after(m, ce, cand.type == "visit")), None)
        if pick is None:
            for m in self.mentions_in(cb, ce, kinds=("org",)):
                if _host_locative(d, m.stop):
                    pick = _city_of(m) or m  # '서울 KOTRA 본사에서': the city the text names
                    break
        if pick is None and cand.type == "visit":
            for m in places:
                if re.match(r"\s?(?:을|를)", _after_text(d.text, m.stop, 3)):
                    pick = m
                    break
        if pick is None and cand.type == "visit":
            # '타슈켄트 정보기술대학교(TUIT)를 방문해': the city opening the visited body's name
            for m in self.mentions_in(cb, ce, kinds=("org",)):
                alias = _ALIAS_AFTER.match(d.text, m.stop)
                if re.match(r"(?:을|를)\s", _after_text(d.text, alias.end() if alias else m.stop, 3)):
                    pick = _city_of(m)
                    if pick is not None:
                        break
        if pick is not None:
            ent = d.entities.get(pick.entity_id or "")
            # the place as the text names it (한국, not the canonical 대한민국); bodies by their name
            name = pick.text if pick.kind in ("place", "country") else (pick.name or (ent.name if ent else pick.text))
            cand.location = Location(name=name, country=pick.country or (ent.country if ent else None))
        elif tr.location:
            cand.location = Location(name=tr.location[0], country=tr.location[1])

    def _venue_after(self, m: Mention, ce: int, visit: bool) -> bool:
        """'대전 본원에서', '울란바토르 시내 한 호텔에서', '누산타라의 건설 현장을 방문': the city of a venue."""
        d = self.d
        tail = d.text[m.stop:min(ce, m.stop + 30)]
        if tail.startswith("의"):
            tail = tail[1:]
        words = tail.split()
        ends = ("에서는", "에서도", "에서", "에는", "에") + (("을", "를") if visit else ())
        pos = m.stop
        for k, w in enumerate(words[:4]):
            pos = d.text.find(w, pos)
            if any(x.begin < pos + len(w) and pos < x.stop and x.kind in ("place", "country")
                   for x in self.near(pos, pos + len(w)) if x is not m):
                return False
            core = re.sub(r"\([^)]*\)", "", w)
            if core.endswith(ends) and k > 0 or (k == 0 and core.endswith(ends) and len(core) > 2):
                after = d.text[pos + len(w) - 3:pos + len(w) + 6]
                return not any(x in after for x in ("에 대한", "에 관한", "에 따라"))
            if re.search(r"(?:은|는|이|가|과|와|의|도|로|으로)$", core):
                return False
            pos += len(w)
        return False

    def _pointing_back(self, s, para: int, quoted) -> None:
        """A sentence without an act that continues the event before (회의 결과에 따라 ..., 이 자리에서)."""
        d = self.d
        if any(ch in s.text for ch in _QUOTE_CHARS):
            return
        target = self._last_in_para(para)
        if target is None:
            return
        t0, t1 = d.tok_range(s.begin, s.stop)
        head = d.toks[t0:min(t1, t0 + 5)]
        forms = [t.form for t in head]
        refers = any(is_reference_word(t, d.lex) for t in head) or "자리" in forms
        if not refers:
            for t in head:
                hit = d.lex.noun_class(t.form)
                if hit and d.lex.noun_types.get(hit[0]) == target.type:
                    refers = True
                    break
        if not refers:
            return
        for m in self.mentions_in(s.begin, s.stop):
            if not _in_spans(m.begin, m.stop, quoted):
                _add(target.participants, _participant(m, d.entities))
        target.cues.append("pointing-back")


def _city_of(m: Mention) -> Mention | None:
    """The place word opening an organisation's name ('서울 KOTRA', '부산 본사'), as a place mention."""
    first = m.text.split(" ", 1)[0]
    if first == m.text or len(first) < 2:
        return None
    from coopgraph.link.kb import load_kb

    kb = load_kb()
    for eid in kb.lookup(first):
        e = kb.get(eid)
        if e is not None and e.kind == "place":  # a city; a country opening a name is part of it
            return Mention(m.begin, m.begin + len(first), first, e.kind, country=e.country, strategy="city-of")
    return None


def _inherit(cands: list[Cand], text: str, lex: Lexicon, news_like: bool = False) -> None:
    """Carry arguments over from the event before.

    - An event with no participants takes the organisations of the event before it
      (same paragraph, or the paragraph before when the sentence opens with 또/또한/이어).
    - A sentence opening with 또/또한/아울러 continues the actor of the last event of the
      same type: its organisations join.
    - "포럼의 일환으로 ... 회의가 열렸다": an event naming the event before takes its place.
    """
    for i, c in enumerate(cands):
        if i == 0:
            continue
        prev = cands[i - 1]
        if c.location is None and c.placed_in is not None and c.placed_in.location is not None \
                and c.type != "visit":
            c.location = c.placed_in.location
            c.cues.append("location:within-named-act")
        if c.location is None and prev.location is not None and prev.para == c.para:
            noun = prev.trigger.governed.noun if prev.trigger.governed else None
            if noun and noun in text[c.sentence[0]:c.trigger.begin]:
                c.location = prev.location
                c.cues.append("location:part-of-event-before")
        if c.location is None:
            host = _referenced_act(cands[:i], c, text, lex)
            if host is not None:
                c.location = host.location
                c.cues.append("location:referenced-act")
        if c.location is None and c.type != "visit":
            trip = _trip_of(cands[:i], c, text)
            if trip is not None:
                c.location = trip.location
                c.cues.append("location:during-visit")
        if c.type == "award":
            continue
        opening = text[c.sentence[0]:c.sentence[0] + 6].lstrip()
        cont = any(opening.startswith(w + " ") or opening.startswith(w + ",") for w in lex.continuation)
        if cont:
            same = next((p for p in reversed(cands[:i]) if p.type == c.type and p.sentence != c.sentence
                         and c.para - p.para <= 2), None)
            if same is not None:
                for p in same.participants:
                    if p.kind == "org":
                        _add(c.participants, p)
                c.cues.append("participants:continued")
        if c.participants or "participants:unnamed" in c.cues:
            continue
        if prev.para == c.para or (cont and prev.para == c.para - 1) or (news_like and c.type == "project"):
            orgs = [p for p in prev.participants if p.kind == "org"] or list(prev.participants)
            c.participants.extend(orgs)
            if orgs:
                c.cues.append("participants:inherited")


_REFERRED_ACT = re.compile(r"(?:이날|이번|동|해당|당일)\s?([가-힣A-Za-z]{1,12}?)\s?(?:에서|에선|을 계기로|를 계기로|기간)")


def _referenced_act(before: list[Cand], c: Cand, text: str, lex: Lexicon) -> Cand | None:
    """'이날 회의에서 … 체결했다': the act happened at the placed meeting (or forum) the text points to."""
    m = _REFERRED_ACT.search(text, c.sentence[0], c.trigger.begin)
    if m is None:
        return None
    cls = lex.noun_class(m.group(1))
    typ = lex.noun_types.get(cls[0]) if cls else None
    if typ not in ("meeting", "forum"):
        return None
    for p in reversed(before):
        if c.para - p.para > 2:
            return None
        if p.type == typ and p.location is not None and p.sentence != c.sentence:
            return p
    return None


_DURING_TRIP = re.compile(r"(?:방문|순방|출장|방한)\s?(?:기간|중|일정|계기|길)|이번 (?:방문|순방|출장)")


def _trip_of(before: list[Cand], c: Cand, text: str) -> Cand | None:
    """'그단스크를 방문해 기념행사에 참석', '방문 기간 중 … 체결': the placed visit an act happened on."""
    for v in reversed(before):
        if v.type != "visit" or v.location is None:
            continue
        if v.sentence == c.sentence and v.trigger.begin < c.trigger.begin:
            return v
        lead = text[c.sentence[0]:c.trigger.begin]
        if c.para - v.para <= 1 and _DURING_TRIP.search(lead):
            return v
        return None
    return None


def _names_abroad(sentence: str, regions: tuple[str, ...]) -> bool:
    """'한-중앙아 포럼', '중앙아시아 비즈니스 포럼', '해외 바이어': the sentence names a side abroad."""
    if re.search(r"(?<![가-힣])한[-·‧][가-힣A-Z]", sentence):
        return True
    return any(r in sentence for r in regions)


# "한미", "한중 관계", "미중": the short country compounds of Korean news
_SHORT_PAIR = re.compile(r"(?<![가-힣])(?:한|북|미|중|일|러)(?:미|중|일|러|독|불|영|베|몽|인|호|캐|아세안|EU)"
                         r"(?=[ ,·간의이가은는과와도]|$)")
_NEEDS_CUE = ("forum", "opening", "award", "meeting", "project")


@functools.cache
def _foreign_country_re() -> re.Pattern:
    """Any name of a country other than Korea."""
    names = [n for n, code in _countries() if code != "KR"]
    return re.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, names)) + r")") if names else re.compile(r"(?!)")


def _international_text(chunk: str, lex: Lexicon) -> str | None:
    """The cue in ``chunk`` that makes an act told there international, or None."""
    if re.search(r"(?<![가-힣])한[-·‧][가-힣A-Z]|[가-힣A-Z][-·‧]한(?![가-힣])", chunk):
        return "compound"
    m = _foreign_country_re().search(chunk) or _SHORT_PAIR.search(chunk)
    if m:
        return m.group(0)
    for w in (*lex.international_cues, *lex.foreign_regions):
        if w in chunk:
            return w
    return None


def _is_foreign(country: str | None) -> bool:
    return bool(country) and country != "KR"


def _keep_international(cands: list[Cand], reader: _Reader) -> list[Cand]:
    """Drop forums, openings, awards, meetings and projects with no international cue.

    A campus prize-giving, a library reopening or a domestic budget meeting told on a page
    that also names a foreign body is no international cooperation. An act is kept when it
    has a foreign party or place, when its sentence or paragraph names a foreign body, place,
    country, a 한-X compound or an international word (국제, 해외, 양국 ...; triggers.yaml),
    when its event noun is international by itself (공동위원회, 정상회담), or when one of its
    parties acts with the partner country in another kept act of the page.
    """
    d = reader.d
    text = d.text
    lex = d.lex
    ends = [*d.para_starts[1:], len(text)]

    def direct(c: Cand) -> bool:
        if any(_is_foreign(p.country) for p in c.participants) or _is_foreign(
                c.location.country if c.location else None) or any(_is_foreign(x) for x in c.countries):
            return True
        gov = c.trigger.governed.compound.replace(" ", "") if c.trigger.governed else ""
        if any(n in gov for n in lex.international_event_nouns):
            return True
        if len(reader.pair) == 2 and "KR" in reader.pair and ("공동" in gov or "합동" in gov):
            return True  # 공동사업, 공동연구 on a page about one partner: done with that partner
        pb = d.para_starts[c.para] if 0 <= c.para < len(d.para_starts) else c.sentence[0]
        pe = ends[c.para] if 0 <= c.para < len(ends) else c.sentence[1]
        b, e = min(pb, c.sentence[0]), max(pe, c.sentence[1])
        if any(_is_foreign(m.country) for m in reader.near(b, e) if m.begin >= b and m.stop <= e):
            return True
        return _international_text(text[b:e], lex) is not None

    ok = [c.type not in _NEEDS_CUE or direct(c) for c in cands]
    partners = [c for c, k in zip(cands, ok, strict=True) if k and (
        any(_is_foreign(p.country) for p in c.participants) or c.type in ("agreement", "visit"))]
    for i, c in enumerate(cands):
        if ok[i] or len(reader.pair) < 2 or (c.location is not None and c.location.country == "KR"):
            continue  # a body's own act at home (도청 회의실에서 예산 회의) is not with the partner
        if any(same_party(p, q) for o in partners if o is not c for p in c.participants for q in o.participants):
            ok[i] = True
            c.cues.append("international:party-acts-with-partner")
    return [c for c, k in zip(cands, ok, strict=True) if k]


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
    reader = _Reader(analysis)
    cands = reader.read()
    _inherit(cands, text, reader.d.lex, reader.news_like)
    cands = merge_candidates(cands)
    # an act with no party, no place and no date of its own is talk about acts in general
    # ("여러 차례 정상회담이 열렸고 수십 건의 양해각서가 체결됐지만"), not a happening
    cands = [c for c in cands if c.participants or c.location is not None
             or (c.date is not None and not c.weak_date)]
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
        cands = [c for c in cands if c.type in ("agreement", "opening", "award")
                 or any(p.country and p.country != "KR" for p in c.participants)
                 or (c.location is not None and c.location.country not in (None, "KR"))
                 or _names_abroad(text[c.sentence[0]:c.sentence[1]], regions)]
    cands = _keep_international(cands, reader)
    doc_date = analysis.doc.doc_date
    for c in cands:
        c.evidence_text = text[c.sentence[0]:c.sentence[1]]
        if doc_date and c.status == "happened" and c.date is not None and c.date.start \
                and len(c.date.start) >= 7 and c.date.start > doc_date[:len(c.date.start)]:
            c.status = "planned"  # 다음 달 15일 ... 열린다: after the publication date, so scheduled
            c.cues.append("planned:after-publication")
    events = tuple(_finish(c, reader.pair) for c in cands)
    events = add_list_events(analysis, events)
    return assign_roles(analysis, events)
