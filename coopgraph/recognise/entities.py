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
from dataclasses import replace

from coopgraph.link.owner import self_references
from coopgraph.recognise.entities_ner import (  # noqa: F401 - _skip_time_words, _whole_words: tests import them here
    _names_a_venue,
    _ner_mentions,
    _plausible_ner,
    _skip_time_words,
    _whole_words,
)
from coopgraph.recognise.entity_rules import Rules, Tok, get_rules, inside
from coopgraph.recognise.orgs import (
    chains,
    companies,
    firms_before_titles,
    governments,
    local_governments,
    orgs,
    short_forms,
    with_pair_prefix,
    with_subunits,
)
from coopgraph.recognise.persons import bracketed_names, names_cut_by_a_stop, persons
from coopgraph.records import Mention, Sentence, Token

# the names tests and callers used before the split
_Tok = Tok
_rules = get_rules

_RANK = {"gazetteer": 0, "pattern": 1, "acronym": 1, "ner": 3}
_SKIP_IN_NAMES = set(" \t\u00a0-·‧・ㆍ.'’")
# "(KISTI)", and an acronym beside the English name: "(SOAS, School of Oriental ...)", "(Global ... Institute, GGGI)"
_ACRONYM_DEF = re.compile(r"\(\s*(?:([A-Z][A-Za-z0-9&+\-]{1,11})\s*|([A-Z][A-Z0-9&+\-]{1,11})\s*,\s*[A-Z][A-Za-z.,'&\- ]{3,100}"
                          r"|[A-Z][A-Za-z.'&\- ]{3,100},\s*([A-Z][A-Z0-9&+\-]{1,11})\s*)\)")
_LATIN = re.compile(r"[A-Za-z0-9]")
_LINES = re.compile(r"[^\n]+")


def find_mentions(text: str, sentences: tuple[Sentence, ...], use_ner: bool = True,
                  tokens: tuple[Token, ...] | None = None) -> tuple[Mention, ...]:
    """Organisation, person, country and place mentions in ``text``.

    Args:
        text: the cleaned document text.
        sentences: its sentences (offsets into ``text``); when empty the whole
            text is treated as one sentence.
        use_ner: also run the statistical tagger to fill gaps.
        tokens: the Kiwi morphemes of ``text`` line by line (``Analysis.tokens``
            from :func:`coopgraph.text.sentences.split_sentences_with_tokens`),
            used when they say which morphemes are unknown words (``oov``);
            otherwise Kiwi is run here, one line at a time, the same way.
    Returns:
        Mentions sorted by ``begin``, non-overlapping, ``text[m.begin:m.stop] == m.text``.
    """
    if not text.strip():
        return ()
    if not sentences:
        sentences = (Sentence(0, len(text), text),)
    rules = get_rules()
    sents = [s for s in sentences if s.text.strip()]
    # Kiwi reads one line at a time (as the sentence splitter does): across a line break it
    # glues a particle to the name of the line before ("안산시가" read as one noun)
    if tokens is not None and all(hasattr(t, "oov") for t in tokens[:1]):
        # the splitter's morphemes serve as they are: a Morph has every field of a Tok (form, tag, begin,
        # stop, oov), and the entity rules read fields, never compare or hash tokens
        own = list(tokens)  # type: ignore[arg-type]
    else:
        own = line_tokens(text)
    every = _split_glued(own, text, rules)
    found: list[Mention] = []
    k = 0
    for sent in sents:
        while k < len(every) and every[k].begin < sent.begin:
            k += 1
        tokens_in = []
        while k < len(every) and every[k].stop <= sent.stop:
            tokens_in.append(every[k])
            k += 1
        found.extend(_sentence_mentions(text, sent, tokens_in, rules))
    found.extend(_short_compounds(text, rules))
    found.extend(names_cut_by_a_stop(text, every, rules, found))
    found.extend(_bodies_of_glued_titles(text, every, rules, found))
    found.extend(_joined_by_and(text, found))
    found = _classed(found, rules, text)
    chosen = _select(found, [])
    chosen = _select(_acronyms(text, chosen), chosen)
    chosen = short_forms(text, chosen, rules)  # "다라대" after "다라대학교"
    chosen = _select(self_references(text), chosen)  # "우리대학은", "본교": the page's own body (link/owner.py)
    if use_ner:
        begins = [t.begin for t in every]
        ner = _classed(_ner_mentions(text, sents, own), rules, text)
        org_names = {m.text for m in (*chosen, *ner) if m.kind == "org"}
        ner = [m for m in ner if not (m.kind == "person" and m.text in org_names)]  # "한인회" read as a name
        ner = [m for m in ner if not (m.kind == "person" and _names_a_venue(text, m.stop, rules))]
        chosen = _select([m for m in ner if _plausible_ner(m, every, rules, begins)], chosen)
    chosen = with_subunits(text, chosen, rules)
    return tuple(sorted(chosen, key=lambda m: m.begin))


