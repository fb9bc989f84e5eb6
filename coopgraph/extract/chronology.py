"""Events from chronologies and lists: one dated item, one event.

Relations-history pages, sister-city lists and agreement tables flattened to text
tell many happenings in one sentence or one line each ("2003년 5월 총리가 방한하였으며,
2005년 9월에는 외교장관 ...", "2019.4.9 투자보장협정"), with the predicate shared across
the list. The clause reader in :mod:`coopgraph.extract.events` finds one event per
clause; this stage adds the items it missed.

The reading, per sentence (a line of a list is a sentence):

1. Anchors: the dates of the sentence that fix a calendar date (the recogniser's, a bare
   month bound to the year before it as in "2000, 2월, 10월", and the list forms read here:
   "'99.12.14~17", "84.2 X" at a line's start, "(72.5)", "1992,1995,1999년"). A date
   followed by 기준/부터/이후 ... is a frame, not an item.
2. Items: each anchor with the words it governs - the words after it up to the next anchor
   (a date led line, prose), the words before it ("X 방한('82.12.20-23)"), or the other
   cells of a table row ("무역협정 1992년 07월 01일"). Anchors with nothing between them
   ("2005년 5월과 2010년 1월에") share the words after the last.
3. Type: the item's heads (:file:`coopgraph/data/chronology.yaml`); an item with none takes
   the head of the next item of its list (the predicate told once), else the head before the
   first date, else the heading line or the announcing sentence ("다음과 같다") of the list.
   Comma-separated agreements in one item are one event each.
4. A prose sentence needs two anchors (one date is the clause reader's); a line with no verb
   needs only one. Items whose type and date overlap an event already read in the same
   sentence (or one sharing a party) are not added again; an event that took the parties
   of several items of its list keeps only the parties of its own item.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from importlib.resources import files

import yaml

from coopgraph.extract.base import Place, _participant
from coopgraph.extract.chronology_dates import _BULLET, _EMPTY, _VERBAL_END, list_dates
from coopgraph.extract.triggers import tokenize
from coopgraph.records import Analysis, DateExpr, Event, Evidence, Participant, Sentence

# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class ChronoLexicon:
    heads: dict[str, str]  # morpheme (or two joined) -> event type
    opening_objects: tuple[str, ...]
    header_heads: tuple[tuple[str, str], ...]  # (phrase, type), longest first
    visit_abbreviations: dict[str, str]
    not_item_after: tuple[str, ...]
    list_intro: tuple[str, ...]
    void_words: tuple[str, ...]
    concluded: tuple[str, ...] = ()
    not_concluded: tuple[str, ...] = ()
    sister_heads: tuple[str, ...] = ()
    person_titles: tuple[str, ...] = ()
    name_stop: tuple[str, ...] = ()
    body_endings: tuple[str, ...] = ()
    mission_nouns: tuple[str, ...] = ()


@functools.cache
def load_chronology() -> ChronoLexicon:
    """The lexicon in ``coopgraph/data/chronology.yaml`` (read once per process)."""
    data = yaml.safe_load((files("coopgraph") / "data" / "chronology.yaml").read_text(encoding="utf-8"))
    heads = {w: typ for typ, words in data["heads"].items() for w in words}
    header = sorted(((w, typ) for typ, words in data["header_heads"].items() for w in words),
                    key=lambda p: len(p[0]), reverse=True)
    return ChronoLexicon(heads=heads, opening_objects=tuple(data["opening_objects"]),
                         header_heads=tuple(header),
                         visit_abbreviations=dict(data["visit_abbreviations"]),
                         not_item_after=tuple(data["not_item_after"]), list_intro=tuple(data["list_intro"]),
                         void_words=tuple(data["void_words"]), concluded=tuple(data["concluded"]),
                         not_concluded=tuple(data["not_concluded"]), sister_heads=tuple(data["sister_heads"]),
                         person_titles=tuple(data["person_titles"]), name_stop=tuple(data["name_stop"]),
                         body_endings=tuple(data["body_endings"]), mission_nouns=tuple(data["mission_nouns"]))


# --------------------------------------------------------------------------- items


@dataclass
class _Item:
    date: DateExpr
    content: tuple[int, int]  # the words the date governs
    sentence: Sentence
    acts: list[tuple[str, str, int]] = field(default_factory=list)  # (type, head, offset)
    borrowed: str = ""
    parts: int = 1  # comma-separated agreements in the item
    prefix: tuple[int, int] | None = None  # the words before the first date of a prose sentence
    row: tuple[int, int] | None = None  # the whole row of a table, where its parties stand


class _Page:
    """What the reading needs of one document."""

    def __init__(self, analysis: Analysis):
        self.a = analysis
        self.text = analysis.doc.text
        self.lex = load_chronology()
        self.toks = analysis.tokens or tokenize(self.text)
        self.starts = [t.begin for t in self.toks]
        self.mentions = sorted(analysis.mentions, key=lambda m: m.begin)
        self.m_starts = [m.begin for m in self.mentions]
        self.mentions_by_end = sorted(analysis.mentions, key=lambda m: m.stop)
        self.m_ends = [m.stop for m in self.mentions_by_end]
        self.entities = {e.id: e for e in analysis.entities}
        counts = Counter(m.country for m in self.mentions if m.country)
        top = counts.most_common(2)
        self.pair = tuple(c for c, n in top if n >= 2) if len(top) == 2 else tuple(c for c, _ in top)
        self.surfaces: dict[str, Counter] = {}
        for m in self.mentions:
            if m.kind == "country" and m.country:
                self.surfaces.setdefault(m.country, Counter())[m.text] += 1
        doc_date = analysis.doc.doc_date
        self.doc_date = doc_date
        self.pivot = int(doc_date[2:4]) if doc_date else 39
        self.abbrev = dict(self.lex.visit_abbreviations)
        for code, names in self.surfaces.items():  # 방카 on a page about 카자흐스탄
            for name in names:
                if len(name) >= 2 and re.match(r"[가-힣]", name) and \
                        (name[0] not in self.abbrev or (code in self.pair and code != "KR")):
                    self.abbrev[name[0]] = code  # the page's own foreign country first (방인: 인도네시아)

    # --- words
    def tokens(self, b: int, e: int):
        return self.toks[bisect.bisect_left(self.starts, b):bisect.bisect_left(self.starts, e)]

    def acts(self, b: int, e: int) -> list[tuple[str, str, int]]:
        """(type, head, offset) of the heads in text[b:e]; an opening only with the thing opened."""
        toks = [t for t in self.tokens(b, e) if t.stop <= e]
        out: list[tuple[str, str, int]] = []
        skip = -1
        for i, t in enumerate(toks):
            if i <= skip:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            joined = t.form + nxt.form if nxt is not None and nxt.begin == t.stop else None
            typ = head = None
            if joined and joined in self.lex.heads:
                typ, head, skip = self.lex.heads[joined], joined, i + 1
            elif t.form in self.lex.heads and t.tag[:1] in "NSX":
                typ, head = self.lex.heads[t.form], t.form
            else:
                word = self._visit_word(t.begin)
                if word:
                    typ, head = "visit", word
            if typ == "opening" and not any(o in self.text[b:e] for o in self.lex.opening_objects):
                typ = None
            after = toks[(skip if skip > i else i) + 1] if (skip if skip > i else i) + 1 < len(toks) else None
            if typ and after is not None and after.begin - (nxt.stop if skip > i else t.stop) <= 1 \
                    and after.form in self.lex.heads and self.lex.heads[after.form] != typ:
                typ = None  # a modifier of the next head ("공동연구 협약" is an agreement)
            if typ and not any(o[0] == typ and o[1] == head for o in out):
                out.append((typ, head, t.begin))
        return out

    def _visit_word(self, at: int) -> str | None:
        """'방카', '방터' (방 + a country's first syllable, as one word) at ``at``."""
        text = self.text
        if text[at:at + 1] != "방" or (at > 0 and re.match(r"[가-힣]", text[at - 1])):
            return None
        syl = text[at + 1:at + 2]
        if syl not in self.abbrev or re.match(r"[가-힣]", text[at + 2:at + 3] or " ") and \
                text[at + 2:at + 3] not in "은는을를이가의시중차":
            return None
        return "방" + syl

    def names_agreement(self, b: int, e: int) -> bool:
        """text[b:e] names an instrument (its morphemes, or a written head such as 문화협정)."""
        if any(t == "agreement" for t, _, _ in self.acts(b, e)):
            return True
        words = self.text[b:e]
        return any(len(h) >= 2 and h in words and h not in self.lex.sister_heads and not h.startswith("결연")
                   for h, typ in self.lex.heads.items() if typ == "agreement")

    def titled_names(self, b: int, e: int, it) -> list[Participant]:
        """'Evren 대통령의 방한', '외잘 총리': a name the recogniser missed, right before a title."""
        from coopgraph.extract.base import _country_names

        lex, text = self.lex, self.text
        titles = "|".join(sorted(map(re.escape, lex.person_titles), key=len, reverse=True))
        out = []
        for m in re.finditer(rf"(?<![가-힣A-Za-z])([A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){{0,2}}|[가-힣]{{2,6}})"
                             rf"\s+(?:前\s*|전\s*)?(?:{titles})", text[b:e]):
            name = m.group(1)
            at = b + m.start(1)
            if name in lex.name_stop or name in _country_names() or name.endswith(lex.body_endings) \
                    or any(x.begin <= at < x.stop for x in self.mentions):
                continue
            country = None
            before = [c for c in self.places(max(b, at - 12), at) if c.kind == "country" and c.country]
            if before:
                country = before[-1].country
            out.append(Participant(name=name, kind="person", country=country))
        return out

    def has_predicate(self, b: int, e: int) -> bool:
        """text[b:e] ends a clause with a verb of its own (했고, 되었으며, 하였다)."""
        return any(t.tag in ("EC", "EF") and t.stop <= e for t in self.tokens(b, e))

    def header_acts(self, line: str) -> list[tuple[str, str, int]]:
        flat = line.replace(" ", "")
        for phrase, typ in self.lex.header_heads:
            if phrase.replace(" ", "") in flat:
                return [(typ, phrase, -1)]
        m = re.search(r"(?<![가-힣])방([가-힣])(?![가-힣])", line)
        if m and m.group(1) in self.abbrev:
            return [("visit", m.group(), -1)]
        return []

    # --- arguments
    def parties(self, b: int, e: int) -> list[Participant]:
        out: list[Participant] = []
        i = bisect.bisect_left(self.m_starts, b)
        while i < len(self.mentions) and self.mentions[i].begin < e:
            m = self.mentions[i]
            i += 1
            if m.kind not in ("org", "person") or m.stop > e:
                continue
            p = _participant(m, self.entities)
            if not any(q.name == p.name for q in out):
                out.append(p)
        return out

    def places(self, b: int, e: int):
        i = bisect.bisect_left(self.m_starts, b)
        while i < len(self.mentions) and self.mentions[i].begin < e:
            m = self.mentions[i]
            i += 1
            if m.kind in ("place", "country") and m.stop <= e:
                yield m

    def country_place(self, code: str) -> Place:
        from coopgraph.link.kb import load_kb

        names = Counter({n: c for n, c in (self.surfaces.get(code) or Counter()).items() if len(n) >= 2})
        ent = load_kb().country_by_code.get(code)
        name = names.most_common(1)[0][0] if names else (ent.name if ent else code)
        aliases = [n for n in ((ent.name, *ent.aliases) if ent else ()) if n != name]
        return Place(name=name, country=code, aliases=tuple(aliases))


# --------------------------------------------------------------------------- reading


def _frame(text: str, d: DateExpr, lex: ChronoLexicon) -> bool:
    """A date that frames (2024년 6월 기준, 2015년부터, 1992년 수교 이후 is kept: its head decides)."""
    after = re.sub(r"^\s*(?:년도?|월|일)?\s*(?:에|에는|의)?\s*", "", text[d.stop:d.stop + 8])
    return after.startswith(lex.not_item_after)


def _in_brackets(text: str, d: DateExpr) -> bool:
    before = text[max(0, d.begin - 2):d.begin]
    return before.endswith(("(", "('", "（", "[")) and bool(
        re.match(r"\s*(?:[)）\],]|서명|체결|발효|가서명|방문|방한)", text[d.stop:d.stop + 4]))


_QUOTES = re.compile(r"[\"“”][^\"“”\n]{1,120}[\"“”]|[「『《〈][^」』》〉\n]{1,120}[」』》〉]|‘[^’\n]{1,120}’")


def _anchors(page: _Page, s: Sentence) -> list[DateExpr]:
    """The dates of ``s`` that may head an item: not a frame (기준, 부터), not inside a quoted
    title, not a bare number year of a name (2025 OO 포럼), not a credit in brackets (외교부 2009.06.02)."""
    text = page.text
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(text, s.begin, s.stop)]
    out = []
    for d in list_dates(text, s, page.a.dates, page.pivot):
        if _frame(text, d, page.lex) or any(b <= d.begin < e for b, e in quoted) or "년대" in d.text:
            continue
        if d.rule != "list-years" and not re.search(r"[년월일.'’]", d.text) and not _in_brackets(text, d):
            continue
        open_at = text.rfind("(", s.begin, d.begin)
        if open_at >= 0 and text.find(")", open_at, d.begin) < 0 and \
                text[open_at + 1:d.begin].strip(" '") != "":
            continue
        out.append(d)
    return out


