"""The page's own body: what a self-reference ("우리대학은", "본교", "우리 시는", "본 연구원") names.

A university's, city's or institute's own page writes of itself as "우리대학" or "본교" and
names itself in full only in its header (cut away as boilerplate) or once in passing
("... 숙명여대에 대한 지원"). Such a word is recognised as an organisation mention
(:func:`self_references`, strategy ``"self"``) and linked to the body of the page that
ends in a head of its kind (:func:`resolve_self_references`): a Korean one (the page
speaks of itself; the partner is the foreign body), named as a word of its own, the most
often named, then the first. The lexicon (``self_reference_*`` in kb/lexicon.yaml) is data.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from coopgraph.link.countries import prefixes
from coopgraph.link.kb import load_kb, norm_key
from coopgraph.records import Mention

SELF = "self"


@functools.cache
def _lexicon() -> tuple[re.Pattern | None, dict[str, tuple[str, ...]]]:
    """The self-reference pattern and, per noun, the heads of the body it stands for."""
    lex = load_kb().lexicon
    heads: dict[str, tuple[str, ...]] = {}
    alts: list[str] = []
    for entry in lex.get("self_reference_nouns", []):
        noun, *ends = entry.split()
        heads[noun] = tuple(ends)
    prefixes = "|".join(map(re.escape, lex.get("self_reference_prefixes", [])))
    glued = "|".join(map(re.escape, lex.get("self_reference_glued", [])))
    long_nouns = "|".join(map(re.escape, sorted((n for n in heads if len(n) >= 2), key=len, reverse=True)))
    short_nouns = "|".join(map(re.escape, sorted(n for n in heads if len(n) == 1)))
    if prefixes and long_nouns:
        alts.append(rf"(?:{prefixes})\s?(?P<long>{long_nouns})")
    if short_nouns:
        alts.append(rf"우리\s?(?P<short>{short_nouns})")
    if glued:
        alts.append(rf"(?P<glued>{glued})")
    if not alts:
        return None, heads
    after = "|".join(map(re.escape, sorted(lex.get("self_reference_particles", []), key=len, reverse=True)))
    pattern = re.compile(rf"(?<![가-힣A-Za-z0-9])(?:{'|'.join(alts)})(?=(?:{after})?(?![가-힣]))")
    return pattern, heads


def self_references(text: str) -> list[Mention]:
    """Every self-reference word in ``text`` as an organisation mention (no entity yet)."""
    pattern, _ = _lexicon()
    if pattern is None:
        return []
    return [Mention(m.start(), m.end(), m.group(), "org", strategy=SELF, score=0.6) for m in pattern.finditer(text)]


def _noun(surface: str) -> str:
    lex = load_kb().lexicon
    _, heads = _lexicon()
    for word in lex.get("self_reference_glued", []):
        if surface == word:
            return word[-1]
    bare = surface.replace(" ", "")
    return next((n for n in sorted(heads, key=len, reverse=True) if bare.endswith(n)), "")


def _whole_word(text: str, m: Mention) -> bool:
    """The mention is a word of its own: only a particle (or nothing) glued after it ("세계대학순위" is not)."""
    tail = re.match(r"[가-힣]*", text[m.stop:m.stop + 8]).group()
    return not tail or tail in _particles()


@functools.cache
def _particles() -> frozenset[str]:
    lex = load_kb().lexicon
    return frozenset(lex.get("self_reference_particles", [])) | frozenset(lex.get("glued_particles", []))


@functools.cache
def _foreign_prefixes() -> tuple[frozenset[str], tuple[int, ...]]:
    """The normalised names of foreign countries and places, and their lengths (a name's head is looked up
    by slicing, not by scanning every prefix: proposal of helper S)."""
    keys = frozenset(k for k, c in prefixes() if c != "KR")
    return keys, tuple(sorted({len(k) for k in keys}))


_BESIDE = re.compile(r"\s*[/|,·(]?\s*")


def _foreign(result: dict[int, Mention], text: str) -> set[str]:
    """Entities named right after a foreign country or place ("싱가포르 난양공대"), right before one in a
    row or a bracket ("델리대학교 / 인도", "델리대학교(인도)") or with one at the head of their name
    ("싱가포르 국립대학교"): the partner's bodies."""
    out: set[str] = set()
    ordered = sorted(result.values(), key=lambda m: m.begin)
    keys, lens = _foreign_prefixes()

    def foreign_geo(x: Mention | None) -> bool:
        return x is not None and x.kind in ("country", "place") and x.country not in (None, "KR")

    for prev, m, nxt in zip([None, *ordered], ordered, [*ordered[1:], None]):
        if m.kind != "org" or not m.entity_id:
            continue
        if foreign_geo(prev) and m.begin - prev.stop <= 2:
            out.add(m.entity_id)
        if foreign_geo(nxt) and nxt.begin - m.stop <= 4 and _BESIDE.fullmatch(text, m.stop, nxt.begin):
            out.add(m.entity_id)
        key = norm_key(m.name or m.text)
        if any(n < len(key) and key[:n] in keys for n in lens):
            out.add(m.entity_id)
    return out


def resolve_self_references(mentions: tuple[Mention, ...], result: dict[int, Mention], text: str) -> None:
    """Link each self-reference in ``result`` (index -> linked mention) to the page's own body."""
    selves = [i for i, m in enumerate(mentions) if m.strategy == SELF]
    if not selves:
        return
    _, heads = _lexicon()
    kb = load_kb()
    foreign = _foreign(result, text)
    orgs = [m for _, m in sorted(result.items()) if m.kind == "org" and m.strategy != SELF and m.entity_id
            and m.entity_id not in foreign and _whole_word(text, m)]
    owners: dict[tuple[str, ...], Mention | None] = {}  # one search per kind of body (proposal of helper S)
    for i in selves:
        ends = heads.get(_noun(mentions[i].text), ())
        if not ends:
            continue
        if ends not in owners:
            owners[ends] = _owner(orgs, ends, kb)
        owner = owners[ends]
        if owner is not None:
            result[i] = replace(mentions[i], entity_id=owner.entity_id, name=owner.name, country="KR")


def _owner(orgs: list[Mention], ends: tuple[str, ...], kb) -> Mention | None:
    """Of the bodies that end in ``ends`` (no foreign one), the most often named (a Korean one the KB knows
    counts twice), then the first."""
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for o in orgs:
        if not ((o.name or o.text).replace(" ", "").endswith(ends) or o.text.replace(" ", "").endswith(ends)):
            continue
        entry = kb.entries.get(o.entity_id or "")
        if entry is not None and entry.country not in (None, "KR"):
            continue
        counts[o.entity_id] += 1 + (entry is not None and entry.country == "KR")
        first.setdefault(o.entity_id, o)
    if not counts:
        return None
    best = max(counts, key=lambda e: (counts[e], -first[e].begin))
    return first[best]
