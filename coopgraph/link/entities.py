"""Linking mentions to canonical entities.

For each mention, in order:

1. the knowledge base, by normalised key (spaces, punctuation and case
   ignored); shared aliases are settled by the country written before the
   name, then by countries named in the same sentence (``disambiguation.yaml``);
2. a country or city prefix is split off ("벨라루스 통신정보화부" -> BY +
   "통신정보화부") and the rest looked up; a known body of another country
   does not match (then the full surface names a new entity of the prefix's country);
3. bracketed acronyms define aliases for the document ("...연구원(KISTI)"):
   later "KISTI" links to the same entity, and an unknown long form whose
   acronym the KB knows links to that KB entity;
4. fuzzy matching (rapidfuzz) against KB names absorbs spacing and scrape damage;
5. anything else becomes a new entity whose id is a hash of its normalised
   name, so spacing variants of one name share an id across documents.

Government bodies keep one id across renames; :func:`coopgraph.link.kb.name_at`
gives the name valid at a date.
"""

from __future__ import annotations

import functools
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from coopgraph.link.anaphora import resolve_plural_anaphor
from coopgraph.link.countries import (
    country_spellings,
    embassy_country,
    korean_name,
    new_org_country,
    pair_country,
    split_prefix,
)
from coopgraph.link.kb import KnowledgeBase, load_kb, norm_key
from coopgraph.link.owner import SELF, resolve_self_references
from coopgraph.link.tails import _tail_words, tail_coreference
from coopgraph.records import Entity, Mention

__all__ = ["link_mentions", "resolve_plural_anaphor", "split_prefix", "stable_id"]

_ACRONYM_AFTER = re.compile(r"\s*(?:\(\s*([A-Z][A-Za-z0-9&+\-]{1,11})\s*\)|\(\s*([A-Z][A-Z0-9&+\-]{1,11})\s*,\s*[A-Z][A-Za-z.,'&\- ]{3,100}\)"
                            r"|\(\s*[A-Z][A-Za-z.'&\- ]{3,100},\s*([A-Z][A-Z0-9&+\-]{1,11})\s*\))")  # as recognise/entities
_LATIN_NAME_AFTER = re.compile(r"\s?\(\s*([A-Z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){1,5})\s*\)")
_FUZZY_CUTOFF = 92.0


def _fuller_names(names: list[str]) -> dict[str, str]:
    """A person's short name -> the one longer name of the page holding it as whole words ('빈 살만', '케냐타' in
    '무함마드 빈 살만 빈 압둘아지즈 알 사우드', '우후루 케냐타'); none when two longer names hold it."""
    longer = [n.split() for n in dict.fromkeys(names) if len(n.split()) >= 2]
    out: dict[str, str] = {}
    for short in dict.fromkeys(names):
        words = short.split()
        if len(short.replace(" ", "")) < 2:
            continue
        hits = {" ".join(w) for w in longer if len(w) > len(words)
                and any(w[k:k + len(words)] == words for k in range(len(w) - len(words) + 1))}
        if len(hits) == 1:
            out[short] = hits.pop()
    return out


def _acronym_after(text: str, at: int) -> str | None:
    """The acronym bracketed right after offset ``at``, alone or beside the English name."""
    m = _ACRONYM_AFTER.match(text, at)
    return next((g for g in m.groups() if g), None) if m else None


def stable_id(kind: str, name: str) -> str:
    """A new entity's id: kind plus a hash of the normalised name (same name, same id)."""
    return f"{kind}-" + hashlib.sha1(norm_key(name).encode("utf-8")).hexdigest()[:12]


@functools.cache
def _org_keys() -> tuple[list[str], list[str]]:
    kb = load_kb()
    keys, ids = [], []
    for k, v in kb.keys.items():
        if len(v) == 1 and len(k) >= 5 and kb.entries[v[0]].kind == "org":
            keys.append(k)
            ids.append(v[0])
    return keys, ids


@functools.lru_cache(maxsize=65536)
def _fuzzy(key: str) -> str | None:
    from rapidfuzz import fuzz, process

    keys, ids = _org_keys()
    if len(key) < 6:
        return None
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return ids[hit[2]] if hit else None


