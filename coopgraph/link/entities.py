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
from dataclasses import replace

from coopgraph.link.kb import KnowledgeBase, load_kb, norm_key
from coopgraph.records import Entity, Mention

_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&+\-]{1,11})\s*\)")
_KR_PREFIX = re.compile(r"^(한국|대한민국|국립|국가)")
_EMBASSY = re.compile(r"^주.+(대한민국|한국).*(대사관|영사관|대표부)$")
_MISSION = re.compile(r"^주(한국|대한민국|한)?(.*?)(?:대한민국|한국)?(?:대사관|총영사관|영사관|대표부)$")
_PAIR = re.compile(r"^(?:한국|한|대한민국)\s?[-–·‧ㆍ]\s?([가-힣]+)")
_FUZZY_CUTOFF = 92.0


def stable_id(kind: str, name: str) -> str:
    """A new entity's id: kind plus a hash of the normalised name (same name, same id)."""
    return f"{kind}-" + hashlib.sha1(norm_key(name).encode("utf-8")).hexdigest()[:12]


@functools.cache
def _prefixes() -> list[tuple[str, str]]:
    """(normalised country/place name, ISO code), longest first, for prefix splitting."""
    kb = load_kb()
    out = []
    for e in kb.entries.values():
        if e.kind in ("country", "place") and e.country:
            for n in (e.name, *e.aliases, *(s for s in e.short if len(s) >= 2)):
                k = norm_key(n)
                if len(k) >= 2 and re.match(r"[가-힣]", k):
                    out.append((k, e.country))
    return sorted(set(out), key=lambda p: -len(p[0]))


@functools.cache
def _org_keys() -> tuple[list[str], list[str]]:
    kb = load_kb()
    keys, ids = [], []
    for k, v in kb.keys.items():
        if len(v) == 1 and len(k) >= 5 and kb.entries[v[0]].kind == "org":
            keys.append(k)
            ids.append(v[0])
    return keys, ids


def split_prefix(surface: str) -> tuple[str | None, str]:
    """("BY", "통신정보화부") for "벨라루스 통신정보화부"; (None, surface) without a prefix."""
    key = norm_key(surface)
    for p, code in _prefixes():
        if key.startswith(p) and len(key) > len(p) + 1:
            # cut the surface after as many key characters as the prefix has
            n = 0
            for i, ch in enumerate(surface):
                n += len(norm_key(ch))
                if n == len(p):
                    tail = surface[i + 1:]
                    if tail[:1] not in (" ", "-", "·", "‧") and not re.match(r"[시주]\s", tail):
                        return code, surface  # glued prefix ("한국연구재단"): part of the name
                    rest = re.sub(r"^[시주]?[\s\-·‧]+", "", tail)  # "상트페테르부르크시 보건위원회"
                    return code, rest or surface
    return None, surface


def _fuzzy(key: str) -> str | None:
    from rapidfuzz import fuzz, process

    keys, ids = _org_keys()
    if len(key) < 6:
        return None
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return ids[hit[2]] if hit else None


def _embassy_country(surface: str) -> str | None:
    """KR for Korea's missions abroad ("주러시아 대한민국대사관", "주폴란드 대사관"); the sender's
    country for missions in Korea ("주한벨라루스대사관"); None for other names."""
    key = norm_key(surface)
    m = _MISSION.match(key)
    if m is None:
        return None
    if m.group(1) in ("한", "한국", "대한민국"):
        sender = m.group(2)
        for p, code in _prefixes():
            if sender.startswith(p) and code != "KR":
                return code
        return None
    return "KR"


def _kb_org(kb: KnowledgeBase, surface: str, countries: tuple[str, ...]) -> tuple[str | None, str | None]:
    """(KB id or None, prefix country or None) for an organisation surface."""
    mission = _embassy_country(surface)
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


def _new_org_country(surface: str, prefix: str | None) -> str | None:
    mission = _embassy_country(surface)
    if mission:
        return mission
    branch = _branch_country(surface)
    if branch:
        return branch
    if prefix:
        return prefix
    pair = _pair_country(surface)
    if pair:
        return pair
    if _EMBASSY.match(norm_key(surface)) or _KR_PREFIX.match(surface):
        return "KR"
    return None


