"""The page as the list reader sees it (used by :mod:`coopgraph.extract.chronology`): the
lexicon of ``coopgraph/data/chronology.yaml``, the document's morphemes, mentions and pair of
countries, the heads of a span of words, its parties and places, and the dates of a sentence
that may head a list item.
"""

from __future__ import annotations

import bisect
import functools
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from coopgraph.extract.arguments_exclusions import frames_an_act
from coopgraph.extract.base import Place, _participant
from coopgraph.extract.chronology_dates import _BULLET, _VERBAL_END, list_dates
from coopgraph.extract.lexicon import load_lexicon
from coopgraph.extract.triggers import tokenize
from coopgraph.records import Analysis, DateExpr, Participant, Sentence
from coopgraph.text.yamlfile import data_yaml

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
    line_heads: dict[str, str] = field(default_factory=dict)
    compound_heads: tuple[str, ...] = ()  # heads that may end a longer noun, longest first
    verb_heads: dict[str, str] = field(default_factory=dict)  # verb stem -> type, with a place for object
    column_words: tuple[str, ...] = ()  # the names of a table's columns ("국가", "체결일", "비고")
    follow_words: tuple[str, ...] = ()  # a predicate telling the items did as the one before ("뒤를 이었다")
    note_words: tuple[str, ...] = ()  # words of a row's closing note that name no place ("실무", "서명")
    negotiation_heads: tuple[str, ...] = ()  # "협상": an instrument named before it was negotiated, not signed


@functools.cache
def country_codes() -> dict[str, str]:
    """Country names and aliases of the knowledge base -> ISO code."""
    from coopgraph.extract.base import _countries

    return dict(_countries())


@functools.cache
def country_word() -> re.Pattern:
    """A country's name as a word, with its optional 의 and the space after it ("몽골의 ", "미국 ")."""
    names = sorted(country_codes(), key=len, reverse=True)
    return re.compile(r"(?<![가-힣])(" + "|".join(map(re.escape, names)) + r")(?:의)?\s+")


@functools.cache
def _framing() -> re.Pattern:
    """Two countries framed as a pair ("한-베트남", "한·케냐", "폴란드-한국") or a mission named after
    its seat ("주탄자니아 대사관"): the page's pair even where the name sits inside an organisation's."""
    names = "|".join(map(re.escape, sorted(country_codes(), key=len, reverse=True)))
    # a name's first letter, looked up once before the names are tried one by one (the same matches, twice as fast)
    first = "".join(sorted({re.escape(n[0]) for n in country_codes()}))
    kr = r"(?:대한민국|한국|한)"
    sep = r"\s*[-–·‧ㆍ∙・/]\s*"
    end = r"(?=[^가-힣]|[간의과와은는이가을를에도](?:[^가-힣]|$)|$)"  # the name's end, or a particle
    return re.compile(rf"(?<![가-힣]){kr}{sep}({names}){end}|(?<![가-힣])(?=[{first}])({names}){sep}{kr}{end}"
                      rf"|(?<![가-힣])주\s?({names})\s?(?:[가-힣]{{2,6}}\s?)?(?:대사관|총영사관|영사관|대표부)")


@functools.cache
def _VISIT_NAMED() -> re.Pattern:  # noqa: N802 - a compiled pattern, built once
    """'방페루', '방케냐': 방 and a country's whole Korean name as one word (a visit to it)."""
    names = "|".join(map(re.escape, sorted((n for n in country_codes() if re.match(r"[가-힣]{2}", n)),
                                           key=len, reverse=True)))
    return re.compile(rf"(방(?:{names}))(?=[^가-힣]|[은는을를이가의시중차](?:[^가-힣]|$)|$)")


def visit_country(head: str) -> str | None:
    """The country a visit head names: 방페루 -> PE (None for 방문, 방한 and the like)."""
    return country_codes().get(head[1:]) if head.startswith("방") and len(head) >= 3 else None