def _kb_org(kb: KnowledgeBase, surface: str, countries: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(KB id or None, prefix country or None) for an organisation surface."""
    mission = embassy_country(surface)
    if mission:
        eid = kb.resolve(surface)
        return (eid if eid and kb.entries[eid].country == mission else None), mission
    prefix, rest = split_prefix(surface)
    order = tuple(c for c in (prefix, *countries) if c)
    eid = kb.resolve(surface, order)
    if eid:
        return eid, prefix
    city_gov = re.match(r"^(.+시)\s?정부$", rest)
    if city_gov:  # "(카자흐스탄) 알마티시 정부": the city acting as a body
        eid, _ = _kb_org(kb, city_gov.group(1), countries)
        if eid and (prefix is None or kb.entries[eid].country in (prefix, None)):
            return eid, prefix
    hall = re.match(r"^(.+(?:시|도|군|구))청$", rest)
    if hall and len(hall.group(1)) >= 3:  # "포항시청을 방문해": the city's hall stands for its government
        eid = kb.resolve(hall.group(1))
        if eid and kb.entries[eid].kind == "place" and (prefix is None or kb.entries[eid].country in (prefix, None)):
            return eid, prefix
    if surface.endswith("시") and len(surface) > 3:
        eid = kb.resolve(surface[:-1])  # "울란바토르시": the city acting as a body
        if eid and kb.entries[eid].kind == "place":
            return eid, prefix
    if rest != surface:
        eid = kb.resolve(rest, order)
        if eid and (prefix is None or kb.entries[eid].country in (prefix, None)):
            return eid, prefix
        if eid:
            return None, prefix  # "벨라루스 산업부": a body of Belarus, not Korea's 산업부
    eid = _fuzzy(norm_key(surface)) or (_fuzzy(norm_key(rest)) if rest != surface else None)
    if eid and (prefix is None or kb.entries[eid].country in (prefix, None)):
        return eid, prefix
    return None, prefix


def _generic_ministry(surface: str, eid: str | None, kb: KnowledgeBase) -> bool:
    """A short ministry word ("외교부", "산업부") that names a Korean ministry in the knowledge base, though any
    country's ministry is written so."""
    return bool(eid) and eid in kb.entries and len(surface) <= 4 and surface.endswith(("부", "처", "청")) \
        and not surface.startswith(("한국", "대한", "국립"))


def _foreign_name(name: str, kb: KnowledgeBase) -> bool:
    """A person's name in several words, or one word too long for a Korean name ("마하티르")."""
    return " " in name.strip() or (len(name) >= 4 and not korean_name(name, kb))


def _sentence_start(text: str, pos: int) -> int:
    """The last line break or ". " before ``pos`` (-1 when none): searched back to the line start only."""
    nl = text.rfind("\n", 0, pos)
    return max(nl, text.rfind(". ", max(nl, 0), pos))


def _sentence_end(text: str, pos: int) -> int:
    """The first line break or ". " from ``pos`` on (``len(text)`` when none): searched to the line end only."""
    nl = text.find("\n", pos)
    end = nl if nl >= 0 else len(text)
    dot = text.find(". ", pos, end)
    return dot if dot >= 0 else end


def _sentence_countries(mentions: tuple[Mention, ...], text: str, kb: KnowledgeBase) -> dict[int, tuple[str, ...]]:
    """For each mention index, the countries named in its sentence (nearest first)."""
    out: dict[int, tuple[str, ...]] = {}
    cmentions = []
    for m in mentions:
        if m.kind in ("country", "place"):
            eid = kb.resolve(m.text)
            if eid is None and m.kind == "country":
                sid = kb.short.get(m.text)
                eid = sid
            c = kb.entries[eid].country if eid else None
            if c:
                cmentions.append((m.begin, c))
        elif m.kind == "org":
            prefix, _ = split_prefix(m.text)
            if prefix:
                cmentions.append((m.begin, prefix))
    cmentions.sort()
    begins = [b for b, _ in cmentions]
    for idx, m in enumerate(mentions):
        lo, hi = _sentence_start(text, m.begin), _sentence_end(text, m.stop)
        window = cmentions[bisect_left(begins, lo):bisect_right(begins, hi)]
        near = sorted((abs(b - m.begin), c) for b, c in window)
        seen: dict[str, None] = {}
        for _, c in near:
            seen.setdefault(c, None)
        out[idx] = tuple(seen)
    return out



class _Countries:
    """Country mentions of the linked result, indexed by where they start and stop.

    ``pos`` is a mention's place in the result's order: among several that fit, the
    first in that order wins (as a scan of the result would find it).
    """

    def __init__(self, result: dict[int, Mention]):
        rows = [(o.stop, o.begin, pos, o) for pos, o in enumerate(result.values()) if o.kind == "country"]
        self.by_stop = sorted(rows, key=lambda r: r[0])
        self.stops = [r[0] for r in self.by_stop]
        self.by_begin = sorted(rows, key=lambda r: r[1])
        self.begins = [r[1] for r in self.by_begin]

    def ending_in(self, lo: int, hi: int) -> list[tuple[int, Mention]]:
        """(pos, mention) of the countries with ``lo <= stop <= hi``, in result order."""
        rows = self.by_stop[bisect_left(self.stops, lo):bisect_right(self.stops, hi)]
        return sorted((r[2], r[3]) for r in rows)

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, Mention]]:
        """(pos, mention) of the countries with ``lo <= begin <= hi``, in result order."""
        rows = self.by_begin[bisect_left(self.begins, lo):bisect_right(self.begins, hi)]
        return sorted((r[2], r[3]) for r in rows)