def _joined_by_and(text: str, found: list[Mention]) -> list[Mention]:
    """'이집트 교육 및 기술교육부', '베트남 농업 및 농촌개발부': a foreign ministry named by two fields joined by 및 is one
    body (the reader saw only '기술교육부'): after its country's name (which heads it, as in '콜롬비아 외교부'; linking
    also knows it without the country), or opening a line when the knowledge base does not know the second part."""
    countries = {m.stop: m for m in found if m.kind == "country" and m.country != "KR"}
    out = []
    for m in found:
        if m.kind != "org" or m.begin < 4 or not m.text.endswith(("부", "청", "처")):
            continue
        hit = _AND_FIELD.search(text, max(0, m.begin - 12), m.begin)
        if hit is None or hit.end() != m.begin or hit.group(1).endswith(_BODY_ENDS) or hit.group(1) in _NO_FIELD:
            continue  # '가나 외교부 및 교육부', '가나 정부 및 교육부': two bodies; '가나 학생 및 교육부 관계자'
        country = countries.get(hit.start() - 1)
        if country is not None:
            begin = country.begin
        elif m.strategy != "gazetteer" and text[max(0, hit.start() - 1):hit.start()] in ("\n", ""):
            begin = hit.start()  # '교육 및 기술교육부 장관과 ...' opening a line
        else:
            continue
        out.append(Mention(begin, m.stop, text[begin:m.stop], "org", strategy="pattern", score=0.8))
    return out


# a field noun and 및 before a body, after a space or opening a line: the first field of the body's name
_AND_FIELD = re.compile(r"(?:(?<= )|(?<=\n)|^)([가-힣]{2,6}) 및 ")
_BODY_ENDS = ("부", "청", "처", "원", "회", "관", "소", "단", "국", "실", "과", "대", "교", "사", "들")
_NO_FIELD = frozenset({"학생", "시민", "국민", "기업", "관계자", "대표", "정상", "장관", "교민", "동포"})


def _split_glued(tokens: list[Tok], text: str, rules: Rules) -> list[Tok]:
    """Split a place name Kiwi glued to its particle ("바쿠에" -> "바쿠" + "에"), and any proper noun glued to
    its genitive before another word ("온타리오의 X")."""
    out = []
    for t in tokens:
        if t.tag in ("NNP", "NNG") and len(t.form) >= 3 and text[t.begin:t.stop] == t.form:
            p = next((p for p in rules.glued_particles if t.form.endswith(p) and len(t.form) - len(p) >= 2), None)
            if p and rules.place_or_country(t.form[: -len(p)]) and not rules.place_or_country(t.form):
                cut = t.stop - len(p)
                out.append(Tok(t.form[: -len(p)], "NNP", t.begin, cut, False))
                out.append(Tok(p, "JKB", cut, t.stop, False))
                continue
            if t.tag == "NNP" and t.form.endswith("의") and text[t.stop:t.stop + 1] == " " \
                    and not t.form.endswith(rules.not_genitive):
                cut = t.stop - 1  # "온타리오의 센테니얼 칼리지": a proper noun read with its genitive, any place
                out.append(Tok(t.form[:-1], "NNP", t.begin, cut, t.oov))
                out.append(Tok("의", "JKG", cut, t.stop, False))
                continue
        out.append(t)
    return out


def line_tokens(text: str) -> list[Tok]:
    """Kiwi's morphemes of ``text``, one Kiwi call per stripped non-blank line, offsets into ``text``."""
    from coopgraph.text.kiwi import get_kiwi

    kiwi = get_kiwi()
    out: list[Tok] = []
    for line in _LINES.finditer(text):
        body = line.group()
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if not body:
            continue
        base = line.start() + lead
        out.extend(Tok(t.form, t.tag, base + t.start, base + t.start + t.len, t.id <= 3) for t in kiwi.tokenize(body))
    return out