def _items(page: _Page, s: Sentence, anchors: list[DateExpr], nominal: bool) -> tuple[list[_Item], tuple[int, int]]:
    """The items of ``s`` and the words after the last one (the predicate they may share)."""
    text = page.text
    lead = _BULLET.match(text, s.begin)
    head_at = lead.end() if lead else s.begin
    if nominal and not _in_brackets(text, anchors[0]) and anchors[0].begin > head_at:
        # a table row: the cells before the date name the item, else those after it
        group = [d for d in anchors if not _in_brackets(text, d)]
        before = (head_at, group[0].begin)
        after = (group[-1].stop, s.stop)
        if re.search(r"[가-힣’”\"')](?:은|는|이|가|을|를|에|에서|와|과|의)\s*$", text[before[0]:before[1]]):
            return [], (s.stop, s.stop)  # words with particles before the date: prose cut short, no row
        content = before if page.acts(*before) else after
        # the parties may stand in any cell ("○ 방한: 2019.3 X 총리")
        return [_Item(date=d, content=content, sentence=s, row=(head_at, s.stop)) for d in group], (s.stop, s.stop)
    if nominal and not _in_brackets(text, anchors[0]):
        anchors = [d for d in anchors if not _in_brackets(text, d)]  # "(1982.2월 폐쇄)" is a note
    items: list[_Item] = []
    prev = head_at  # where the words of the next item may start
    for i, d in enumerate(anchors):
        if _in_brackets(text, d):
            # "X 방한('82.12.20-23) 및 Y 방한('86.11.4-7)", "짐바브웨 대학(2010)": the words before the date
            open_at = text.rfind("(", prev, d.begin)
            open_at = open_at if open_at >= 0 else d.begin
            start = prev
            comma = max(text.rfind(",", prev, open_at), text.rfind("，", prev, open_at))
            if comma >= 0:
                start = comma + 1
            j = bisect.bisect_left(page.m_ends, open_at)  # after an item, a name ending at the bracket
            if items and j < len(page.mentions_by_end) and page.mentions_by_end[j].stop == open_at \
                    and page.mentions_by_end[j].begin >= prev:
                start = max(start, page.mentions_by_end[j].begin)
            if items and items[-1].content[1] > start and not _in_brackets(text, items[-1].date):
                items[-1].content = (items[-1].content[0], start)
            items.append(_Item(date=d, content=(start, open_at), sentence=s))
            close = text.find(")", d.stop, s.stop)
            prev = close + 1 if close >= 0 else d.stop
        else:
            stop = anchors[i + 1].begin if i + 1 < len(anchors) else s.stop
            items.append(_Item(date=d, content=(d.stop, stop), sentence=s))
            prev = d.stop
    tail = (prev, s.stop) if _in_brackets(text, anchors[-1]) else (s.stop, s.stop)
    # dates with nothing between them ("2005년 5월과 2010년 1월에 X가") share the words of the last
    for i in range(len(items) - 2, -1, -1):
        b, e = items[i].content
        if not _in_brackets(text, items[i].date) and _EMPTY.match(re.sub(r"(?:년도?|월|일)", "", text[b:e])):
            items[i].content = items[i + 1].content
    return items, tail


