"""Places told by a room or building ('본관 대회의실에서', '시청 접견실에서') and places told right after
an act that point back to it ('X에서 이뤄진 이번 협약에는'), for acts the clause reader placed nowhere;
and what the words after a country are (a city the knowledge base lacks: '케냐 키수무', '인도 구자라트주 바도다라').

:class:`RoomsMixin` is part of :class:`coopgraph.extract.place.PlaceMixin` (uses its ``d``, ``near``,
``mentions_in`` and ``_place_of``).
"""

from __future__ import annotations

import functools
import re

from coopgraph.extract.base import Cand, Place
from coopgraph.extract.place_kb import _glued_city, _kb_city, _kb_country, _known_place
from coopgraph.records import Location, Mention

_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|에|에서|와|과|로|으로|도|만)$")
# a venue phrase before 에서: up to four words without a stop or a bracket, a bracket note allowed
_ROOM_AT = re.compile(r"((?:[^\s,.()\[\]'\"‘’“”]+ ){0,3}[^\s,.()\[\]'\"‘’“”]+?)(?:\([^)]*\))?(?:에서는|에서도|에서)(?=\s)")
# a place told after an act, pointing back to it: 'X에서 이뤄진 이번 협약에는', 'X에서 열린 이날 회담에서'
_TOLD_AFTER = re.compile(r"(?<=[가-힣A-Za-z)])에서\s(?:열린|개최된|진행된|이뤄진|이루어진|있은|치러진|체결된|가진)\s"
                         r"(?:이번|이날|이|해당|당일)\s?([가-힣A-Za-z]{1,8}?)(?:에는|에서는|에서|은|는|이|가|에)(?=\s)")
_NOT_VENUE_WORD = re.compile(r"\d|^(?:지난|오는|이날|오전|오후|당일|같은|이번|올해|지난해|현지시간|최근|앞서|한편|또한|또|이어|함께|소재|위치한|있는)$"
                             r"|[가-힣](?:해|고|며|서|여|한|된|던)$")  # a verb before it ('방문해', '위치한')
# held on site: the other party's place ('현지에서 협약을 체결', '현지를 방문해')
_CITY_GOVERNMENT = re.compile(r"[가-힣]{2,6}시")  # '닌빈시': a city's government, named by its city
_ON_SITE = re.compile(r"(?<![가-힣])현지(?:에서|를|에)(?=\s)")
# travel abroad in the sentence: the room is the visited body's (a visit to Korea, 방한/내한, is hosted at home)
_TRAVEL_ABROAD = re.compile(r"(?:방문|순방|출장|찾아|찾은)")


# a body told with where it stands: '므완자에 위치한 X 병원', '도도마에 자리한 X 센터'
_LOCATED = re.compile(r"(?<![가-힣])([가-힣]{2,10})(?:에|에서) (?:위치한|소재한|자리한|자리 잡은|자리잡은|위치하고 있는) ")


# a mission's house, posted abroad: '주몽골 대사관저에서', '주 몽골 대사 관저에서'
_RESIDENCE = re.compile(r"(?<![가-힣])주\s?([가-힣]{2,10}?)\s?(?:대한민국\s?|한국\s?)?(?:대사\s?관저|총영사\s?관저|관저)(에서|에)(?=\s)")
# words for the area of a city, no venue of their own: '바도다라 시내에서', '키수무 현지에서'
_AREA_WORDS = ("시내", "현지", "일대", "인근", "도심")


def _spellings_of(word: str, *written: str) -> tuple[str, ...]:
    """The text's phrases, and a city government's name without 시 ('닌빈시' -> '닌빈'), as aliases."""
    cut = (word[:-1],) if word.endswith("시") and len(word) > 2 else ()
    return tuple(a for a in dict.fromkeys((*written, *cut)) if a and a != word)


@functools.cache
def _city_named_bodies() -> tuple[str, ...]:
    from coopgraph.text.yamlfile import data_yaml

    return tuple(str(w) for w in data_yaml("dates.yaml").get("city_named_bodies") or ())


