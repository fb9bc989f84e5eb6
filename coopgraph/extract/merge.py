"""One event per happening: merging the candidates of one document.

Three rules, most specific first:

1. A headline ("사절단 파견", a line with no verb) names a happening the body tells:
   it joins the first body event of its type; one that joins nothing counts only near
   the top of the page (the title), not in a list of related articles further down.
2. A forum told in parts ("행사가 개최되었다. 행사에는 ... 세미나가 진행됐으며 ...
   전시회가 열렸다"): a later forum in the same paragraph with no date of its own joins
   the forum before, unless their places differ.
3. Anywhere in the document, two events of one type whose dates overlap join when
   they name the same opened centre (개소 ... 운영되기 시작), or when both dates are
   stated in their own clauses and they share a participant.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date
from typing import TYPE_CHECKING

from coopgraph.records import DateExpr, Participant

if TYPE_CHECKING:
    from coopgraph.extract.base import Cand

_BRACKETS = re.compile(r"[\(\[（【「『<《][^\)\]）】」』>》]*[\)\]）】」』>》]")
_NOT_WORD = re.compile(r"[^\w]", re.UNICODE)


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return _NOT_WORD.sub("", s).replace("_", "")


def participant_keys(p: Participant) -> set[str]:
    """Normalised spellings of a participant (name, aliases, bracketed parts), as the scorer compares."""
    keys = set()
    for raw in (p.name, *p.aliases):
        keys.add(_norm(raw))
        keys.add(_norm(_BRACKETS.sub("", raw)))
        for inner in re.findall(r"[\(（]([^\)）]*)[\)）]", raw):
            keys.add(_norm(inner))
    if p.entity_id:
        keys.add("id:" + p.entity_id)
    keys.discard("")
    return keys


def same_party(a: Participant, b: Participant) -> bool:
    """One party under two spellings; never two bodies of different countries (외교부 vs 베트남 외교부)."""
    if a.entity_id and b.entity_id:
        return a.entity_id == b.entity_id
    if a.country and b.country and a.country != b.country:
        return False
    return bool(participant_keys(a) & participant_keys(b))


def _interval(de: DateExpr | None):
    if de is None or not de.start:
        return None
    try:
        s = _bounds(de.start)[0]
        e = _bounds(de.end or de.start)[1]
    except ValueError:
        return None
    return s, e


def _bounds(iso: str) -> tuple[date, date]:
    parts = [int(x) for x in iso.split("-") if x]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
    d = date(*parts[:3])
    return d, d


def dates_overlap(a: DateExpr | None, b: DateExpr | None) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return ia is None and ib is None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _same_dates(a: DateExpr | None, b: DateExpr | None) -> bool:
    """Equal spans ('행사 첫날' narrows the day: a session of its own, not a part)."""
    if a is None or b is None:
        return a is b
    return (a.start, a.end or a.start) == (b.start, b.end or b.start)


def _date_rank(c: Cand) -> tuple:
    de = c.date
    if de is None or not de.start:
        return (0,)
    open_ended = c.open_ended or ("부터" in de.text and "까지" not in de.text)
    return (1, c.explicit_date, not open_ended, len(de.start), len(de.end or ""))


def _tokens(name: str) -> set[str]:
    return {w for w in re.split(r"[\s,\-·‧]+", re.sub(r"(센터|협력|분야)", r" \1 ", name)) if w}


def _same_target(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / max(1, len(ta | tb)) >= 0.5


def _bigrams(s: str) -> set[str]:
    s = _norm(s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _same_governed(a: Cand, b: Cand) -> bool:
    """Both acts govern the same event noun: the later one bare ('선정된 과제', '이 사업') or both
    compounds mostly the same ('공동연구 과제' / '공동연구 사업 6개 과제')."""
    ga, gb = a.trigger.governed, b.trigger.governed
    if (ga is not None and gb is not None and ga.noun and gb.noun and a.type == "agreement"
            and gb.noun.endswith("식") and _norm(gb.compound).startswith(_norm(ga.noun))):
        return True  # '양해각서를 체결했다 ... 양해각서 체결식에 참석한': the signing's ceremony
    if ga is None or gb is None or not ga.noun or ga.noun != gb.noun:
        return False
    if gb.compound == gb.noun:
        return True
    if _distinct_heads(ga.compound, gb.compound):
        return False
    ba, bb = _bigrams(ga.compound), _bigrams(gb.compound)
    return bool(ba and bb) and len(ba & bb) / min(len(ba), len(bb)) >= 0.6


def _distinct_heads(a: str, b: str) -> bool:
    """Two names that end alike and differ in what they open with ('문화 협력 MOU' / '교육 협력 MOU',
    '한-베트남 포럼' / '한-태국 포럼'): two instruments or gatherings of one kind, not one told twice."""
    na, nb = _norm(a), _norm(b)
    k = 0
    while k < min(len(na), len(nb)) and na[-1 - k] == nb[-1 - k]:
        k += 1
    ha, hb = na[:len(na) - k], nb[:len(nb) - k]
    return len(ha) >= 2 and len(hb) >= 2 and not (_bigrams(ha) & _bigrams(hb))


# words that point back to an act told before: '이날 오찬', '이번 회의', '당일 행사'
_DEICTIC = ("이날", "이번", "당일", "해당", "금번", "같은날", "그날")


def _deictic_again(k: Cand, c: Cand) -> bool:
    """'... 공식 오찬도 열렸다. ... 주최한 이날 오찬엔 ... 자리했다': the later act names the earlier one's
    event noun with a word pointing back and nothing else, so it is that act told again, whoever it names."""
    ga, gb = k.trigger.governed, c.trigger.governed
    if ga is None or gb is None or not ga.noun or ga.noun != gb.noun or k.status != c.status:
        return False
    rest = _norm(gb.compound)
    for w in _DEICTIC:
        if rest.startswith(w):
            return rest[len(w):] == _norm(gb.noun) and dates_overlap(k.date, c.date)
    return False


def _named_again(a: Cand, b: Cand) -> bool:
    """Both acts govern one event name of some length ('한인 이민 60주년 기념행사'), not a bare noun."""
    ga, gb = a.trigger.governed, b.trigger.governed
    if ga is None or gb is None or ga.noun is None or a.trigger is b.trigger:
        return False
    na, nb = _norm(ga.compound), _norm(gb.compound)
    return na == nb and len(na) >= len(_norm(ga.noun)) + 4


def _same_country(a: Cand, b: Cand) -> bool:
    """The two acts' places lie in one country (or one of them names none)."""
    ca = a.location.country if a.location else None
    cb = b.location.country if b.location else None
    return ca is None or cb is None or ca == cb


