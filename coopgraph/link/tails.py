"""Tail coreference: a short name of a body ("혁신개발부는", "보건산업진흥원은", "파라과이 사무소") is the
body named in full elsewhere in the text ("우즈베키스탄 혁신개발부", "한국보건산업진흥원",
"코이카 파라과이 사무소"). Split from :mod:`coopgraph.link.entities`."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from coopgraph.link.countries import split_prefix
from coopgraph.link.kb import KnowledgeBase, load_kb, norm_key
from coopgraph.records import Entity, Mention


def _tails(surface: str, kb: KnowledgeBase) -> list[str]:
    """Shorter names the text may use for the body ``surface`` names.

    "벨라루스 민스크 응용과학센터" -> ["민스크 응용과학센터", "응용과학센터"] (country or city
    prefixes split off), "카자흐스탄 누쿠스시 정부" -> [..., "누쿠스시"] (the city for its
    government), "한국보건산업진흥원" -> ["보건산업진흥원"] (a generic glued prefix dropped).
    Generic heads ("대학교", "센터") and delegations are never a tail.
    """
    out = []
    rest = surface
    for _ in range(3):
        prefix, shorter = split_prefix(rest)
        if prefix is None or shorter == rest:
            break
        rest = shorter
        out.append(rest)
        city_gov = re.match(r"^(.+시)\s?정부$", rest)
        if city_gov:
            out.append(city_gov.group(1))
    units = tuple(kb.lexicon.get("subunit_heads", []))
    for name in (surface, *out):
        words = name.split()
        if units and len(words) >= 2 and words[-1].endswith(units):
            out.append(" ".join(words[1:]))  # "코이카 파라과이 사무소" -> "파라과이 사무소": the unit of the body
            break
    for p in kb.lexicon.get("coref_generic_prefixes", []):
        if surface.startswith(p) and len(surface) > len(p) and re.match(r"[가-힣]", surface[len(p)]):
            out.append(surface[len(p):])
            break
    generic, open_heads = _tail_words()
    return [t for t in out if len(norm_key(t)) >= 3 and norm_key(t) not in generic and not t.endswith(open_heads)]


@functools.cache
def _tail_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(normalised generic heads, open heads) that no tail may be or end in."""
    lex = load_kb().lexicon
    generic = frozenset(norm_key(w) for w in (*lex.get("bare_heads", []), *lex.get("org_heads", [])))
    return generic, tuple(lex.get("coref_open_heads", []))


@functools.lru_cache(maxsize=65536)
def _tail_keys(surface: str) -> tuple[str, ...]:
    """The normalised keys of :func:`_tails` (the knowledge base is fixed per process)."""
    tails = _tails(surface, load_kb())
    keys = [norm_key(t) for t in tails]
    for t in (surface, *tails):  # "두이탄대학교" is "두이탄대" for short, "부다페스트공과대학" "부다페스트공대"
        for full, short in _SHORT_HEADS:
            stem = norm_key(t)[: -len(full)] if norm_key(t).endswith(full) else ""
            if len(stem) >= 2 and not stem.endswith(("국립", "시립", "도립")):
                keys.append(stem + short)
                acronym = _LATIN_LEAD.match(stem)
                if acronym and acronym.end() < len(stem):
                    keys.append(acronym.group() + short)  # "SRM과학기술대학교" is "SRM대" for short
                break
    return tuple(dict.fromkeys(keys))


_LATIN_LEAD = re.compile(r"[a-z]{2,6}(?=[가-힣])")  # norm_key folds case
# the long head of a body's name and the short form written for it in the same text
_SHORT_HEADS = (("여자대학교", "여대"), ("공과대학교", "공대"), ("공과대학", "공대"), ("대학교", "대"), ("대학", "대"))


def tail_coreference(result: dict[int, Mention], entities: dict[str, Entity], extra: dict[str, dict[str, None]],
                      kb: KnowledgeBase) -> None:
    """Link a short organisation name to the longer one it is the tail of, anywhere in the document.

    "우즈베키스탄 혁신개발부 ... 혁신개발부는", "몽골 과학아카데미 ... 과학아카데미는",
    "한국보건산업진흥원 ... 보건산업진흥원은": the short name's new entity is merged into
    the long one's (id, name, country). Left alone: a short name the knowledge base knows
    by itself ("벨라루스 산업부 ... 산업부는": Korea's 산업부, settled by the KB and its
    country rules) and a tail shared by long names of different bodies
    ("우즈베키스탄 혁신개발부", "카자흐스탄 혁신개발부" ... "혁신개발부는").
    """
    for _ in range(3):  # nested prefixes: "벨라루스 민스크 X" <- "민스크 X" <- "X"
        owners: dict[str, set[str]] = {}
        for m in result.values():
            if m.kind == "org" and m.entity_id:
                for key in _tail_keys(m.text):
                    owners.setdefault(key, set()).add(m.entity_id)
        merges: dict[str, str] = {}
        for m in result.values():
            if m.kind != "org" or not m.entity_id or m.entity_id in kb.entries or m.entity_id in merges:
                continue
            ids = owners.get(norm_key(m.text), set())
            if len(ids) == 1 and m.entity_id not in ids:
                merges[m.entity_id] = next(iter(ids))
        # never merge both ways at once (a body and its own tail)
        merges = {old: new for old, new in merges.items() if new not in merges}
        if not merges:
            return
        for j, o in list(result.items()):
            new = merges.get(o.entity_id or "")
            if new is None:
                continue
            ent = entities[new]
            result[j] = replace(o, entity_id=new, name=ent.name, country=ent.country)
            bag = extra.setdefault(new, {})
            for a in (o.text, *extra.get(o.entity_id or "", {})):
                if norm_key(a) != norm_key(ent.name):
                    bag.setdefault(a, None)
        for old in merges:
            entities.pop(old, None)
            extra.pop(old, None)