def _branch_country(surface: str) -> str | None:
    """ "충남대 알마티 사무소", "KOTRA 하노이 무역관": an office is in the place its name gives."""
    kb = load_kb()
    words = surface.split()
    if len(words) < 3 or not words[-1].endswith(tuple(kb.lexicon.get("branch_heads", []))):
        return None
    for w in reversed(words[1:-1]):
        eid = kb.resolve(w)
        if eid and kb.entries[eid].kind in ("place", "country"):
            return kb.entries[eid].country
    return None


def _pair_country(surface: str) -> str | None:
    """The partner of a joint body named "한-러 ...", "한국·우즈벡 ...": usually sited there."""
    m = _PAIR.match(surface)
    kb = load_kb()
    if m is None or surface.endswith(tuple(kb.lexicon.get("pair_meeting_heads", []))):
        return None  # "한-몽골 공동위원회" meets in turn in both countries
    word = m.group(1)
    for p, code in _prefixes():
        if word.startswith(p) and code != "KR":
            return code
    sid = kb.short.get(word)
    return kb.entries[sid].country if sid and kb.entries[sid].country != "KR" else None


def _country_spellings(surface: str) -> list[str]:
    """The name with a short or variant country prefix written out in full, as other texts write it.

    "우즈벡 에너지부" -> ["우즈베키스탄 에너지부"], "한-인니 디지털협력센터" -> ["한-인도네시아 디지털협력센터"].
    """
    kb = load_kb()
    out = []
    m = _PAIR.match(surface)
    lead = surface[: m.start(1)] if m else ""
    body = surface[len(lead):]
    for p, code in _prefixes():
        if not norm_key(body).startswith(p):
            continue
        full = kb.country_by_code.get(code)
        word = re.match(r"[가-힣]+", body)
        if full is None or word is None or word.group() == full.name or norm_key(word.group()) != p:
            break
        out.append(lead + full.name + body[word.end():])
        break
    if not m:
        return out
    word = re.match(r"[가-힣]+", body)
    sid = kb.short.get(word.group()) if word else None
    if sid and kb.entries[sid].kind == "country" and word.group() != kb.entries[sid].name:
        out.append(lead + kb.entries[sid].name + body[word.end():])
    return list(dict.fromkeys(out))


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
    for idx, m in enumerate(mentions):
        lo = max(text.rfind("\n", 0, m.begin), text.rfind(". ", 0, m.begin))
        hi = min([p for p in (text.find("\n", m.stop), text.find(". ", m.stop)) if p >= 0] or [len(text)])
        near = sorted((abs(b - m.begin), c) for b, c in cmentions if lo <= b <= hi)
        seen: dict[str, None] = {}
        for _, c in near:
            seen.setdefault(c, None)
        out[idx] = tuple(seen)
    return out


def _korean_name(name: str, kb: KnowledgeBase) -> bool:
    """Three syllables in one word, a Korean surname first, no syllable foreign to Korean names."""
    return bool(re.fullmatch(r"[가-힣]{3}", name)) and name[0] in set(kb.lexicon.get("kr_surnames", [])) \
        and not set(name[1:]) & set(kb.lexicon.get("foreign_name_syllables", []))


def _country_before(m: Mention, result: dict[int, Mention], text: str, kb: KnowledgeBase) -> str | None:
    """The country written right before a person's name, with at most titles between."""
    titles = set(kb.lexicon.get("titles", []))
    for o in result.values():
        if o.kind != "country" or not o.country or o.stop > m.begin or m.begin - o.stop > 12:
            continue
        gap = text[o.stop:m.begin].split()
        if text[o.stop:m.begin].strip() == "" or all(w in titles for w in gap):
            return o.country
    return None


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
        elif m.kind == "org" and m.country and (split_prefix(m.text)[0] or _pair_country(m.text)):
            geo.append((m.begin, m.country))
    for pos, i in enumerate(order):
        m = result[i]
        ent = entities.get(m.entity_id or "")
        if m.kind != "org" or m.country or ent is None or ent.id in kb.entries or m.text.endswith(heads):
            continue
        country = None
        prev = next((result[j] for j in reversed(order[:pos]) if result[j].kind == "org"
                     and result[j].stop <= m.begin), None)
        if prev is not None and prev.country and _PARENT_GAP.match(text[prev.stop:m.begin]):
            country = prev.country
        if country is None:
            for j in order:
                o = result[j]
                if o.kind == "org" and o.country and o is not m and m.text.startswith(o.text + " "):
                    country = o.country
                    break
        if country is None:
            lo = max(text.rfind("\n", 0, m.begin), text.rfind(". ", 0, m.begin))
            near = [c for b, c in geo if lo < b < m.begin]
            country = near[-1] if near else None
        if country:
            entities[ent.id] = replace(ent, country=country)
            for j, o in result.items():
                if o.entity_id == ent.id:
                    result[j] = replace(o, country=country)


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
    for p in kb.lexicon.get("coref_generic_prefixes", []):
        if surface.startswith(p) and len(surface) > len(p) and re.match(r"[가-힣]", surface[len(p)]):
            out.append(surface[len(p):])
            break
    generic = {norm_key(w) for w in (*kb.lexicon.get("bare_heads", []), *kb.lexicon.get("org_heads", []))}
    open_heads = tuple(kb.lexicon.get("coref_open_heads", []))
    return [t for t in out if len(norm_key(t)) >= 3 and norm_key(t) not in generic and not t.endswith(open_heads)]


