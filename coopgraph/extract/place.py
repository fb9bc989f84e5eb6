"""Where an act happened: a place before 에서/에, the city of a venue, a host institution,
the visited place; an act with no place of its own takes the place of the act it happened in.

:class:`PlaceMixin` is part of the document reader (:mod:`coopgraph.extract.reader`).
"""

from __future__ import annotations

import re

from coopgraph.extract.base import Cand, Place, _after_text, _Doc, _in_spans, _quoted_spans
from coopgraph.extract.place_kb import (
    _city_of,
    _facility_city,
    _glued_city,
    _kb_city,
    _kb_country,
    _known_place,
    _leading_place,
)
from coopgraph.extract.place_rooms import RoomsMixin, _not_venue_after, _venue_heads
from coopgraph.extract.triggers import Lexicon, Trigger
from coopgraph.records import Location, Mention

# what may stand between a city and its venue: '하노이 한빛 호텔', '나이로비의 누리 호텔', '서울 중구 가람호텔'
_CITY_VENUE_GAP = re.compile(r"(?:의)?(?:\s+[가-힣A-Za-z0-9]+?){0,3}\s+|의\s+")
_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|에|에서|와|과|로|으로|도|만)$")


def _is_locative(doc: _Doc, stop: int) -> bool:
    after = _after_text(doc.text, stop, 10)
    if any(after.startswith(x) for x in doc.lex.not_locative_after):
        return False
    return any(after.startswith(p) for p in doc.lex.locative_particles)


# a place the actors went to: '몽골로 건너가', '인도로 출국해' (not '… 떠나기 전': what they did before leaving)
_GONE_TO = re.compile(r"(?:으로|로)\s?(?:건너가|건너간|건너와|떠나|떠난|출국해|출국한|출국하여|향해|향한|날아가|날아간|날아와)"
                      r"(?!기\s?(?:전|에 앞서))")
# the words a visit takes as its object after a place: ' 구자라트주 간디나가르시를 방문'
_VISITED_WORDS = re.compile(r"\s+((?:[가-힣]+\s+)?[가-힣]+?)(?:을|를)\s?(?:공식\s?|국빈\s?)?(?:방문|찾)")
_TRAVEL_NEXT = re.compile(r"\s*(?:공식\s?|국빈\s?|직접\s?)?(?:방문|찾|순방|시찰|견학|답사)(?!단|객|자|팀)")
_SITE_OF = re.compile(r"의\s(?:[^\s,.]+\s){0,3}?[^\s,.]+?(?:을|를)\s(?:방문|찾|둘러|시찰)")  # 'X의 건설 현장을 방문'
# a body's hall or building, then 에서: '연세대학교 IBS 홀에서는', '대학 본관 대회의실에서'
_HALL_AFTER = re.compile(r"(?:\s+[^\s,.()]+){1,3}?(?:에서는|에서도|에서)(?=\s)")
_SINGLE_QUOTED = re.compile(r"[‘'][^‘’'\n]{1,60}[’']")
_ALIAS_AFTER = re.compile(r"\s?\([^()\n]{1,20}\)")


def _host_locative(doc: _Doc, stop: int) -> bool:
    """An institution followed by 에서 (or 부지에서, 본부에서, 'X(RAS) 본원에서'): the place of the act."""
    alias = _ALIAS_AFTER.match(doc.text, stop)
    after = _after_text(doc.text, alias.end() if alias else stop, 14)
    if after.startswith("에서"):
        return True
    m = re.match(r"\s?([가-힣]+?)에서", after)
    return bool(m and m.group(1) in doc.lex.place_fillers)


_REFERRED_ACT = re.compile(r"(?:이날|이번|동|해당|당일)\s?([가-힣A-Za-z]{1,12}?)\s?(?:에서|에선|을 계기로|를 계기로|기간)")


def _referenced_act(before: list[Cand], c: Cand, text: str, lex: Lexicon) -> Cand | None:
    """'이날 회의에서 … 체결했다': the act happened at the placed meeting (or forum) the text points to."""
    m = _REFERRED_ACT.search(text, c.sentence[0], c.trigger.begin)
    if m is None:
        return None
    cls = lex.noun_class(m.group(1))
    typ = lex.noun_types.get(cls[0]) if cls else None
    if typ not in ("meeting", "forum"):
        return None
    for p in reversed(before):
        if c.para - p.para > 2:
            return None
        if p.type == typ and p.location is not None and p.sentence != c.sentence:
            return p
    return None