def _country_before(m: Mention, countries: _Countries, text: str, kb: KnowledgeBase) -> str | None:
    """The country written right before a person's name, with at most titles between."""
    titles = _titles()
    for _, o in countries.ending_in(m.begin - 12, m.begin):
        if not o.country:
            continue
        gap = text[o.stop:m.begin].split()
        if text[o.stop:m.begin].strip() == "" or all(w in titles for w in gap):
            return o.country
    return None


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(load_kb().lexicon.get("titles", []))


_PARENT_GAP = re.compile(r"^\s*(?:의\s*)?(?:산하|소속|부속|직속)(?:의)?\s*$")


def _context_countries(mentions, result: dict[int, Mention], entities: dict[str, Entity], text: str,
                       kb: KnowledgeBase) -> None:
    """Give a country to new organisations named without one, from their context.

    In order: the body they belong to ("아제르바이잔 보건부 산하 의료관광청"), the
    body their name starts with ("PUPR 수자원총국"), the nearest country or place
    named before them in the same sentence ("상트페테르부르크시 보건위원회와
    클러스터청"). Delegations are left alone: whose they are is a matter of the clause.
    """
    heads = ("대표단", "사절단", "방문단", "파견단", "조사단", "자문단")
    order = sorted(result, key=lambda i: mentions[i].begin)
    geo: list[tuple[int, str]] = []  # (begin, country) of geography written out
    for i in order:
        m = result[i]
        if m.kind in ("country", "place") and m.country:
            geo.append((m.begin, m.country))
        elif m.kind == "org" and m.country and (split_prefix(m.text)[0] or pair_country(m.text)):
            geo.append((m.begin, m.country))
    geo_begins = [b for b, _ in geo]
    orgs_by_text: dict[str, list[tuple[int, int]]] = {}  # org surface -> (place in order, result key)
    by_entity: dict[str, list[int]] = {}
    for pos, i in enumerate(order):
        o = result[i]
        if o.kind == "org":
            orgs_by_text.setdefault(o.text, []).append((pos, i))
        by_entity.setdefault(o.entity_id or "", []).append(i)
    for pos, i in enumerate(order):
        m = result[i]
        ent = entities.get(m.entity_id or "")
        if m.kind != "org" or m.country or ent is None or ent.id in kb.entries or m.text.endswith(heads):
            continue
        country = None
        prev = None
        for jj in range(pos - 1, -1, -1):  # the nearest organisation before
            o = result[order[jj]]
            if o.kind == "org" and o.stop <= m.begin:
                prev = o
                break
        if prev is not None and prev.country and _PARENT_GAP.match(text[prev.stop:m.begin]):
            country = prev.country
        if country is None:
            # the first body (in text order) whose name, then a space, starts this one
            best = None
            for k, ch in enumerate(m.text):
                if ch != " ":
                    continue
                for opos, j in orgs_by_text.get(m.text[:k], ()):
                    o = result[j]
                    if o.country and o is not m:
                        if best is None or opos < best[0]:
                            best = (opos, o.country)
                        break
            country = best[1] if best else None
        if country is None:
            lo = _sentence_start(text, m.begin)
            last = bisect_left(geo_begins, m.begin) - 1
            country = geo[last][1] if last >= 0 and geo_begins[last] > lo else None
        if country:
            entities[ent.id] = replace(ent, country=country)
            for j in by_entity.get(ent.id, ()):
                result[j] = replace(result[j], country=country)