def _tail_coreference(result: dict[int, Mention], entities: dict[str, Entity], extra: dict[str, dict[str, None]],
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
                for t in _tails(m.text, kb):
                    owners.setdefault(norm_key(t), set()).add(m.entity_id)
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
    new_by_key: dict[str, str] = {}  # normalised name -> new entity id (for fuzzy merging)

    def add(eid: str, ent: Entity, *aliases: str) -> None:
        entities.setdefault(eid, ent)
        bag = extra.setdefault(eid, {})
        for a in aliases:
            if a and norm_key(a) != norm_key(entities[eid].name):
                bag.setdefault(a, None)

    # pass 1: organisations (acronym definitions need them first)
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].kind != "org" or mentions[i].strategy == "acronym",
                                                         mentions[i].kind == "person", mentions[i].begin))
    result: dict[int, Mention] = {}
    for i in order:
        m = mentions[i]
        countries = ctx.get(i, ())
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
            acr = _ACRONYM_AFTER.match(text, m.stop)
            if eid is None and acr and m.strategy != "acronym":
                aid = kb.resolve(acr.group(1))
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
                if eid is None:
                    for k2, id2 in new_by_key.items():
                        from rapidfuzz import fuzz

                        if len(key) >= 6 and fuzz.ratio(key, k2) >= _FUZZY_CUTOFF:
                            eid = id2
                            break
                if eid is None:
                    eid = stable_id("org", name)
                    new_by_key[key] = eid
                    add(eid, Entity(eid, name, "org", _new_org_country(name, prefix)), *_country_spellings(name))
                else:
                    add(eid, entities[eid], m.text)
                name, country = entities[eid].name, entities[eid].country
            if acr and m.strategy != "acronym":
                doc_alias[norm_key(acr.group(1))] = eid
                add(eid, entities[eid], acr.group(1))
            result[i] = replace(m, entity_id=eid, name=name, country=country)
            continue
        # persons
        result[i] = m
    _tail_coreference(result, entities, extra, kb)
    _context_countries(mentions, result, entities, text, kb)
    doc_foreign = {c for cs in ctx.values() for c in cs if c != "KR"}
    # pass 2: persons, with their organisation and country
    for i, m in enumerate(mentions):
        if m.kind != "person":
            continue
        aff_id = aff_country = None
        if m.affiliation:
            for o in result.values():
                if o.kind == "org" and o.text == m.affiliation and m.stop <= o.begin <= m.stop + 3:
                    aff_id, aff_country = o.entity_id, o.country
                    break
        country = aff_country
        if country is None:
            country = _country_before(m, result, text, kb)  # "인도네시아 대통령 조코위", "일본 기시다 총리"
        if country is None:  # "기시다 일본 총리"; not across a particle ("조코위는 말레이시아 ...")
            after = [o for o in result.values() if o.kind == "country" and m.stop < o.begin <= m.stop + 2
                     and not text[m.stop:o.begin].strip()]
            if after:
                country = after[0].country
        if country is None and _korean_name(m.text, kb):
            country = "KR"
        if country is None:
            foreign = [c for c in ctx.get(i, ()) if c != "KR"]
            country = foreign[0] if foreign else None
        if country is None and len(doc_foreign) == 1:
            country = next(iter(doc_foreign))  # a foreign-looking name in a text about one partner country
        eid = stable_id("person", m.text)
        add(eid, Entity(eid, m.text, "person", country))
        result[i] = replace(m, entity_id=eid, name=m.text, country=entities[eid].country, affiliation=aff_id)
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