def _known_place_word(word: str) -> bool:
    return _kb_city(word) is not None or _kb_country(word) is not None


@functools.cache
def _venue_heads() -> tuple[str, ...]:
    from coopgraph.text.yamlfile import data_yaml

    return tuple(str(w) for w in data_yaml("dates.yaml").get("venue_heads") or ())


@functools.cache
def _not_venue_after() -> tuple[str, ...]:
    """'에 대해', '에 합의': a word ending in 에 followed by these is no venue (dates.yaml not_venue_after)."""
    from coopgraph.text.yamlfile import data_yaml

    return tuple(str(w) for w in data_yaml("dates.yaml").get("not_venue_after") or ())


@functools.cache
def _home_venues() -> tuple[str, ...]:
    from coopgraph.text.yamlfile import data_yaml

    return tuple(str(w) for w in data_yaml("dates.yaml").get("home_venues") or ())


def _venue_phrases(text: str, b: int, e: int):
    """(venue phrase, its offset) of each room or building named before 에서 in text[b:e]
    ('지난 27일 본관 대회의실에서' -> '본관 대회의실'): the words after the date, adverbs and particles."""
    for hit in _ROOM_AT.finditer(text, b, e):
        words = hit.group(1).split()
        if not words or not words[-1].endswith(_venue_heads()):
            continue
        k = len(words) - 1
        while k > 0 and not (_NOT_VENUE_WORD.search(words[k - 1]) or _PARTICLE_END.search(words[k - 1])):
            k -= 1
        words = words[k:]
        if re.search(r"\d", words[0]):
            continue
        venue = " ".join(words)
        yield venue, hit.start(1) + hit.group(1).rfind(venue)


# the partner of an act told with 와/과, maybe through its head ('X대학교와', 'X대학교 Y 총장과', 'X대학(Z)과')
_PARTNER_AFTER = re.compile(r"(?:\([^)\n]{0,60}\))?(?:\s[^\s,.()]{1,12}){0,2}?(?:와|과)(?=\s)")
# a sentence telling a visit to Korea or a visit received: where the partner is is not where the act was
_HOSTED = re.compile(r"방한|내한|초청|방문한|방문해 온|찾은|찾아온|본교|본사|본원|우리 대학|우리대학")
_SITED = re.compile(r"\s?(?:소재|에 있는|에 위치한|의)?\s?")


