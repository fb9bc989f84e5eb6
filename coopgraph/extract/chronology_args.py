"""The arguments of a list item (used by :mod:`coopgraph.extract.chronology`): the place of a
visit from its head or direction, the seat of an opened mission from its name, the mission
opened as a party, and the foreign city of a sister-city row.
"""

from __future__ import annotations

import re

from coopgraph.extract.base import Place
from coopgraph.extract.chronology_page import Page, country_codes, country_word, visit_country
from coopgraph.extract.place_kb import _kb_city
from coopgraph.records import Participant, Sentence

_PARTICLE_END = re.compile(r"(?:에서|에게|으로|에|을|를|은|는|이|가|의|와|과|도|로)$")


def opened_thing(page: Page, b: int, e: int) -> Participant | None:
    """'라스팔마스에 영사관을 개설' -> 영사관; '주 캐나다 한국대사관이 개설' -> 주 캐나다 한국대사관."""
    words = page.text[b:e].split()
    for i, w in enumerate(words):
        bare = _PARTICLE_END.sub("", w.strip(",.()'\"‘’“”"))
        if not bare.endswith(page.lex.mission_nouns):
            continue
        name = [bare]
        for prev in reversed(words[max(0, i - 3):i]):
            if _PARTICLE_END.search(prev) or not re.fullmatch(r"[가-힣A-Za-z·]+", prev):
                break
            name.insert(0, prev)
        full = " ".join(name)
        foreign = [c for c in page.pair if c != "KR"]
        # 주X 대사관 is Korea's mission abroad, 주한 X 대사관 X's mission in Korea
        country = (foreign[0] if len(foreign) == 1 else None) if full.startswith("주한") else \
            ("KR" if full.startswith("주") else None)
        return Participant(name=full, kind="org", country=country)
    return None


# a city with its country in brackets after it: '비엔티안시(라오스)', '후에 시 (베트남)'
_CITY_COUNTRY_NOTE = re.compile(r"(?<![가-힣])([가-힣]{2,10}[시주도군현성])\s?\(\s?([가-힣]{2,12})\s?\)")


def sister_city(page: Page, head: str, b: int, e: int) -> Participant | None:
    """The foreign city named after its country in a sister-city item ("미국 리버사이드시", "중국의 웨이하이")."""
    if not any(w in head.replace(" ", "") or head in w for w in page.lex.sister_heads):
        return None
    words = page.text[b:e]
    for m in _CITY_COUNTRY_NOTE.finditer(words):  # "비엔티안시(라오스) : 2019. 4. 9.", "한빛시-후에시(베트남)"
        code = country_codes().get(m.group(2))
        if code and code != "KR" and m.group(1) not in page.lex.name_stop and m.group(1) not in country_codes():
            return Participant(name=m.group(1), kind="org", country=code)
    found = list(country_word().finditer(words))
    for m in found:
        code = country_codes()[m.group(1)]
        city = re.compile(r"[가-힣]{2,10}(?![가-힣])").match(words, m.end())
        if city and code != "KR" and city.group() not in page.lex.name_stop and not page.column_row(city.group()):
            name = city.group()
            bare = re.sub(r"(?<=[시주도군현성])(?:와|과|와의|과의|와는|과는|을|를|이|가|은|는|에)$", "", name)
            return Participant(name=bare, kind="org", country=code)  # "오클랜드시와" -> 오클랜드시
    for m in found:  # a table whose city cell comes first: "메단시 인도네시아 1997. 9. 30."
        code = country_codes()[m.group(1)]
        city = re.search(r"(?<![가-힣])([가-힣]{2,10}[시주도군현성])\s+$", words[:m.start()])
        if city and code != "KR" and city.group(1) not in page.lex.name_stop \
                and city.group(1) not in country_codes():
            return Participant(name=city.group(1), kind="org", country=code)
    for m in page.places(b, e):  # "중국 베이징(1993.10.23)": the item's words are the city alone
        if m.kind == "place" and m.country not in (None, "KR"):
            return Participant(name=m.text, kind="org", country=m.country)
    return None


# offices named after the city they are in, besides missions: 'KOICA 비엔티안 사무소', 'X사 하노이 지사'
_OFFICE_NOUNS = ("연락사무소", "사무소", "지사", "지부", "분원")


