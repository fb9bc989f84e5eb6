"""Entity mentions: gazetteer -> patterns -> statistical NER.

Strategies run in this order and each mention records which one found it:

1. ``gazetteer``: longest match of knowledge-base names and aliases over the
   text with spacing and hyphens ignored ("한국 연구 재단" = "한국연구재단"),
   accepted only on Kiwi morpheme boundaries so "한국" in "한국어" is a name
   but a name never starts inside a word.
2. ``pattern``: chains of nouns (Kiwi morphology) that end in an
   organisation head (부, 청, 연구원, 대학교, 위원회, 대사관 ...), with any
   country or city prefix; persons found by position next to a title
   ("최양희 미래창조과학부 장관", "코호베츠 CEO"); compound short country forms
   ("한-러"). Coordination ("A, B와 C"), particles, numbers and dates end a
   chain, so lists yield one mention per member.
3. ``acronym``: a bracketed acronym after a name ("...연구원(KISTI)") and its
   later bare uses.
4. ``ner``: the KLUE-NER tagger (coopgraph.recognise.ner) fills the gaps the
   rules left; it is optional and its absence is tolerated.

Mentions come back sorted by ``begin`` and never overlap (longer and more
reliable first). Kiwi runs once over all sentences.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from coopgraph.records import Mention, Sentence

_RANK = {"gazetteer": 0, "pattern": 1, "acronym": 1, "ner": 3}
_NOUNISH = {"NNG", "NNP", "NNB", "SL", "SH", "XPN", "XSN", "NR"}
_JOINERS = {"-", "·", "‧", "・", "ㆍ", "&"}
_SKIP_IN_NAMES = set(" \t\u00a0-·‧・ㆍ.'’")
_HANGUL_WORD = re.compile(r"[가-힣]{2,6}")
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&+\-]{1,11})\s*\)")
_LATIN = re.compile(r"[A-Za-z0-9]")
_SHORT_SEP = r"\s?[-·‧・ㆍ]\s?"
_NER_KINDS = {"PS": "person", "LC": "place", "OG": "org"}


@dataclass(frozen=True, slots=True)
class _Tok:
    form: str
    tag: str
    begin: int
    stop: int
    oov: bool


class _Rules:
    """Word lists and the gazetteer trie, built once per process from the KB."""

    def __init__(self):
        from coopgraph.link.kb import load_kb

        kb = load_kb()
        self.kb = kb
        lex = kb.lexicon
        self.heads = sorted(set(lex.get("org_heads", [])), key=len, reverse=True)
        self.weak = set(lex.get("weak_heads", []))
        self.not_head = set(lex.get("not_head", []))
        self.bare = set(lex.get("bare_heads", [])) | self.weak
        self.parent_heads = tuple(lex.get("parent_heads", []))
        self.breakers = set(lex.get("chain_breakers", []))
        self.titles = set(lex.get("titles", []))
        self.strong_titles = set(lex.get("strong_titles", []))
        self.not_person = set(lex.get("not_person", []))
        self.surnames = set(lex.get("kr_surnames", []))
        self.not_name = set(lex.get("not_name", []))
        self.generic = set(lex.get("generic_modifiers", []))
        self.name_prefixes = set(lex.get("name_prefixes", []))
        self.mission_heads = tuple(lex.get("mission_heads", []))
        self.branch_heads = set(lex.get("branch_heads", []))
        self.admin_suffixes = tuple(sorted(lex.get("admin_suffixes", []), key=len, reverse=True))
        self.agent_particles = tuple(lex.get("agent_particles", []))
        self.ner_not_org_tails = tuple(lex.get("ner_not_org_tails", []))
        self.glued_particles = tuple(sorted(lex.get("glued_particles", []), key=len, reverse=True))
        self.temporal = set(lex.get("temporal_words", []))
        self.period_parts = set(lex.get("period_parts", []))
        self.market_titles = set(lex.get("market_titles", []))
        self.market_words = set(lex.get("market_words", []))
        self.firm_suffixes = tuple(sorted(lex.get("firm_suffixes", []), key=len, reverse=True))
        self.firm_markers = tuple(lex.get("firm_markers", []))
        self.firm_titles = set(lex.get("firm_titles", []))
        self.not_firm_prefix = set(lex.get("not_firm_prefix", []))
        self.foreign_syllables = set(lex.get("foreign_name_syllables", []))
        nouns = sorted(lex.get("region_nouns", []), key=len, reverse=True)
        self.region_after = re.compile(r"\s?(?:" + "|".join(map(re.escape, nouns)) + r")(?![가-힣])" if nouns else r"(?!)")
        self.trie: dict = {}
        for key, ids in kb.keys.items():
            node = self.trie
            for ch in key:
                node = node.setdefault(ch, {})
            node["$"] = ids
        shorts = sorted(kb.short, key=len, reverse=True)
        alt = "|".join(re.escape(s) for s in shorts)
        self.short_re = re.compile(rf"(?<![가-힣A-Za-z])(?:{alt})(?:{_SHORT_SEP}(?:{alt}))+(?![가-힣]{{0}}[A-Za-z])")
        self.short_one = re.compile(alt)

    def is_head(self, form: str) -> bool:
        """True when ``form`` can end an organisation name (after a modifier).

        A word of one syllable more than a non-head it ends in is no head when
        that non-head is longer than its head: "수자원" (자원, not 원) is none,
        "대학원" (head 대학원) and "디지털혁신청" (not 신청 + one syllable) are.
        """
        if form in self.not_head:
            return False
        head = next((h for h in self.heads if form.endswith(h)), None)
        if head is None:
            return False
        return not any(len(w) > len(head) and form.endswith(w) and len(form) - len(w) <= 1 for w in self.not_head)

    def firm_prefix(self, prefix: str) -> bool:
        """True when ``prefix`` can be the proper-name part of a firm ("엘지" in 엘지화학, "Acme").

        Latin letters (not a common abbreviation such as "AI"), a known organisation, or a
        word Kiwi reads as a proper noun, an unknown word or no noun at all ("다온"); a
        dictionary common noun ("그린", "첨단"), a country or a place is none.
        """
        from coopgraph.link.kb import norm_key

        prefix = prefix.strip(" -·")
        if not prefix or prefix in self.not_firm_prefix or prefix in self.not_name:
            return False
        if re.search(r"[A-Za-z]", prefix):
            return len(re.sub(r"[^A-Za-z]", "", prefix)) >= 2
        if len(prefix) < 2 or self.place_or_country(prefix):
            return False
        if any(self.kb.entries[e].kind == "org" for e in self.kb.keys.get(norm_key(prefix), ())):
            return True
        return not all(tag in ("NNG", "XPN", "XSN", "NNB") and not oov for _, tag, oov in _analyse(prefix))

    def korean_name(self, name: str) -> bool:
        """Three syllables, a Korean surname first, no syllable foreign to Korean names."""
        return bool(re.fullmatch(r"[가-힣]{3}", name)) and name[0] in self.surnames \
            and not set(name[1:]) & self.foreign_syllables

    def place_or_country(self, surface: str) -> str | None:
        """The kind ("country" or "place") of a known geographic name, else None."""
        from coopgraph.link.kb import norm_key

        for eid in self.kb.keys.get(norm_key(surface), ()):
            kind = self.kb.entries[eid].kind
            if kind in ("country", "place"):
                return kind
        return None

    def city(self, surface: str) -> bool:
        """A known city or province of some country ("서울", "알마티"); world regions are none."""
        from coopgraph.link.kb import norm_key

        return any(self.kb.entries[eid].kind == "place" and self.kb.entries[eid].country
                   for eid in self.kb.keys.get(norm_key(surface), ()))

    def standalone_org(self, form: str) -> bool:
        """A single noun that is an organisation on its own ("클러스터청", "보건부")."""
        if len(form) < 3 or form in self.bare or not self.is_head(form):
            return False
        return any(form.endswith(h) and len(form) > len(h) for h in self.heads)


@functools.cache
def _rules() -> _Rules:
    return _Rules()


@functools.lru_cache(maxsize=4096)
def _analyse(word: str) -> tuple[tuple[str, str, bool], ...]:
    """(form, tag, unknown) of Kiwi's reading of one short word on its own."""
    from coopgraph.text.kiwi import get_kiwi

    return tuple((t.form, t.tag, t.id <= 3) for t in get_kiwi().tokenize(word))