def _classed(cands: list[Mention], rules: Rules, text: str = "") -> list[Mention]:
    """Names of bodies that take no part, by class (lexicon): venues become places (a location's
    venue), outlets, departments and generic nouns go, a country named with its form of state
    ("가나공화국") is the country; tagger spans lose what the rules show is no part of a name.
    Knowledge-base names are kept as found."""
    out = []
    for m in cands:
        if m.strategy == "ner":
            m = _ner_trimmed(m, rules)
            if m is None:
                continue
        if m.kind == "org" and m.strategy != "gazetteer" and _latin_spelling(m, rules, text):
            continue  # "웨차치와(Abhisit Vejjajiva)": the Latin spelling of the name before the bracket
        if m.kind == "org" and m.strategy != "gazetteer":
            state = _state_country(m, rules)
            if state is not None:
                out.append(state)
                continue
            cls = rules.org_class(m.text)
            if cls == "venue":
                m = replace(m, kind="place")
            elif cls is not None:
                continue
        elif m.kind == "person" and m.strategy == "ner":
            geo = rules.place_or_country(m.text)
            if geo is not None:
                m = replace(m, kind=geo)  # "키갈리": a city the tagger read as a name
            elif m.text.endswith(rules.admin_suffixes) and any(
                    rules.city(m.text[: -len(s)]) for s in rules.admin_suffixes if m.text.endswith(s)) \
                    or m.text.endswith("시") and len(m.text) >= 3 and " " not in m.text \
                    and _country_before(text, m.begin, rules):
                m = replace(m, kind="org")  # "다낭시와", "미국 리버사이드시": the city's government, no person
            elif rules.org_class(m.text) or _surname_title(m.text, rules) or rules.affiliation_word(m.text) \
                    or re.search(r"[가-힣]의\s", m.text) \
                    or (not rules.korean_name(m.text) and (rules.is_head(m.text) or m.text.endswith(rules.firm_suffixes))):
                continue  # "박 대사", "백악관", "미래산업", "온타리오의 센테니얼": no person's name
        out.append(m)
    return out


def _bodies_of_glued_titles(text: str, tokens: list[Tok], rules: Rules, found: list[Mention]) -> list[Mention]:
    """'통상교섭본부장과 칠레 외무장관간 회담': an official named by the body and its head title in one word, with no
    person's name, stands for the body ('통상교섭본부'): the nouns before the head and the head, without '장'."""
    out = []
    persons_end = {m.stop for m in found if m.kind == "person"}
    for k, t in enumerate(tokens):
        if t.tag != "NNG" or len(t.form) < 3 or not t.form.endswith("장") or text[t.begin:t.stop] != t.form:
            continue
        stem = t.form[:-1]
        if len(stem) < 2 or not rules.is_head(stem) or stem in rules.titles:
            continue
        first = k
        while first > 0 and tokens[first - 1].tag in ("NNG", "NNP") and k - first < 4 \
                and tokens[first - 1].stop == tokens[first].begin and tokens[first - 1].form not in rules.titles:
            first -= 1  # one word: '통상교섭본부장'
        if first == k or first > 0 and tokens[first - 1].stop == tokens[first].begin:
            continue  # '센터장이': the head alone names no body; '의원친선협회장': a title glued before
        if k + 1 < len(tokens) and tokens[k + 1].tag == "NNP" and tokens[k + 1].begin == t.stop + 1:
            continue  # '베트남사무소장 가나다': the title of the person named next
        b = tokens[first].begin
        if any(0 <= b - e <= 1 for e in persons_end) or (first > 0 and tokens[first - 1].tag in ("NNP", "NNG", "SL")
                                                         and tokens[first - 1].stop == b - 1):
            continue  # '김가나 한빛연구원장', '김가나 KOICA 다라사무소장': a named person's title
        out.append(Mention(b, t.stop - 1, text[b:t.stop - 1], "org", strategy="pattern", score=0.7))
    return out


def _country_before(text: str, b: int, rules: Rules) -> bool:
    """A country's name is the word right before ``b`` ("미국 리버사이드시")."""
    w = re.search(r"([가-힣]+) $", text[max(0, b - 16):b])
    return bool(w) and rules.place_or_country(w.group(1)) == "country"