def framed_countries(text: str) -> Counter:
    """ISO codes of the countries framed with Korea in ``text`` (each framing also counts Korea)."""
    out: Counter = Counter()
    codes = country_codes()
    for m in _framing().finditer(text):
        code = codes.get(m.group(1) or m.group(2) or m.group(3))
        if code and code != "KR":
            out[code] += 1
            out["KR"] += 1
    return out


@functools.cache
def load_chronology() -> ChronoLexicon:
    """The lexicon in ``coopgraph/data/chronology.yaml`` (read once per process)."""
    data = data_yaml("chronology.yaml")
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
                         body_endings=tuple(data["body_endings"]), mission_nouns=tuple(data["mission_nouns"]),
                         line_heads={w: typ for typ, words in data["line_heads"].items() for w in words},
                         compound_heads=tuple(sorted((w for w in data.get("compound_heads", ()) if w in heads),
                                                     key=len, reverse=True)),
                         verb_heads={w: typ for typ, words in (data.get("verb_heads") or {}).items() for w in words},
                         column_words=tuple(data.get("column_words") or ()),
                         note_words=tuple(data.get("note_words") or ()),
                         follow_words=tuple(data.get("follow_words") or ()),
                         negotiation_heads=tuple(data.get("negotiation_heads") or ()))


_COMPOUND_HEAD: list = [None, {}]  # the lexicon, and Page._compound_head's answers for it
_LINE_HEADS: list = [None, {}]  # the lexicon, and its heads with the line heads


def _line_heads(lex: ChronoLexicon) -> dict[str, str]:
    """The heads of a dated line with no verb: the heads and the line heads (merged once per lexicon)."""
    if _LINE_HEADS[0] is not lex:
        _LINE_HEADS[:] = [lex, {**lex.heads, **lex.line_heads}]
    return _LINE_HEADS[1]