def find_mentions(text: str, sentences: tuple[Sentence, ...], use_ner: bool = True) -> tuple[Mention, ...]:
    """Organisation, person, country and place mentions in ``text``.

    Args:
        text: the cleaned document text.
        sentences: its sentences (offsets into ``text``); when empty the whole
            text is treated as one sentence.
        use_ner: also run the statistical tagger to fill gaps.
    Returns:
        Mentions sorted by ``begin``, non-overlapping, ``text[m.begin:m.stop] == m.text``.
    """
    if not text.strip():
        return ()
    if not sentences:
        sentences = (Sentence(0, len(text), text),)
    from coopgraph.text.kiwi import get_kiwi

    rules = _rules()
    sents = [s for s in sentences if s.text.strip()]
    # one Kiwi call over the whole text (single-thread Kiwi takes no batches); tokens are then
    # dealt out to the sentences by offset
    every = _split_glued([_Tok(t.form, t.tag, t.start, t.start + t.len, t.id <= 3) for t in get_kiwi().tokenize(text)],
                         text, rules)
    found: list[Mention] = []
    k = 0
    for sent in sents:
        while k < len(every) and every[k].begin < sent.begin:
            k += 1
        tokens = []
        while k < len(every) and every[k].stop <= sent.stop:
            tokens.append(every[k])
            k += 1
        found.extend(_sentence_mentions(text, sent, tokens, rules))
    found.extend(_short_compounds(text, rules))
    found.extend(_names_cut_by_a_stop(text, every, rules, found))
    chosen = _select(found, [])
    chosen = _select(_acronyms(text, chosen), chosen)
    if use_ner:
        chosen = _select([m for m in _ner_mentions(text, sents) if _plausible_ner(m, every, rules)], chosen)
    return tuple(sorted(chosen, key=lambda m: m.begin))


def _split_glued(tokens: list[_Tok], text: str, rules: _Rules) -> list[_Tok]:
    """Split a place name Kiwi glued to its particle ("바쿠에" -> "바쿠" + "에")."""
    out = []
    for t in tokens:
        if t.tag in ("NNP", "NNG") and len(t.form) >= 3 and text[t.begin:t.stop] == t.form:
            p = next((p for p in rules.glued_particles if t.form.endswith(p) and len(t.form) - len(p) >= 2), None)
            if p and rules.place_or_country(t.form[: -len(p)]) and not rules.place_or_country(t.form):
                cut = t.stop - len(p)
                out.append(_Tok(t.form[: -len(p)], "NNP", t.begin, cut, False))
                out.append(_Tok(p, "JKB", cut, t.stop, False))
                continue
        out.append(t)
    return out


# ------------------------------------------------------------------ selection


def _select(cands: list[Mention], kept: list[Mention]) -> list[Mention]:
    """Add candidates that overlap nothing already kept: longer, then more reliable, first."""
    out = list(kept)
    taken = [(m.begin, m.stop) for m in out]
    for m in sorted(cands, key=lambda m: (-(m.stop - m.begin), _RANK.get(m.strategy, 5), m.begin)):
        if m.stop <= m.begin or not m.text.strip():
            continue
        if any(m.begin < e and b < m.stop for b, e in taken):
            continue
        out.append(m)
        taken.append((m.begin, m.stop))
    return out


# ------------------------------------------------------------------ gazetteer