def _share_participant(a: Cand, b: Cand) -> bool:
    return any(same_party(p, q) for p in a.participants for q in b.participants)


def _descriptive(p: Participant) -> bool:
    """A party named by description ('중유럽 공대', '리튬 최대 보유국'): no linked entity, no country."""
    return p.country is None and not p.entity_id


def _lead_restates(lead: Cand, body: Cand) -> bool:
    """A lead line telling the body's act with the partner named by description.

    Same type and status, compatible dates, and either an undated lead whose parties are all
    the body's, or every party of the lead the body's own or a description while the body
    names a party the lead does not.
    """
    if lead.type != body.type or lead.status != body.status or body.para <= lead.para:
        return False
    if lead.explicit_date and body.explicit_date and not _same_dates(lead.date, body.date):
        return False
    if lead.date is not None and body.date is not None and not dates_overlap(lead.date, body.date):
        return False
    unmatched = [p for p in lead.participants if not any(same_party(p, q) for q in body.participants)]
    if not unmatched:
        return not lead.explicit_date  # the lead's undated summary (its parties the body's, or none named)
    if not all(_descriptive(p) for p in unmatched):
        return False
    return any(not any(same_party(q, p) for p in lead.participants) for q in body.participants)


# cues of parties an act took from another act ('양국 간 ... 오찬도 열렸다': the bodies of the act before)
_BORROWED_PARTIES = ("participants:plural-anaphor", "participants:inherited")


# acts of one day: a stretch told with them is the trip's, a day told of them is theirs
_ONE_DAY_ACTS = frozenset({"agreement", "opening", "award"})
# where an act was placed: by a place told as its own (venue, city before 에서) or by the act or trip around it
_OWN_PLACES = frozenset({"locative", "city-venue", "venue-after", "host", "country-city-venue"})
_WEAK_PLACES = frozenset({"during-visit", "visited-country", "project-country", "same-day", "travel-next",
                          "country-place", "referenced-act"})


def _cue(c: Cand, prefix: str) -> str | None:
    """The first cue of ``c`` with that prefix, without it ('location:locative' -> 'locative')."""
    return next((x[len(prefix):].split(";")[0] for x in c.cues if x.startswith(prefix)), None)


