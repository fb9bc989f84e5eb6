"""Word lists and the gazetteer trie of the entity recogniser, built once per process from the KB.

The organisation heads, titles and suffix lists are looked up by suffix in
sets (longest suffix first), never by scanning the lists, so each check costs
at most one set lookup per possible suffix length.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

NOUNISH = {"NNG", "NNP", "NNB", "SL", "SH", "XPN", "XSN", "NR"}
JOINERS = {"-", "·", "‧", "・", "ㆍ", "&"}
HANGUL_WORD = re.compile(r"[가-힣]{2,6}")
_SHORT_SEP = r"\s?[-·‧・ㆍ]\s?"


@dataclass(frozen=True, slots=True)
class Tok:
    form: str
    tag: str
    begin: int
    stop: int
    oov: bool


class Rules:
    """Word lists and the gazetteer trie, built once per process from the KB."""

    def __init__(self):
        from coopgraph.link.kb import load_kb

        kb = load_kb()
        self.kb = kb
        lex = kb.lexicon
        self.heads = sorted(set(lex.get("org_heads", [])), key=len, reverse=True)
        self.head_set = frozenset(self.heads)
        self.head_max = max(map(len, self.heads), default=0)
        self.weak = set(lex.get("weak_heads", []))
        self.not_head = set(lex.get("not_head", []))
        self.bare = set(lex.get("bare_heads", [])) | self.weak
        self.parent_heads = tuple(lex.get("parent_heads", []))
        self.breakers = set(lex.get("chain_breakers", []))
        self.word_breakers = set(lex.get("word_breakers", []))
        self.titles = set(lex.get("titles", []))
        self.titles2 = tuple(t for t in self.titles if len(t) >= 2)  # for one str.endswith(tuple)
        self.strong_titles = set(lex.get("strong_titles", []))
        # place titles ("시장" in 서울시장), longest first: checked by suffix
        self.place_titles = tuple(sorted((t for t in self.strong_titles if len(t) >= 2), key=len, reverse=True))
        self.not_person = set(lex.get("not_person", []))
        self.surnames = set(lex.get("kr_surnames", []))
        self.not_name = set(lex.get("not_name", []))
        self.generic = set(lex.get("generic_modifiers", []))
        self.descriptive = set(lex.get("descriptive_modifiers", []))
        self.referential = set(lex.get("referential_determiners", []))
        self.name_prefixes = set(lex.get("name_prefixes", []))
        self.mission_heads = tuple(lex.get("mission_heads", []))
        self.branch_heads = set(lex.get("branch_heads", []))
        self.subunit_heads = tuple(lex.get("subunit_heads", []))
        self.admin_suffixes = tuple(sorted(lex.get("admin_suffixes", []), key=len, reverse=True))
        self.foreign_admin_suffixes = tuple(sorted(lex.get("foreign_admin_suffixes", []), key=len, reverse=True))
        self.agent_particles = tuple(lex.get("agent_particles", []))
        self.ner_not_org_tails = tuple(lex.get("ner_not_org_tails", []))
        self.glued_particles = tuple(sorted(lex.get("glued_particles", []), key=len, reverse=True))
        self.not_genitive = tuple(lex.get("not_genitive_endings", []))
        self.temporal = set(lex.get("temporal_words", []))
        self.period_parts = set(lex.get("period_parts", []))
        self.market_titles = set(lex.get("market_titles", []))
        self.market_words = set(lex.get("market_words", []))
        self.firm_suffixes = tuple(sorted(lex.get("firm_suffixes", []), key=len, reverse=True))
        self.firm_markers = tuple(lex.get("firm_markers", []))
        self.firm_titles = set(lex.get("firm_titles", []))
        self.not_firm_prefix = set(lex.get("not_firm_prefix", []))
        self.foreign_syllables = set(lex.get("foreign_name_syllables", []))
        self.venue_heads = tuple(lex.get("venue_heads", []))
        self.outlet_heads = tuple(lex.get("outlet_heads", []))
        self.department_heads = tuple(lex.get("department_heads", []))
        self.not_org = set(lex.get("not_org", []))
        self.affiliation_endings = tuple(lex.get("affiliation_endings", []))
        self.state_forms = tuple(lex.get("state_forms", []))
        self.latin_org_words = {w.casefold() for w in lex.get("latin_org_words", [])}
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
        return self._is_head(form)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Rules per process, never freed
    def _is_head(self, form: str) -> bool:
        if form in self.not_head:
            return False
        head = self.head_suffix(form)
        if head is None:
            return False
        # a non-head one syllable shorter than the form, longer than the head ("수자원": 자원)
        return not (len(form) - 1 > len(head) and form[1:] in self.not_head)

    def head_suffix(self, form: str, min_len: int = 0, shorter: bool = False) -> str | None:
        """The longest organisation head ``form`` ends in (at least ``min_len`` long, and
        shorter than ``form`` when ``shorter``), else None."""
        top = min(len(form) - (1 if shorter else 0), self.head_max)
        for n in range(top, min_len - 1, -1):
            cand = form[len(form) - n:]
            if cand in self.head_set:
                return cand
        return None

    def glued_head(self, glued: str, longer_than: int) -> bool:
        """True when some head longer than ``longer_than`` ends ``glued`` and is no non-head."""
        for n in range(longer_than + 1, min(len(glued), self.head_max) + 1):
            cand = glued[len(glued) - n:]
            if cand in self.head_set and cand not in self.not_head:
                return True
        return False

    def org_class(self, name: str) -> str | None:
        """ "venue", "outlet", "department" or "none" for a name that reads like a body but is
        none of the parties a text can name (by its head, from the lexicon); None otherwise."""
        name = name.strip()
        if name in self.not_org:
            return "none"
        for cls, heads in (("outlet", self.outlet_heads), ("department", self.department_heads),
                           ("venue", self.venue_heads)):
            if name.endswith(heads) and not any(name == h for h in heads):
                return cls
        return None

    def act_noun(self, word: str) -> bool:
        """The word is only a noun of an act ("정상회담", "회담", "포럼", "서명식"; trigger lexicon): no name."""
        from coopgraph.extract.lexicon import load_lexicon

        hit = load_lexicon().noun_class(word)
        return hit is not None and hit[1] == word.replace(" ", "").casefold() and hit[0] in (
            "meeting", "forum", "ceremony_opening", "ceremony_agreement", "ceremony_award")

    def affiliation_word(self, word: str) -> bool:
        """A word that names a person's body or province rather than part of the name:
        "두이탄대", "아스완주" (three syllables or more ending in 대/주/군, no Korean name),
        "주케냐" (a mission: 주 + a country)."""
        if len(word) >= 3 and word.startswith("주") and self.place_or_country(word[1:]) == "country":
            return True
        return len(word) >= 3 and word.endswith(self.affiliation_endings) and not self.korean_name(word)

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
        if "·" in prefix and re.fullmatch(r"[가-힣]+(?:·[가-힣]+)+", prefix):
            return all(self.firm_prefix(p) for p in prefix.split("·"))  # "원자력·첨단산업": fields, no firm
        if len(prefix) < 2 or self.place_or_country(prefix):
            return False
        if any(self.kb.entries[e].kind == "org" for e in self.kb.keys.get(norm_key(prefix), ())):
            return True
        return not all(tag in ("NNG", "XPN", "XSN", "NNB") and not oov for _, tag, oov in analyse_word(prefix))

    def korean_name(self, name: str) -> bool:
        """Three syllables, a Korean surname first, no syllable foreign to Korean names."""
        return bool(re.fullmatch(r"[가-힣]{3}", name)) and name[0] in self.surnames \
            and not set(name[1:]) & self.foreign_syllables

    def place_or_country(self, surface: str) -> str | None:
        """The kind ("country" or "place") of a known geographic name, else None."""
        return self._place_or_country(surface)

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one Rules per process, never freed
    def _place_or_country(self, surface: str) -> str | None:
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
        return self.head_suffix(form, shorter=True) is not None


@functools.cache
def get_rules() -> Rules:
    return Rules()


@functools.lru_cache(maxsize=4096)
def analyse_word(word: str) -> tuple[tuple[str, str, bool], ...]:
    """(form, tag, unknown) of Kiwi's reading of one short word on its own."""
    from coopgraph.text.kiwi import get_kiwi

    return tuple((t.form, t.tag, t.id <= 3) for t in get_kiwi().tokenize(word))



def glued_head(text: str, tokens: list[Tok], seg: list[int], rules: Rules) -> bool:
    """A head Kiwi split across tokens of one word ("자원" + "관" = 자원관)."""
    t = tokens[seg[-1]]
    k = len(seg) - 1
    while k > 0 and tokens[seg[k - 1]].stop == tokens[seg[k]].begin:
        k -= 1
    glued = text[tokens[seg[k]].begin:t.stop]
    return glued not in rules.not_head and rules.glued_head(glued, len(t.form))


def inside(tokens: list[Tok], begins: list[int], b: int, e: int) -> list[int]:
    """Indices of the tokens within ``[b, e)`` (``begins``: the tokens' sorted begin offsets)."""
    from bisect import bisect_left

    out = []
    i = bisect_left(begins, b)
    n = len(tokens)
    while i < n and tokens[i].begin <= e:
        if tokens[i].stop <= e:
            out.append(i)
        i += 1
    return out