def _gazetteer(text: str, sent: Sentence, tokens: list[_Tok], rules: _Rules) -> list[Mention]:
    from coopgraph.link.kb import norm_key

    starts = {t.begin for t in tokens}
    ends = {t.stop for t in tokens}
    tag_at = {(t.begin, t.stop): t.tag for t in tokens}
    out = []
    for b in sorted(starts):
        node = rules.trie
        best = None
        i = b
        while i < sent.stop:
            ch = text[i]
            if ch in _SKIP_IN_NAMES and i > b:
                i += 1
                continue
            key = norm_key(ch)
            if not key:
                break
            for k in key:
                node = node.get(k)
                if node is None:
                    break
            if node is None:
                break
            i += 1
            if "$" in node and i in ends:
                best = (i, node["$"])
        if best is None:
            continue
        e, ids = best
        surface = text[b:e]
        if _LATIN.match(surface[0]) and b > 0 and _LATIN.match(text[b - 1]):
            continue
        if _LATIN.match(surface[-1]) and e < len(text) and _LATIN.match(text[e]):
            continue
        if len(surface) <= 2 and tag_at.get((b, e)) not in ("NNP", "SL"):
            continue  # "인도", "가나", "파리" as common nouns
        entry = rules.kb.get(ids[0])
        kind = entry.kind if entry else "org"
        if kind == "org" and not _word_start(text, b, rules):
            continue  # "기후환경부", "가공산업부": a known name inside a longer word is another body
        if kind == "place" and e < sent.stop and text[e] == "시" and tag_at.get((e, e + 1)) in _CITY_SUFFIX_TAGS:
            e += 1  # "울란바토르시": the city, written with its suffix
            surface = text[b:e]
        if kind == "place" and surface.endswith(rules.admin_suffixes) and _agent_after(text, e, rules):
            kind = "org"  # "경기도는 ... 체결했다": a local government acting
        if kind == "org" and entry is not None and entry.country is None and rules.region_after.match(text, e):
            kind = "place"  # "CIS 지역", "아세안 국가들": the area the body spans, not the body
        out.append(Mention(b, e, surface, kind, strategy="gazetteer", score=1.0))
    return out


_CITY_SUFFIX_TAGS = {"NNG", "NNB", "XSN", "NNP"}


def _word_start(text: str, b: int, rules: _Rules) -> bool:
    """True when ``b`` starts a word, or only a country or place is glued before it ("주한벨라루스")."""
    w = b
    while w > 0 and not text[w - 1].isspace() and text[w - 1] not in "\"'“”‘’(<《「『[,·ㆍ-":
        w -= 1
    if w == b:
        return True
    return rules.place_or_country(text[w:b]) is not None


def _agent_after(text: str, e: int, rules: _Rules) -> bool:
    """A subject, topic or comitative particle right after a name, then a space."""
    for p in rules.agent_particles:
        if text.startswith(p, e) and (e + len(p) >= len(text) or not ("가" <= text[e + len(p)] <= "힣")):
            return True
    return False


def _short_compounds(text: str, rules: _Rules) -> list[Mention]:
    """Country short forms in compounds: "한-러", "한·중·일"."""
    out = []
    for m in rules.short_re.finditer(text):
        for s in rules.short_one.finditer(m.group()):
            b = m.start() + s.start()
            out.append(Mention(b, b + len(s.group()), s.group(), "country", strategy="pattern", score=0.9))
    return out


# ------------------------------------------------------------------ patterns


def _chains(text: str, tokens: list[_Tok]) -> list[list[int]]:
    """Runs of noun-like tokens joined by nothing, one space, or a hyphen between names."""
    chains: list[list[int]] = []
    cur: list[int] = []
    for i, t in enumerate(tokens):
        ok = t.tag in _NOUNISH or (t.tag == "SN" and i + 1 < len(tokens) and tokens[i + 1].form in ("번", "호"))
        joiner = t.tag in ("SO", "SP", "SS") and t.form in _JOINERS and cur and i + 1 < len(tokens) \
            and tokens[i + 1].begin == t.stop and tokens[cur[-1]].stop == t.begin
        if joiner:
            continue
        if ok and cur:
            gap = text[tokens[cur[-1]].stop:t.begin]
            prev_joined = gap in _JOINERS
            if not (gap == "" or gap == " " or prev_joined):
                chains.append(cur)
                cur = []
        if ok:
            cur.append(i)
        elif cur:
            chains.append(cur)
            cur = []
    if cur:
        chains.append(cur)
    return chains


def _sentence_mentions(text: str, sent: Sentence, tokens: list[_Tok], rules: _Rules) -> list[Mention]:
    gaz = _gazetteer(text, sent, tokens, rules)
    gaz_kind: dict[int, str] = {}  # token index -> kind of the gazetteer mention covering it
    gaz_span: dict[int, Mention] = {}
    for m in gaz:
        for i, t in enumerate(tokens):
            if m.begin <= t.begin and t.stop <= m.stop:
                gaz_kind[i] = m.kind
                gaz_span[i] = m
    out = list(gaz)
    blocked: set[int] = set()
    firms = _companies(text, sent, tokens, rules, gaz_kind)
    firm_idx = {i for i, t in enumerate(tokens) for m in firms if m.begin <= t.begin and t.stop <= m.stop}
    pblocked = blocked | firm_idx
    persons = _persons(text, tokens, None, rules, gaz_kind, pblocked)
    blocked.update(pblocked - firm_idx)
    out.extend(persons)
    out.extend(firms)
    out.extend(_firms_before_titles(text, tokens, persons, rules, gaz_kind))
    orgs = []
    for chain in _chains(text, tokens):
        orgs.extend(_orgs(text, tokens, chain, rules, gaz_kind, gaz_span, blocked))
    out.extend(_with_pair_prefix(text, m, rules) for m in orgs)
    out.extend(_governments(text, tokens, gaz, rules))
    return out


# ------------------------------------------------------------------ companies