def _absorb(into: Cand, other: Cand, why: str) -> None:
    if why == "deictic" and other.participants and any(x in into.cues for x in _BORROWED_PARTIES) and not any(
            x in other.cues for x in _BORROWED_PARTIES):
        # '공식 오찬도 열렸다' (its parties those of the act before) ... '장관이 주최한 이날 오찬엔 ...
        # 자리했다': the telling that names who took part names the parties
        into.participants[:] = []
    for p in other.participants:
        if why in ("headline", "lead", "talks-of-meeting", "retold") and into.participants:
            # a title or lead names the body's parties short or by description, talks name their subject
            # (proposal of helper P): the names of the act that stays stand
            break
        if not any(same_party(p, q) for q in into.participants):
            into.participants.append(p)
    if _date_rank(other) > _date_rank(into) and not (
            why == "headline" and into.explicit_date and not dates_overlap(into.date, other.date)):
        # a headline's finer date that contradicts the body's own is another act's ('1993년 ... 사업을 시작')
        into.date, into.date_rule, into.explicit_date = other.date, other.date_rule, other.explicit_date
        into.open_ended = other.open_ended
        into.weak_date = other.weak_date
    if into.location is None:
        into.location = other.location
    elif (other.location is not None and other.location.country in (None, into.location.country)
          and other.location.name != into.location.name and _cue(into, "location:") in _WEAK_PLACES
          and _cue(other, "location:") in _OWN_PLACES):
        into.location = other.location  # '방문해 ... 체결했다 (the country of the trip) ... 협약은 28일 X시에서 ... 서명'
    if (into.type in _ONE_DAY_ACTS and into.date is not None and other.date is not None and other.explicit_date
            and len(other.date.start or "") == 10 and (other.date.end or other.date.start) == other.date.start
            and into.date.end and into.date.end != into.date.start
            and into.date.start <= other.date.start <= into.date.end):
        # '27일부터 30일까지 방문해 ... 협약을 체결했다 ... 협약은 28일 ... 서명하는 방식으로': the day of a signing
        into.date, into.date_rule, into.explicit_date = other.date, other.date_rule, other.explicit_date
    if into.target is None:
        into.target = other.target
    if other.status == "happened":
        into.status = "happened"
    into.figures.extend(f for f in other.figures if f not in into.figures)
    into.countries |= other.countries
    into.headline = into.headline and other.headline
    into.merged += 1 + other.merged
    into.told_again.extend([other.sentence, *other.told_again])
    into.cues.append(f"merged:{why}:{other.trigger.lemma}")