def _ner_trimmed(m: Mention, rules: Rules) -> Mention | None:
    """A tagger span without an unclosed bracket's tail ("카스틸로(Edgar") and, for a person, without
    the words around the name that are a body, a place or a mission ("윤찬식 주파라과이"); an
    organisation span holding a title ("ICT장관 Jean ...", "주케냐 한국대사") or a glued 과/와 is mended or dropped."""
    text = m.text
    cut = text.find("(")
    if cut > 0 and ")" not in text[cut:]:
        text = text[:cut].rstrip()
    b, e = m.begin, m.begin + len(text)
    if m.kind == "person" and " " in text:
        words = text.split(" ")

        def other(w: str) -> bool:
            return bool(w) and (rules.affiliation_word(w) or rules.org_class(w) is not None or rules.is_head(w)
                                or rules.place_or_country(w) is not None or w in rules.titles)

        while len(words) > 1 and other(words[-1]):
            e -= len(words.pop()) + 1
        while len(words) > 1 and other(words[0]):
            b += len(words.pop(0)) + 1
        text = " ".join(words)
    if m.kind == "org":
        if text.endswith(("과", "와")) and rules.is_head(text[:-1]):
            text, e = text[:-1], e - 1  # "양곤의과대학과": the particle glued on
        if any(w.endswith(rules.titles2) for w in text.split()):
            return None  # "주케냐 한국대사", "ICT장관 Jean ...": a position, not a body
    if len(text) < 2:
        return None
    if (b, e) == (m.begin, m.stop):
        return m
    return replace(m, begin=b, stop=e, text=text)


def _latin_spelling(m: Mention, rules: Rules, text: str) -> bool:
    """A bracketed Latin name of two to four capitalised words, no organisation word, right after
    Hangul: the spelling of a person's name written before it, not a body."""
    if not text or m.begin < 2 or text[m.begin - 1] != "(" or not ("가" <= text[m.begin - 2] <= "힣"):
        return False
    close = text.find(")", m.stop, m.stop + 60)
    if close < 0 or "(" in text[m.stop:close]:
        return False
    words = text[m.begin:close].split()  # the whole bracket: the tagger may take "Khalid" of "Khalid Al-Hamar"
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][a-zà-ÿ'\-]+(?:-[A-Z][a-zà-ÿ']+)?", w) for w in words) \
        and not any(w.casefold() in rules.latin_org_words for w in words)


def _state_country(m: Mention, rules: Rules) -> Mention | None:
    """ "가나공화국", "아프리카 가나공화국", "사우디아라비아 왕국": the country, named with its form of state."""
    form = next((f for f in sorted(rules.state_forms, key=len, reverse=True) if m.text.endswith(f)), None)
    if form is None:
        return None
    stem = m.text[: -len(form)].rstrip()
    word = stem.split()[-1] if stem.split() else ""
    if not word or rules.place_or_country(word) != "country":
        return None
    stop = m.begin + len(stem)
    return Mention(stop - len(word), stop, word, "country", strategy=m.strategy, score=m.score)


def _surname_title(name: str, rules: Rules) -> bool:
    """A surname followed by a title ("박 대사", "윤대사")."""
    bare = name.replace(" ", "")
    return len(bare) >= 2 and bare[0] in rules.surnames and bare[1:] in rules.titles


# ------------------------------------------------------------------ selection


def _select(cands: list[Mention], kept: list[Mention]) -> list[Mention]:
    """Add candidates that overlap nothing already kept: longer, then more reliable, first."""
    out = list(kept)
    # one byte per character: 1 where a kept mention lies (overlap = a 1 inside the span)
    taken = bytearray(max((x.stop for x in (*out, *cands)), default=0) + 1)
    for x in out:
        if x.stop > x.begin:
            taken[x.begin:x.stop] = b"\x01" * (x.stop - x.begin)
    for m in sorted(cands, key=lambda m: (-(m.stop - m.begin), _RANK.get(m.strategy, 5), m.begin)):
        if m.stop <= m.begin or not m.text.strip():
            continue
        if taken.find(1, m.begin, m.stop) >= 0:
            continue
        out.append(m)
        taken[m.begin:m.stop] = b"\x01" * (m.stop - m.begin)
    return out


# ------------------------------------------------------------------ gazetteer


@functools.lru_cache(maxsize=8192)
def _char_key(ch: str) -> str:
    from coopgraph.link.kb import norm_key

    return norm_key(ch)


def _gazetteer(text: str, sent: Sentence, tokens: list[Tok], rules: Rules) -> list[Mention]:
    norm_key = _char_key
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