_COORD = re.compile(r"^(?:\s*\([^)]*\))?\s*(?:와|과|및|그리고|,|、|·|ㆍ|-)\s*(?:함께\s*)?$")
_PLURAL = re.compile(r"(?:양|두|쌍방|양쪽)\s?(국|측|나라|정부|기관|대학교|대학|학교|도시|시|지역|기업|회사|사|병원|연구소|연구원|단체|협회|부처)")
_PLURAL_KINDS = {"국": "country", "나라": "country", "정부": "country"}
_PLURAL_HEADS = {"대학교": ("대학교", "대학", "대", "University"), "대학": ("대학교", "대학", "대", "University"),
                 "학교": ("학교", "대학교", "대학", "대"), "병원": ("병원", "의료원", "센터"),
                 "연구소": ("연구소", "연구원", "연구센터"), "연구원": ("연구원", "연구소", "연구센터")}


def resolve_plural_anaphor(mentions: tuple[Mention, ...], position: int, text: str | None = None,
                           anaphor: str | None = None) -> tuple[Mention, ...]:
    """The two bodies a plural anaphor ("양 대학은", "양 기관은", "양국은", "양측은") refers to.

    Args:
        mentions: linked mentions of the document (from :func:`link_mentions`), any order.
        position: offset of the anaphor in ``text``; only mentions that end before it count.
        text: the document text; limits the search to the anaphor's sentence and the two before,
            and gives the anaphor itself when ``anaphor`` is None.
        anaphor: the anaphor as written ("양 대학", "양국"); decides what is looked for:
            countries for 양국/두 나라/양 정부, bodies with a matching head for 양 대학/양 병원,
            organisations otherwise.
    Returns:
        The two mentions in text order (the last coordinated pair "A와 B" before the
        anaphor when there is one, else the two nearest distinct entities), or () when
        fewer than two fit.
    """
    if anaphor is None and text is not None:
        m = _PLURAL.match(text, position)
        anaphor = m.group() if m else None
    noun = None
    if anaphor:
        m = _PLURAL.search(anaphor)
        noun = m.group(1) if m else None
    want = _PLURAL_KINDS.get(noun or "", "org")
    heads = _PLURAL_HEADS.get(noun or "")
    lo = 0
    if text is not None:
        lo = position
        for _ in range(3):  # the anaphor's sentence and the two before it
            if lo <= 0:
                break
            lo = max(text.rfind("\n", 0, lo), text.rfind(". ", 0, lo), text.rfind("다.", 0, lo))
        lo = max(lo, 0)

    def fits(m: Mention) -> bool:
        if m.stop > position or m.begin < lo:
            return False
        if want == "country":
            return m.kind == "country" or (m.kind == "org" and bool(m.country))
        if m.kind != "org":
            return False
        name = (m.name or m.text).rstrip()
        return heads is None or name.endswith(heads) or m.text.endswith(heads)

    cands = sorted((m for m in mentions if fits(m)), key=lambda m: m.begin)
    if want == "country":
        # one mention per country: organisations stand for their country
        seen: dict[str, Mention] = {}
        for m in cands:
            key = m.country if m.kind == "org" else (m.country or m.entity_id or m.text)
            seen.pop(key, None)
            seen[key] = m
        cands = sorted(seen.values(), key=lambda m: m.begin)
    else:
        latest: dict[str, Mention] = {}
        for m in cands:
            key = m.entity_id or norm_key(m.text)
            if key in latest and (m.strategy == "acronym" or re.fullmatch(r"\s*\(\s*", text[latest[key].stop:m.begin]
                                                                             if text else "")):
                continue  # "...연구원(KRIBB)": the name stands for the body, not its bracketed acronym
            latest.pop(key, None)
            latest[key] = m
        cands = sorted(latest.values(), key=lambda m: m.begin)
    if len(cands) < 2:
        return ()
    if text is not None:
        for a, b in reversed(list(zip(cands, cands[1:]))):
            if _COORD.match(text[a.stop:b.begin]):
                return (a, b)
    return tuple(cands[-2:])