_FIRM_TAGS = {"NNP", "NNG", "SL", "SN", "SH", "XSN", "XPN"}
_FIRM_MARK = re.compile(r"㈜|\((?:주|株)\)|주식회사")
_FOREIGN_MARK = re.compile(r"사\s?\(社\)|社")
_LATIN_FIRM = re.compile(r"(?<![A-Za-z0-9&.\-])([A-Za-z][A-Za-z0-9&.\-]*[A-Za-z0-9](?: [A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]){0,3})"
                         r"(?:사|社|측)(?=[은는이가와과의을를도에로,\s)]|$)")
_LATIN_PARTY = re.compile(r"(?<![A-Za-z0-9&.\-])([A-Z][a-z][A-Za-z0-9&.\-]*[A-Za-z0-9])(?:와|과)(?=\s)")


def _run_after(tokens: list[_Tok], at: dict[int, int], b: int, limit: int) -> int | None:
    """The end of the glued noun-like tokens from offset ``b`` (a name up to its particle)."""
    k = at.get(b)
    end = None
    while k is not None and k < len(tokens) and tokens[k].stop <= limit and (end is None or tokens[k].begin == end):
        t = tokens[k]
        if not (t.tag in _FIRM_TAGS or (t.form in _JOINERS and end is not None)) or t.form in ("社", "주식회사"):
            break
        end = t.stop
        k += 1
    return end


def _run_before(tokens: list[_Tok], ends: dict[int, int], e: int, lo: int) -> int | None:
    """The start of the glued noun-like tokens that end at offset ``e``."""
    k = ends.get(e)
    start = None
    while k is not None and k >= 0 and tokens[k].begin >= lo and (start is None or tokens[k].stop == start):
        t = tokens[k]
        if t.tag not in _FIRM_TAGS and not (t.form in _JOINERS and start is not None):
            break
        start = t.begin
        k -= 1
    return start


def _companies(text: str, sent: Sentence, tokens: list[_Tok], rules: _Rules, gaz_kind) -> list[Mention]:
    """Firms: "㈜OO", "(주)OO", "OO(주)", "주식회사 OO", "OO社", "지멘스사(社)", "Acme사와",
    "Acme와", and words ending in a firm suffix after a proper-name part ("누리바이오", "엘지화학")."""
    at = {t.begin: i for i, t in enumerate(tokens)}
    ends = {t.stop: i for i, t in enumerate(tokens)}
    lo, hi = sent.begin, sent.stop
    spans: list[tuple[int, int]] = []

    def covered(b: int, e: int) -> bool:  # a known name already
        inside = [i for i, t in enumerate(tokens) if b <= t.begin and t.stop <= e]
        return bool(inside) and all(i in gaz_kind for i in inside)

    for m in _FIRM_MARK.finditer(text, lo, hi):
        b = m.end() + (1 if text[m.end():m.end() + 1] == " " else 0)
        e = _run_after(tokens, at, b, hi)
        if e is not None and e > b:
            spans.append((b, e))
            continue
        e = m.start() - (1 if m.group() == "주식회사" and text[m.start() - 1:m.start()] == " " else 0)
        b = _run_before(tokens, ends, e, lo)
        if b is not None and b < e and (m.group() != "주식회사" or rules.firm_prefix(text[b:e])):
            spans.append((b, e))
    for m in _FOREIGN_MARK.finditer(text, lo, hi):
        b = _run_before(tokens, ends, m.start(), lo)
        if b is None or b >= m.start():
            continue
        name = text[b:m.start()]
        proper = rules.firm_prefix(name) or any(t.tag in ("NNP", "SL") or t.oov for t in tokens
                                                if b <= t.begin and t.stop <= m.start())
        if proper:  # "의료기기社 등": a generic description of firms, no party
            spans.append((b, m.start()))
    for rx in (_LATIN_FIRM, _LATIN_PARTY):
        for m in rx.finditer(text, lo, hi):
            name = m.group(1)
            if name not in rules.not_name and name.upper() not in rules.not_name and len(name) >= 2:
                spans.append((m.start(1), m.end(1)))
    for i, t in enumerate(tokens):
        if i > 0 and tokens[i - 1].stop == t.begin or (t.begin > 0 and text[t.begin - 1] not in " \t\n\"'“‘(<《「『[,·"):
            continue  # a word start only
        e = _run_after(tokens, at, t.begin, hi)
        if e is None:
            continue
        core = text[t.begin:e]
        suffix = next((x for x in rules.firm_suffixes if core.endswith(x) and len(core) > len(x)), None)
        if suffix and rules.firm_prefix(core[: -len(suffix)]) and core not in rules.not_name:
            spans.append((t.begin, e))
    out = []
    for b, e in dict.fromkeys(spans):
        if e - b < 2 or covered(b, e) or text[b:e] in rules.bare or text[b:e] in rules.titles:
            continue
        out.append(Mention(b, e, text[b:e], "org", strategy="pattern", score=0.75))
    return out


def _firms_before_titles(text: str, tokens: list[_Tok], persons: list[Mention], rules: _Rules,
                         gaz_kind) -> list[Mention]:
    """The firm of a person with a firm's title: "카카오 김민수 대표", "한빛소프트 대표 김민수"."""
    ends = {t.stop: i for i, t in enumerate(tokens)}
    out = []
    for p in persons:
        if p.title not in rules.firm_titles:
            continue
        e = p.begin - 1
        before = text[:p.begin].rstrip()
        if before.endswith(p.title):  # title before the name
            e = len(before) - len(p.title) - 1
        if e <= 0 or text[e] != " ":
            continue
        b = _run_before(tokens, ends, e, 0)
        if b is None or b >= e or (b > 0 and not text[b - 1].isspace() and text[b - 1] not in "\"'“‘(,"):
            continue
        inside = [i for i, t in enumerate(tokens) if b <= t.begin and t.stop <= e]
        name = text[b:e]
        if any(i in gaz_kind for i in inside) or name in rules.not_person or name in rules.titles \
                or name in rules.temporal or name in rules.breakers or rules.is_head(name) or name in rules.not_name:
            continue
        if any(tokens[i].tag in ("NNP", "SL") or tokens[i].oov for i in inside) or rules.firm_prefix(name):
            out.append(Mention(b, e, name, "org", strategy="pattern", score=0.7))
    return out


