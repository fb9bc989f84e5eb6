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


def _foreign(result: dict[int, Mention]) -> set[str]:
    """Entities named right after a foreign country or place ("싱가포르 난양공대") or with one at the
    head of their name ("싱가포르 국립대학교"): the partner's bodies."""
    out: set[str] = set()
    ordered = sorted(result.values(), key=lambda m: m.begin)
    heads = [(k, c) for k, c in prefixes() if c != "KR"]
    for prev, m in zip([None, *ordered], ordered):
        if m.kind != "org" or not m.entity_id:
            continue
        if prev is not None and prev.kind in ("country", "place") and prev.country not in (None, "KR") \
                and m.begin - prev.stop <= 2:
            out.add(m.entity_id)
        key = norm_key(m.name or m.text)
        if any(key.startswith(k) and len(key) > len(k) for k, _ in heads):
            out.add(m.entity_id)
    return out


def resolve_self_references(mentions: tuple[Mention, ...], result: dict[int, Mention], text: str) -> None:
    """Link each self-reference in ``result`` (index -> linked mention) to the page's own body."""
    selves = [i for i, m in enumerate(mentions) if m.strategy == SELF]
    if not selves:
        return
    _, heads = _lexicon()
    kb = load_kb()
    foreign = _foreign(result)
    orgs = [m for _, m in sorted(result.items()) if m.kind == "org" and m.strategy != SELF and m.entity_id
            and m.entity_id not in foreign and _whole_word(text, m)]
    for i in selves:
        ends = heads.get(_noun(mentions[i].text), ())
        if not ends:
            continue
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
            continue
        best = max(counts, key=lambda e: (counts[e], -first[e].begin))
        owner = first[best]
        result[i] = replace(mentions[i], entity_id=owner.entity_id, name=owner.name, country="KR")