def _word_start(text: str, b: int, rules: Rules) -> bool:
    """True when ``b`` starts a word, or only a country or place is glued before it ("주한벨라루스")."""
    w = b
    while w > 0 and not text[w - 1].isspace() and text[w - 1] not in "\"'“”‘’(<《「『[,·ㆍ-":
        w -= 1
    if w == b:
        return True
    return rules.place_or_country(text[w:b]) is not None


_BRACKET_AFTER = re.compile(r"\([^()]{1,30}\)")


def _agent_after(text: str, e: int, rules: Rules) -> bool:
    """A subject, topic or comitative particle right after a name (or after a bracket that follows it: '세종시(시장
    김가온)가', '경기도(Gyeonggi)와'), then a space."""
    bracket = _BRACKET_AFTER.match(text, e)
    if bracket is not None:
        e = bracket.end()
    for p in rules.agent_particles:
        if text.startswith(p, e) and (e + len(p) >= len(text) or not ("가" <= text[e + len(p)] <= "힣")):
            return True
    return False


def _short_compounds(text: str, rules: Rules) -> list[Mention]:
    """Country short forms in compounds: "한-러", "한·중·일"."""
    out = []
    for m in rules.short_re.finditer(text):
        for s in rules.short_one.finditer(m.group()):
            b = m.start() + s.start()
            out.append(Mention(b, b + len(s.group()), s.group(), "country", strategy="pattern", score=0.9))
    return out


# ------------------------------------------------------------------ patterns


def _sentence_mentions(text: str, sent: Sentence, tokens: list[Tok], rules: Rules) -> list[Mention]:
    gaz = _gazetteer(text, sent, tokens, rules)
    gaz_kind: dict[int, str] = {}  # token index -> kind of the gazetteer mention covering it
    gaz_span: dict[int, Mention] = {}
    begins = [t.begin for t in tokens]
    for m in gaz:
        for i in inside(tokens, begins, m.begin, m.stop):
            gaz_kind[i] = m.kind
            gaz_span[i] = m
    out = list(gaz)
    blocked: set[int] = set()
    firms = companies(text, sent, tokens, rules, gaz_kind)
    firm_idx = {i for m in firms for i in inside(tokens, begins, m.begin, m.stop)}
    pblocked = blocked | firm_idx
    found = persons(text, tokens, None, rules, gaz_kind, pblocked)
    latin = bracketed_names(text, sent.begin, sent.stop, rules, found)
    found.extend(latin)
    blocked.update(pblocked - firm_idx)
    out.extend(found)
    out.extend(firms)
    out.extend(firms_before_titles(text, tokens, found, rules, gaz_kind))
    named = []
    for chain in chains(text, tokens):
        named.extend(orgs(text, tokens, chain, rules, gaz_kind, gaz_span, blocked))
    out.extend(with_pair_prefix(text, m, rules) for m in named)
    out.extend(governments(text, tokens, gaz, rules))
    out.extend(local_governments(text, tokens, gaz, rules))
    if latin:  # the Latin spelling in the bracket after such a name is that name, no other body or person
        inside_brackets = [(p.stop, text.find(")", p.stop) + 1) for p in latin]
        out = [m for m in out if m in latin or not any(b <= m.begin and m.stop <= e for b, e in inside_brackets)]
    return out


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
        g = next(k for k in (1, 2, 3) if m.group(k))
        acr = m.group(g)
        defined.add(acr)
        out.append(Mention(m.start(g), m.end(g), acr, "org", strategy="acronym", score=0.9))
    if not defined:
        return out
    # every later use, found in one pass by an automaton over all defined acronyms; per acronym,
    # uses do not overlap (leftmost first), and a use stands alone (no letter or digit around it)
    import ahocorasick

    auto = ahocorasick.Automaton()
    for acr in defined:
        auto.add_word(acr, acr)
    auto.make_automaton()
    last_end: dict[str, int] = {}
    for end, acr in sorted(auto.iter(text), key=lambda hit: hit[0] - len(hit[1])):
        b, e = end + 1 - len(acr), end + 1
        if b < last_end.get(acr, 0) or (b > 0 and _LATIN.match(text[b - 1])) or (e < len(text) and _LATIN.match(text[e])):
            continue
        last_end[acr] = e
        out.append(Mention(b, e, acr, "org", strategy="acronym", score=0.8))
    return out