_PAIR_BEFORE = re.compile(r"(?:한국|한)\s?[-–·‧ㆍ]\s?$")


def _with_pair_prefix(text: str, m: Mention, rules: _Rules) -> Mention:
    """ "한-러 에너지소재 공동연구센터": keep the "한-" of a joint body Kiwi left out of the chain;
    "주폴란드 한국대사관": keep the "주" of a mission when Kiwi read it as a verb."""
    if m.begin >= 1 and text[m.begin - 1] == "주" and (m.begin == 1 or not "가" <= text[m.begin - 2] <= "힣") \
            and m.text.endswith(rules.mission_heads):
        return replace(m, begin=m.begin - 1, text=text[m.begin - 1:m.stop])
    first = re.match(r"[가-힣]+", m.text)
    if not first or not (first.group() in rules.kb.short or rules.place_or_country(first.group()) == "country"):
        return m
    pre = _PAIR_BEFORE.search(text, max(0, m.begin - 6), m.begin)
    if pre is None or (pre.start() > 0 and "가" <= text[pre.start() - 1] <= "힣"):
        return m
    return replace(m, begin=pre.start(), text=text[pre.start():m.stop])


def _governments(text: str, tokens: list[_Tok], gaz: list[Mention], rules: _Rules) -> list[Mention]:
    """ "몽골 정부", "우즈베키스탄정부": a country's government as an organisation; a city's too
    ("알마티시 정부"), with the country written before it ("카자흐스탄 알마티시 정부")."""
    out = []
    starts = {t.begin: t for t in tokens}
    by_stop = {m.stop: m for m in gaz}
    for m in gaz:
        city = m.kind in ("place", "org") and m.text.endswith(rules.admin_suffixes) \
            and "place" in (rules.place_or_country(m.text), rules.place_or_country(m.text[:-1]))
        if m.kind != "country" and not city:
            continue
        begin = m.begin
        if city:
            before = by_stop.get(m.begin - 1) if text[m.begin - 1:m.begin] == " " else None
            if before is not None and before.kind == "country":
                begin = before.begin
        gap = 1 if text[m.stop:m.stop + 1] == " " else 0
        t = starts.get(m.stop + gap)
        if t is not None and t.form == "정부" and t.tag.startswith("NN"):
            after = starts.get(t.stop + 1) if text[t.stop:t.stop + 1] == " " else starts.get(t.stop)
            if after is not None and after.tag.startswith("NN") and after.begin == t.stop:
                continue  # "몽골 정부청사": something of the government
            out.append(Mention(begin, t.stop, text[begin:t.stop], "org", strategy="pattern", score=0.8))
    return out


def _eojeols(text: str, tokens: list[_Tok]) -> list[list[int]]:
    """Token indices grouped by whitespace-separated word."""
    words: list[list[int]] = []
    for i, t in enumerate(tokens):
        if words and text[tokens[words[-1][-1]].stop:t.begin] == "":
            words[-1].append(i)
        else:
            words.append([i])
    return words


def _name_word(word: list[int], text, tokens, rules, gaz_kind, strong: bool) -> bool:
    """A whole word that can be a person's name (2-6 Hangul syllables, no particle)."""
    first, last = tokens[word[0]], tokens[word[-1]]
    surface = text[first.begin:last.stop]
    if not _HANGUL_WORD.fullmatch(surface) or any(i in gaz_kind for i in word):
        return False
    if surface in rules.not_person or surface in rules.titles or surface in rules.temporal or rules.is_head(surface):
        return False
    if first.begin > 0 and text[first.begin - 1] not in " \t\n\"'“‘(,·":
        return False
    if len(word) == 1:
        t = first
        if t.tag == "NNP":
            return True
        return t.tag == "NNG" and t.oov and strong
    # Kiwi sometimes breaks an unknown name into syllables ("최" "양" "희")
    return strong and all(len(tokens[i].form) == 1 and tokens[i].tag[0] in "NXM" for i in word)


def _name_part(word: list[int], text, tokens, rules, gaz_kind, blocked, syllables: int = 5) -> bool:
    """A short word that can be one part of a foreign name written in several words."""
    first, last = tokens[word[0]], tokens[word[-1]]
    surface = text[first.begin:last.stop]
    if not re.fullmatch(rf"[가-힣]{{1,{syllables}}}", surface) or len(word) != 1:
        return False
    if any(i in gaz_kind or i in blocked for i in word) or first.tag not in ("NNP", "NNG"):
        return False
    if surface in rules.not_person or surface in rules.titles or surface in rules.breakers or surface in rules.temporal \
            or rules.is_head(surface):
        return False
    return first.tag == "NNP" or first.oov or len(surface) == 1


def _spaced_name(words, w, text, tokens, rules, gaz_kind, blocked) -> tuple[int, int] | None:
    """Three or four short words before a strong title's organisation: "쩐 반 하이 베트남 과학원 원장".

    Kiwi reads such syllables as common nouns, so any short noun word counts,
    but the run must start a phrase and hold a one-syllable word.
    Returns the indices of the name's first and last words, or None.
    """
    back = w - 1
    while back >= 0 and any(k in gaz_kind or rules.is_head(tokens[k].form) for k in words[back]):
        back -= 1  # the organisation (and its country) between the name and the title
    bare = back == w - 1  # no organisation between: "레 민 카이 부총리"

    def short_noun(word) -> bool:
        t = tokens[word[0]]
        return len(word) == 1 and t.tag in ("NNG", "NNP") and bool(re.fullmatch(r"[가-힣]{1,3}", t.form)) \
            and word[0] not in gaz_kind and word[0] not in blocked and t.form not in rules.not_person \
            and t.form not in rules.breakers and t.form not in rules.titles and t.form not in rules.temporal

    k = back
    while k >= 0 and back - k < 4 and short_noun(words[k]):
        k -= 1
    run = range(k + 1, back + 1)
    if len(run) < 3 or sum(len(tokens[words[j][0]].form) == 1 for j in run) < (2 if bare else 1):
        return None
    if k >= 0 and not any(tokens[i].tag.startswith(("J", "E", "SF", "SP", "SS")) for i in words[k]):
        return None  # the run does not start a phrase: probably ordinary words
    return k + 1, back