def merge_candidates(cands: list[Cand]) -> list[Cand]:
    """The candidates with every happening told twice joined into one (text order kept)."""
    out: list[Cand] = []
    # 1. headlines
    body = [c for c in cands if not c.headline]
    for c in cands:
        if c.headline:
            host = next((b for b in body if b.type == c.type), None)
            if host is None and c.type == "meeting" and c.trigger.lemma in _TALK_LEMMAS and body:
                host = body[0]  # '... 3개 세션 심도 논의' over a forum: what was talked about there
            if host is not None:
                _absorb(host, c, "headline")
                continue
            if c.para > 2 or "caption" in c.cues:
                continue  # a headline deep in the page (a related-article link), a caption joining nothing
        out.append(c)
    # 2. a forum told in parts
    kept: list[Cand] = []
    for c in out:
        part_of = c.placed_in
        if (c.type == "forum" and not c.explicit_date and part_of is not None and part_of.type == "forum"
                and part_of in kept and _same_dates(c.date, part_of.date)):
            _absorb(part_of, c, "forum-part")
            continue
        if c.type == "forum" and not c.explicit_date:
            host = next((k for k in reversed(kept) if k.para == c.para and k.type == "forum"), None)
            if host is not None and (c.location is None or host.location is None
                                     or c.location.name == host.location.name):
                _absorb(host, c, "forum-part")
                continue
        kept.append(c)
    # 2b. a signing told inside its ceremony ("협약식에는 양측 대표가 참석해 협약서에 서명했다")
    kept = _signed_at_ceremony(kept)
    # 3. the same happening elsewhere in the document
    final: list[Cand] = []
    by_type: dict[str, list[int]] = {}  # indices into final per type (every rule joins one type only)
    for c in kept:
        same_type = by_type.setdefault(c.type, [])
        # '이날 오찬': the act before of that noun, told again
        host = next((final[x] for x in reversed(same_type) if final[x].trigger is not c.trigger
                     and _deictic_again(final[x], c)), None)
        why = "deictic" if host is not None else "same-happening"
        for k in (final[x] for x in same_type):
            if host is not None:
                break
            if c.type == "agreement" and _other_signers(k, c):
                continue  # 'KIAT는 GITA와 MOU를 체결했다. 같은 날 NIPA도 GITA와 MOU를 맺었다': two signings
            if k.status == c.status and not c.explicit_date and _named_again(k, c):
                host = k  # '... 열린 한인 이민 60주년 기념행사와 함께': the event named in full again, undated
                break
            if _told_undated_again(k, c):
                host = k  # '의향서를 체결했다 ... 25일 체결된 의향서는': one act, dated in one telling only
                break
            if (c.type == "agreement" and c.date_rule in _DATE_OF_ANOTHER_ACT and not c.explicit_date
                    and k.explicit_date and c.status == k.status and k.trigger is not c.trigger
                    and "within-named" in " ".join(c.cues) and _both_sides_shared(k, c)):
                host = k  # '6일 X와 협약을 맺었다 ... (사업 2023~2027) ... 협약식에는 A와 B가 참석해 협약서에 서명했다'
                break
            if not dates_overlap(k.date, c.date):
                continue
            if k.trigger is c.trigger:
                continue  # one act split by its parties (각각 체결, each person called on): never joined again
            if c.status != k.status:
                continue
            if _same_target(k.target, c.target):
                host = k
                break
            gov = c.trigger.governed
            if (c.type == "opening" and c.target is None and gov is not None and gov.compound == gov.noun
                    and not c.explicit_date):
                host = k  # "센터는 ... 설립됐으며": the centre opened before
                break
            if k.explicit_date and c.explicit_date and _share_participant(k, c) and c.type != "award" \
                    and not _stop_of_a_trip(k, c):
                host = k
                break
            if (c.type == "agreement" and not c.explicit_date and _bare_instrument(c) and _share_participant(k, c)
                    and any(x in c.cues for x in _BORROWED_PARTIES)):
                host, why = k, "retold"  # '... MOU를 맺었다. (...) 이번 방문을 계기로 협약을 체결하게 됐다'
                break
            if c.type == "meeting" and not c.explicit_date and _met_again(k, c):
                host = k  # '... 총리, 상원의장을 각각 면담하고 ... (...) 장관은 총리를 예방하고 ...': one call told twice
                break
            if c.type == "visit" and not c.explicit_date and _share_participant(k, c) and _same_country(k, c) \
                    and not _stop_of_a_trip(k, c):
                host = k  # '서울대는 먼저 ICL을 방문하고 ... 이어 UCL을 방문하여': stops of one trip
                break
            if (c.type != "award" and _same_governed(k, c) and (_share_participant(k, c) or not c.participants or not k.participants)
                    and (not c.explicit_date or not k.explicit_date or _same_dates(k.date, c.date))):
                host = k  # '과제 6건을 선정했다 ... 선정된 과제에는 ... 6개 과제를 선정해': one selection
                break
        if host is not None:
            _absorb(host, c, why)
            continue
        lead = _lead_of(c, final, same_type)
        if lead is not None:
            _absorb(c, final[lead], "lead")  # the body's telling, with the real names, stays
            final[lead] = c
            continue
        same_type.append(len(final))
        final.append(c)
    return _talks_of_a_meeting(final)


# date rules that give an act the date of the act told before it (of any type)
_DATE_OF_ANOTHER_ACT = frozenset({"document-event-before", "paragraph-event"})


def both_sides(parties: list[Participant]) -> bool:
    """A Korean party and a foreign one among ``parties``: two sides acting together."""
    return any(p.country == "KR" for p in parties) and any(p.country and p.country != "KR" for p in parties)


def _both_sides_shared(k: Cand, c: Cand) -> bool:
    """The two acts share a Korean party and a foreign one: the same two sides acting."""
    return both_sides([p for p in c.participants if any(same_party(p, q) for q in k.participants)])


def _other_signers(k: Cand, c: Cand) -> bool:
    """Two signings whose bodies on one side differ ('KIAT는 GITA와 ... NIPA도 GITA와 ...'): on the Korean side
    or the foreign side each names a body and none of the one is the other's."""
    for home in (True, False):
        a = [p for p in k.participants if p.kind == "org" and p.country and (p.country == "KR") == home]
        b = [p for p in c.participants if p.kind == "org" and p.country and (p.country == "KR") == home]
        if a and b and not any(same_party(p, q) for p in a for q in b):
            return True
    return False