def mission_seat(page: Page, words: str) -> Place | None:
    """'주이스탄불 총영사관' -> 이스탄불, '주한 X 대사관' -> Korea, '밴쿠버 총영사관' -> 밴쿠버."""
    nouns = "|".join(map(re.escape, page.lex.mission_nouns))
    offices = "|".join(map(re.escape, (*page.lex.mission_nouns, *_OFFICE_NOUNS)))
    for near in re.finditer(rf"(?<![가-힣])([가-힣]{{2,10}})\s?(?:{offices})(?![가-힣])", words):
        city = _kb_city(near.group(1))  # 'X대학교 비엔티안 사무소': the known city right before the office word
        if city is not None and not words[:near.start()].rstrip().endswith("주"):
            return Place(name=near.group(1), country=city.country, aliases=tuple(
                a for a in dict.fromkeys((city.name, *city.aliases)) if a and a != near.group(1)))
    m = re.search(rf"(?<![가-힣])(주\s?)?([가-힣]{{1,10}})\s?(?:[가-힣]{{2,6}}\s?)?(?:{nouns})", words)
    if m is None:
        return None
    seat = m.group(2)
    if m.group(1) and seat.startswith("한") and (len(seat) == 1 or seat[1:] in country_codes()):
        return page.country_place("KR")  # 주한 캐나다대사관: in Korea
    code = country_codes().get(seat)
    if code == "KR" and not m.group(1):
        return None  # 한국 대사관: Korea's embassy, somewhere abroad
    if code:
        return page.country_place(code)
    if len(seat) < 2 or seat in page.lex.name_stop or seat.endswith(("국", "의")):
        return None
    foreign = [c for c in page.pair if c != "KR"]
    return Place(name=seat, country=foreign[0] if len(foreign) == 1 else None)


def visit_place(page: Page, head: str, parties, places) -> Place | None:
    if head.startswith("방") and len(head) == 2 and head[1] in page.abbrev:
        return page.country_place(page.abbrev[head[1]])
    if visit_country(head):
        return page.country_place(visit_country(head))
    if head in ("방한", "내한"):
        return page.country_place("KR")
    for m in places:
        after = page.text[m.stop:m.stop + 3]
        # '양자 정상회담(브루나이)에서': a place alone in brackets glued to a word of a meeting or visit
        glued = re.search(r"([가-힣]+)\($", page.text[max(0, m.begin - 12):m.begin]) if after.startswith(")") else None
        noted = glued is not None and any(glued.group(1).endswith(w) for w, t in page.lex.heads.items()
                                          if t in ("meeting", "visit") and len(w) >= 2)
        if m.kind == "place" or noted or re.match(r"\s*(?:을|를|에|에서|\s*국빈|\s*방문|\s*공식)", after):
            return page.country_place(m.country) if m.kind == "country" and m.country else \
                Place(name=m.text, country=m.country)
    homes = {p.country for p in parties if p.country}
    if len(page.pair) == 2 and len(homes) == 1:
        (home,) = homes
        if home in page.pair:
            return page.country_place(page.pair[1] if home == page.pair[0] else page.pair[0])
    return None


def seat_in_brackets(page: Page, s: Sentence) -> Place | None:
    """'2019.10.15 제5차 공동위원회 (리마)': the one word in the brackets closing a row is where it met,
    a city of the pair's foreign side when the recogniser does not know it (no note word: 실무, 국빈, 서명)."""
    m = re.search(r"\(\s*([가-힣]{2,6})\s*\)\s*$", s.text)
    if m is None:
        return None
    word, at = m.group(1), s.begin + m.start(1)
    lex = page.lex
    if word in lex.name_stop or word in lex.heads or word in lex.line_heads or word in lex.note_words \
            or any(v in word for v in lex.void_words) or word in country_codes():
        return None
    for x in page.mentions_at(at):
        if x.kind == "place":
            return Place(name=x.text, country=x.country)
        return None  # a body or a person named in the brackets
    foreign = [c for c in page.pair if c != "KR"]
    return Place(name=word, country=foreign[0] if len(foreign) == 1 else None)


def place_cell(page: Page, b: int, e: int) -> Place | None:
    """'| 항공협정 | 1994.6.1 | 타슈켄트 |': a known city that fills one cell of a table row alone is where the act was."""
    text = page.text
    for m in page.places(b, e):
        if m.kind != "place":
            continue
        before, after = text[b:m.begin].rstrip(" \t"), text[m.stop:e].lstrip(" \t")
        if before.endswith("|") and (after.startswith("|") or not after):
            return Place(name=m.text, country=m.country)
    return None


_DELEGATION = re.compile(r"(?:일행|대표단|방문단|사절단|교류단)\s?(?:이|가|의)?\s?\S*방문")


def home_visit(page: Page, begin: int, stop: int, parties) -> Place | None:
    """A visit row under a heading naming a Korean body: a foreign party's delegation ('X대학교 총장 일행 방문')
    came to Korea; a foreign body named alone ('베트남 X대학교 방문') was visited in its country."""
    abroad = {p.country for p in parties if p.kind == "org" and p.country not in (None, "KR")}
    if len(abroad) != 1:
        return None
    if _DELEGATION.search(page.text, begin, stop):
        return page.country_place("KR")
    return page.country_place(next(iter(abroad)))