class Page:
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
        # the recogniser's dates in text order, for a sentence's dates by bisection (not a scan per sentence)
        self.dates = tuple(sorted(analysis.dates, key=lambda d: d.begin))
        self.d_starts = [d.begin for d in self.dates]
        counts = Counter(m.country for m in self.mentions if m.country)
        counts.update(framed_countries(self.text))  # 한-베트남 inside an organisation's name
        top = counts.most_common(2)
        self.pair = tuple(c for c, n in top if n >= 2) if len(top) == 2 else tuple(c for c, _ in top)
        if len(counts) == 2 and "KR" in counts:
            self.pair = tuple(c for c, _ in top)  # the only two countries a short page names ("페루와 한국은 ...")
        # a page naming partners in three or more countries (a city's sister cities, a university's partners)
        self.many_countries = len({m.country for m in self.mentions if m.country and m.country != "KR"}) >= 3
        self.korea = any(m.country == "KR" for m in self.mentions) or counts["KR"] > 0  # 한-케냐 framing too
        self.heading_year: str | None = None  # "2019년" heading the lines below it
        self.month_day_rows = _MONTH_DAY_ROW.search(self.text) is not None  # rows dated "11.22 X" (no year)
        self.void_columns: frozenset[int] = frozenset()  # date columns of the table telling no act (발효일)
        self.item_cache: dict[tuple, list[DateExpr]] = {}  # item_dates' answers (a line is asked 2-3 times)
        self.surfaces: dict[str, Counter] = {}
        for m in self.mentions:
            if m.kind == "country" and m.country:
                self.surfaces.setdefault(m.country, Counter())[m.text] += 1
        doc_date = analysis.doc.doc_date
        self.doc_date = doc_date
        # the last two-digit year read as 20xx: '09 on a 2008 page is 2009, '82 is 1982; a page
        # dated before 2000 (more often a date misread as the page's) changes nothing
        year = int(doc_date[:4]) if doc_date and doc_date[:4].isdigit() else 0
        self.pivot = min(year + 1 - 2000, 99) if year >= 2000 else 39
        self.abbrev = dict(self.lex.visit_abbreviations)
        for code, names in self.surfaces.items():  # 방카 on a page about 카자흐스탄
            if code not in self.pair or code == "KR":
                continue  # only the page's own partner: 방인 is 인도네시아 on a page about it
            for name in names:
                if len(name) >= 2 and re.match(r"[가-힣]", name):
                    self.abbrev[name[0]] = code

    # --- words
    def tokens(self, b: int, e: int):
        return self.toks[bisect.bisect_left(self.starts, b):bisect.bisect_left(self.starts, e)]

    def acts(self, b: int, e: int, line: bool = False) -> list[tuple[str, str, int]]:
        """(type, head, offset) of the heads in text[b:e]; an opening only with the thing opened.
        ``line``: the words of a dated line with no verb, where a project noun alone is a head."""
        heads = _line_heads(self.lex) if line else self.lex.heads
        toks = [t for t in self.tokens(b, e) if t.stop <= e]
        out: list[tuple[str, str, int]] = []
        skip = -1
        for i, t in enumerate(toks):
            if i <= skip:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            joined = t.form + nxt.form if nxt is not None and nxt.begin == t.stop else None
            typ = head = None
            if joined and joined in heads:
                typ, head, skip = heads[joined], joined, i + 1
            elif t.form in heads and t.tag[:1] in "NSX":
                typ, head = heads[t.form], t.form
            elif t.tag.startswith("VV") and t.form in self.lex.verb_heads and self._place_object(toks, i):
                typ, head = self.lex.verb_heads[t.form], t.form  # "한국을 찾았으며": a visit
            elif t.tag.startswith("NN") and (compound := self._compound_head(t.form)):
                head = compound  # 경제공동위원회, 외교장관회담: one noun ending in a head
                typ = heads.get(head)
            else:
                word = self._visit_word(t.begin)
                if word:
                    typ, head = "visit", word
            if typ == "opening" and not any(o in self.text[b:e] for o in self.lex.opening_objects):
                typ = None
            after = toks[(skip if skip > i else i) + 1] if (skip if skip > i else i) + 1 < len(toks) else None
            if typ and after is not None and after.begin - (nxt.stop if skip > i else t.stop) <= 1 \
                    and after.form in heads and heads[after.form] != typ:
                typ = None  # a modifier of the next head ("공동연구 협약" is an agreement)
            last = skip if skip > i else i
            if typ == "project" and any(x.tag.startswith("NN") and self.lex.heads.get(x.form) == "agreement"
                                        for x in toks[last + 1:last + 3]):
                typ = None  # "무상원조 기본협정": the instrument's subject, not a project of its own
            if typ and not any(o[0] == typ and o[1] == head for o in out):
                out.append((typ, head, t.begin))
        if not any(o[0] == "agreement" for o in out):
            written = self._written_instrument(b, e)  # 문화협정 cut by Kiwi into 문화/협/정
            if written is not None:
                out.append(("agreement", written[0], written[1]))
        return out

    def _place_object(self, toks, i: int) -> bool:
        """The verb at ``toks[i]`` has a country or place for its object ("한국을 찾", "서울에서 만나")."""
        if i < 2 or toks[i - 1].tag not in ("JKO", "JKB"):
            return False
        at = toks[i - 2].stop
        j = bisect.bisect_left(self.m_ends, at)
        return j < len(self.mentions_by_end) and self.mentions_by_end[j].stop == at and \
            self.mentions_by_end[j].kind in ("country", "place")

    def _compound_head(self, form: str) -> str | None:
        if len(form) < 3:
            return None
        if _COMPOUND_HEAD[0] is not self.lex:  # one answer per noun and lexicon (nouns recur on every page)
            _COMPOUND_HEAD[:] = [self.lex, {}]
        known = _COMPOUND_HEAD[1]
        if form in known:
            return known[form]
        found = None
        for h in self.lex.compound_heads:  # longest first
            if form.endswith(h) and len(form) > len(h):
                found = h
                break
        if len(known) < 100_000:
            known[form] = found
        return found

    def _written_instrument(self, b: int, e: int) -> tuple[str, int] | None:
        words = self.text[b:e]
        for h, typ in self.lex.heads.items():
            at = words.find(h)
            if typ == "agreement" and len(h) >= 2 and at >= 0 and h not in self.lex.sister_heads \
                    and not h.startswith("결연") and re.match(r"[가-힣]", h):
                return h, b + at
        return None

    def _visit_word(self, at: int) -> str | None:
        """'방카', '방터' (방 + a country's first syllable, as one word) at ``at``."""
        text = self.text
        if text[at:at + 1] != "방" or (at > 0 and re.match(r"[가-힣]", text[at - 1])):
            return None
        full = _VISIT_NAMED().match(text, at)  # 방페루, 방케냐: 방 + the country's whole name
        if full:
            return full.group(1)
        syl = text[at + 1:at + 2]
        if syl not in self.abbrev or re.match(r"[가-힣]", text[at + 2:at + 3] or " ") and \
                text[at + 2:at + 3] not in "은는을를이가의시중차":
            return None
        return "방" + syl

    def names_agreement(self, b: int, e: int) -> bool:
        """text[b:e] names an instrument (its morphemes, or a written head such as 문화협정)."""
        return any(t == "agreement" for t, _, _ in self.acts(b, e))

    def titled_names(self, b: int, e: int, it) -> list[Participant]:
        """'Bataar 대통령의 방한', '바트 총리': a name the recogniser missed, right before a title."""
        from coopgraph.extract.base import _country_names

        lex, text = self.lex, self.text
        titles = "|".join(sorted(map(re.escape, lex.person_titles), key=len, reverse=True))
        out = []
        for m in re.finditer(rf"(?<![가-힣A-Za-z])([A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){{0,2}}|[가-힣]{{2,6}})"
                             rf"\s+(?:前\s*|전\s*)?(?:{titles})", text[b:e]):
            name = m.group(1)
            at = b + m.start(1)
            if name in lex.name_stop or name in _country_names() or name.endswith(lex.body_endings) or name in lex.heads \
                    or any(x.begin <= at < x.stop for x in self.mentions):
                continue
            country = None
            before = [c for c in self.places(max(b, at - 12), at) if c.kind == "country" and c.country]
            if before:
                country = before[-1].country
            out.append(Participant(name=name, kind="person", country=country))
        if not out:
            out = self._spaced_name(b, e, titles)
        if not out and not text[e:].strip():
            # the page cut short inside the title ("2019.3 바트 총", "… 바트 대통"): the name before it
            cut = "|".join(sorted({re.escape(t[:k]) for t in lex.person_titles for k in range(1, len(t))},
                                  key=len, reverse=True))
            m = re.search(rf"(?<![가-힣A-Za-z])([A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+){{0,2}}|[가-힣]{{2,6}})\s+(?:{cut})\s*$",
                          text[b:e])
            if m and m.group(1) not in lex.name_stop and m.group(1) not in _country_names() \
                    and m.group(1) not in lex.heads and not m.group(1).endswith(lex.body_endings):
                out = [Participant(name=m.group(1), kind="person")]
        return out

    def bare_name(self, b: int, e: int) -> list[Participant]:
        """The words of a visit row that are only a name (a row cut short before the visitor's title)."""
        from coopgraph.extract.base import _country_names

        m = re.fullmatch(r"[\s,.:·]*([가-힣]{2,5}(?: [가-힣]{1,5}){0,2})[\s,.]*", self.text[b:e])
        if m is None:
            return []
        words = m.group(1).split()
        lex = self.lex
        at = b + m.start(1)
        if any(x.begin < b + m.end(1) and at < x.stop and x.kind != "person" for x in self.mentions):
            return []  # "2019.3 하노이": a place, not a visitor
        if any(w in lex.name_stop or w in _country_names() or w in lex.heads or w in lex.line_heads
               or w in lex.column_words or w.endswith(lex.person_titles) or w.endswith(lex.body_endings)
               or re.search(r"[은는이가을를에의와과도]$", w) for w in words) or self.header_acts(m.group(1)):
            return []
        return [Participant(name=m.group(1), kind="person")]

    def _spaced_name(self, b: int, e: int, titles: str) -> list[Participant]:
        """'2018.3 쩐 다이 꽝 국가주석': a name of short words, alone in its cell, right before a title."""
        from coopgraph.extract.base import _country_names

        text = self.text
        m = re.search(rf"((?:[가-힣]{{1,4}} ){{1,3}}[가-힣]{{1,4}}) (?:{titles})(?![가-힣])", text[b:e])
        if m is None:
            return []
        at = b + m.start(1)
        cell = text[max(0, at - 2):at].rstrip(" ")
        words = m.group(1).split()
        if not (cell == "" or cell[-1] in "0123456789.)-,:/·" or at == b) or any(
                w in self.lex.name_stop or w in _country_names() or w in self.lex.heads or len(w) > 3
                and w.endswith(self.lex.body_endings) for w in words) or max(map(len, words)) < 2 \
                or any(x.begin < b + m.end(1) and at < x.stop for x in self.mentions):
            return []
        return [Participant(name=m.group(1), kind="person")]

    def has_predicate(self, b: int, e: int) -> bool:
        """text[b:e] ends a clause with a verb of its own (했고, 되었으며, 하였다)."""
        return any(t.tag in ("EC", "EF") and t.stop <= e for t in self.tokens(b, e))

    def header_acts(self, line: str) -> list[tuple[str, str, int]]:
        flat = line.replace(" ", "")
        for phrase, typ in self.lex.header_heads:
            if phrase.replace(" ", "") in flat:
                return [(typ, phrase, -1)]
        full = _VISIT_NAMED().search(line)
        if full and (line[:full.start()] == "" or not re.match(r"[가-힣]", line[full.start() - 1])):
            return [("visit", full.group(1), -1)]
        m = re.search(r"(?<![가-힣])방([가-힣])(?![가-힣])", line)
        if m and m.group(1) in self.abbrev:
            return [("visit", m.group(), -1)]
        return []

    def column_row(self, line: str) -> bool:
        """``line`` names the columns of a table ("도시명 국가 체결일", "협정명 | 서명일 | 비고")."""
        words = [w for w in re.split(r"[\s|/·,]+", line) if w and not _BULLET.fullmatch(w)]
        if len(words) == 1:  # a table flattened one cell a line: "일자" / "내용"
            return words[0] in self.lex.column_words
        return len(words) >= 2 and all(w in self.lex.column_words or (
            len(w) >= 3 and w.endswith(("명", "일", "일자", "연도", "년도"))) for w in words)

    def column_acts(self, line: str) -> list[tuple[str, str, int]]:
        """The act a table's date column names ("체결일", "방문일자", "개소일"), as a heading's."""
        heads = {**self.lex.heads, **self.lex.line_heads}
        for w in re.split(r"[\s|/·,]+", line):
            stem = re.sub(r"(?:일자|일|날짜|연도|년도|시기)$", "", w)
            if stem != w and stem in heads and not any(v in stem for v in self.lex.void_words):
                return [(heads[stem], stem, -2)]  # (-2: a column's, not a heading's)
        return []

    def void_date_columns(self, line: str) -> frozenset[int]:
        """The places, among a table's date columns, of those dating no happening ("발효일", "폐쇄일")."""
        words = [w for w in re.split(r"[\s|/·,]+", line) if w and not _BULLET.fullmatch(w)]
        dated = [w for w in words if w.endswith(("일", "일자", "날짜", "연도", "년도", "시기"))]
        return frozenset(i for i, w in enumerate(dated) if any(v in w for v in self.lex.void_words))

    def home_of(self, s: Sentence) -> Participant | None:
        """The Korean body or city a heading line names ("부산대학교 교류협정 현황", "광주광역시 국제교류")."""
        for m in self.mentions[bisect.bisect_left(self.m_starts, s.begin):]:
            if m.begin >= s.stop:
                break
            if m.country != "KR" or m.stop > s.stop:
                continue
            if m.kind == "org":
                return _participant(m, self.entities)
            if m.kind == "place" and m.text.endswith(("시", "군", "구", "도")):
                return Participant(name=m.text, kind="org", country="KR")
        return None

    # --- arguments
    def parties(self, b: int, e: int) -> list[Participant]:
        out: list[Participant] = []
        i = bisect.bisect_left(self.m_starts, b)
        while i < len(self.mentions) and self.mentions[i].begin < e:
            m = self.mentions[i]
            i += 1
            if m.kind not in ("org", "person") or m.stop > e:
                continue
            if frames_an_act(self.text, m, self.entities, load_lexicon()):
                continue  # 'APEC 정상회의시 개최된 양자 정상회담': the summit that frames the item is no party
            p = _participant(m, self.entities)
            if not any(q.name == p.name for q in out):
                out.append(p)
        return out

    def country_at(self, at: int, name: str) -> str | None:
        """The country of the place or body mentioned at ``at`` as ``name`` (None when none is)."""
        i = bisect.bisect_left(self.m_starts, at)
        while i < len(self.mentions) and self.mentions[i].begin == at:
            m = self.mentions[i]
            i += 1
            if m.country and name.startswith(m.text[:2]):
                return m.country
        return None

    def mentions_at(self, at: int):
        """The mentions starting at offset ``at``."""
        i = bisect.bisect_left(self.m_starts, at)
        while i < len(self.mentions) and self.mentions[i].begin == at:
            yield self.mentions[i]
            i += 1

    def named_within(self, p: Participant, b: int, e: int) -> bool:
        """Party ``p`` is named in text[b:e] (by any mention of it there)."""
        i = bisect.bisect_left(self.m_starts, b)
        while i < len(self.mentions) and self.mentions[i].begin < e:
            m = self.mentions[i]
            i += 1
            if m.stop <= e and m.kind in ("org", "person") and _participant(m, self.entities).name == p.name:
                return True
        return False

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


