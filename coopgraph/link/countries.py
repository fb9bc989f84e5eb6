"""Countries of organisation names: prefixes, missions, branches, joint bodies.

Pure functions of a name (the knowledge base is fixed per process), cached per
surface so a long document pays for each distinct name once.
"""

from __future__ import annotations

import functools
import re

from coopgraph.link.kb import KnowledgeBase, load_kb, norm_key

_KR_PREFIX = re.compile(r"^(한국|대한민국|국립|국가|해외|재외)")  # 해외건설협회, 재외동포재단: abroad as Korea sees it
_EMBASSY = re.compile(r"^주.+(대한민국|한국).*(대사관|영사관|대표부|문화원|교육원)$")  # 주이집트한국문화원: Korea's body abroad
_MISSION = re.compile(r"^주(한국|대한민국|한)?(.*?)(?:대한민국|한국)?(?:대사관|총영사관|영사관|대표부)$")
_ACRONYM = re.compile(r"[A-Z]{2,5}")  # a country's Latin acronym (UAE, UK); ends before a Latin letter
_PAIR = re.compile(r"^(?:한국|한|대한민국)\s?[-–·‧ㆍ]\s?([가-힣]+)")


@functools.cache
def prefixes() -> list[tuple[str, str]]:
    """(normalised country/place name, ISO code), longest first, for prefix splitting."""
    kb = load_kb()
    out = []
    for e in kb.entries.values():
        if e.kind in ("country", "place") and e.country:
            for n in (e.name, *e.aliases, *(s for s in e.short if len(s) >= 2)):
                k = norm_key(n)
                if len(k) >= 2 and (re.match(r"[가-힣]", k) or _ACRONYM.fullmatch(n)):
                    out.append((k, e.country))  # ... or a Latin acronym ("UAE 왕립병원")
    return sorted(set(out), key=lambda p: -len(p[0]))


@functools.lru_cache(maxsize=65536)
@functools.cache
def _prefixes_by_head() -> dict[str, tuple[tuple[str, str], ...]]:
    """:func:`prefixes` grouped by their first two characters (every prefix has two or more), in the
    same order (longest first): a name is compared only with the prefixes it can start with."""
    out: dict[str, list[tuple[str, str]]] = {}
    for p, code in prefixes():
        out.setdefault(p[:2], []).append((p, code))
    return {k: tuple(v) for k, v in out.items()}


def split_prefix(surface: str) -> tuple[str | None, str]:
    """("BY", "통신정보화부") for "벨라루스 통신정보화부"; (None, surface) without a prefix."""
    key = norm_key(surface)
    for p, code in _prefixes_by_head().get(key[:2], ()):
        if key.startswith(p) and len(key) > len(p) + 1:
            # cut the surface after as many key characters as the prefix has
            n = 0
            for i, ch in enumerate(surface):
                n += len(norm_key(ch))
                if n == len(p):
                    tail = surface[i + 1:]
                    if p.isascii() and re.match(r"[A-Za-z]", tail):
                        break  # "UKRI", "USAID": a longer Latin word, no country
                    if tail[:1] not in (" ", "-", "·", "‧") and not re.match(r"[시주]\s", tail):
                        return code, surface  # glued prefix ("한국연구재단"): part of the name
                    rest = re.sub(r"^[시주]?[\s\-·‧]+", "", tail)  # "상트페테르부르크시 보건위원회"
                    return code, rest or surface
    return None, surface


@functools.lru_cache(maxsize=65536)
def embassy_country(surface: str) -> str | None:
    """KR for Korea's missions abroad ("주러시아 대한민국대사관", "주폴란드 대사관"); the sender's
    country for missions in Korea ("주한벨라루스대사관"); None for other names."""
    key = norm_key(surface)
    m = _MISSION.match(key)
    if m is None:
        return None
    if m.group(1) in ("한", "한국", "대한민국"):
        sender = m.group(2)
        for p, code in prefixes():
            if sender.startswith(p) and code != "KR":
                return code
        return None
    return "KR"


def new_org_country(surface: str, prefix: str | None) -> str | None:
    mission = embassy_country(surface)
    if mission:
        return mission
    branch = branch_country(surface)
    if branch:
        return branch
    if prefix:
        return prefix
    pair = pair_country(surface)
    if pair:
        return pair
    if _EMBASSY.match(norm_key(surface)) or _KR_PREFIX.match(surface):
        return "KR"
    return None


@functools.lru_cache(maxsize=65536)
def branch_country(surface: str) -> str | None:
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


@functools.lru_cache(maxsize=65536)
def pair_country(surface: str) -> str | None:
    """The partner of a joint body named "한-러 ...", "한국·우즈벡 ...": usually sited there."""
    m = _PAIR.match(surface)
    kb = load_kb()
    if m is None or surface.endswith(tuple(kb.lexicon.get("pair_meeting_heads", []))):
        return None  # "한-몽골 공동위원회" meets in turn in both countries
    word = m.group(1)
    for p, code in prefixes():
        if word.startswith(p) and code != "KR":
            return code
    sid = kb.short.get(word)
    return kb.entries[sid].country if sid and kb.entries[sid].country != "KR" else None


def country_spellings(surface: str) -> list[str]:
    """The name with a short or variant country prefix written out in full, as other texts write it.

    "우즈벡 에너지부" -> ["우즈베키스탄 에너지부"], "한-인니 디지털협력센터" -> ["한-인도네시아 디지털협력센터"].
    """
    return list(_country_spellings(surface))


@functools.lru_cache(maxsize=65536)
def _country_spellings(surface: str) -> tuple[str, ...]:
    """The name with a short or variant country prefix written out in full, as other texts write it.

    "우즈벡 에너지부" -> ["우즈베키스탄 에너지부"], "한-인니 디지털협력센터" -> ["한-인도네시아 디지털협력센터"].
    """
    kb = load_kb()
    out = []
    m = _PAIR.match(surface)
    lead = surface[: m.start(1)] if m else ""
    body = surface[len(lead):]
    nk = norm_key(body)
    for p, code in _prefixes_by_head().get(nk[:2], ()):
        if not nk.startswith(p):
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
    return tuple(dict.fromkeys(out))


def korean_name(name: str, kb: KnowledgeBase) -> bool:
    """Three syllables in one word, a Korean surname first, no syllable foreign to Korean names."""
    surnames, foreign = _name_syllables()
    return bool(re.fullmatch(r"[가-힣]{3}", name)) and name[0] in surnames and not set(name[1:]) & foreign


@functools.cache
def _name_syllables() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_kb().lexicon
    return frozenset(lex.get("kr_surnames", [])), frozenset(lex.get("foreign_name_syllables", []))