def _stop_of_a_trip(k: Cand, c: Cand) -> bool:
    """A visit on one day inside a trip of several days, to a body the trip does not name ('대표단이 8일부터 10일까지
    한국을 방문했다 ... 10일 X전자 공장을 방문한 뒤 출국했다'): a happening of its own (proposal of helper P)."""
    if c.type != "visit" or k.date is None or c.date is None or len(c.date.start or "") < 10:
        return False
    if (c.date.end or c.date.start) != c.date.start or not k.date.end or k.date.end == k.date.start:
        return False
    if any(p.kind == "org" and not any(same_party(p, q) for q in k.participants) for p in c.participants):
        return True
    # '... 16일부터 18일까지 리스본을 방문했다 ... 같은 날 오후 시네스항을 찾아': a day's trip to another place
    kl, cl = k.location, c.location
    return (kl is not None and cl is not None and kl.name != cl.name and cl.name not in kl.aliases
            and kl.name not in cl.aliases)


def _bare_instrument(c: Cand) -> bool:
    """The act governs a bare instrument noun ('협약을 체결하게 됐다', not '교육 협력 MOU'): it names no instrument
    of its own; with no date and no party of its own ('양국은 ... 협약을 체결하게 됐다') it points back to a signing
    told before."""
    gov = c.trigger.governed
    return gov is not None and bool(gov.noun) and _norm(gov.compound) == _norm(gov.noun)


def _met_again(k: Cand, c: Cand) -> bool:
    """A meeting with no date of its own whose two or more parties, a Korean and a foreign one among them,
    all met in a meeting told before on the same day: that meeting told again."""
    if len(c.participants) < 2 or k.date is None or len(k.date.start or "") < 10:
        return False
    if not both_sides(c.participants):
        return False
    return all(any(same_party(p, q) for q in k.participants) for p in c.participants)


def _told_undated_again(k: Cand, c: Cand) -> bool:
    """One telling of an act is dated and the other not, both govern the same instrument and share a
    party: one act. An undated lead joins only a day told in its own or the next paragraph (a year or
    a paragraph further down may be an earlier act of the same kind)."""
    if (k.date is None) == (c.date is None) or c.type == "award" or k.status != c.status or k.trigger is c.trigger:
        return False
    if k.date is None and (len(c.date.start or "") < 10 or k.para > 2 or c.para - k.para > 1
                           or _lead_restates(k, c)):
        return False  # a lead the body restates is joined by the lead rule (the body's names stay)
    return _same_governed(k, c) and _share_participant(k, c)


def _lead_of(c: Cand, final: list[Cand], same_type: list[int]) -> int | None:
    """The index of the first kept lead (near the top, same type) that ``c`` tells in full, with no kept act
    of that type in a later paragraph than the lead's (then the lead summed up that one)."""
    later = [0] * len(same_type)  # the greatest paragraph among the same-type acts after each one
    top = -1
    for j in range(len(same_type) - 1, -1, -1):
        later[j] = top
        top = max(top, final[same_type[j]].para)
    for j, x in enumerate(same_type):
        k = final[x]
        if k.para <= 2 and _lead_restates(k, c) and not later[j] > k.para:
            return x
    return None


# verbs that tell what was talked about; alone, after a meeting told before, they tell that meeting
_TALK_LEMMAS = frozenset({"논의", "협의"})
_OWN_DATE_RULES = frozenset({"clause", "sentence"})


def _talks_of_a_meeting(cands: list[Cand]) -> list[Cand]:
    """'강 대사는 9일 총리와 회담을 갖고 ... 논의했다. (...) 또한 ... 에 대해서도 논의했다': a 논의/협의
    with no date and no meeting noun of its own, after a meeting of the page on compatible dates
    within a few paragraphs, is what was talked about at that meeting, not a second meeting."""
    out: list[Cand] = []
    for c in cands:
        tr, gov = c.trigger, c.trigger.governed
        if (c.type == "meeting" and tr.lemma in _TALK_LEMMAS and tr.form == "verbal"
                and c.date_rule not in _OWN_DATE_RULES and (gov is None or gov.compound == gov.noun)):
            host = next((k for k in reversed(out) if k.type == "meeting" and k.status == c.status
                         and 0 <= c.para - k.para <= 3 and dates_overlap(k.date, c.date)
                         and k.trigger is not tr), None)
            if host is not None:
                _absorb(host, c, "talks-of-meeting")
                continue
        out.append(c)
    return out


def _signed_at_ceremony(cands: list[Cand]) -> list[Cand]:
    """An agreement placed within an agreement told before (its 협약식, 체결식), on the same
    dates and with no party of its own, is that agreement told again."""
    out: list[Cand] = []
    for c in cands:
        host = c.placed_in
        if (c.type == "agreement" and host is not None and host.type == "agreement" and host in out
                and host.status == c.status and _same_dates(c.date, host.date)
                and all(any(same_party(p, q) for q in host.participants) for p in c.participants)):
            _absorb(host, c, "signed-at-ceremony")
            continue
        out.append(c)
    return out