_REGION_WORDS = frozenset({"남부", "북부", "동부", "서부", "중부", "남동부", "남서부", "북동부", "북서부", "중남부",
                           "중북부", "소재", "지역", "현지", "수도"})


def _full_forms(name: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """'가나여대' -> ('가나여자대학교', '가나여자대학'), '다라대' -> ('다라대학교',): the full forms of a new body's
    short name (KB lexicon ``short_form_endings``), for the texts that write it out."""
    word = name.split()[-1] if name.split() else ""
    out: list[str] = []
    short_len = 0
    for pair in kb.lexicon.get("short_form_endings", []):
        short, full = pair.split()
        if word.endswith(short) and len(word) - len(short) >= 2 and len(short) >= short_len:
            if len(short) > short_len:
                out, short_len = [], len(short)
            out.append(name[: len(name) - len(short)] + full)
    return tuple(out)


def _short_names(mentions, kb: KnowledgeBase) -> set[int]:
    """The indices of the organisation mentions that are the short name of another one of the page ('다라대' and
    '다라대학교', '가나공대' and '이집트 가나공과대학교')."""
    orgs = [(i, m) for i, m in enumerate(mentions) if m.kind == "org"]
    keys = {norm_key(n) for _, m in orgs for n in (m.text, *_bare_name(m.text, kb))}
    return {i for i, m in orgs if any(norm_key(f) in keys for f in _full_forms(m.text, kb))}


def _bare_name(name: str, kb: KnowledgeBase) -> tuple[str, ...]:
    """The body's own name without where it is: "이집트 남부 가나대학교" -> "가나대학교", "캐나다 다라 주 소재
    마바 칼리지" -> "마바 칼리지", "다라의 마바 칼리지" -> "마바 칼리지" (countries, places, region words,
    a place in the genitive). Empty when nothing is cut or too little is left."""
    words = name.split()
    k = 0
    while k < len(words) - 1:
        w = words[k]
        stem = w[:-1] if w.endswith("의") else w
        eid = kb.resolve(stem)
        if k + 2 < len(words) and words[k + 1] == "주" and re.fullmatch(r"[가-힣]{2,8}", w):
            k += 2  # "온타리오 주": a province
            continue
        if w in _REGION_WORDS or (eid and kb.entries[eid].kind in ("place", "country")) \
                or (k + 1 < len(words) and words[k + 1] == "소재" and re.fullmatch(r"[가-힣]{2,8}", w)):
            k += 1
            continue
        break
    rest = " ".join(words[k:])
    generic, _open = _tail_words()
    return (rest,) if k and len(norm_key(rest)) >= 3 and norm_key(rest) not in generic else ()


class _FuzzyIndex:
    """Normalised names (six characters or more) for "the first name at least 92 % like this one".

    rapidfuzz's ratio is the normalised Indel similarity: ratio >= 92 allows at most
    0.08 * (len(a) + len(b)) insertions and deletions, so a stored name can only match a
    query of at most 1.08 / 0.92 times its length, with at most ~0.174 * len edits (one
    more is allowed for rounding). Each stored name is cut into one piece more than that:
    an edit breaks at most one piece, so every match keeps some piece whole, and a query
    only has to be compared with the names that have a piece inside it. The answer is the
    first such name in insertion order, as a scan of all names would give.
    """

    def __init__(self):
        self.keys: list[tuple[str, str]] = []  # (key, entity id), in insertion order
        self.pieces: dict[str, list[int]] = {}
        self.lengths: set[int] = set()

    def add(self, key: str, eid: str) -> None:
        if len(key) < 6:
            return  # too short to be 92 % like a name of six characters or more
        n = len(self.keys)
        self.keys.append((key, eid))
        parts = int(0.174 * len(key)) + 2
        size, extra = divmod(len(key), parts)
        pos = 0
        for p in range(parts):
            step = size + (1 if p < extra else 0)
            piece = key[pos:pos + step]
            pos += step
            bucket = self.pieces.setdefault(piece, [])
            if not bucket or bucket[-1] != n:
                bucket.append(n)
            self.lengths.add(len(piece))

    def first(self, key: str) -> str | None:
        from rapidfuzz import fuzz

        cands: set[int] = set()
        for size in self.lengths:
            for b in range(len(key) - size + 1):
                cands.update(self.pieces.get(key[b:b + size], ()))
        for n in sorted(cands):
            k2, eid = self.keys[n]
            if fuzz.ratio(key, k2) >= _FUZZY_CUTOFF:
                return eid
        return None


def link_mentions(mentions: tuple[Mention, ...], text: str) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """Resolve every mention to an entity.

    Args:
        mentions: from :func:`coopgraph.recognise.entities.find_mentions`.
        text: the text the offsets point into.
    Returns:
        The mentions with ``entity_id``, ``name`` and ``country`` set (a
        person's ``affiliation`` becomes its organisation's entity id), and the
        document's entities in order of first mention, with their aliases
        (knowledge-base aliases, bracketed acronyms, spellings seen in the text).
    """
    kb = load_kb()
    ctx = _sentence_countries(mentions, text, kb)
    entities: dict[str, Entity] = {}
    extra: dict[str, dict[str, None]] = {}
    doc_alias: dict[str, str] = {}  # normalised acronym -> entity id
    new_by_key: dict[str, str] = {}  # normalised name -> new entity id
    new_fuzzy = _FuzzyIndex()  # the same names, for fuzzy merging

    def add(eid: str, ent: Entity, *aliases: str) -> None:
        entities.setdefault(eid, ent)
        bag = extra.setdefault(eid, {})
        for a in aliases:
            if a and norm_key(a) != norm_key(entities[eid].name):
                bag.setdefault(a, None)

    # pass 1: organisations (acronym definitions need them first)
    shorts = _short_names(mentions, kb)  # '다라대' before '다라대학교': the full name is linked first, and names the body
    owners: dict[str, set[str]] = {}  # a name without its place -> the names of the page that give it
    for m in mentions:
        if m.kind == "org":
            for other in _bare_name(m.text, kb):
                owners.setdefault(norm_key(other), set()).add(norm_key(m.text))
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].kind != "org" or mentions[i].strategy == "acronym",
                                                         i in shorts, mentions[i].kind == "person", mentions[i].begin))
    result: dict[int, Mention] = {}
    for i in order:
        m = mentions[i]
        countries = ctx.get(i, ())
        if m.strategy == SELF:
            result[i] = m  # linked to the page's own body below
            continue
        if m.kind in ("country", "place"):
            eid = kb.resolve(m.text, countries)
            if eid is None and m.kind == "country" and m.text in kb.short:
                eid = kb.short[m.text]
            if eid:
                e = kb.entries[eid]
                add(eid, e.entity(), m.text)
                kind = e.kind if e.kind in ("country", "place") else m.kind  # "CIS 지역": the area, not the body
                result[i] = replace(m, entity_id=eid, name=e.name, country=e.country, kind=kind)
            else:
                eid = stable_id(m.kind, m.text)
                add(eid, Entity(eid, m.text, m.kind, countries[0] if countries else None))
                result[i] = replace(m, entity_id=eid, name=m.text, country=entities[eid].country)
            continue
        if m.kind == "org":
            key = norm_key(m.text)
            eid = doc_alias.get(key)
            prefix = None
            if eid is None:
                eid, prefix = _kb_org(kb, m.text, countries)
            acr = _acronym_after(text, m.stop)
            if eid is None and acr and m.strategy != "acronym":
                aid = kb.resolve(acr)
                if aid and kb.entries[aid].kind == "org" and (prefix is None or kb.entries[aid].country == prefix):
                    eid = aid  # "국가정보사회개발원(NIA)": the KB knows NIA
            if eid is not None and eid in kb.entries:
                e = kb.entries[eid]
                add(eid, e.entity(), m.text)
                name, country = e.name, e.country
            elif eid is not None:  # a document alias to a new entity
                name, country = entities[eid].name, entities[eid].country
                add(eid, entities[eid], m.text)
            else:
                name = " ".join(m.text.split())
                eid = new_by_key.get(key)
                if eid is None and len(key) >= 6:
                    eid = new_fuzzy.first(key)
                if eid is None:
                    eid = stable_id("org", name)
                    new_by_key[key] = eid
                    new_fuzzy.add(key, eid)
                    others = (*_bare_name(name, kb), *_full_forms(name, kb))
                    add(eid, Entity(eid, name, "org", new_org_country(name, prefix)), *country_spellings(name), *others)
                    for other in others:  # '이집트 남부 가나대학교' ... '가나대학교': one body (not a tail two share)
                        if len(owners.get(norm_key(other), ())) <= 1:
                            new_by_key.setdefault(norm_key(other), eid)
                else:
                    add(eid, entities[eid], m.text)
                name, country = entities[eid].name, entities[eid].country
            if acr and m.strategy != "acronym":
                doc_alias[norm_key(acr)] = eid
                add(eid, entities[eid], acr)
            result[i] = replace(m, entity_id=eid, name=name, country=country)
            continue
        # persons
        result[i] = m
    tail_coreference(result, entities, extra, kb)
    _context_countries(mentions, result, entities, text, kb)
    resolve_self_references(mentions, result, text)
    doc_foreign = {c for cs in ctx.values() for c in cs if c != "KR"}
    # pass 2: persons, with their organisation and country; organisations and countries are
    # looked up by surface and offset (the first in the result's order wins)
    countries = _Countries(result)
    orgs_by_text: dict[str, list[tuple[int, Mention]]] = {}
    for j, o in result.items():
        if o.kind == "org":
            orgs_by_text.setdefault(o.text, []).append((j, o))

    def own_country(i: int, m: Mention) -> str | None:
        """The person's country from the words around the name and the sentence (not the affiliation)."""
        country = _country_before(m, countries, text, kb)  # "인도네시아 대통령 조코위", "일본 기시다 총리"
        if country is None:  # "기시다 일본 총리"; not across a particle ("조코위는 말레이시아 ...")
            after = [o for _, o in countries.starting_in(m.stop + 1, m.stop + 2) if not text[m.stop:o.begin].strip()]
            if after:
                country = after[0].country
        if country is None and korean_name(m.text, kb):
            country = "KR"
        if country is None:
            foreign = [c for c in ctx.get(i, ()) if c != "KR"]
            country = foreign[0] if foreign else None
        if country is None and len(doc_foreign) == 1:
            country = next(iter(doc_foreign))  # a foreign-looking name in a text about one partner country
        return country

    fuller = _fuller_names([m.text for m in mentions if m.kind == "person"])
    implied = {title: tuple(ends) for title, *ends in (x.split() for x in kb.lexicon.get("implied_bodies", []))}
    for i, m in enumerate(mentions):
        if m.kind != "person":
            continue
        aff_id = aff_country = None
        if m.affiliation:
            for j, o in orgs_by_text.get(m.affiliation, ()):
                if m.stop <= o.begin <= m.stop + 3:
                    aff_id, aff_country = o.entity_id, o.country
                    if aff_country == "KR" and _generic_ministry(o.text, aff_id, kb) and _foreign_name(m.text, kb):
                        # "부이 타잉 썬 외교부 장관": a foreign minister's ministry is of the minister's country
                        other = own_country(i, m)
                        if other is not None and other != "KR":
                            aff_id = stable_id("org", f"{other} {o.text}")
                            aff_country = other
                            add(aff_id, Entity(aff_id, o.text, "org", other))
                            result[j] = replace(o, entity_id=aff_id, name=o.text, country=other)
                    break
        if aff_id is None and m.title in implied:
            # '윤가나 시장은' on a page about one city of the mayor's country: that city is the body he heads
            own = own_country(i, m)
            bodies = {o.entity_id for o in result.values() if o.kind == "org" and o.entity_id and own is not None
                      and (o.country == own or o.country is None and own == "KR")  # a new Korean body: no country
                      and (o.text.endswith(implied[m.title]) or (o.name or "").endswith(implied[m.title]))}
            if len(bodies) == 1:
                aff_id = bodies.pop()
                aff_country = entities[aff_id].country
        country = aff_country if aff_country is not None else own_country(i, m)
        full = fuller.get(m.text, m.text)  # '빈 살만 왕세자': the person named in full on the page
        eid = stable_id("person", full)
        latin = _LATIN_NAME_AFTER.match(text, m.stop)  # "수르야 밤방 술리스토(Surya Bambang Sulisto)"
        add(eid, Entity(eid, full, "person", country), *((latin.group(1),) if latin else ()), m.text)
        result[i] = replace(m, entity_id=eid, name=full, country=entities[eid].country, affiliation=aff_id)
    out_mentions = tuple(result[i] for i in range(len(mentions)))
    out_entities = []
    for eid, ent in entities.items():
        aliases = dict.fromkeys(ent.aliases)
        for a in extra.get(eid, {}):
            aliases.setdefault(a, None)
        aliases.pop(ent.name, None)
        out_entities.append(replace(ent, aliases=tuple(aliases)))
    first = {m.entity_id: m.begin for m in reversed(out_mentions)}
    out_entities.sort(key=lambda e: first.get(e.id, 0))
    return out_mentions, tuple(out_entities)

