"""Reads one document into candidate events: sentences into clauses, clauses into triggers,
each trigger with its arguments (:mod:`.arguments`), date (:mod:`.dating`) and place (:mod:`.place`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from coopgraph.extract.arguments import ArgumentsMixin
from coopgraph.extract.base import (
    _BYLINE,
    _CAPTION,
    _QUOTE_CHARS,
    Cand,
    _add,
    _Doc,
    _in_spans,
    _object_of,
    _participant,
    _quoted_spans,
)
from coopgraph.extract.dating import DatesMixin, _join_ranges
from coopgraph.extract.place import PlaceMixin
from coopgraph.extract.triggers import (
    Trigger,
    clause_spans,
    event_type,
    find_triggers,
    is_reference_word,
    load_lexicon,
    shared_plan,
    tokenize,
)
from coopgraph.records import Analysis

_BETWEEN = frozenset({"SN", "NNB", "NNG", "NNP", "SL", "SSO", "SSC", "MAG", "NR"})


def _planned(tr: Trigger, cue: str | None) -> Trigger:
    return tr if cue is None else replace(tr, status="planned", cue=cue)


class Reader(ArgumentsMixin, DatesMixin, PlaceMixin):
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
        self.doc_date = analysis.doc.doc_date or analysis.ref_date  # a page with no date: the run's --ref
        self.bylines = [(m.start(), m.end()) for m in _BYLINE.finditer(text)]
        self.mention_starts = [m.begin for m in self.d.mentions]
        self.context_year: str | None = None
        self.news_like = False
        self.forum_names: list[tuple[int, int]] = []
        self.sentence_triggers: list[Trigger] = []
        self.pair: tuple[str, ...] = ()
        self._post_counts: set[str] | None = None

    # ------------------------------------------------------------- helpers

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
            trigs = [(ci, _planned(tr, shared_plan(d.toks, clauses, ci, tr, d.lex, self._dated_clause)))
                     for ci, tr in trigs]
            sent_info.append((s, t0, t1, headline, clauses, trigs))
        self.context_year = self._context_year(sent_info)
        years = {de.start[:4] for de in self.d.dates if de.start and not de.relative}
        self.news_like = len(years) <= 2  # a timeline page names many years; a news story one or two
        self.pair = self._country_pair()
        bound = self._bound_dates(sent_info)
        for si, (s, _t0, _t1, headline, clauses, trigs) in enumerate(sent_info):
            self._sentence(si, s, headline, clauses, trigs, bound)
        return self.cands

    def _country_pair(self) -> tuple[str, ...]:
        counts: Counter[str] = Counter(m.country for m in self.d.mentions if m.country)
        if len(counts) < 2:
            return tuple(c for c, _ in counts.most_common(1))
        (a, na), (b, nb) = counts.most_common(2)
        return (a, b) if nb >= 2 else (a,)

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
            if tr.cue == "habitual" and typ == "project":
                tr = replace(tr, status="happened", cue=None)  # 2019년부터 교육해 왔다: one programme carried on
            if tr.status == "negated" or _in_spans(tr.begin, tr.stop, quoted):
                continue  # negated, hypothetical, or said inside a quotation
            if tr.cls == "select" and tr.form != "verbal":
                continue  # 선정된 과제에는: the selection told before
            if tr.cls == "agree" and typ is None and tr.form == "verbal" and not any(
                    c.type == "meeting" for c in made_here) and self._agreed_with(cb, tr.begin, quoted):
                typ = "meeting"  # '방문해 B 대통령과 ... 강화하기로 합의했다': agreeing with a counterpart is a talk
            if tr.cls == "agree" and typ is None:
                if made_here:
                    made_here[-1].cues.append(f"content:{tr.lemma}")
                continue  # 공급에 합의했다: what was agreed, no instrument and no meeting of its own
            if tr.cls == "discuss" and (tr.form == "adnominal" or (
                    made_here and made_here[-1].clause[0] < cb and tr.governed is None
                    and made_here[-1].type != "visit")):
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
                    if m.stop <= tr.begin and m.kind in ("place", "country", "org")) and not (
                    tr.form == "adnominal" and any(m.kind in ("place", "country", "org") and 0 <= m.begin - tr.stop <= 1
                                                   for m in self.near(tr.stop, tr.stop + 2))):
                continue  # 방안을 찾았다: not a trip ('15일 찾은 X대학교와는': the place it modifies was visited)
            if typ is None or ((tr.reference or tr.framed) and any(c.type == typ and not c.headline for c in self.cands)):
                continue  # 이번 협약에 따라: the act told before (a reference to nothing told is new)
            own = self._own_date(tr, cb, ce, bound)
            if tr.form == "adnominal" and tr.lemma.endswith("중") and own is None:
                continue  # '한국이 케냐에서 추진 중인 사업': a state told about, not an act (with its years it is one)
            if tr.topic and not (tr.status == "planned" and tr.cue in ("예정", "계획") and own is not None):
                continue  # 설립도 논의했다, 체결을 추진하기로 했다: what a talk or a plan was about
            if tr.form == "nominal" and not tr.framed:
                comitative = self._comitative(tr, c0)
                if typ in d.lex.comitative_nominal:
                    if not comitative:
                        continue
                elif own is None and not (typ == "visit" and (self._agent_visit(tr, c0) or self._this_trip(tr, c0))):
                    continue
            key = (ci, typ, tr.form == "adnominal" and own is not None and bound.get(own[1]) == tr.begin)
            same = next((c for c in reversed(made_here) if c.type == typ and c.clause[0] < cb), None)
            if same is not None and not self.mentions_in(cb, ce) and not key[2] and same.status == tr.status and (
                    own is None or same.date is None or own[0].start == same.date.start):
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
            if _CAPTION.search(s.text):
                cand.cues.append("caption")  # a photo caption retells an act; alone it is none
            self._arguments(cand, tr, cb, ce, quoted, c0, c1)
            self._date(cand, tr, own, clauses, ci, s, para, bound, made_here)
            by_key[key] = cand
            made_here.append(cand)
            self.cands.append(cand)
            if typ == "agreement" and tr.form == "verbal":
                for extra in self._respectively(cand, tr, cb, quoted):
                    made_here.append(extra)
                    self.cands.append(extra)
            if typ == "meeting" and tr.form == "verbal" and tr.lemma in d.lex.one_to_one_meetings:
                for extra in self._each_counterpart(cand, cb, ce, quoted):
                    made_here.append(extra)
                    self.cands.append(extra)
        # follow-ups: 차관이 참석했다 / 이번 프로젝트에서 ... 참여했다
        # whether an act had a body before this sentence's follow-ups: taken when the act is first met, before
        # any follow-up adds to it (one scan of every candidate per sentence made long pages quadratic)
        had_body: dict[int, bool] = {}
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
            if id(target) not in had_body:
                had_body[id(target)] = any(p.kind == "org" for p in target.participants)
            present = self.mentions_in(cb, ce)
            posts = self._only_posts(present)
            for m in present:
                if m.kind == "org" and m.entity_id in posts:
                    continue  # '이날 행사에는 A 가나부 장관이 참석했다': the ministry is only the person's post
                if not self._attends_as_party(m, had_body[id(target)]):
                    continue  # counted people, the venue, or (the act has a body) a body that does not act here
                if not _in_spans(m.begin, m.stop, quoted):
                    _add(target.participants, _participant(m, d.entities))
            target.cues.append(f"follow-up:{tr.lemma}")
            target.told_again.append((s.begin, s.stop))
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
            tr = c.trigger
            if tr.framed and d.lex.predicates.get(tr.lemma, {}).get("frame") and not any(
                    x.startswith("also:") for x in c.cues):
                # '총장을 비롯한 X 방문단은 ... Y와 간담회를 개최했다': the delegation's side, not whom it met
                before = {m.text for m in self.mentions_in(c.clause[0], tr.begin)}
                c.participants = [p for p in c.participants if before & {p.name, *p.aliases}]
        for c in made_here:
            if "time-clause" in c.cues and c.date is None:
                main = next((x for x in reversed(made_here) if x is not c and x.date is not None), None)
                if main is not None:
                    c.date, c.date_rule, c.weak_date = main.date, "time-clause-main", main.weak_date
        if not made_here:  # '이번 시상은 X가 주관했으며, 시상식은 ... 열렸다': the host joins too
            self._pointing_back(s, para, quoted)

    def _agreed_with(self, cb: int, te: int, quoted) -> bool:
        """A named person told with 와/과 (or 와의, 과의) before the agreeing verb in its clause."""
        d = self.d
        for m in self.mentions_in(cb, te):
            if m.kind != "person" or _in_spans(m.begin, m.stop, quoted):
                continue
            after = d.text[m.stop:m.stop + 16]
            if re.match(r"(?:\([^()]{1,30}\))?\s?(?:[가-힣]{1,6}\s)?(?:대통령|총리|장관|국왕|왕세자|위원장|총장|의장|대사|부총리|차관|시장|주지사)?(?:와|과)(?:의)?\s", after):
                return True
        return False

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

    def _each_counterpart(self, cand: Cand, cb: int, ce: int, quoted) -> list[Cand]:
        """'A 외교부 차관, B 경제부 차관 등을 면담했다', 'X 총리, Y 상원의장을 각각 면담하고': a call on each
        foreign person is a meeting of its own (with the home side and the person's own body)."""
        d = self.d
        ms = [m for m in self.mentions_in(cb, ce) if not _in_spans(m.begin, m.stop, quoted)]
        foreign = [m for m in ms if m.kind == "person" and m.country not in (None, "KR")]
        if len({m.text for m in foreign}) < 2:
            return []
        for a, b in zip(foreign, foreign[1:]):
            gap = d.text[a.stop:b.begin]
            if not re.search(r"[,，·]|(?:와|과|및)\s", gap) or re.search(r"[은는이가]\s|다\.", gap):
                return []  # the persons are no list of those called on
        home = [p for p in cand.participants if p.country in (None, "KR")]
        out = []
        for i, fp in enumerate(foreign):
            nxt = foreign[i + 1].begin if i + 1 < len(foreign) else ce
            own = [m for m in ms if m.kind == "org" and m.country not in (None, "KR")
                   and fp.stop <= m.begin < min(nxt, fp.stop + 25)]
            target = cand if i == 0 else Cand(type=cand.type, trigger=cand.trigger, sent_index=cand.sent_index,
                                             para=cand.para, clause=cand.clause, sentence=cand.sentence,
                                             status=cand.status, date=cand.date, date_rule=cand.date_rule,
                                             explicit_date=cand.explicit_date, location=cand.location,
                                             headline=cand.headline, countries=set(cand.countries),
                                             placed_in=cand.placed_in, weak_date=cand.weak_date)
            target.participants = list(home)
            for m in (fp, *own):
                _add(target.participants, _participant(m, d.entities))
            target.cues.append(f"counterpart:{i + 1}/{len(foreign)}")
            if i:
                out.append(target)
        return out

    def _dated_clause(self, span: tuple[int, int]) -> bool:
        b, e = self.d.toks[span[0]].begin, self.d.toks[span[1] - 1].stop
        return any(b <= self.d.dates[k].begin and self.d.dates[k].stop <= e for k in self.d.date_range(b, e))

    def _bare_reference(self, tr: Trigger, typ: str | None):
        """'개소식에는', '포럼에는', '협약식에는' alone, or the last words of an event's name told before
        ('착수회의에는' after '... 공동연구 착수회의를 열었다'): the event already told, when there is one."""
        run = tr.governed
        if run is None or typ is None or run.noun is None:
            return None
        after = self.d.text[run.stop:run.stop + 3]
        if not after.startswith(("에는", "에서는", "에서", "에도", "은", "는", "엔", "에선")):  # 행사엔: 행사에는
            return None
        if run.compound != run.noun:
            tail = run.compound.replace(" ", "")
            return next((c for c in reversed(self.cands) if c.type == typ and c.sentence[1] <= tr.begin
                         and c.trigger.governed is not None and len(c.trigger.governed.compound) > len(tail)
                         and c.trigger.governed.compound.replace(" ", "").endswith(tail)), None)
        if run.noun in self.d.lex.generic_event_nouns:
            # '이날 행사에는 ... 참석했다' after a signing: the ceremony of the act told before, whatever its type
            return next((c for c in reversed(self.cands) if c.sentence[1] <= tr.begin), None)
        return next((c for c in reversed(self.cands) if c.type == typ and c.sentence[1] <= tr.begin), None)

    def _this_trip(self, tr: Trigger, c0: int) -> bool:
        """'이번 방문', '이번 베트남 방문이': the page's own trip, when no visit was told before it (one told
        before is the one meant, and the reference is skipped earlier)."""
        toks = self.d.toks
        k = tr.index - 1
        while k >= c0 and tr.index - k <= 3 and toks[k].tag in ("NNP", "NNG") \
                and not is_reference_word(toks[k], self.d.lex):
            k -= 1  # the place visited: '베트남'
        return k >= c0 and is_reference_word(toks[k], self.d.lex) and toks[k].form in ("이번", "금번") \
            and not any(c.type == "visit" for c in self.cands)

    def _agent_visit(self, tr: Trigger, c0: int) -> bool:
        """'가나다 총리의 한국 방문을 계기로', '라마 왕세자의 방한 이후': a visit told as a noun with its
        visitor named in the genitive happened (the visitor a named person or body, or a title after a name)."""
        d = self.d
        toks = d.toks
        k = tr.index - 1
        while k >= c0 and tr.index - k <= 4 and toks[k].tag in ("NNP", "NNG", "SL") \
                and not is_reference_word(toks[k], d.lex):
            k -= 1  # the place visited: '한국', '남미', '베트남'
        if k - 1 < c0 or toks[k].form != "의" or toks[k].tag != "JKG":
            return False
        head = toks[k - 1]
        near = [m for m in self.near(max(0, head.begin - 20), head.stop) if m.kind in ("person", "org")]
        if any(m.stop == head.stop for m in near):
            return True
        # '응우옌 반 안 하노이시장의': a title after the name, perhaps with the body it heads
        def no_particle(b: int, e: int) -> bool:
            t0, t1 = d.tok_range(b, e)
            return "," not in d.text[b:e] and not any(t.tag.startswith("J") for t in toks[t0:t1])

        return head.form in d.lex.surname_titles and any(
            0 <= head.begin - m.stop <= 12 and no_particle(m.stop, head.begin) for m in near if m.kind == "person")

    def _comitative(self, tr: Trigger, c0: int) -> bool:
        """'총리와 회담', '총리와의 면담', '왕세자와 정상회담을 하고': the nominal act done with someone."""
        toks = self.d.toks
        i = tr.index
        while i - 1 > c0 and i - tr.index > -3 and toks[i - 1].tag in ("NNG", "NNP", "SO") \
                and toks[i - 1].stop == toks[i].begin:
            i -= 1  # the compound the act ends: 정상회담, 한-태국 정상회담 (glued, no space)
        prev = [t.form for t in toks[max(c0, i - 2):i]]
        if bool(prev) and (prev[-1] in ("과", "와") or prev[-2:] in (["과", "의"], ["와", "의"])):
            return True
        # '장관과 14일 서울에서 회담을', '총리와 화상 회담을': the partner, then only the day, the place or
        # a modifier of the act before it
        k = i - 1
        while k > c0 and i - k <= 6 and (toks[k].tag in _BETWEEN or (toks[k].tag == "JKB" and toks[k].form in ("에서", "에"))):
            k -= 1
        return k < i - 1 and k > c0 and toks[k].form in ("과", "와") and toks[k].tag in ("JKB", "JC") \
            and toks[k - 1].tag in ("NNG", "NNP", "SL", "SSC")

    def _only_posts(self, present) -> set[str]:
        """The bodies of ``present`` that are a listed person's post and that the page never names more often
        on their own than as someone's post (proposal of helper P): no parties of the act the person attends."""
        if self._post_counts is None:
            own = Counter(m.entity_id for m in self.d.mentions if m.kind == "org" and m.entity_id)
            posts = Counter(m.affiliation for m in self.d.mentions if m.kind == "person" and m.affiliation)
            self._post_counts = {e for e, n in posts.items() if own.get(e, 0) <= n}
        return {m.affiliation for m in present if m.kind == "person" and m.affiliation} & self._post_counts

    def _pointing_back(self, s, para: int, quoted) -> None:
        """A sentence without an act that continues the event before (회의 결과에 따라 ..., 이 자리에서)."""
        d = self.d
        if any(ch in s.text for ch in _QUOTE_CHARS):
            return
        target = self._last_in_para(para)
        t0, t1 = d.tok_range(s.begin, s.stop)
        head = d.toks[t0:min(t1, t0 + 5)]
        if target is None:
            # '이날 상담회에는 ...' opening a later paragraph: the last event of that noun's type, a few
            # paragraphs up at most
            for t in head:
                hit = d.lex.noun_class(t.form)
                typ = d.lex.noun_types.get(hit[0]) if hit else None
                if typ is not None and hit[1] == t.form:
                    target = next((c for c in reversed(self.cands) if c.type == typ and para - c.para <= 3), None)
                    break
            if target is None:
                return
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
        from coopgraph.extract.roles import acts
        present = self.mentions_in(s.begin, s.stop)
        posts = self._only_posts(present)
        for m in present:
            if m.kind == "org" and m.entity_id in posts:
                continue
            if m.kind == "org" and not acts(d.text[m.stop:m.stop + 80]):
                continue  # a body told as a topic, owner, venue or post (roles.acts)
            if not _in_spans(m.begin, m.stop, quoted):
                _add(target.participants, _participant(m, d.entities))
        target.cues.append("pointing-back")
        target.told_again.append((s.begin, s.stop))