class RoomsMixin:
    """Room and told-after places of :class:`coopgraph.extract.place.PlaceMixin`."""

    def _room_place(self, c: Cand) -> None:
        """An act still placed nowhere, held in a room or building its sentence names before 에서
        ('본관 대회의실에서', '부산시청 국제의전실에서', '교내 국제회의실에서'): the city the venue phrase
        names, else the city of the host body it names, else the host's country; the venue as an alias
        (ANNOTATE.md: the country when the text names no city)."""
        sb, se = c.sentence
        for venue, vb in _venue_phrases(self.d.text, sb, se):
            words = venue.split()
            found = self._venue_city(vb, vb + len(venue), venue, c)
            if found is not None:
                aliases = tuple(a for a in dict.fromkeys((venue, words[-1], *getattr(found, "aliases", ())))
                                if a and a != found.name)
                c.location = Place(name=found.name, country=found.country, aliases=aliases)
                c.cues.append("location:room")
                return

    def _place_told_after(self, c: Cand) -> None:
        """An act still placed nowhere, whose place a sentence right after it tells while pointing back
        ('X대학교에서 이뤄진 이번 협약에는 …', '서울에서 열린 이날 회담에서는 …'): that place."""
        d = self.d
        lo = c.sentence[1]
        hi = min(len(d.text), lo + 400)
        for m in _TOLD_AFTER.finditer(d.text, lo, hi):
            cls = d.lex.noun_class(m.group(1))
            if cls is None or d.lex.noun_types.get(cls[0]) != c.type:
                continue
            at = m.start()
            if len(re.findall(r"[.?!](?:\s|$)", d.text[lo:at])) > 1:
                return  # told two sentences or more after the act: no longer about it
            picks = [x for x in self.near(max(lo, at - 40), at) if x.stop == at and x.kind in ("place", "country", "org")]
            if not picks:
                return
            loc = self._place_of(picks[0])
            if picks[0].kind == "org" and _kb_city(loc.name) is None and _kb_country(loc.name) is None:
                return  # a body in no city the page or the knowledge base names
            c.location = loc
            c.cues.append("location:told-after")
            return

    def _partner_city(self, c: Cand) -> None:
        """An agreement still placed nowhere, concluded with a foreign partner its sentence names with the
        city it is in ('베트남 하노이 X대학교와', '하노이 소재 X대학교 Y 총장과', '양곤X대학과'): that city,
        the partner an alias. Not when the sentence tells a visit to Korea or a visit received."""
        if c.type != "agreement" or c.location is not None:
            return
        d = self.d
        sb, se = c.sentence
        if _HOSTED.search(d.text, sb, se) or any(g in d.text[sb:c.trigger.begin] for g in d.lex.visit_groups):
            return  # a delegation (방문단, 특사단) signing abroad is a trip the page tells elsewhere
        keys = {p.name.replace(" ", "") for p in c.participants if p.kind == "org" and p.country and p.country != "KR"}
        if not keys:
            return
        ments = [m for m in self.near(sb, se) if sb <= m.begin and m.stop <= c.trigger.begin]
        for k, m in enumerate(ments):
            if m.kind != "org" or (m.name or m.text).replace(" ", "") not in keys \
                    or not _PARTNER_AFTER.match(d.text, m.stop):
                continue
            found, words = None, (m.name or m.text).split()
            for ws in (m.text.split(), words):  # as written ('베트남 하노이 X대학교'), then as linked
                for i, w in enumerate(ws[:2]):
                    e = _kb_city(w) if i or len(ws) > 1 else None
                    if found is None and e is not None and e.country and e.country != "KR":
                        found = (w, e)
            if found is None and len(words) >= 3 and _kb_country(words[0]) is not None \
                    and words[-1].endswith(_city_named_bodies()) \
                    and words[1] in m.text and self._proper_word(m.begin + m.text.index(words[1]), words[1]):
                # '베트남 닌빈 국립대학교': a city the knowledge base lacks; the partner its one alias
                c.location = Place(name=words[1], country=_kb_country(words[0]).country, aliases=(m.text,))
                c.cues.append("location:partner-city")
                return
            glued = _glued_city(words[-1] if len(words) <= 2 else "")
            if found is None and glued is not None and glued[1].country != "KR":
                found = glued
            before = ments[k - 1] if k else None
            if found is None and before is not None and before.kind == "place" \
                    and _SITED.fullmatch(d.text, before.stop, m.begin):
                e = _known_place(before)
                if e is not None and e.kind == "place" and e.country and e.country != "KR":
                    found = (before.text, e)
            if found is not None:
                word, e = found
                c.location = Place(name=word, country=e.country, aliases=tuple(
                    a for a in dict.fromkeys((e.name, *e.aliases, m.text)) if a and a != word))
                c.cues.append("location:partner-city")
                return

    def _named_body_city(self, c: Cand) -> None:
        """An opening still placed nowhere, of a body named by the foreign city it stands in ('두샨베 세종학당이
        개원할 예정', '하노이 한국문화원 개원'): that city, the body an alias."""
        if c.type != "opening" or c.location is not None:
            return
        for p in c.participants:
            words = p.name.split()
            e = _kb_city(words[0]) if p.kind == "org" and len(words) >= 2 else None
            if e is not None and e.country and e.country != "KR":
                c.location = Place(name=words[0], country=e.country, aliases=tuple(
                    a for a in dict.fromkeys((e.name, *e.aliases, p.name)) if a and a != words[0]))
                c.cues.append("location:named-body-city")
                return

    def _visited_head(self, c: Cand) -> bool:
        """A visit told adnominally before the body it went to ('15일 찾은 싱가포르 X대학교와는 … 논의했다'),
        still placed nowhere: placed where that body is (its city or country); True when placed."""
        tr = c.trigger
        if tr.form != "adnominal":
            return False
        body = next((m for m in self.near(tr.stop, tr.stop + 3) if m.kind == "org" and m.country
                     and tr.stop <= m.begin <= tr.stop + 2), None)
        if body is None:
            return False
        place = self._place_of(body)
        if place.country != body.country or place.name == (body.name or body.text):
            return False  # no city or country of its own in the body's name
        c.location = place
        c.cues.append("location:visited-head")
        return True

    def _proper_word(self, begin: int, word: str) -> bool:
        """A word of proper nouns only that is no body's head ('닌빈', not '국립', '경제대학교')."""
        if word.endswith(tuple(self.d.lex.body_endings)) or _known_place_word(word):
            return False
        lo, hi = self.d.tok_range(begin, begin + len(word))
        toks = self.d.toks[lo:hi]
        return bool(toks) and all(t.tag == "NNP" for t in toks)

    def _venue_city(self, vb: int, ve: int, venue: str, c: Cand) -> Location | None:
        """The city (or country) of a venue phrase: a known place in it, a known city opening one of its
        words ('부산시청'), the host body it names; for the host's own premises ('본교', '시청'), the body
        that acts: the city it is the government of or whose name it opens with, else its country."""
        from coopgraph.link.kb import load_kb

        kb = load_kb()
        for m in [m for m in self.near(vb, ve) if vb <= m.begin and m.stop <= ve]:
            if _known_place(m) is not None:
                return self._place_of(m)
        for w in venue.split():
            g = _glued_city(w)
            if g is not None:
                return Place(name=g[0], country=g[1].country, aliases=tuple(a for a in (g[1].name, *g[1].aliases)
                                                                             if a and a != g[0]))
        hosts = [m for m in self.near(vb, ve) if m.kind == "org" and m.begin < ve and vb < m.stop]
        if hosts:
            host = hosts[0]
            loc = self._place_of(host)  # '인도 첸나이 소재 X대학 … 캠퍼스': the city opening the body's name
            if _kb_city(loc.name) is not None or _kb_country(loc.name) is not None:
                return loc
        else:
            if not any(venue.split()[0].startswith(h) for h in _home_venues()):
                return None
            if _TRAVEL_ABROAD.search(self.d.text, c.sentence[0], c.sentence[1]):
                return None  # '… 대학을 방문해 본관에서': the premises of the body visited
            # the body that acts: the first body its sentence names before the venue ('수원시는 … 시청 접견실에서')
            host = next((m for m in self.mentions_in(c.sentence[0], vb, kinds=("org",)) if m.country), None)
            if host is None:
                return None
        e = kb.get(host.entity_id) if host.entity_id else None
        if e is None or e.kind != "place":
            e = _kb_city(host.text.split(" ", 1)[0])
        if e is None:
            g = _glued_city(host.name or host.text) or _glued_city(host.text)
            e = g[1] if g is not None else None
        if e is None or e.kind != "place":
            e = kb.country_by_code.get(host.country or "")
        if e is None:
            return None
        return Place(name=e.name, country=e.country, aliases=tuple(a for a in e.aliases if a))

    def _venue_alias(self, c: Cand, cb: int, ce: int) -> None:
        """A placed act whose clause names the room or building it was held in ('… 타지 호텔에서 협약을
        체결'): the venue joins the location's aliases (ANNOTATE.md), unless it lies in another country."""
        loc = c.location
        if loc is None:
            return
        have = (loc.name, *getattr(loc, "aliases", ()))
        for venue, vb in _venue_phrases(self.d.text, cb, ce):
            if any(venue in a or a in venue for a in have if a):
                return
            known = [m for m in self.near(vb, vb + len(venue))
                     if vb <= m.begin and m.stop <= vb + len(venue) and _known_place(m) is not None]
            if any(m.country and loc.country and m.country != loc.country for m in known):
                continue
            c.location = Place(name=loc.name, country=loc.country, aliases=(*getattr(loc, "aliases", ()), venue))
            c.cues.append("location:venue-alias")
            return

    def _on_site_place(self, c: Cand) -> None:
        """An act still placed nowhere, told as held on site ('현지에서 협약을 체결', '현지를 방문해'): the
        foreign city its sentence names (else the foreign country), where the other party is."""
        d = self.d
        sb, se = c.sentence
        hit = _ON_SITE.search(d.text, sb, se)
        if hit is None:
            return
        cities: dict[str, Location] = {}
        countries: dict[str, Location] = {}
        for m in self.near(sb, se):  # the sentence's places before the cue and after it ('현지에서 베트남 닌빈시와')
            if m.begin < sb or m.stop > se:
                continue
            if m.kind in ("place", "country") and m.country and m.country != "KR" and _known_place(m) is not None:
                (cities if _known_place(m).kind == "place" else countries)[m.country + m.text] = self._place_of(m)
            elif m.kind == "org":
                word = m.text.strip().rsplit(" ", 1)[-1]
                e = _kb_city(word)  # '아메다바드시와': a city's government names its city
                if e is not None and e.country and e.country != "KR":
                    cities[e.country + e.name] = Place(name=e.name, country=e.country,
                                                       aliases=tuple(a for a in (m.text, *e.aliases) if a != e.name))
                elif e is None and m.country and m.country != "KR" and _CITY_GOVERNMENT.fullmatch(word):
                    # '닌빈시와' a city the knowledge base does not know: the city its government names ('닌빈' an alias)
                    cities[m.country + word] = Place(name=word, country=m.country, aliases=(word[:-1],))
        found = {loc.country for loc in (*cities.values(), *countries.values())}
        if len(found) != 1 or len(cities) > 1:
            return
        c.location = next(iter(cities.values())) if cities else next(iter(countries.values()))
        c.cues.append("location:on-site")

    def _core_kind(self, pick: Mention, core: str) -> str | None:
        """What the one word after a country in a place mention is (see :meth:`_word_kind`)."""
        at = pick.text.rfind(core) if core else -1
        return self._word_kind(pick.begin + at, core) if at >= 0 else None

    def _word_kind(self, begin: int, core: str) -> str | None:
        """'name' when the one word at ``begin`` is a proper noun that is no body ('랭군', '키수무시': a place
        the knowledge base lacks), else None (a venue, a common noun, several words)."""
        if " " in core or not core or core.endswith(_venue_heads()) or begin < 0:
            return None
        bodies = tuple(e for e in self.d.lex.body_endings if e not in ("시", "군"))
        body = any(m.kind == "org" and m.begin < begin + len(core) and m.stop > begin
                   for m in self.near(begin, begin + len(core)))
        if core.endswith(bodies) or body and not core.endswith("시"):
            return None  # '아스완대학교', '난양공과대학교': a body the act was held at, not a place
        lo, hi = self.d.tok_range(begin, begin + len(core))
        toks = self.d.toks[lo:hi]
        if not toks:
            return None
        if toks[0].tag == "NNP" and all(t.tag == "NNP" for t in toks[1:-1]) and (
                toks[-1].tag == "NNP" or len(toks) > 1 and toks[-1].form in ("시", "군")):
            return "name"  # '랭군' (랭 + 군), '닌빈시' (닌빈 + 시)
        return None

    def _city_in_words(self, begin: int, words: str) -> tuple[str, tuple[str, ...]] | None:
        """'구자라트주 바도다라', '바도다라 한빛호텔', '키수무 컨벤션센터', '바도다라 시내': the words after a country
        name a city the knowledge base lacks (a proper noun that is no body, after a province word ending in
        주/도/성) and then at most a venue; the city and the other words (province, venue) as aliases, else None."""
        spans = [(begin + x.start(), x.group()) for x in re.finditer(r"\S+", words)]
        if len(spans) < 2:
            return None
        k = 0
        if spans[0][1].endswith(("주", "도", "성")) and len(spans[0][1]) >= 3:
            lo, hi = self.d.tok_range(spans[0][0], spans[0][0] + len(spans[0][1]))
            if hi > lo and all(t.tag == "NNP" or t.form in ("주", "도", "성") for t in self.d.toks[lo:hi]) \
                    and not _known_place_word(spans[0][1]):
                k = 1  # a province word before the city ('구자라트주')
        at, city = spans[k]
        if self._word_kind(at, city) != "name" or _known_place_word(city):
            return None
        rest = " ".join(w for _, w in spans[k + 1:])
        if rest and not (rest.endswith(_venue_heads()) or rest in self.d.lex.place_fillers or rest in _AREA_WORDS):
            return None
        return city, tuple(w for w in (spans[0][1] if k else "", rest) if w and w not in _AREA_WORDS)

    def _located_body_place(self, c: Cand) -> None:
        """An opening or a project placed nowhere or only in a country, whose body the page tells with the city
        it stands in ('X에 위치한 Y 병원은'): that city, the body an alias."""
        if c.type not in ("opening", "project") or c.location is not None and _kb_country(c.location.name) is None:
            return
        d = self.d
        names = {p.name.replace(" ", ""): p for p in c.participants if p.kind == "org"}
        for hit in _LOCATED.finditer(d.text):
            body = next((m for m in self.near(hit.end(), hit.end() + 1) if m.begin == hit.end() and m.kind == "org"), None)
            if body is None:
                continue
            key = (body.name or body.text).replace(" ", "")
            party = next((p for n, p in names.items() if len(n) >= 3 and (n.endswith(key) or key.endswith(n))), None)
            if party is None:
                continue
            word, at = hit.group(1), hit.start(1)
            known = _kb_city(word)
            if known is not None:
                place = Place(name=word, country=known.country, aliases=tuple(
                    a for a in dict.fromkeys((known.name, *known.aliases, body.text)) if a and a != word))
            elif self._word_kind(at, word) == "name" and (c.location is not None or party.country):
                place = Place(name=word, country=c.location.country if c.location else party.country,
                              aliases=_spellings_of(word, body.text))
            else:
                continue
            if c.location is not None and place.country and c.location.country and place.country != c.location.country:
                continue
            c.location = place
            c.cues.append("location:located-body")
            return

    def _premises_owner(self, m: Mention) -> Mention | None:
        """'X(RAS) 본원에서', 'VAST 본원에': a word for a body's own premises (본원, 본사, 본교) right after
        another body's name is that body's premises, not the self-reference of the body that acts."""
        if m.kind != "org" or m.text.strip() not in _home_venues():
            return None
        d = self.d
        owner = None
        for x in self.near(max(0, m.begin - 60), m.begin):
            if x.kind == "org" and x.stop <= m.begin and x is not m \
                    and re.fullmatch(r"\s?(?:\([^()\n]{1,30}\))?\s?", d.text[x.stop:m.begin]) and d.text[x.stop:m.begin]:
                owner = x if owner is None or x.begin < owner.begin else owner
        return owner

    def _posted_residence(self, cb: int, ce: int) -> Location | None:
        """'주몽골 대사관저에서', '주 몽골 대사 관저에서': a mission's house the recogniser left unnamed, in the
        country or city it is posted to (the house an alias)."""
        m = _RESIDENCE.search(self.d.text, cb, ce)
        if m is None:
            return None
        e = _kb_country(m.group(1)) or _kb_city(m.group(1))
        if e is None or e.country == "KR":
            return None
        return Place(name=m.group(1), country=e.country, aliases=(m.group(0)[:-len(m.group(2))].strip(),))