def _count_parts(page: _Page, b: int, e: int) -> list[tuple[int, int]]:
    """The comma-separated pieces of text[b:e] that each name an agreement."""
    pieces, start = [], b
    for m in re.finditer(r"[,、]|\s및\s", page.text[b:e]):
        pieces.append((start, b + m.start()))
        start = b + m.end()
    pieces.append((start, e))
    named = [p for p in pieces if page.names_agreement(*p)]
    return named or [(b, e)]


def _read_sentence(page: _Page, s: Sentence, header: list, intro: list) -> list[_Item]:
    text = page.text
    anchors = _anchors(page, s)
    if not anchors:
        return []
    nominal = not _VERBAL_END.search(s.text)
    if not nominal and len({d.start for d in anchors}) < 2:
        return []
    items, tail = _items(page, s, anchors, nominal)
    prefix = (s.begin, min([anchors[0].begin] + [it.content[0] for it in items]))
    for it in items:
        it.acts = _one_per_type(page.acts(*it.content))
    tail_acts = _one_per_type(page.acts(*tail)) if tail[1] > tail[0] else []
    for i, it in enumerate(items):
        if it.acts:
            continue
        if any(w in text[it.content[0]:it.content[1]] for w in page.lex.void_words):
            continue
        # a clause with a verb of its own ("위원회가 설립되었고,") shares no act of a later clause
        nxt = None if page.has_predicate(*it.content) else \
            next((x for x in items[i + 1:] if x.acts and not x.borrowed), None)
        if nxt is not None:
            it.acts, it.borrowed = list(nxt.acts), "next"
            continue
        if tail_acts:
            it.acts, it.borrowed = list(tail_acts), "tail"
            continue
        pre = _one_per_type(page.acts(*prefix)) if prefix[1] > prefix[0] else []
        if pre:
            it.acts, it.borrowed = pre, "prefix"
        elif header:
            it.acts, it.borrowed = list(header), "header"
        elif intro:
            it.acts, it.borrowed = list(intro), "intro"
    out = []
    for it in items:
        if not it.acts:
            continue
        if any(t == "agreement" for t, _, _ in it.acts) and not it.borrowed:
            it.parts = len(_count_parts(page, *it.content))
        it.prefix = prefix if not nominal else None
        out.append(it)
    return out