# a mission or office named after the place it is in: '주 브라질 대사관', '상파울루 총영사관',
# '필리핀 사무소' (up to two words between the place and the office word, then a particle or a blank)
_MISSIONS = ("대사관", "총영사관", "영사관", "대표부")
_OFFICE = re.compile(r"\s?(?:[가-힣A-Za-z]+\s){0,2}?[가-힣A-Za-z]*?"
                     r"(대사관|총영사관|영사관|대표부|연락사무소|사무소|무역관|분원|지사|지부)(?=[을를이가은는도]?[\s,(])")

_OFFICE_END = re.compile(r"(대사관|총영사관|영사관|대표부|연락사무소|사무소|무역관|분원|지사|지부)$")


# '주 스웨덴 대사가', '주스웨덴 대한민국 대사관은': the post of a mission, where its envoy acts
_POSTED_BEFORE = re.compile(r"(?<![가-힣])주\s?$")
_POSTED_AFTER = re.compile(r"\s?(?:대한민국\s?|한국\s?)?(?:대사|대사관|총영사|총영사관|영사관|대표부)(?:[은는이가도]|관[은는이가도]?)?\s")
# the name of a gathering a place word opens: "‘2026 인도 AI 영향 정상회의’ 참석", '방콕-경주 세계문화엑스포의 개최'
_NAME_WORD = re.compile(r"[\dA-Za-z가-힣·]+")
_QUOTES = "‘’'“”\"「」『』<>《》"
_WORD_PARTICLE = re.compile(r"(?:의|에|에서|에서는|을|를|은|는|이|가|와|과|로|으로|도)$")


def _gathering_after(text: str, stop: int, end: int, lex: Lexicon) -> bool:
    """The place word ending at ``stop`` opens the name of a meeting or forum: up to four more words
    without a particle ('AI 영향'), then the head noun ('정상회의', '세계문화엑스포의'); a second
    place joined by a hyphen may stand between ('방콕-경주')."""
    words = text[stop:min(end, stop + 60)]
    if words.startswith("-"):
        words = re.sub(r"^-[가-힣]{2,6}", "", words)
    for k, raw in enumerate(words.split()[:5]):
        w = raw.strip(_QUOTES + ",.")
        core = _WORD_PARTICLE.sub("", w) if len(w) > 2 else w
        if not _NAME_WORD.fullmatch(core or "-"):
            return False
        for x in (w, core):
            cls = lex.noun_class(x) if k > 0 or raw[0] not in _QUOTES else None
            if cls is not None and lex.noun_types.get(cls[0]) in ("meeting", "forum"):
                return True
        if core != w or raw.endswith(tuple(_QUOTES)):
            return False  # a particle or a closing quote ends the name
    return False


_DURING_TRIP = re.compile(r"(?:방문|순방|출장|방한)\s?(?:기간|중|일정|계기|길)|이번 (?:방문|순방|출장)")


def _trip_of(before: list[Cand], c: Cand, text: str) -> Cand | None:
    """'그단스크를 방문해 기념행사에 참석', '방문 기간 중 … 체결': the placed visit an act happened on."""
    for v in reversed(before):
        if v.type != "visit" or v.location is None:
            continue
        if v.sentence == c.sentence and v.trigger.begin < c.trigger.begin:
            return v
        lead = text[c.sentence[0]:c.trigger.begin]
        if c.para - v.para <= 1 and _DURING_TRIP.search(lead):
            return v
        return None
    return None

# a diplomatic mission named by where it is posted: '주한 몽골 대사관' (in Korea), '주몽골 한국대사관', '주상하이 총영사관'
_MISSION = re.compile(r"^주\s?(?P<rest>[가-힣][가-힣\s]{0,20}?)\s?(?:대사관|총영사관|영사관|대표부|문화원)$")


def _mission_place(name: str):
    """The knowledge-base country or city a mission named '주X …대사관' stands in ('주한': Korea), else None."""
    m = _MISSION.match(name.strip())
    if m is None:
        return None
    rest = m.group("rest").replace(" ", "")
    if rest.startswith("한") and (len(rest) == 1 or _kb_country(rest[1:]) is not None):
        return _kb_country("한국")
    for k in range(len(rest), 1, -1):  # the longest opening that names a country or a city
        e = _kb_country(rest[:k]) or _kb_city(rest[:k])
        if e is not None:
            return e
    return None


