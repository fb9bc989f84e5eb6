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
from dataclasses import dataclass

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
        """True when ``form`` can end an organisation name (after a modifier)."""
        if form in self.not_head:
            return False
        return any(form.endswith(h) for h in self.heads)

    def standalone_org(self, form: str) -> bool:
        """A single noun that is an organisation on its own ("클러스터청", "보건부")."""
        if len(form) < 3 or form in self.bare or not self.is_head(form):
            return False
        return any(form.endswith(h) and len(form) > len(h) for h in self.heads)


@functools.cache
def _rules() -> _Rules:
    return _Rules()


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
    every = [_Tok(t.form, t.tag, t.start, t.start + t.len, t.id <= 3) for t in get_kiwi().tokenize(text)]
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
    chosen = _select(found, [])
    chosen = _select(_acronyms(text, chosen), chosen)
    if use_ner:
        chosen = _select(_ner_mentions(text, sents), chosen)
    return tuple(sorted(chosen, key=lambda m: m.begin))


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
        out.append(Mention(b, e, surface, entry.kind if entry else "org", strategy="gazetteer", score=1.0))
    return out


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
    out.extend(_persons(text, tokens, None, rules, gaz_kind, blocked))
    for chain in _chains(text, tokens):
        out.extend(_orgs(text, tokens, chain, rules, gaz_kind, gaz_span, blocked))
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
    if surface in rules.not_person or surface in rules.titles or rules.is_head(surface):
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


def _persons(text, tokens, chain, rules, gaz_kind, blocked) -> list[Mention]:
    """Persons next to a title: NAME [ORG] TITLE, or TITLE NAME."""
    out = []
    words = _eojeols(text, tokens)
    word_of = {i: w for w, idxs in enumerate(words) for i in idxs}
    for i, t in enumerate(tokens):
        if t.form not in rules.titles or i in blocked:
            continue
        strong = t.form in rules.strong_titles
        w = word_of[i]
        # the title may be glued to qualifiers in its word ("재무이사", "통신정보화장관")
        tword = words[w]
        if any(tokens[k].tag.startswith(("J", "E", "V")) for k in tword if k < i):
            continue
        tstart = tword[0]
        if tstart != i and (rules.is_head(text[tokens[tstart].begin:tokens[i - 1].stop]) or tstart in gaz_kind):
            tstart = i  # "미래창조과학부장관": the organisation is not part of the title
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
        if found is not None:
            name_idx = words[found]
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
        while part and (tokens[part[0]].form in rules.breakers or tokens[part[0]].tag in ("NNB", "SN", "NR")
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
        first, last = tokens[part[0]], tokens[part[-1]]
        surface = text[first.begin:last.stop]
        if len(part) == 1:
            if part[0] in gaz_kind or not rules.standalone_org(first.form):
                return
        elif all(k in gaz_kind for k in part) and len({gaz_span[k] for k in part}) == 1:
            return  # exactly one gazetteer mention: nothing to add
        if len(surface.split()) > 7:
            return
        out.append(Mention(first.begin, last.stop, surface, "org", strategy="pattern", score=0.8))

    last_head = None
    for i in chain:
        t = tokens[i]
        if i in blocked or t.form in rules.breakers:
            flush_upto(last_head)
            seg, last_head = [], None
            continue
        prev_surface = gaz_span[seg[-1]].text if seg and seg[-1] in gaz_span else tokens[seg[-1]].form if seg else ""
        if seg and last_head is not None and last_head == len(seg) - 1 and tokens[seg[-1]].stop < t.begin \
                and not prev_surface.endswith(rules.parent_heads):
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
    try:
        from coopgraph.recognise.ner import tag_sentences

        tagged = tag_sentences([s.text for s in sents])
    except (ImportError, FileNotFoundError, OSError):
        return []
    out = []
    for sent, spans in zip(sents, tagged):
        for b, e, label in spans:
            kind = _NER_KINDS.get(label)
            if kind is None:
                continue
            b, e = _trim(sent.text, b, e)
            surface = sent.text[b:e]
            if e - b < 2 or not re.search(r"[가-힣A-Za-z]", surface):
                continue
            if surface in rules.titles or surface in rules.not_person or surface in rules.bare or surface in rules.not_name:
                continue  # "총장", "대학": a title or a bare head is no name
            out.append(Mention(sent.begin + b, sent.begin + e, sent.text[b:e], kind, strategy="ner", score=0.6))
    return out


def _trim(s: str, b: int, e: int) -> tuple[int, int]:
    while b < e and not s[b].isalnum():
        b += 1
    while e > b and not s[e - 1].isalnum():
        e -= 1
    return b, e