def _frame(text: str, d: DateExpr, lex: ChronoLexicon) -> bool:
    """A date that frames (2024년 6월 기준, 2015년부터, 1992년 수교 이후 is kept: its head decides)."""
    after = re.sub(r"^\s*(?:년도?|월|일)?\s*(?:에|에는|의)?\s*", "", text[d.stop:d.stop + 8])
    return after.startswith(lex.not_item_after)


def in_brackets(text: str, d: DateExpr) -> bool:
    before = text[max(0, d.begin - 2):d.begin]
    return before.endswith(("(", "('", "（", "[")) and bool(
        re.match(r"\s*(?:[)）\],]|서명|체결|발효|가서명|방문|방한)", text[d.stop:d.stop + 4]))


_QUOTES = re.compile(r"[\"“”][^\"“”\n]{1,120}[\"“”]|[「『《〈][^」』》〉\n]{1,120}[」』》〉]|‘[^’\n]{1,120}’")


_BARE_YEARS = re.compile(r"(?:1[89]|20)\d\d(?:\s*[~∼–-]\s*(?:(?:1[89]|20)\d\d|\d\d))?")
_CELL_AFTER = re.compile(r"[ \t]*[|:\t/][ \t]*(?=[^\d\s])|[ \t]+(?=[가-힣A-Za-z'\"‘“(\[])")
_LINE_HEAD = re.compile(r"[ \t]*(?:[-–—•·∙ㆍοoㅇ○●◦▪□■*※▶►◆◇>|]+[ \t]*)?")  # '|': a table row's first cell