def _spellings(word: str, *written: str) -> tuple[str, ...]:
    """Aliases of a place the knowledge base lacks, named as written: the text's phrases, and the word without
    a closing 시 ('닌빈시' -> '닌빈'; '마라케시' keeps its name, the cut form is only an alias)."""
    cut = (word[:-1],) if word.endswith("시") and len(word) > 2 else ()
    return tuple(a for a in dict.fromkeys((*written, *cut)) if a and a != word)


_NOTE_PLACE_OPEN = re.compile(r"\s?\(\s?")
_NOTE_PLACE_CLOSE = re.compile(r"\s?\)")


class PlaceMixin(RoomsMixin):
    """Location reading of :class:`coopgraph.extract.reader.Reader` (uses its ``d``, ``near``, ``mentions_in``)."""

    def _location(self, cand: Cand, tr: Trigger, cb: int, ce: int) -> None:
        """The place of an act its clause tells; the room or building it names joins the aliases."""
        self._location_pick(cand, tr, cb, ce)
        self._venue_alias(cand, cb, ce)

    def _location_pick(self, cand: Cand, tr: Trigger, cb: int, ce: int) -> None:
        d = self.d
        quoted = _quoted_spans(d.text, cb, ce) + [(cb + m.start(), cb + m.end())
                                                   for m in _SINGLE_QUOTED.finditer(d.text[cb:ce])]
        # a place inside a quoted title names the title ('‘프랑스 내 한국의 해’ 개막식'), not where it was
        places = [m for m in self.near(cb, ce) if cb <= m.begin and m.stop <= ce and m.kind in ("place", "country")
                  and not _in_spans(m.begin, m.stop, quoted)]
        pick, premises = None, None
        # a visit whose object is told went there, not to a later act's place ('미얀마를 방문 중인 A는 양곤에서 열린 …')
        obj = next((x for x in places if cand.type == "visit" and x.stop < tr.begin and _known_place(x) is not None
                    and re.fullmatch(r"\s?(?:을|를)\s?", d.text[x.stop:tr.begin])), None)
        pick = next((m for m in places if _is_locative(d, m.stop) and not (obj is not None and m.begin > tr.begin)), None)
        how, pick = ("locative" if pick is not None or obj is None else "visit-object"), pick or obj
        noted = self._noted_place(tr, places)
        if noted is not None:  # '양자 정상회담(브루나이)에서': the place noted in brackets right after the act
            pick, how = noted, "noted"
        if pick is not None:
            pick = self._coordination_head(places, pick)
        if pick is None:
            how = "venue-after"
            pick = next((m for m in places if self._venue_after(m, ce, cand.type == "visit")), None)
            venue = self._venue_words(pick, ce) if pick is not None else None
            if venue is None and pick is not None and cand.type == "visit":
                # '인도 구자라트주 간디나가르시를 방문': the words the visit takes as its object
                obj = _VISITED_WORDS.match(d.text, pick.stop, ce)
                venue = obj.group(1) if obj else None
            if venue is not None and _known_place(pick) is not None and _known_place(pick).kind == "country" \
                    and self._word_kind(d.text.find(venue, pick.stop, ce), venue) == "name":
                # '케냐 키수무에서': a place the knowledge base lacks, right after its country, is where it was
                cand.location = Place(name=venue, country=pick.country or _known_place(pick).country,
                                      aliases=_spellings(venue, f"{pick.text} {venue}"))
                cand.cues.append("location:country-place")
                return
            inner = self._city_in_words(d.text.find(venue, pick.stop, ce), venue) if venue is not None and \
                _known_place(pick) is not None and _known_place(pick).kind == "country" else None
            if inner is not None:
                # '인도 구자라트주 바도다라에서', '케냐 키수무 컨벤션센터에서': the city the knowledge base lacks
                cand.location = Place(name=inner[0], country=pick.country or _known_place(pick).country,
                                      aliases=_spellings(inner[0], *inner[1], f"{pick.text} {venue}"))
                cand.cues.append("location:country-city-venue")
                return
            if venue is not None and _known_place(pick) is not None:
                place = self._place_of(pick)
                whole = f"{pick.text} {venue}"  # '서울 포시즌스 호텔': the venue as written with its city
                cand.location = Place(name=place.name, country=place.country,
                                      aliases=tuple(dict.fromkeys((venue, whole, *getattr(place, "aliases", ())))))
                cand.cues.append("location:city-venue")
                return
        if pick is None and cand.type == "visit":
            how = "travel-next"
            # '한국 방문을 계기로', '네덜란드 국빈방문 일정을', 'UAE를 국빈 방문해': the place visited
            pick = next((m for m in places if _TRAVEL_NEXT.match(d.text, m.stop + (
                1 if d.text[m.stop:m.stop + 1] in ("을", "를") else 0))), None)
            if pick is not None:
                pick = self._coordination_head(places, pick)  # '인도 뭄바이와 푸네를 방문': 인도
        if pick is None and cand.type == "opening":
            office = self._office_place(places, tr, cb)
            if office is not None:
                cand.location = office
                cand.cues.append("location:office")
                return
        if pick is None:
            how = "host"
            hosts = [m for m in self.mentions_in(cb, ce, kinds=("org",)) if _host_locative(d, m.stop)]
            # the host nearest before the act ('X 본부에서 승인됨에 따라 … Y(Z)에서 개소식이 개최됐다': Y)
            before = [m for m in hosts if m.stop <= tr.begin]
            if before or hosts:
                m = (before or hosts)[-1 if before else 0]
                owner = self._premises_owner(m)
                if owner is not None:
                    premises, m = d.text[owner.begin:m.stop], owner
                pick = _city_of(m) or m  # '서울 KOTRA 본사에서': the city the text names
                if pick is not m and not premises:
                    premises = d.text[m.begin:m.stop]  # '그단스크 공과대학교에서': the host body the venue
        if pick is None and cand.type in ("opening", "forum"):
            how = "body-at"
            # '하이테크파크에 정보접근센터 개소식이 열렸다': a body with 에 a few words before the act held
            for m in self.mentions_in(cb, tr.begin, kinds=("org",)):
                gap = d.text[m.stop:tr.begin]
                if re.match(r"에(?:는|도)? ", gap) and len(gap.split()) <= 3 and not re.search(r"에서|[.,]", gap):
                    owner = self._premises_owner(m)
                    if owner is not None:
                        premises = d.text[owner.begin:m.stop]
                    pick = owner or m
                    break
        if pick is None:
            how = "gone-to"
            # '몽골로 건너가 … 체결했다', '인도로 출국해 … 방문했다': the place the actors went to, earlier in the clause
            pick = next((m for m in places if m.stop <= tr.begin and _known_place(m) is not None
                         and _GONE_TO.match(d.text, m.stop)), None)
        if pick is None:
            posted = self._posted_residence(cb, ce)
            if posted is not None:  # '주몽골 대사관저에서': the mission's residence, where it is posted
                cand.location = posted
                cand.cues.append("location:mission-residence")
                return
        if pick is None and cand.type == "visit":
            how = "visit-object"
            for m in places:
                if re.match(r"\s?(?:을|를)", _after_text(d.text, m.stop, 3)) or _SITE_OF.match(d.text, m.stop, ce):
                    pick = self._coordination_head(places, m)  # '인도 뭄바이와 푸네를 방문': 인도
                    break
        if pick is None and cand.type == "visit":
            how = "visited-body"
            # '타슈켄트 정보기술대학교(TUIT)를 방문해': the city opening the visited body's name
            for m in self.mentions_in(cb, ce, kinds=("org",)):
                alias = _ALIAS_AFTER.match(d.text, m.stop)
                obj = re.match(r"\s?(?:을|를)(?=\s)", d.text[alias.end() if alias else m.stop:][:4])
                if obj:
                    pick = _city_of(m)
                    if pick is None and _TRAVEL_NEXT.match(d.text, (alias.end() if alias else m.stop) + obj.end()):
                        pick = m  # 'Y대학교를 방문해': the body visited is the venue (its city when known)
                    if pick is not None:
                        break
        if pick is not None and not (tr.location and self._place_of(pick).country not in (None, tr.location[1])):
            # (not: '13일 방한한 X 대표단은 14일 Y청사에서': a visit to Korea is in Korea, whatever Y's linked country)
            cand.location = self._place_of(pick)
            cand.cues.append(f"location:{how}")
            if premises:  # 'VAST 본원': the premises as written
                loc = cand.location
                cand.location = Place(name=loc.name, country=loc.country, aliases=tuple(
                    a for a in dict.fromkeys((*getattr(loc, "aliases", ()), premises)) if a and a != loc.name))
            if pick.kind == "place" and cand.location.name == pick.text and _known_place(pick) is None \
                    and pick.text.endswith(_venue_heads()):
                # '교내 국제회의실에서', '시청 상황실에서': a room of the body that acts, in its city or country
                room = self._venue_city(pick.begin, pick.stop, pick.text, cand)
                if room is not None:
                    cand.location = Place(name=room.name, country=room.country, aliases=tuple(
                        a for a in dict.fromkeys((pick.text, *getattr(room, "aliases", ()))) if a != room.name))
                    cand.cues.append("location:room")
        elif tr.location:
            cand.location = Location(name=tr.location[0], country=tr.location[1])
            cand.cues.append("location:trigger")
        else:
            cand.location = self._sentence_place(cand, cb)
            if cand.location is not None:
                cand.cues.append("location:sentence")

    def _noted_place(self, tr: Trigger, places: list[Mention]) -> Mention | None:
        """A known place alone in brackets right after the act's word ('정상회담(브루나이)', '포럼 (서울)'),
        as a date noted there is the act's own ('개최(23.3월)')."""
        text = self.d.text
        ends = {tr.stop} | ({tr.governed.stop} if tr.governed is not None else set())
        for m in places:
            if any(m.begin > e and _NOTE_PLACE_OPEN.fullmatch(text, e, m.begin) for e in ends) \
                    and _NOTE_PLACE_CLOSE.match(text, m.stop) and _known_place(m) is not None:
                return m
        return None

    def _coordination_head(self, places: list[Mention], pick: Mention) -> Mention:
        """Walk back over a coordination: '모스크바와 상트페테르부르크에' -> 모스크바 (the first named);
        '러시아 모스크바와 상트페테르부르크에' -> 러시아 (several cities -> their country)."""
        text = self.d.text
        idx = places.index(pick)
        crossed = False
        while idx > 0:
            gap = text[places[idx - 1].stop:places[idx].begin]
            if re.fullmatch(r"\s*(?:와|과|및|,|·|‧)\s*", gap):
                idx, crossed = idx - 1, True
            elif crossed and re.fullmatch(r"\s+", gap):
                idx -= 1
            else:
                break
        return places[idx]

    def finish_places(self, cands: list[Cand]) -> None:
        """Places for acts still placed nowhere once the acts are merged and placed by their day."""
        self.city_of_the_day(cands)
        self.visit_destinations(cands)
        for c in cands:
            for step in (self._named_place, self._room_place, self._place_told_after, self._on_site_place,
                         self._partner_city, self._named_body_city):
                if c.location is None:
                    step(c)
            self._located_body_place(c)

    @staticmethod
    def city_of_the_day(cands: list[Cand]) -> None:
        """An act with no place, told on a day whose placed acts are in one city and its country ('1일
        … 한국을 방문하고 있다', '1일 서울 포시즌스 호텔에서 … 체결'), happened in that city."""
        by_day: dict[str, list[Location]] = {}
        for c in cands:
            if c.location is not None and c.date is not None and len(c.date.start or "") == 10 and not c.weak_date:
                by_day.setdefault(c.date.start, []).append(c.location)
        for c in cands:
            if c.location is not None or c.date is None or len(c.date.start or "") != 10 or c.weak_date:
                continue
            places = by_day.get(c.date.start) or []
            countries = {p.country for p in places}
            cities = {p.name: p for p in places if _kb_city(p.name) is not None}
            if len(countries) == 1 and None not in countries and len(cities) == 1 and \
                    all(p.name in cities or _kb_country(p.name) is not None for p in places):
                c.location = next(iter(cities.values()))
                c.cues.append("location:city-of-the-day")

    def _named_place(self, c: Cand) -> None:
        """An act still placed nowhere, whose sentence places it by a name: the post of an envoy who
        acts ('주 스웨덴 대사가 … 행사에 참여'), the gathering it took part in or at ('‘2026 인도 AI
        정상회의’ 참석을 계기로', '방콕-경주 엑스포의 개최'); a project, the one foreign country named."""
        d = self.d
        sb, se = c.sentence
        places = [m for m in self.near(sb, se) if sb <= m.begin and m.stop <= se and m.kind in ("place", "country")
                  and _known_place(m) is not None]
        for m in places:
            if m.begin < c.trigger.begin and _POSTED_BEFORE.search(d.text, max(sb, m.begin - 3), m.begin) \
                    and _POSTED_AFTER.match(d.text, m.stop):
                c.location = self._place_of(m)
                c.cues.append("location:envoy-post")
                return
        for m in places if c.type in ("meeting", "forum", "visit") else ():
            if _gathering_after(d.text, m.stop, se, d.lex):
                c.location = self._place_of(m)
                c.cues.append("location:gathering-name")
                return
        if c.type == "project":
            # '미얀마의 지속가능한 발전을 위해 … 사업을 추진': aid and joint projects are carried out in the
            # one foreign country their sentence names
            abroad: dict[str, Mention] = {}
            for m in places:
                if m.kind == "country" and m.country and m.country != "KR":
                    abroad.setdefault(m.country, m)
            if len(abroad) == 1:
                c.location = self._place_of(next(iter(abroad.values())))
                c.cues.append("location:project-country")

    def visit_destinations(self, cands: list[Cand]) -> None:
        """A visit the text places nowhere ('긴급구호대 1진을 파견해', '대표단이 방문해 …') on a page about
        two countries went to the one its visitors are not from (SPEC: a visit's place is its destination).
        Called once the acts are merged and placed by their day."""
        from coopgraph.link.kb import load_kb

        by_code = load_kb().country_by_code
        for c in cands:
            if c.type != "visit" or c.location is not None or self._visited_head(c):
                continue  # ('15일 찾은 X대학교와는': placed where the body visited is, _visited_head)
            home = {p.country for p in c.participants if p.country}
            if len(self.pair) != 2 or len(home) != 1 or not home <= set(self.pair):
                continue
            (there,) = set(self.pair) - home
            e = by_code.get(there)
            if e is not None:
                c.location = Place(name=e.name, country=there, aliases=tuple(a for a in e.aliases if a))
                c.cues.append("location:visited-country")

    def _sentence_place(self, cand: Cand, cb: int) -> Location | None:
        """'24일 서울 연세대학교 IBS 홀에서는 … 포럼이 열렸다', 'X에서 회담을 갖고 … 서명했다': with no place
        in its own clause, an act takes the place set with 에서 earlier in its sentence."""
        return self._place_in_span(cand.sentence[0], cb)

    def _place_in_span(self, sb: int, cb: int) -> Location | None:
        """The place a stretch of text sets with 에서 (a known place, a city and its venue, a host body)."""
        d = self.d
        if cb <= sb:
            return None
        quoted = _quoted_spans(d.text, sb, cb) + [(sb + m.start(), sb + m.end())
                                                   for m in _SINGLE_QUOTED.finditer(d.text[sb:cb])]
        places = [m for m in self.near(sb, cb) if sb <= m.begin and m.stop <= cb and m.kind in ("place", "country")
                  and not _in_spans(m.begin, m.stop, quoted)]
        for m in reversed(places):
            if _after_text(d.text, m.stop, 3).startswith("에서") and _is_locative(d, m.stop):
                return self._place_of(m)
        for m in reversed(places):
            if self._venue_after(m, cb, False) and _known_place(m) is not None:
                venue = self._venue_words(m, cb)
                if venue is not None and re.search(r"에서", d.text[m.stop:cb]):
                    place = self._place_of(m)
                    return Place(name=place.name, country=place.country,
                                 aliases=tuple(dict.fromkeys((venue, *getattr(place, "aliases", ())))))
        for m in [m for m in self.near(sb, cb) if sb <= m.begin and m.stop <= cb and m.kind == "org"
                  and not _in_spans(m.begin, m.stop, quoted)]:
            # '서울 연세대학교 IBS 홀에서는': the host body (and the city opening its name)
            if _host_locative(d, m.stop) or _HALL_AFTER.match(d.text, m.stop):
                return self._place_of(m)
        return None

    def _office_place(self, places: list[Mention], tr: Trigger, cb: int) -> Location | None:
        """'주 브라질 대사관을 개설', '상파울루 총영사관을 설치', '코이카 필리핀 사무소를 개소', '주한 X
        대사관': an opened mission or office is where its name places it."""
        d = self.d
        # the office nearest before the act is its object ('1975년 토론토 총영사관을, 1980년 몬트리올 총영사관을 설치')
        for m in reversed(self.near(cb, tr.begin)):
            if m.begin < cb or m.stop > tr.begin or m.kind != "org":
                continue
            words = m.text.split()
            office = _OFFICE_END.search(m.text)
            if office is None or len(words) < 2:
                continue
            if words[0] == "주한":
                return Location(name="한국", country="KR")  # '주한 캐나다 대사관': the mission in Korea
            hosted = words[0] == "주"
            for w in words[1:] if hosted else words[:-1]:
                e = _kb_city(w) or _kb_country(w)
                if e is None:
                    continue
                if e.kind == "country" and office.group(1) in _MISSIONS and not hosted:
                    break  # '캐나다 대사관' alone: the sending country, not where it is
                aliases = tuple(a for a in dict.fromkeys((e.name, *e.aliases, m.text)) if a and a != w)
                return Place(name=w, country=e.country, aliases=aliases)
        for m in reversed(places):
            if m.stop > tr.begin:
                continue
            office = _OFFICE.match(d.text, m.stop)
            if office is None or office.end() > tr.begin:
                continue
            before = d.text[max(0, m.begin - 3):m.begin]
            if re.search(r"주한\s?$", before):
                return Location(name="한국", country="KR")
            hosted = re.search(r"(?<![가-힣])주\s?$", before) is not None
            if office.group(1) in _MISSIONS and not hosted and m.kind == "country":
                continue
            return self._place_of(m)
        return None

    def _place_of(self, pick: Mention) -> Location:
        """The location a picked mention stands for: a known city or country as the text names it
        (the knowledge base's spellings as aliases); a venue or host body as the city it lies in
        (the city named right before it, or opening its name), the venue an alias."""
        d = self.d
        ent = d.entities.get(pick.entity_id or "")
        known = _known_place(pick)
        if known is not None:
            aliases = tuple(a for a in dict.fromkeys((known.name, *known.aliases)) if a and a != pick.text)
            return Place(name=pick.text, country=pick.country or known.country, aliases=aliases)
        # the place as the text names it; bodies by their name
        venue = pick.text if pick.kind in ("place", "country") else (pick.name or (ent.name if ent else pick.text))
        country = pick.country or (ent.country if ent else None)
        posted = _mission_place(pick.text) if pick.kind == "org" else None
        if posted is not None:  # '주한 몽골 대사관에서': a mission stands where it is posted, the venue an alias
            return Place(name=posted.name, country=posted.country,
                         aliases=tuple(a for a in dict.fromkeys((pick.text.strip(), *posted.aliases)) if a))
        lead = _leading_place(pick)
        if lead is not None and lead[0] is not None:
            (word, e), core = lead
            kind = self._core_kind(pick, core) if e.kind == "country" else None
            if kind == "name":  # '미얀마 랭군': a place the knowledge base does not know, named in its country
                return Place(name=core, country=e.country or country, aliases=_spellings(core, pick.text))
            inner = self._city_in_words(pick.begin + pick.text.rfind(core), core) \
                if e.kind == "country" and core and pick.text.rfind(core) >= 0 else None
            if inner is not None:  # '케냐 키수무 컨벤션센터': the city opening the venue's name
                return Place(name=inner[0], country=e.country or country, aliases=_spellings(inner[0], *inner[1], pick.text))
            aliases = tuple(a for a in dict.fromkeys((e.name, venue, pick.text, core)) if a and a != word)
            return Place(name=word, country=e.country or country, aliases=aliases)
        city = self._city_before(pick)
        if city is not None and pick.kind == "place" and _kb_country(city.text) is not None \
                and self._core_kind(pick, pick.text.strip()) == "name":
            # '케냐 키수무에서': a place the knowledge base does not know, right after its country, is the place
            word = pick.text.strip()
            return Place(name=word, country=city.country or country, aliases=_spellings(word, f"{city.text} {word}"))
        if city is not None and pick.kind == "place" and _kb_country(city.text) is not None:
            # '인도 바도다라 한빛호텔': an unknown city between the country and the venue
            between = d.text[city.stop:pick.stop].strip()
            inner = self._city_in_words(d.text.find(between, city.stop), between) if between else None
            if inner is not None:
                return Place(name=inner[0], country=city.country or country,
                             aliases=_spellings(inner[0], *inner[1], f"{city.text} {between}"))
        if city is not None:
            aliases = tuple(a for a in dict.fromkeys((venue, pick.text)) if a and a != city.text)
            return Place(name=city.text, country=city.country or country, aliases=aliases)
        if pick.kind == "place" and re.match(r"\S+[주도성] \S", pick.text.strip()) \
                and (inner := self._city_in_words(pick.begin, pick.text)) is not None:  # '모로고로주 킬로사에서'
            return Place(name=inner[0], country=country, aliases=_spellings(inner[0], *inner[1], pick.text))
        glued = (_glued_city(venue) or _glued_city(pick.text)) if pick.kind == "org" else None
        glued = glued or _facility_city(pick.text.split(" ", 1)[0])  # '부산항 국제여객터미널': 부산
        if glued is not None:  # '울산과학기술원', '하노이국립대학교': a body named after its city
            word, e = glued
            aliases = tuple(a for a in dict.fromkeys((venue, pick.text, e.name)) if a and a != word)
            return Place(name=word, country=e.country or country, aliases=aliases)
        # '청와대' linked to its knowledge-base name: the text's own word stays an alias
        aliases = tuple(a for a in dict.fromkeys((pick.text.strip(), *(ent.aliases if ent else ()))) if a and a != venue)
        return Place(name=venue, country=country, aliases=aliases) if aliases else Location(name=venue, country=country)

    def _city_before(self, m: Mention) -> Mention | None:
        """'하노이 한빛 호텔', '나이로비의 누리 호텔', '서울 중구 가람호텔': the known place naming
        where a venue lies, right before it in the same phrase."""
        text = self.d.text
        best = None
        for x in self.near(max(0, m.begin - 24), m.begin):
            if x.stop > m.begin or x.kind not in ("place", "country") or _known_place(x) is None:
                continue
            gap = text[x.stop:m.begin]
            if not _CITY_VENUE_GAP.fullmatch(gap) or any(_PARTICLE_END.search(w) for w in gap.split()[1:]):
                continue
            if gap.split() and gap.split()[0] != "의" and _PARTICLE_END.search(gap.split()[0]):
                continue
            best = x
        return best

    def _venue_words(self, m: Mention, ce: int) -> str | None:
        """'서울 종로구 가람 그랜드 호텔에서' -> the venue after the place, as written."""
        tail = self.d.text[m.stop:min(ce, m.stop + 60)]
        hit = re.match(r"(?:의)?\s+((?:[^\s,.]+\s+){0,5}?[^\s,.]+?)(?:\([^)]*\))?(?:에서는|에서도|에서|에는|에)(?=\s|$)", tail)
        if hit is None:
            return None
        venue = hit.group(1).strip()
        return venue if len(venue) >= 2 and venue not in self.d.lex.place_fillers else None

    def _venue_after(self, m: Mention, ce: int, visit: bool) -> bool:
        """'대전 본원에서', '울란바토르 시내 한 호텔에서', '누산타라의 건설 현장을 방문': the city of a venue."""
        d = self.d
        tail = d.text[m.stop:min(ce, m.stop + 30)]
        if tail.startswith("의"):
            tail = tail[1:]
        if visit and _TRAVEL_NEXT.match(tail):
            return False  # '한국 방문을 계기로': the place visited, no venue
        words = tail.split()
        ends = ("에서는", "에서도", "에서", "에는", "에") + (("을", "를") if visit else ())
        pos = m.stop
        for k, w in enumerate(words[:6]):
            pos = d.text.find(w, pos)
            inner = [x for x in self.near(pos, pos + len(w))
                     if x is not m and x.begin < pos + len(w) and pos < x.stop and x.kind in ("place", "country")]
            if any(_known_place(x) is not None for x in inner) or (inner and k >= 4):
                return False  # a known city or country after it is the place; a district or venue may stand between
            core = re.sub(r"\([^)]*\)", "", w)
            if visit and k > 0 and core.endswith(("을", "를")) and not _TRAVEL_NEXT.match(d.text, pos + len(w)):
                pos += len(w)
                continue  # '… 협력 방안을 논의': an object, not the place visited
            if core.endswith(ends) and k > 0 or (k == 0 and core.endswith(ends) and len(core) > 2):
                after = d.text[pos + len(w) - 3:pos + len(w) + 6]
                return not any(x in after for x in _not_venue_after())
            if k > 0 and re.search(r"(?:과|와)$", core) and core[:-1].endswith(_venue_heads()):
                pos += len(w)
                continue  # '프놈펜의 X 사무실과 Y 자택에서': two venues of one city, joined
            if re.search(r"(?:은|는|이|가|과|와|의|도|로|으로)$", core):
                return False
            pos += len(w)
        return False