def _market(text: str, tokens: list[_Tok], words: list[list[int]], w: int, i: int, rules: _Rules) -> bool:
    """True when the word 시장 at token ``i`` follows a country, a region or a market word."""
    glued = text[tokens[words[w][0]].begin:tokens[i].begin]
    before = [glued] if glued else []
    if w > 0:
        prev = words[w - 1]
        before.append(text[tokens[prev[0]].begin:tokens[prev[-1]].stop])
    for b in before[:1] if glued else before:
        if b in rules.market_words or (rules.place_or_country(b) is not None and not rules.city(b)):
            return True
    return False


def _names_cut_by_a_stop(text: str, tokens: list[_Tok], rules: _Rules, found: list[Mention]) -> list[Mention]:
    """A name cut from its title by a stray full stop or comma in damaged text: "부데비치. 응용과학센터 부소장".

    Korean sentences end in a verb, so a stop right after an unknown name that
    opens a phrase, followed at once by an organisation and a strong title with
    nothing after the title but a particle, is damage, not a sentence end.
    """
    out = []
    taken = [(m.begin, m.stop) for m in found if m.kind == "person"]
    for n, t in enumerate(tokens):
        if t.form not in (".", ",") or n == 0 or n + 2 >= len(tokens):
            continue
        name = tokens[n - 1]
        if name.stop != t.begin or not _HANGUL_WORD.fullmatch(name.form) or not (name.tag == "NNP" or name.oov):
            continue
        if name.form in rules.not_person or name.form in rules.titles or name.form in rules.temporal \
                or rules.is_head(name.form) or rules.place_or_country(name.form) or rules.kb.keys.get(name.form):
            continue
        if name.begin > 0 and not text[name.begin - 1].isspace():
            continue
        # the organisation words then the title, in nouns only, up to a particle
        k = n + 1
        while k < len(tokens) and tokens[k].tag in ("NNG", "NNP", "SL") and tokens[k].form not in rules.strong_titles \
                and k - n <= 5:
            k += 1
        if k >= len(tokens) or k == n + 1 or tokens[k].form not in rules.strong_titles:
            continue
        org = tokens[n + 1:k]
        if not rules.is_head(org[-1].form) and not _glued_head(text, tokens, list(range(n + 1, k)), rules):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.begin == tokens[k].stop and not nxt.tag.startswith("J"):
            continue
        b = name.begin
        while True:  # "알렉산드르 부데비치."
            prev = next((p for p in reversed(tokens[:n - 1]) if p.stop <= b), None)
            if prev is None or text[prev.stop:b] != " " or prev.tag != "NNP" or not _HANGUL_WORD.fullmatch(prev.form) \
                    or prev.form in rules.not_person or rules.place_or_country(prev.form) or b - prev.begin > 12:
                break
            if prev.begin > 0 and not text[prev.begin - 1].isspace() and text[prev.begin - 1] not in "\"'“‘(":
                break
            b = prev.begin
        if any(b < e and bb < name.stop for bb, e in taken):
            continue
        out.append(Mention(b, name.stop, text[b:name.stop], "person", strategy="pattern", score=0.7,
                           title=tokens[k].form, affiliation=text[org[0].begin:org[-1].stop]))
    return out


def _place_title(t: _Tok, rules: _Rules) -> str | None:
    """The title of a word Kiwi left as one noun with its place: "서울시장" (시장), "경기도지사" (도지사)."""
    if not t.tag.startswith("NN") or len(t.form) < 3:
        return None
    for title in sorted(rules.strong_titles, key=len, reverse=True):
        if len(title) >= 2 and t.form.endswith(title):
            place = t.form[: -len(title)]
            if len(place) >= 2 and rules.city(place):
                return title
    return None


