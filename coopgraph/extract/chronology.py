"""Events from chronologies and lists: one dated item, one event.

Relations-history pages, sister-city lists and agreement tables flattened to text
tell many happenings in one sentence or one line each ("2003년 5월 총리가 방한하였으며,
2005년 9월에는 외교장관 ...", "2019.4.9 투자보장협정"), with the predicate shared across
the list. The clause reader in :mod:`coopgraph.extract.events` finds one event per
clause; this stage adds the items it missed.

The reading, per sentence (a line of a list is a sentence):

1. Anchors: the dates of the sentence that fix a calendar date (the recogniser's, a bare
   month bound to the year before it as in "2000, 2월, 10월", and the list forms read here:
   "'99.12.14~17", "84.2 X" at a line's start, "(72.5)", "1992,1995,1999년"). A date
   followed by 기준/부터/이후 ... is a frame, not an item.
2. Items: each anchor with the words it governs - the words after it up to the next anchor
   (a date led line, prose), the words before it ("X 방한('82.12.20-23)"), or the other
   cells of a table row ("무역협정 1992년 07월 01일"). Anchors with nothing between them
   ("2005년 5월과 2010년 1월에") share the words after the last.
3. Type: the item's heads (:file:`coopgraph/data/chronology.yaml`); an item with none takes
   the head of the next item of its list (the predicate told once), else the head before the
   first date, else the heading line or the announcing sentence ("다음과 같다") of the list.
   Comma-separated agreements in one item are one event each.
4. A prose sentence needs two anchors (one date is the clause reader's); a line with no verb
   needs only one, when the page has two such lines or a heading names the list (one dated
   line alone is a headline). A table flattened one cell a line joins a date-only line to
   the line after it. Items need a foreign side (the page's pair of countries, a party, a place).
5. Arguments: the item's named bodies and persons (a name right before a title when the
   recogniser missed it: "Bataar 대통령"), the body before the dates of a prose list, the page's
   pair of countries; the place of a visit from its object or direction (방한 -> Korea, 방X ->
   the country whose name starts with X, else the side the visitor is not from), the seat of
   an opened mission from its name ("주이스탄불 총영사관" -> 이스탄불).
6. Items whose type and date overlap an event already read in the same sentence (or one
   sharing a party) are not added again, but give it their finer date; an event that took
   the parties of several items of its list keeps only the parties of its own item.
7. Undated enumerations told as concluded: one agreement per named instrument ("체결한
   협정으로는 A, B, C 등이 있다") and per sister city ("자매결연을 맺은 도시는 X의 A·B, Y의 C").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from coopgraph.extract.base import Place
from coopgraph.extract.chronology_args import (
    home_visit,
    mission_seat,
    opened_thing,
    place_cell,
    seat_in_brackets,
    sister_city,
    visit_place,
)
from coopgraph.extract.chronology_card import tour_visits
from coopgraph.extract.chronology_dates import _BULLET, _EMPTY, _VERBAL_END
from coopgraph.extract.chronology_enum import absorb, enumeration
from coopgraph.extract.chronology_lines import joined_cells, year_heading
from coopgraph.extract.chronology_merge import combine
from coopgraph.extract.chronology_page import (
    Page,
    _frame,
    in_brackets,
    item_dates,
)
from coopgraph.records import Analysis, DateExpr, Event, Evidence, Participant, Sentence

# --------------------------------------------------------------------------- items


@dataclass
class _Item:
    date: DateExpr
    content: tuple[int, int]  # the words the date governs
    sentence: Sentence
    acts: list[tuple[str, str, int]] = field(default_factory=list)  # (type, head, offset)
    borrowed: str = ""
    parts: int = 1  # comma-separated agreements in the item
    prefix: tuple[int, int] | None = None  # the words before the first date of a prose sentence
    row: tuple[int, int] | None = None  # the whole row of a table, where its parties stand
    note: tuple[int, int] | None = None  # the rest of the date's brackets: "제1차(2005.3, 서울)"
    before: tuple[int, int] | None = None  # the words right before the date, back to a comma or date
    home: Participant | None = None  # the Korean side the list's heading names
    header: tuple = ()  # the acts of the heading over the item's list
    entry: Participant | None = None  # the foreign city of the entry the item's line belongs to
    sister: bool = False  # a heading above the item named sister cities
    like: _Item | None = None  # the item whose act it took ("... 뒤를 이었다"), for the place of that act
    aside: tuple[int, int] | None = None  # brackets telling the occasion, whose bodies take no part


def _items(page: Page, s: Sentence, anchors: list[DateExpr], nominal: bool) -> tuple[list[_Item], tuple[int, int]]:
    """The items of ``s`` and the words after the last one (the predicate they may share)."""
    text = page.text
    lead = _BULLET.match(text, s.begin)
    head_at = lead.end() if lead else s.begin
    if nominal and not in_brackets(text, anchors[0]) and anchors[0].begin > head_at and not _sequence(page, s, anchors):
        # a table row: the cells before the date name the item, else those after it
        group = [d for d in anchors if not in_brackets(text, d)]
        # "협정: 1992.10.20 서명, 1993.5.19 발효": the date of a closing or entry into force is no item
        acts = [d for d in group if not _void_after(page, d)]
        if len(acts) > 1 and page.void_columns:
            # "협정명 | 서명일 | 발효일" over "X협정 | 1981.9.16 | 1981.10.1": the entry into force is no item
            acts = [d for i, d in enumerate(acts) if i not in page.void_columns] or acts
        group = acts or group
        before = (head_at, group[0].begin)
        after = (group[-1].stop, s.stop)
        if re.search(r"[가-힣’”\"')](?:은|는|이|가|을|를|에|에서|와|과|의)\s*$", text[before[0]:before[1]]):
            return [], (s.stop, s.stop)  # words with particles before the date: prose cut short, no row
        content = before if page.acts(*before, line=True) else after
        # the parties may stand in any cell ("○ 방한: 2019.3 X 총리")
        return [_Item(date=d, content=content, sentence=s, row=(head_at, s.stop)) for d in group], (s.stop, s.stop)
    if nominal and not in_brackets(text, anchors[0]):
        anchors = [d for d in anchors if not in_brackets(text, d)]  # "(1982.2월 폐쇄)" is a note
    items: list[_Item] = []
    prev = head_at  # where the words of the next item may start
    for i, d in enumerate(anchors):
        if in_brackets(text, d):
            # "X 방한('82.12.20-23) 및 Y 방한('86.11.4-7)", "짐바브웨 대학(2010)": the words before the date
            open_at = text.rfind("(", prev, d.begin)
            open_at = open_at if open_at >= 0 else d.begin
            start = prev
            comma = max(text.rfind(",", prev, open_at), text.rfind("，", prev, open_at))
            if comma >= 0:
                start = comma + 1
            j = bisect.bisect_left(page.m_ends, open_at)  # after an item, a name ending at the bracket
            if items and j < len(page.mentions_by_end) and page.mentions_by_end[j].stop == open_at \
                    and page.mentions_by_end[j].begin >= prev:
                start = max(start, page.mentions_by_end[j].begin)
            if items and items[-1].content[1] > start and not in_brackets(text, items[-1].date):
                items[-1].content = (items[-1].content[0], start)
            close = text.find(")", d.stop, s.stop)
            items.append(_Item(date=d, content=(start, open_at), sentence=s,
                               note=(d.stop, close) if close >= 0 else None))
            prev = close + 1 if close >= 0 else d.stop
        else:
            stop = anchors[i + 1].begin if i + 1 < len(anchors) else s.stop
            seg = max(prev, max(text.rfind(",", prev, d.begin), text.rfind("，", prev, d.begin)) + 1)
            items.append(_Item(date=d, content=(d.stop, stop), sentence=s, before=(seg, d.begin)))
            prev = d.stop
    tail = (prev, s.stop) if in_brackets(text, anchors[-1]) else (s.stop, s.stop)
    # dates with nothing between them ("2005년 5월과 2010년 1월에 X가") share the words of the last
    for i in range(len(items) - 2, -1, -1):
        b, e = items[i].content
        if not in_brackets(text, items[i].date) and _EMPTY.match(re.sub(r"(?:년도?|월|일)", "", text[b:e])):
            items[i].content = items[i + 1].content
    return items, tail


def _sequence(page: Page, s: Sentence, anchors: list[DateExpr]) -> bool:
    """A line of dated items after its label, each date followed by its own act ("정상 교류: 1991.10 X 방한;
    1999.5 Y 방문"), not a table row whose dates are its cells ("협정: 1992.10.20 서명, 1993.5.19 발효")."""
    group = [d for d in anchors if not in_brackets(page.text, d)]
    if len(group) < 2:
        return False
    stops = [d.begin for d in group[1:]] + [s.stop]
    own = sum(1 for d, e in zip(group, stops) if page.acts(d.stop, e, line=True))
    # (all but one of three or more: "1992.1 수교 / 1993.5 X 개설 / 2005.3 Y협정 서명", 수교 no act of ours)
    return own == len(group) or len(group) >= 3 and own == len(group) - 1


def _void_after(page: Page, d: DateExpr) -> bool:
    """The words right after date ``d`` (up to the next separator) name no happening (발효, 폐쇄)."""
    m = re.match(r"[^,;/|\n]{0,8}", page.text[d.stop:d.stop + 8])
    return any(w in m.group() for w in page.lex.void_words)


def _count_parts(page: Page, b: int, e: int) -> list[tuple[int, int]]:
    """The comma-separated pieces of text[b:e] that each name an agreement."""
    pieces, start = [], b
    for m in re.finditer(r"[,、]|\s및\s|(?<=[정약서U])[과와]\s|(?<=[정약서U])\s?[·ㆍ∙/]\s?", page.text[b:e]):  # "무역협정과 투자보장협정"
        pieces.append((start, b + m.start()))
        start = b + m.end()
    pieces.append((start, e))
    named = [p for p in pieces if page.names_agreement(*p)]
    if any(page.has_predicate(*p) and p[1] <= named[-1][0] for p in pieces[:-1] if named):
        return [(b, e)]  # clauses, not a list of names ("X협정에 서명하였으며, 이 협정은 ...")
    return named or [(b, e)]


def _read_sentence(page: Page, s: Sentence, header: list, intro: list, lead: list | None = None) -> list[_Item]:
    text = page.text
    anchors = item_dates(page, s)
    if not anchors:
        return []
    nominal = not _VERBAL_END.search(s.text)
    if not nominal and len({d.start for d in anchors}) < 2:
        return []
    items, tail = _items(page, s, anchors, nominal)
    prefix = (s.begin, min([anchors[0].begin] + [it.content[0] for it in items]))
    for it in items:
        it.acts = _negotiated(page, _one_per_type(page.acts(*it.content, line=nominal)))
        if not it.acts and it.note is not None and it.note[1] > it.note[0]:
            # "미국 X대학교 (2012.3.5 체결)": the note in the date's brackets tells the act
            it.acts = _one_per_type(page.acts(*it.note, line=True))
            if header and any(a[0] == header[0][0] for a in it.acts):
                # under "방한", "(APEC 정상회의 참석 계기 국빈방문)" qualifies the visit the heading names
                it.acts = [a for a in it.acts if a[0] == header[0][0]]
    for it in items:
        if header and len(it.acts) > 1 and all(_bracketed(text, s.begin, at) for _, _, at in it.acts) \
                and any(t == header[0][0] for t, _, _ in it.acts):
            # "2004.11(APEC 정상회의 참석 계기 국빈방문)" under "방칠": the visit, its occasion told with it
            it.acts = [a for a in it.acts if a[0] == header[0][0]]
            opened = text.rfind("(", s.begin, it.acts[0][2])
            close = text.find(")", opened, s.stop)
            it.aside = (opened, close + 1 if close >= 0 else s.stop)  # APEC: the occasion, no party
        if header and it.acts and all(_bracketed(text, s.begin, at) for _, _, at in it.acts) \
                and not any(t == header[0][0] for t, _, _ in it.acts):
            # "2012.6 X 대통령 (G20 정상회의)" under "방멕시코": the brackets tell the occasion of the visit,
            # and the bodies named in them (G20) are no party of it
            opened = text.rfind("(", s.begin, it.acts[0][2])
            close = text.find(")", opened, s.stop)
            it.aside = (opened, close + 1 if close >= 0 else s.stop)
            it.acts, it.borrowed = list(header), "header"
    tail_acts = _one_per_type(page.acts(*tail)) if tail[1] > tail[0] else []
    for i, it in enumerate(items):
        if it.acts:
            continue
        if any(w in text[it.content[0]:it.content[1]] for w in page.lex.void_words):
            continue
        if re.match(r"[^,，]{0,10}?(?<![가-힣])[가-힣]{1,4}\s*(?:" + "|".join(page.lex.not_item_after) + r")",
                    text[it.content[0]:it.content[1]]):
            continue  # "1990년 수교 이후 2003년, 2008년 ... 정상회담": a frame, not an item of the act told after it
        if re.search(r"(?:" + "|".join(page.lex.not_item_after) + r"|[가-힣]\s(?:후|뒤|다음))\s*$",
                     text[it.content[0]:it.content[1]].rstrip(" ,")):
            continue  # "1991년 연수생을 초청한 이래 2006년 사무소를 개설": an act of its own before the frame word
        # a clause with a verb of its own ("위원회가 설립되었고,") shares no act of a later clause
        nxt = None if page.has_predicate(*it.content) else \
            next((x for x in items[i + 1:] if x.acts and not x.borrowed), None)
        if nxt is not None:
            it.acts, it.borrowed = list(nxt.acts), "next"
            continue
        if tail_acts:
            it.acts, it.borrowed = list(tail_acts), "tail"
            continue
        pre = _one_per_type(page.acts(*prefix)) if prefix[1] > prefix[0] else []
        before = next((x for x in reversed(items[:i]) if x.acts and not x.borrowed), None)
        if pre:
            it.acts, it.borrowed = pre, "prefix"
        elif before is not None and not nominal and \
                any(w in text[max(it.content[0], s.stop - 12):s.stop] for w in page.lex.follow_words):
            # "2004년 X 대통령이 몽골을 방문했고, 이후 2011년 Y 대통령, 2019년 Z 대통령이 뒤를 이었다"
            it.acts, it.borrowed, it.like = list(before.acts), "before", before
        elif header and header[0][0] not in ("meeting", "forum") and nominal and \
                re.search(r"개최|열림", text[it.content[0]:it.content[1]]):
            # "5월 : X 이행위원회 개최" under an older heading "주요 협정": a body held, a meeting
            at = it.content[0] + re.search(r"개최|열림", text[it.content[0]:it.content[1]]).start()
            it.acts, it.borrowed = [("meeting", "개최", at)], ""
        elif header:
            it.acts, it.borrowed = list(header), "header"
        elif intro:
            it.acts, it.borrowed = list(intro), "intro"
        elif lead and nominal:
            it.acts, it.borrowed = list(lead), "lead"
    out = []
    for it in items:
        if not it.acts:
            continue
        it.header = tuple(header)
        if any(t == "agreement" for t, _, _ in it.acts) and not it.borrowed:
            it.parts = len(_count_parts(page, *it.content))
        it.prefix = prefix if not nominal else None
        out.append(it)
    return out


def _under_year(page: Page, s: Sentence, year: DateExpr) -> list[_Item]:
    """An undated line with no verb naming its act under a year heading ("2019" / "X 정상회담 개최"):
    an item of that year."""
    if item_dates(page, s) or _VERBAL_END.search(s.text) or len(s.text.strip()) > 80:
        return []
    lead = _BULLET.match(page.text, s.begin)
    content = (lead.end() if lead else s.begin, s.stop)
    acts = _one_per_type(page.acts(*content, line=True))
    if not acts:
        return []
    it = _Item(date=year, content=content, sentence=s, acts=acts)
    if any(t == "agreement" for t, _, _ in acts):
        it.parts = len(_count_parts(page, *content))
    return [it]


def _negotiated(page: Page, acts: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """'투자보장협정 제1차 협상': the instrument before a negotiation head is its topic, no agreement."""
    talks = [at for _, h, at in acts if h in page.lex.negotiation_heads]
    return [a for a in acts if not (a[0] == "agreement" and any(a[2] < at for at in talks))] if talks else acts


def _bracketed(text: str, begin: int, at: int) -> bool:
    """Offset ``at`` stands inside brackets opened after ``begin``."""
    return text.rfind("(", begin, at) > text.rfind(")", begin, at)


def _one_per_type(acts: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    seen: set[str] = set()
    out = []
    for a in acts:
        if a[0] not in seen:
            seen.add(a[0])
            out.append(a)
    return out


def _events_of(page: Page, it: _Item) -> list[Event]:
    text = page.text
    b, e = it.content
    parties = page.parties(*(it.row or it.content))
    if it.aside is not None:
        parties = [p for p in parties if not page.named_within(p, *it.aside)]
    if it.row is not None and it.borrowed == "header":
        # "- 대통령 : 2004.11(APEC 정상회의), 2012.6" under "방칠": a body in the brackets after a date of the
        # row names the occasion of that visit, no party of it nor of the row's other items
        for m in re.finditer(r"(?<=[\d.])\s?\(([^()]{2,40})\)", text[it.row[0]:it.row[1]]):
            at = it.row[0] + m.start(1)
            parties = [p for p in parties if p.kind != "org" or not page.named_within(p, at, at + len(m.group(1)))]
    if it.prefix is not None and it.before is not None and it.before[1] > it.before[0]:
        # "김가나 대통령이 1994년, 이다라 대통령이 2005년 X를 방문": the person told right before the
        # date is the item's when none stands in its own clause (the one after it is the next item's)
        comma = re.search(r"[,，]", text[b:e])
        own = page.parties(b, b + comma.start() if comma else e)
        told = [p for p in page.parties(*it.before) if p.kind == "person"]
        if told and not any(p.kind == "person" for p in own):
            parties = told + [p for p in parties if p.kind == "org"]
    if it.prefix is not None:
        # the body before the dates acts in every item ("계명대는 2004년 X와, 2010년 Y와 ..."), and the
        # person before them in items with no person of their own ("X 대통령은 1992년, 1995년 방한")
        alone = not any(p.kind == "person" for p in parties)
        for p in page.parties(*it.prefix):
            if (p.kind == "org" or alone) and not any(q.name == p.name for q in parties):
                parties.append(p)
    places = list(page.places(b, e))
    if it.note is not None:
        places += [m for m in page.places(*it.note) if m.kind == "place"]  # "(2005.3, 서울)": where
    if not any(p.kind == "person" for p in parties):
        parties.extend(page.titled_names(*(it.row or it.content), it))
    if not parties and it.borrowed and any(t == "visit" for t, _, _ in it.acts):
        parties.extend(page.bare_name(*it.content))  # "h. 2005, 11월 18-19일, 수실로" in a list of visits
    cells = it.row or (it.content if it.prefix is None else None)  # a row's cells, or a line with no verb
    if cells is not None:
        # "2018 / 델리대학교 / 인도": a body the recogniser left without a country is of the row's one country
        named = {m.country for m in page.places(*cells) if m.kind == "country" and m.country != "KR"}
        if len(named) == 1:
            (code,) = named
            parties = [replace(p, country=code) if p.kind == "org" and p.country is None else p for p in parties]
    out = []
    for typ, head, _at in it.acts:
        location = None
        if typ in ("visit", "meeting"):
            location = visit_place(page, head, parties, places)
            direction = next((h for t, h, _ in it.header if t == typ and h != head), None)
            if location is None and direction:
                location = visit_place(page, direction, parties, places)  # "국빈방문" under "방칠"
            if location is None and it.like is not None:  # went where the item it followed went
                location = visit_place(page, head, [], list(page.places(*it.like.content)))
            if location is None and typ == "visit" and it.home is not None and it.home.country == "KR":
                location = home_visit(page, it.sentence.begin, it.sentence.stop, parties)
        elif typ in ("opening", "forum"):
            for m in places:
                if m.kind == "place" or re.match(r"\s*(?:에서|에)", text[m.stop:m.stop + 3]):
                    location = Place(name=m.text, country=m.country, aliases=tuple(
                        x for x in (m.name,) if x and x != m.text))
                    break
            if location is None and typ == "opening":
                location = mission_seat(page, text[b:e])
        if location is None and typ in ("meeting", "forum", "agreement"):
            location = seat_in_brackets(page, it.sentence)  # "제5차 공동위원회 (리마)", "투자보장협정 서명 (리마)"
        if location is None and typ in ("meeting", "forum", "agreement") and it.row is not None:
            location = place_cell(page, *it.row)  # "| 항공협정 | 1994.6.1 | 타슈켄트 |": the row's place cell
        item_parties = parties
        if typ == "meeting":
            # "한-페루 경제공동위원회 제5차 회의": the committee is the meeting, not a party of it
            item_parties = [p for p in parties if not (p.kind == "org" and p.name.replace(" ", "").endswith(
                tuple(w for w, t in page.lex.heads.items() if t == "meeting" and len(w) >= 3)))]
        if typ == "visit" and location is not None and len(page.pair) == 2 and location.country in page.pair:
            # the visitor the recogniser left without a country comes from the side not visited
            home_side = page.pair[1] if location.country == page.pair[0] else page.pair[0]
            item_parties = [replace(p, country=home_side) if p.kind == "person" and p.country is None else p
                            for p in item_parties]
        if typ == "opening" and not any(p.kind == "org" for p in parties):
            opened = opened_thing(page, b, e)  # 'X에 영사관을 개설': the mission opened is the party
            if opened is not None:
                item_parties = parties + [opened]
        countries = [c for c in page.pair]
        if "KR" not in countries and page.korea:
            countries.append("KR")  # a page about Korea and X that names Korea once
        abroad = {p.country for p in item_parties if p.country not in (None, "KR")}
        if abroad and not abroad & set(page.pair):
            # a row of a list over many countries ("2012 / X대학교 / 베트남"): its partner's, not the page's
            countries = [c for c in countries if c == "KR"]
        if it.prefix is not None:  # "한국과 페루는 2015년 X협정, 2017년 Y협정을 체결했다": the sides told before the dates
            countries += [m.country for m in page.places(*it.prefix) if m.kind == "country" and m.country
                          and m.country not in countries]
        # (a foreign body read by the recogniser is the partner already: "케냐 마세노 대학과 자매결연")
        # (a row of a table whose date column tells the act, "도시명 국가 체결일": its city is the partner)
        city = sister_city(page, "자매결연" if it.row and it.borrowed == "header" and it.header and
                           it.header[0][2] == -2 else head, *(it.row or it.content)) if typ == "agreement" and \
            not any(p.country not in (None, "KR") and p.kind == "org" for p in parties) else None
        if city is None and it.entry is not None and typ == "agreement" and not parties and \
                any(w in head.replace(" ", "") or head in w or w in text[it.sentence.begin:it.sentence.stop]
                    or it.sister for w in page.lex.sister_heads):
            # (or under a heading naming sister cities: "자매도시" over "미국 X시" / "- 체결일 : 1967년 6월 5일")
            city = it.entry  # "미국 리버사이드시" over "- 자매결연일 : 2001년 3월 15일"
        if city is not None:
            # a row of a sister-city table ("미국 리버사이드시 2001. 3. 15."): the city is the party,
            # Korea and its country the pair, whatever the page's dominant pair
            item_parties = [p for p in parties if p.kind == "org" and p.country in (None, "KR")
                            and p.name != city.name and not p.name.startswith(city.name)][:1] + [city]
            countries = ["KR", city.country]
        if typ == "agreement" and it.home is not None and not any(p.country == "KR" for p in item_parties) \
                and any(p.country not in (None, "KR") for p in item_parties):
            # a row naming only the partner ("베트남 X대학교 2015.03.10") under a heading naming the Korean side
            item_parties = [it.home, *item_parties]
        own = [c for c in [p.country for p in item_parties] + [location.country if location else None] if c]
        if page.many_countries and typ == "agreement" and any(c != "KR" for c in own) and \
                any(m.kind == "country" and m.country in own for m in page.places(*(it.row or _cell(text, it)))):
            # a row of a list over many countries ("중국 웨이하이시(2001.5.6)" on a city's page naming
            # partners in five): Korea and the row's own partner, not the page's two most named countries
            countries = ["KR"]
        for c in own:
            if c not in countries:
                countries.append(c)
        status = "happened"
        if page.doc_date and it.date.start and it.date.start > page.doc_date[:len(it.date.start)]:
            status = "planned"
        conf = 0.35 + (0.1 if parties else 0.0) + (0.05 if it.date.start and len(it.date.start) >= 7 else 0.0)
        conf -= 0.05 if it.borrowed else 0.0
        n = it.parts if typ == "agreement" else 1
        s = it.sentence
        for _ in range(n):
            out.append(Event(
                type=typ, evidence=Evidence(sentence=text[s.begin:s.stop], begin=s.begin, stop=s.stop),
                date=it.date, location=location, participants=tuple(item_parties), countries=tuple(countries),
                confidence=conf, status=status,
                explain=(("trigger", head), ("form", "list-item"), ("rule", f"list:{it.borrowed or 'own'}->{typ}"),
                         ("date_rule", it.date.rule))))
    trip = next((ev.location for ev in out if ev.type == "visit" and ev.location is not None), None)
    if trip is not None:  # "2003년 3월, 페루 외교장관 방한 및 외교장관 회담": the talks were held where the visit went
        out = [replace(ev, location=trip) if ev.type == "meeting" and ev.location is None else ev for ev in out]
    return out


def _cell(text: str, it: _Item) -> tuple[int, int]:
    """The item's words back to the comma or bracket before them ("중국 웨이하이시" of "…, 중국 웨이하이시(2001.5.6)")."""
    b, e = it.content
    return max(it.sentence.begin, *(text.rfind(c, it.sentence.begin, b) + 1 for c in ",，)")), e


def _is_header(page: Page, s: Sentence) -> bool:
    t = s.text.strip()
    return 0 < len(t) <= 40 and not _VERBAL_END.search(t) and not re.search(r"\d{4}|\d\.\d", t[3:])


def add_list_events(analysis: Analysis, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """Return ``events`` plus one event per dated list item not already among them."""
    text = analysis.doc.text
    if not text or not text.strip() or not analysis.sentences:
        return events
    page = Page(analysis)
    items: list[_Item] = []
    listed: list[Event] = []
    header: list = []
    intro: list = []
    lead: list = []  # the one act of the sentence leading into the lines below it
    home: Participant | None = None  # the Korean body or city a heading names ("X대학교 교류협정 현황")
    entry: Participant | None = None  # the foreign city heading an entry of a sister-city page
    sister = False  # a heading above named sister cities ("부산광역시 자매도시")
    lent: dict[str, tuple[int, int]] = {}  # the line that lent its act: header, intro or lead -> span
    year_at: DateExpr | None = None  # the year heading ("2019") over undated lines ("X 정상회담 개최")
    titles: set[tuple[int, int]] = set()  # the headings whose act the items below them took
    cells = joined_cells(page, [s for s in analysis.sentences if s.text.strip()])
    if not any(_may_list(page, s) for s in cells):
        cells = []  # (most news pages) no line can give the reading below an item: the same nothing, sooner
    for s in cells:
        heading = year_heading(page, s)
        if heading is not None:
            year_at, acts = heading
            page.heading_year = year_at.start  # "2019년" over lines "3월 5일 ..."
            if acts:  # "2019년 주요 인사교류": the year and the act of the lines below
                header, intro, lent["header"] = acts, [], (s.begin, s.stop)
            continue
        if _VERBAL_END.search(s.text):
            page.heading_year = year_at = None
        got = _read_sentence(page, s, header, intro, lead)
        if not got and year_at is not None:
            got = _under_year(page, s, year_at)
        for it in got:
            it.home, it.entry, it.sister = home, entry, sister
            if it.borrowed in lent:
                titles.add(lent[it.borrowed])
            elif header and "header" in lent and any(a[0] == h[0] for a in it.acts for h in header):
                titles.add(lent["header"])  # "협정 체결 현황" over rows naming their own 협정
        if got:
            items.extend(got)
            continue
        listed.extend(enumeration(page, s, intro))
        if len(s.text.strip()) <= 30 and not _VERBAL_END.search(s.text):
            city = sister_city(page, "자매결연", s.begin, s.stop)  # the city an entry's lines tell of
            if city is not None and (city.name.endswith(("시", "주", "군", "현", "성", "도")) or any(
                    m.kind == "place" and m.text == city.name for m in page.places(s.begin, s.stop))):
                entry = city  # "미국 리버사이드시", not "한국과 베트남의 교류"
        if _is_header(page, s):
            acts = page.header_acts(s.text)
            sister = sister or any(w in s.text.replace(" ", "") for w in page.lex.sister_heads)
            home = page.home_of(s) or home
            if page.column_row(s.text):
                page.void_columns = page.void_date_columns(s.text)
            else:
                page.void_columns = frozenset()
            if page.column_row(s.text) and (not acts or header and header[0][0] == acts[0][0]):
                # a table's column names ("도시명 국가 체결일", "협정명 | 서명일") keep the heading or lead above them;
                # under none, the act its date column names ("체결일": signed) is the rows'
                if not header and not intro and not lead:
                    header = page.column_acts(s.text)
                    lent["header"] = (s.begin, s.stop)
                continue
            header, intro, lent["header"] = acts, [], (s.begin, s.stop)
        elif any(w in s.text for w in page.lex.list_intro) or s.text.rstrip().endswith(":"):
            intro = page.header_acts(s.text) or [a for a in page.acts(s.begin, s.stop)][:1]
            lent["intro"] = (s.begin, s.stop)
            header = []
        else:
            header, intro = [], []
        # "본교는 여러 대학과 학술교류협정을 맺고 있습니다." over dated lines naming only the partner
        acts = _one_per_type(page.acts(s.begin, s.stop)) if _VERBAL_END.search(s.text) else []
        lead = acts if len(acts) == 1 and not any(w in s.text for w in page.lex.void_words) else []
        lent["lead"] = (s.begin, s.stop)
    lines = {it.sentence.begin for it in items if it.prefix is None}
    if len(lines) < 2:
        # one dated line with no verb on a page is a headline or a related-article link, not a list
        # (unless it lists three dated items, each with its act: "정상 교류: 1991.10 X 방한; 1999.5 Y 방문; ...")
        own = [it for it in items if it.prefix is None and not it.borrowed and it.row is None]
        listed_line = len({it.date.start for it in own}) >= 3 and len(own) == len([it for it in items if it.prefix is None])
        items = [it for it in items if it.prefix is not None or it.borrowed in ("header", "intro") or listed_line]
    if len({it.sentence.begin for it in items if it.date.rule == "list-year-cell"}) < 2:
        # a bare year heads a row only in a table of such rows ("2017\t포럼 개최" and more), not a
        # headline ("2025 한-프랑스 포럼 개최")
        # unless a dated row of its table stands right beside it ("2016~2018 X 사업" / "2019.3~2021.12 Y 사업")
        items = [it for it in items if it.date.rule != "list-year-cell" or _beside_row(page, it, items)]
    toured, legs, cards = tour_visits(page, [s for s in analysis.sentences if s.text.strip()], events)
    events = tuple(ev for k, ev in enumerate(events) if k not in legs)  # a trip's leg told again by its card
    if not items and not listed and not toured:
        return events
    # a cooperation event has a foreign side: on a page about Korea alone (an institute's own
    # history), an item counts only when its party or place is abroad
    new = [ev for it in items for ev in _events_of(page, it) if any(c != "KR" for c in ev.countries)
           and not any(b <= ev.evidence.begin < e for b, e in cards)]  # a card's rows tell its trip
    # the clause reader's undated act in a heading ("X대학교 교류협정 체결 현황") or in the sentence
    # announcing the list ("X시는 다음 도시와 자매결연을 맺고 있다") is the list's, told by its items
    titled = {(b, e, t) for b, e in titles for t in {ev.type for ev in new}}
    # (dated or not: a heading's act dated by the row under it, "○ 방한" over "- 대통령 : 2009.11", is that row's)
    told = {(ev.type, ev.date.start, ev.date.end) for ev in new if ev.date is not None}
    # (and one dated by a frame: "본교는 2023년 현재 여러 대학과 협정을 체결하고 있다" over the partners' rows)
    events = tuple(ev for ev in events if not any(b <= ev.evidence.begin < e and ev.type == t for b, e, t in titled)
                   or ev.date is not None and (ev.type, ev.date.start, ev.date.end) not in told
                   and not _frame(text, ev.date, page.lex))
    return combine(absorb(events, listed), new + listed + toured)


_LIST_SEPARATORS = re.compile(r"[,、·∙ㆍ]")


def _may_list(page: Page, s: Sentence) -> bool:
    """Whether the reading of :func:`add_list_events` could take anything from line ``s``, asked of every line
    before it runs: a dated item (:func:`_read_sentence`: a date that may head an item, in a line with no verb
    or with two dates), a year heading (the undated lines under it), a line announcing a list (its intro), or
    acts concluded or sister cities named in three or more pieces (:func:`enumeration`: three instruments
    between commas, three cities between commas or dots). With none on the page it reads nothing."""
    body, lex = s.text, page.lex
    if any(w in body for w in lex.list_intro) or body.rstrip().endswith(":"):
        return True
    if len(_LIST_SEPARATORS.findall(body)) >= 2 and (any(w in body for w in lex.concluded)
                                                      or any(w in body for w in lex.sister_heads)):
        return True
    anchors = item_dates(page, s)  # page.heading_year is None until a year heading, and there is none if we got here
    if anchors and (not _VERBAL_END.search(body) or len({d.start for d in anchors}) >= 2):
        return True
    return year_heading(page, s) is not None


def _beside_row(page: Page, it: _Item, items: list[_Item]) -> bool:
    """Another row with no verb and a full date on the line right before or after ``it``'s."""
    for o in items:
        if o.prefix is not None or o.date.rule == "list-year-cell" or o.sentence.begin == it.sentence.begin:
            continue
        a, b = (o.sentence, it.sentence) if o.sentence.begin < it.sentence.begin else (it.sentence, o.sentence)
        if page.text[a.stop:b.begin].strip() == "" and page.text[a.stop:b.begin].count("\n") == 1:
            return True
    return False