def _year_cell(text: str, s: Sentence, d: DateExpr) -> bool:
    """A bare year or stretch of years heading a row of a table with no verb ("2017\t포럼 개최",
    "2016~2018 | X 사업"): the year cell of the row. (A single such line is still a headline: the
    list reader keeps nominal lines only where the page has two.)"""
    lead = _LINE_HEAD.match(text, s.begin)
    if d.begin != lead.end() or not _BARE_YEARS.fullmatch(d.text) or _VERBAL_END.search(s.text):
        return False
    return _CELL_AFTER.match(text, d.stop) is not None and \
        not re.match(r"\s*(?:년|%|퍼센트|명|개|건|억|만|원|달러|톤)", text[d.stop:d.stop + 4])


_ISO_DAY = re.compile(r"(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])")
_SEQ_YEAR = re.compile(r"(?:^|[:;,，；])\s*((?:19|20)\d\d)\s+(?=[가-힣A-Z])")
_NOTED_PLACE = re.compile(r"\s*[가-힣]{2,8}\s*[,，]\s*")
_TWO_DOTTED = re.compile(r"\d{2}\.\d{2}")
# a line led by a month and a day that cannot be a two-digit year and month ("- 11.22 X", "09.14 X")
_MONTH_DAY_ROW = re.compile(r"(?m)^[ \t]*(?:[-–•·∙○●□■▶*][ \t]*)?(?:0?[1-9]|1[0-2])\.(?:1[3-9]|2\d|3[01])(?![\d.])[ \t]+\S")