def _one_per_type(acts: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    seen: set[str] = set()
    out = []
    for a in acts:
        if a[0] not in seen:
            seen.add(a[0])
            out.append(a)
    return out


def _overlap(a: DateExpr | None, b: DateExpr | None) -> bool:
    if a is None or b is None or not a.start or not b.start:
        return False
    a0, a1 = a.start, a.end or a.start
    b0, b1 = b.start, b.end or b.start
    return a0[:len(b1)] <= b1 and b0[:len(a1)] <= a1  # compared at the precision each gives


def _spans_meet(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _events_of(page: _Page, it: _Item) -> list[Event]:
    text = page.text
    b, e = it.content
    parties = page.parties(*(it.row or it.content))
    if it.prefix is not None:
        # the body before the dates acts in every item ("계명대는 2004년 X와, 2010년 Y와 ...");
        # a person there only when the item borrowed its act from those words
        for p in page.parties(*it.prefix):
            if (p.kind == "org" or (it.borrowed == "prefix" and not parties)) and \
                    not any(q.name == p.name for q in parties):
                parties.append(p)
    places = list(page.places(b, e))
    if not any(p.kind == "person" for p in parties):
        parties.extend(page.titled_names(*(it.row or it.content), it))
    out = []
    for typ, head, _at in it.acts:
        location = None
        if typ in ("visit", "meeting"):
            location = _visit_place(page, head, parties, places, it)
        elif typ in ("opening", "forum"):
            for m in places:
                if m.kind == "place" or re.match(r"\s*(?:에서|에)", text[m.stop:m.stop + 3]):
                    location = Place(name=m.text, country=m.country, aliases=tuple(
                        x for x in (m.name,) if x and x != m.text))
                    break
            if location is None and typ == "opening":
                location = _mission_seat(page, text[b:e])
        countries = [c for c in page.pair]
        for c in [p.country for p in parties] + [location.country if location else None]:
            if c and c not in countries:
                countries.append(c)
        status = "happened"
        if page.doc_date and it.date.start and it.date.start > page.doc_date[:len(it.date.start)]:
            status = "planned"
        conf = 0.35 + (0.1 if parties else 0.0) + (0.05 if it.date.start and len(it.date.start) >= 7 else 0.0)
        conf -= 0.05 if it.borrowed else 0.0
        n = it.parts if typ == "agreement" else 1
        s = it.sentence
        for _ in range(n):
            out.append(Event(
                type=typ, evidence=Evidence(sentence=text[s.begin:s.stop], begin=s.begin, stop=s.stop),
                date=it.date, location=location, participants=tuple(parties), countries=tuple(countries),
                confidence=conf, status=status,
                explain=(("trigger", head), ("form", "list-item"), ("rule", f"list:{it.borrowed or 'own'}->{typ}"),
                         ("date_rule", it.date.rule))))
    return out


def _mission_seat(page: _Page, words: str) -> Place | None:
    """'주이스탄불 총영사관' -> 이스탄불, '주한 X 대사관' -> Korea, '밴쿠버 총영사관' -> 밴쿠버."""
    from coopgraph.extract.base import _countries

    nouns = "|".join(map(re.escape, page.lex.mission_nouns))
    m = re.search(rf"(?<![가-힣])(주\s?)?([가-힣]{{1,10}})\s?(?:[가-힣]{{2,6}}\s?)?(?:{nouns})", words)
    if m is None:
        return None
    seat = m.group(2)
    if m.group(1) and seat.startswith("한") and (len(seat) == 1 or seat[1:] in dict(_countries())):
        return page.country_place("KR")  # 주한 캐나다대사관: in Korea
    code = dict(_countries()).get(seat)
    if code == "KR" and not m.group(1):
        return None  # 한국 대사관: Korea's embassy, somewhere abroad
    if code:
        return page.country_place(code)
    if len(seat) < 2 or seat in page.lex.name_stop or seat.endswith(("국", "의")):
        return None
    foreign = [c for c in page.pair if c != "KR"]
    return Place(name=seat, country=foreign[0] if len(foreign) == 1 else None)


def _visit_place(page: _Page, head: str, parties, places, it: _Item) -> Place | None:
    if head.startswith("방") and len(head) == 2 and head[1] in page.abbrev:
        return page.country_place(page.abbrev[head[1]])
    if head in ("방한", "내한"):
        return page.country_place("KR")
    for m in places:
        after = page.text[m.stop:m.stop + 3]
        if m.kind == "place" or re.match(r"\s*(?:을|를|에|에서|\s*국빈|\s*방문|\s*공식)", after):
            return page.country_place(m.country) if m.kind == "country" and m.country else \
                Place(name=m.text, country=m.country)
    homes = {p.country for p in parties if p.country}
    if len(page.pair) == 2 and len(homes) == 1:
        (home,) = homes
        if home in page.pair:
            return page.country_place(page.pair[1] if home == page.pair[0] else page.pair[0])
    return None


def _is_header(page: _Page, s: Sentence) -> bool:
    t = s.text.strip()
    return 0 < len(t) <= 40 and not _VERBAL_END.search(t) and not re.search(r"\d{4}|\d\.\d", t[3:])


def add_list_events(analysis: Analysis, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Return ``events`` plus one event per dated list item not already among them."""
    text = analysis.doc.text
    if not text or not text.strip() or not analysis.sentences:
        return events
    page = _Page(analysis)
    items: list[_Item] = []
    listed: list[Event] = []
    header: list = []
    intro: list = []
    for s in _joined_cells(page, [s for s in analysis.sentences if s.text.strip()]):
        got = _read_sentence(page, s, header, intro)
        if got:
            items.extend(got)
            continue
        listed.extend(_enumeration(page, s))
        if _is_header(page, s):
            header = page.header_acts(s.text)
            intro = []
        elif any(w in s.text for w in page.lex.list_intro) or s.text.rstrip().endswith(":"):
            intro = page.header_acts(s.text) or [a for a in page.acts(s.begin, s.stop)][:1]
            header = []
        else:
            header, intro = [], []
    lines = {it.sentence.begin for it in items if it.prefix is None}
    if len(lines) < 2:
        # one dated line with no verb on a page is a headline or a related-article link, not a list
        items = [it for it in items if it.prefix is not None or it.borrowed in ("header", "intro")]
    if not items and not listed:
        return events
    # a cooperation event has a foreign side: on a page about Korea alone (an institute's own
    # history), an item counts only when its party or place is abroad
    new = [ev for it in items for ev in _events_of(page, it) if any(c != "KR" for c in ev.countries)]
    return _combine(_absorb(events, listed), new + listed)


def _joined_cells(page: _Page, sentences: list[Sentence]) -> list[Sentence]:
    """A table flattened one cell a line: a line holding only a date ("2019.4.9") and the short
    line after it with no date ("투자보장협정 서명") are one row."""
    text = page.text
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt is not None and len(nxt.text.strip()) <= 60 and not _VERBAL_END.search(nxt.text) \
                and "\n" in text[s.stop:nxt.begin + 1]:
            anchors = _anchors(page, s)
            lead = _BULLET.match(text, s.begin)
            rest = text[anchors[-1].stop:s.stop] if anchors else "x"
            if anchors and anchors[0].begin == (lead.end() if lead else s.begin) and \
                    re.fullmatch(r"[\s,.~\-년월일]*", rest) and not _anchors(page, nxt):
                out.append(Sentence(s.begin, nxt.stop, text[s.begin:nxt.stop]))
                i += 2
                continue
        out.append(s)
        i += 1
    return out


def _combine(events: tuple[Event, ...], new: list[Event]) -> tuple[Event, ...]:
    """Add the list events the clause reader did not read; split the parties of an event that
    took those of several items of its sentence."""
    old = list(events)
    used: set[int] = set()
    added: list[Event] = []
    for ev in new:
        span = (ev.evidence.begin, ev.evidence.stop)
        same = [i for i, o in enumerate(old) if o.type == ev.type and _overlap(o.date, ev.date)
                and i not in used and (_spans_meet(span, (o.evidence.begin, o.evidence.stop))
                                       or _share(o.participants, ev.participants))]
        if same:
            i = same[0]
            used.add(i)
            o = old[i]
            items_here = [x for x in new if x.type == o.type and x.evidence.begin == ev.evidence.begin]
            if len(items_here) >= 2 and ev.participants and \
                    _spans_meet(span, (o.evidence.begin, o.evidence.stop)):
                keep = tuple(p for p in o.participants if _share((p,), ev.participants)) or ev.participants
                old[i] = o = replace(o, participants=keep)
            if o.date is not None and ev.date is not None and o.date.start and ev.date.start and \
                    len(ev.date.start) > len(o.date.start) and _spans_meet(span, (o.evidence.begin, o.evidence.stop)):
                old[i] = replace(o, date=ev.date)  # the item tells the day the clause told as a year
            continue
        if any(a.type == ev.type and a.date == ev.date and a.evidence.begin != ev.evidence.begin
               and _share(a.participants, ev.participants) for a in added):
            continue
        added.append(ev)
    out = old
    for ev in added:  # in text order, the events read before keeping theirs
        at = max((i + 1 for i, o in enumerate(out) if o.evidence.begin <= ev.evidence.begin), default=0)
        out.insert(at, ev)
    return tuple(out)


def _share(a: tuple[Participant, ...], b: tuple[Participant, ...]) -> bool:
    keys = {p.name for p in a} | {x for p in a for x in p.aliases}
    return any(p.name in keys or any(x in keys for x in p.aliases) for p in b)


# --------------------------------------------------------------------------- undated enumerations

_PIECE = re.compile(r"[^,、·∙ㆍ]+")


def _enumeration(page: _Page, s: Sentence) -> list[Event]:
    """One agreement per instrument or sister city of an undated list told as concluded."""
    lex = page.lex
    body = s.text
    if not any(w in body for w in lex.concluded) and not any(w in body for w in lex.sister_heads):
        return []
    if any(w in body for w in lex.not_concluded):
        return []
    ev = Evidence(sentence=body, begin=s.begin, stop=s.stop)
    explain = (("form", "list-item"), ("date_rule", "none"))
    if any(w in body for w in lex.sister_heads):
        return [Event(type="agreement", evidence=ev, participants=parts, countries=tuple(cs), confidence=0.35,
                      explain=(("trigger", "sister-city list"), ("rule", "list:cities->agreement"), *explain))
                for parts, cs in _sister_cities(page, s)]
    if not any(w in body for w in lex.concluded) or _anchors(page, s):
        return []
    pieces = [m for m in re.finditer(r"[^,、]+", body)]
    named = [m for m in pieces if len(m.group().strip()) <= 30 and page.names_agreement(s.begin + m.start(),
                                                                                       s.begin + m.end())]
    if len(named) < 3:
        return []
    return [Event(type="agreement", evidence=ev, countries=page.pair, confidence=0.3,
                  explain=(("trigger", "agreement list"), ("rule", "list:instruments->agreement"), *explain))
            for _ in named]


def _sister_cities(page: _Page, s: Sentence) -> list[tuple[tuple[Participant, ...], list[str]]]:
    """'X의 A·B, Y의 C, Z D 등': the cities named after a country, each with its country."""
    from coopgraph.extract.base import _countries

    names = _countries()
    home = next((p for p in page.parties(s.begin, s.stop) if p.country == "KR" and p.kind == "org"), None)
    if home is None:
        home = next((Participant(name=m.text, kind="org", country="KR") for m in page.places(s.begin, s.stop)
                     if m.country == "KR" and m.kind == "place"), None)
    out = []
    country: str | None = None
    for m in re.finditer(r"[^,、]+", s.text):
        chunk = m.group().strip()
        found = None  # the last country named in the piece, as a word: "해외 도시는 몽골의 다르항"
        for n, c in names:
            for f in re.finditer(rf"(?<![가-힣]){re.escape(n)}(?:의)?\s+", chunk):
                if found is None or f.start() > found[0]:
                    found = (f.start(), f.end(), c)
        if found:
            country, chunk = found[2], chunk[found[1]:]
        elif len(chunk) > 14:
            country = None
            continue
        for city in re.split(r"[·∙ㆍ]", chunk):
            city = re.sub(r"\s*(?:등|을 비롯하여|를 비롯하여|이다|입니다|\d+개).*$", "", city).strip()
            if country and country != "KR" and re.fullmatch(r"[가-힣]{2,8}(?: [가-힣]{2,6})?", city):
                parts = (home, Participant(name=city, kind="org", country=country)) if home else \
                    (Participant(name=city, kind="org", country=country),)
                out.append((parts, ["KR", country]))
    return out if len(out) >= 3 else []


def _absorb(events: tuple[Event, ...], listed: list[Event]) -> tuple[Event, ...]:
    """Drop the clause reader's agreement that took a whole list's cities or instruments as one."""
    spans = {(e.evidence.begin, e.evidence.stop) for e in listed}
    return tuple(e for e in events if not (e.type == "agreement" and (e.evidence.begin, e.evidence.stop) in spans))