def _persons(text, tokens, chain, rules, gaz_kind, blocked) -> list[Mention]:
    """Persons next to a title: NAME [ORG] TITLE, or TITLE NAME."""
    out = []
    words = _eojeols(text, tokens)
    word_of = {i: w for w, idxs in enumerate(words) for i in idxs}
    for i, t in enumerate(tokens):
        if i in blocked:
            continue
        title = t.form if t.form in rules.titles else _place_title(t, rules)
        if title is None:
            continue
        strong = title in rules.strong_titles
        w = word_of[i]
        # the title may be glued to qualifiers in its word ("재무이사", "통신정보화장관")
        tword = words[w]
        if any(tokens[k].tag.startswith(("J", "E", "V")) for k in tword if k < i):
            continue
        tstart = tword[0]
        if tstart != i and (rules.is_head(text[tokens[tstart].begin:tokens[i - 1].stop]) or tstart in gaz_kind):
            tstart = i  # "미래창조과학부장관": the organisation is not part of the title
        if title in rules.market_titles and _market(text, tokens, words, w, i, rules):
            continue  # "유럽 시장", "베트남시장", "국내 시장": a market, not a mayor
        found = None
        for back in range(w - 1, max(-1, w - 7), -1):
            word = words[back]
            if any(tokens[k].tag.startswith(("J", "E", "V", "SF", "SP")) or tokens[k].tag == "SN" for k in word):
                break
            if any(k in blocked for k in word):
                break
            if _name_word(word, text, tokens, rules, gaz_kind, strong):
                found = back
                break
            if title != t.form:
                break  # "오세훈 서울시장": the name right before a place's title
        first = found
        if found is None and strong:
            span = _spaced_name(words, w, text, tokens, rules, gaz_kind, blocked)
            if span is not None:
                first, found = span
        if found is not None:
            # a foreign name in several words: "아크말 사이도프", "응우옌 흐엉 장"
            # ... but a Korean name before a firm's title is one word: "한빛소프트 김민수 대표" (the firm before)
            korean = title in rules.firm_titles and first == found \
                and rules.korean_name(text[tokens[words[found][0]].begin:tokens[words[found][-1]].stop])
            while not korean and first - 1 >= 0 and found - first < 3 \
                    and _name_part(words[first - 1], text, tokens, rules, gaz_kind, blocked):
                first -= 1
            # one-syllable parts after it ("응우옌 반 남", "응우옌 흐엉 장")
            tail = 0
            while tail < 2 and found + 1 < w and _name_part(words[found + 1], text, tokens, rules, gaz_kind, blocked,
                                                            syllables=1):
                found += 1
                tail += 1
            name_idx = [k for ww in words[first:found + 1] for k in ww]
            nb, ne = tokens[name_idx[0]].begin, tokens[name_idx[-1]].stop
            mid = [k for ww in words[found + 1:w] for k in ww] + [k for k in tword if k < tstart]
            org_surface = None
            if mid and (rules.is_head(tokens[mid[-1]].form) if mid[-1] not in gaz_kind else gaz_kind[mid[-1]] == "org"):
                org_surface = text[tokens[mid[0]].begin:tokens[mid[-1]].stop]
            blocked.update(name_idx)
            blocked.update(k for k in tword if tstart <= k <= i)
            out.append(Mention(nb, ne, text[nb:ne], "person", strategy="pattern", score=0.8,
                               title=text[tokens[tstart].begin:t.stop], affiliation=org_surface))
            continue
        # title before the name: "원장 안성호는"
        if w + 1 < len(words) and tword[-1] == i:
            nxt = [k for k in words[w + 1] if not tokens[k].tag.startswith(("J", "SP", "SF"))]
            if len(nxt) == 1 and tokens[nxt[0]].tag == "NNP" and _name_word(nxt, text, tokens, rules, gaz_kind, False):
                n = tokens[nxt[0]]
                blocked.update({i, nxt[0]})
                out.append(Mention(n.begin, n.stop, n.form, "person", strategy="pattern", score=0.7, title=t.form))
    return out


def _orgs(text, tokens, chain, rules, gaz_kind, gaz_span, blocked) -> list[Mention]:
    """Organisation segments inside one noun chain."""
    out = []
    seg: list[int] = []

    def flush_upto(last_head: int | None):
        if last_head is None:
            return
        part = seg[:last_head + 1]
        # leading numbers (not "26번"), descriptive words and dates are no part of a name
        while part and (tokens[part[0]].form in rules.breakers or tokens[part[0]].form in rules.temporal
                        or tokens[part[0]].form in rules.period_parts or tokens[part[0]].tag in ("NNB", "SN", "NR")
                        and not (tokens[part[0]].tag == "SN" and len(part) > 1 and tokens[part[1]].form in ("번", "호"))):
            part = part[1:]
        if not part:
            return
        g = gaz_span.get(part[-1])
        if g is not None and g.kind == "org":
            # a known name extended only by a country or city before it ("대한민국 행정연구원")
            inside = [k for k in part if tokens[k].begin >= g.begin]
            before = [k for k in part if tokens[k].begin < g.begin]
            while before and gaz_kind.get(before[0]) not in ("country", "place"):
                before = before[1:]
            if any(gaz_kind.get(k) not in ("country", "place") for k in before):
                before = []
            part = before + inside
        # descriptive words before a country start no name: "포럼 기간 폴란드 기후환경부"
        geo = next((n for n, k in enumerate(part) if gaz_kind.get(k) in ("country", "place")), None)
        if geo and all(k not in gaz_kind and tokens[k].tag == "NNG" and tokens[k].form not in rules.name_prefixes
                       for k in part[:geo]) and tokens[part[geo - 1]].stop < tokens[part[geo]].begin:
            part = part[geo:]
        first, last = tokens[part[0]], tokens[part[-1]]
        surface = text[first.begin:last.stop]
        if len(part) == 1:
            if part[0] in gaz_kind or not rules.standalone_org(first.form):
                return
        elif all(k in gaz_kind for k in part) and len({gaz_span[k] for k in part}) == 1:
            return  # exactly one gazetteer mention: nothing to add
        if len(surface.split()) > 7 or surface in rules.bare or surface in rules.titles:
            return  # a bare head Kiwi split in two ("무역" + "관"): no name
        if _generic_only(text, tokens, part, rules, gaz_kind):
            return  # "공동위원회", "협력 센터", "운영위원회": a description, not a name
        out.append(Mention(first.begin, last.stop, surface, "org", strategy="pattern", score=0.8))

    last_head = None
    for pos, i in enumerate(chain):
        t = tokens[i]
        if i in blocked or t.form in rules.breakers or t.form in rules.temporal:
            flush_upto(last_head)
            seg, last_head = [], None
            continue
        prev_surface = gaz_span[seg[-1]].text if seg and seg[-1] in gaz_span else tokens[seg[-1]].form if seg else ""
        nxt = tokens[chain[pos + 1]] if pos + 1 < len(chain) else None
        branch = gaz_kind.get(i) == "place" and nxt is not None and nxt.form in rules.branch_heads \
            and nxt.begin > t.stop  # "충남대 알마티 사무소": an office of the body before
        acronyms = t.tag == "SL" and tokens[seg[-1]].tag == "SL" if seg else False  # "KAIST-NU"
        if seg and last_head is not None and last_head == len(seg) - 1 and tokens[seg[-1]].stop < t.begin \
                and not prev_surface.endswith(rules.parent_heads) and not branch \
                and not (acronyms and text[tokens[seg[-1]].stop:t.begin] in _JOINERS):
            # a head followed by another word after a space: "농촌진흥원 국립축산과학원" are two
            flush_upto(last_head)
            seg, last_head = [], None
        seg.append(i)
        kind = gaz_kind.get(i)
        if kind == "org" or (kind is None and (rules.is_head(t.form) or _glued_head(text, tokens, seg, rules))):
            if kind == "org" and i + 1 in gaz_kind and gaz_span.get(i + 1) is gaz_span.get(i):
                continue
            last_head = len(seg) - 1
    flush_upto(last_head)
    return out