def item_dates(page: Page, s: Sentence) -> list[DateExpr]:
    """The dates of ``s`` that may head an item: not a frame (기준, 부터), not inside a quoted
    title, not a bare number year of a name (2025 OO 포럼), not a credit in brackets (외교부 2009.06.02)."""
    cache = getattr(page, "item_cache", None)
    if cache is None:
        return _item_dates(page, s)
    key = (s.begin, s.stop, s.text, page.heading_year)  # all else it reads is fixed when the Page is made
    got = cache.get(key)
    if got is None:
        got = cache[key] = _item_dates(page, s)
    return list(got)


@functools.cache
def _act_words() -> tuple[str, ...]:
    from coopgraph.extract.triggers import load_lexicon

    return tuple(w for w in load_lexicon().predicates if len(w) >= 2)


def _act_word_before(text: str, at: int) -> bool:
    """Whether the word ending at ``at`` is an act of the trigger lexicon ('개최', '체결', '개소')."""
    return text[max(0, at - 8):at].endswith(_act_words())


def _item_dates(page: Page, s: Sentence) -> list[DateExpr]:
    text = page.text
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(text, s.begin, s.stop)]
    out = []
    near = page.dates[bisect_left(page.d_starts, s.begin):bisect_left(page.d_starts, s.stop)]
    # "주요 협정: 1991 무역협정, 1993 항공협정, 2003 투자보장협정": bare years each opening an item of a line
    seq_years = set() if _VERBAL_END.search(s.text) else {s.begin + m.start(1) for m in _SEQ_YEAR.finditer(s.text)}
    if len(seq_years) < 2:
        seq_years = set()
    for d in list_dates(text, s, near, page.pivot, year=page.heading_year, titles=page.lex.person_titles):
        wider = next((r for r in near if r.begin == d.begin and r.stop > d.stop and r.start == d.start
                      and r.end and r.end > (d.end or d.start)), None)
        if wider is not None:
            d = wider  # the recogniser read the stretch on ("2019.3.5~3.7", "2018. 5. 9. ~ 5. 11.")
        if page.month_day_rows and d.rule != "list-heading-md" and _TWO_DOTTED.fullmatch(d.text):
            continue  # "03.05" on a page whose rows are month.day ("11.22 X"): no year 2003 without a heading
        if _frame(text, d, page.lex) or any(b <= d.begin < e for b, e in quoted) or "년대" in d.text:
            continue
        if d.rule not in ("list-years", "ymd-damaged") and not re.search(r"[년월일.'’]", d.text) \
                and not in_brackets(text, d) and not _ISO_DAY.fullmatch(d.text):  # "2019-04-09 X 서명" is a row's date  # ("2015 5 X 협정 서명": 년 and 월 dropped by the scrape)
            if d.begin in seq_years:
                d = replace(d, rule="list-year-seq")
            elif not _year_cell(text, s, d):
                continue
            else:
                d = replace(d, rule="list-year-cell")
        if d.begin >= 2 and text[d.begin - 1] == "(" and text.startswith(")", d.stop) \
                and _act_word_before(text, d.begin - 1) and _VERBAL_END.search(s.text):
            continue  # '기공식 개최(23.3월), … 평가했다': when the act before it took place (the clause reader's)
        open_at = text.rfind("(", s.begin, d.begin)
        if open_at >= 0 and text.find(")", open_at, d.begin) < 0 and \
                text[open_at + 1:d.begin].strip(" '") != "" and not _NOTED_PLACE.fullmatch(text, open_at + 1, d.begin):
            continue  # "(외교부 2009.06.02)": a credit; "(서울, 2005.3)" is where and when
        out.append(d)
    return out