def _generic_only(text: str, tokens: list[_Tok], part: list[int], rules: _Rules, gaz_kind) -> bool:
    """True when every word before the head only describes (공동, 운영, 협력, 실무 ...)."""
    if any(k in gaz_kind or tokens[k].tag in ("NNP", "SL", "SH", "SN") for k in part):
        return False
    *mods, head = part
    words = [tokens[k].form for k in mods]
    # the head token may carry a modifier Kiwi did not split off ("공동위원회" = 공동 + 위원회)
    form = tokens[head].form
    suffix = next((h for h in rules.heads if form.endswith(h)), form)
    if len(form) > len(suffix):
        words.append(form[: -len(suffix)])
    return bool(words) and all(w in rules.generic for w in words)


def _glued_head(text: str, tokens: list[_Tok], seg: list[int], rules: _Rules) -> bool:
    """A head Kiwi split across tokens of one word ("자원" + "관" = 자원관)."""
    t = tokens[seg[-1]]
    k = len(seg) - 1
    while k > 0 and tokens[seg[k - 1]].stop == tokens[seg[k]].begin:
        k -= 1
    glued = text[tokens[seg[k]].begin:t.stop]
    return glued not in rules.not_head and any(
        len(h) > len(t.form) and glued.endswith(h) and glued[-len(h):] not in rules.not_head for h in rules.heads)


# ------------------------------------------------------------------ acronyms


def _acronyms(text: str, kept: list[Mention]) -> list[Mention]:
    """Bracketed acronyms after a name, and their later uses in the text."""
    out = []
    defined = set()
    by_stop = {m.stop: m for m in kept if m.kind == "org"}
    for m in _ACRONYM_DEF.finditer(text):
        owner = by_stop.get(m.start()) or by_stop.get(m.start() - 1)
        if owner is None:
            continue
        acr = m.group(1)
        defined.add(acr)
        out.append(Mention(m.start(1), m.end(1), acr, "org", strategy="acronym", score=0.9))
    for acr in defined:
        for u in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acr)}(?![A-Za-z0-9])", text):
            out.append(Mention(u.start(), u.end(), acr, "org", strategy="acronym", score=0.8))
    return out


# ------------------------------------------------------------------ statistical NER


def _ner_mentions(text: str, sents: list[Sentence]) -> list[Mention]:
    rules = _rules()
    from coopgraph.recognise.ner import tag_sentences  # a missing model is an error, not a silent skip

    tagged = tag_sentences([s.text for s in sents])
    out = []
    for sent, spans in zip(sents, tagged):
        for b, e, label in spans:
            kind = _NER_KINDS.get(label)
            if kind is None:
                continue
            b, e = _trim(sent.text, b, e)
            b = _skip_time_words(sent.text, b, e, rules)
            surface = sent.text[b:e]
            if e - b < 2 or not re.search(r"[가-힣A-Za-z]", surface):
                continue
            if surface in rules.titles or surface in rules.not_person or surface in rules.bare or surface in rules.not_name:
                continue  # "총장", "대학": a title or a bare head is no name
            out.append(Mention(sent.begin + b, sent.begin + e, sent.text[b:e], kind, strategy="ner", score=0.6))
    return out


def _plausible_ner(m: Mention, tokens: list[_Tok], rules: _Rules) -> bool:
    """Drop tagger output that Kiwi and the word lists show is no name.

    A "person" made only of dictionary common nouns ("서명식", "조정안"), an
    "organisation" that ends in an event or relation word ("보령머드축제",
    "세관 당국") or starts with a descriptive word ("양국 정부").
    """
    inside = [t for t in tokens if m.begin <= t.begin and t.stop <= m.stop]
    if m.kind == "person":
        return not (inside and all(t.tag in ("NNG", "XSN", "NNB") and not t.oov for t in inside))
    if m.kind == "org":
        if m.text.endswith(rules.ner_not_org_tails):
            return False
        head = next((h for h in rules.heads if m.text.endswith(h) and len(h) > 1), None)
        if head and (m.text[: -len(head)].strip() in rules.generic or m.text[: -len(head)].strip() in rules.breakers):
            return False  # "공동위원회", "정부대표단", "양국 대표단"
        first = m.text.split()[0]
        return not (first in rules.breakers and " " in m.text)
    return True


_DATE_WORD = re.compile(r"(?:\d+(?:년|월|일|시|분)?|[0-9.]+)$")


def _skip_time_words(s: str, b: int, e: int, rules: _Rules) -> int:
    """The start of a tagged span after the time words that open it ("이튿날 X", "내년 3월 X", "같은 날 X")."""
    while b < e:
        m = re.match(r"\S+", s[b:e])
        word = m.group()
        if not (word in rules.temporal or word in rules.period_parts or _DATE_WORD.fullmatch(word)):
            break
        nb = b + len(word)
        if nb >= e or not s[nb].isspace():
            break
        while nb < e and s[nb].isspace():
            nb += 1
        b = nb
    return b


def _trim(s: str, b: int, e: int) -> tuple[int, int]:
    while b < e and not s[b].isalnum():
        b += 1
    while e > b and not s[e - 1].isalnum():
        e -= 1
    return b, e
