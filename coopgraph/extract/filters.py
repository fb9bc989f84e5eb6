"""Which read acts are international cooperation: an act needs a foreign party, place or cue;
a page about Korea alone keeps only acts that name a side abroad.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from coopgraph.extract.base import Cand, _countries
from coopgraph.extract.merge import both_sides, same_party
from coopgraph.extract.triggers import Lexicon

if TYPE_CHECKING:
    from coopgraph.extract.reader import Reader


def _names_abroad(sentence: str, regions: tuple[str, ...]) -> bool:
    """'한-중앙아 포럼', '중앙아시아 비즈니스 포럼', '해외 바이어': the sentence names a side abroad."""
    if re.search(r"(?<![가-힣])한[-·‧][가-힣A-Z]", sentence) or _foreign_country_re().search(sentence):
        return True
    return any(r in sentence for r in regions)


# "한미", "한중 관계", "미중": the short country compounds of Korean news
_SHORT_PAIR = re.compile(r"(?<![가-힣])(?:한|북|미|중|일|러)(?:미|중|일|러|독|불|영|베|몽|인|호|캐|아세안|EU)"
                         r"(?=[ ,·간의이가은는과와도]|$)")
_NEEDS_CUE = ("forum", "opening", "award", "meeting", "project")


@functools.cache
def _foreign_country_re() -> re.Pattern:
    """Any name of a country other than Korea."""
    names = [n for n, code in _countries() if code != "KR"]
    return re.compile(r"(?<![가-힣])(?:" + "|".join(map(re.escape, names)) + r")") if names else re.compile(r"(?!)")


def _without_home_names(text: str, b: int, e: int, reader: Reader) -> str:
    """text[b:e] with the names of Korean bodies and places blanked: '한·아프리카재단', '한국국제전시장'
    name a Korean body, not a side abroad."""
    chunk = list(text[b:e])
    for m in reader.near(b, e):
        if m.begin >= b and m.stop <= e and m.country == "KR" and m.kind in ("org", "place"):
            chunk[m.begin - b:m.stop - b] = " " * (m.stop - m.begin)
    return "".join(chunk)


def _international_text(chunk: str, lex: Lexicon, masked: str | None = None) -> str | None:
    """The cue in ``chunk`` that makes an act told there international, or None.

    ``masked`` is the chunk with the names of Korean bodies blanked: a 한-X compound or a country
    inside such a name (한·아프리카재단) is no cue. A word that must open a word (국제, 글로벌)
    is no cue inside a longer name (한국국제전시장).
    """
    masked = chunk if masked is None else masked
    if re.search(r"(?<![가-힣])한[-·‧][가-힣A-Z]|[가-힣A-Z][-·‧]한(?![가-힣])", masked):
        return "compound"
    m = _foreign_country_re().search(masked) or _SHORT_PAIR.search(masked)
    if m:
        return m.group(0)
    for w in (*lex.international_cues, *lex.foreign_regions):
        if w in chunk and (w not in lex.cues_opening_a_word or re.search(r"(?<![가-힣])" + re.escape(w), chunk)):
            return w
    return None


def _domestic_name(name: str, lex: Lexicon) -> bool:
    """The event's name tells a gathering at home ('국내 아프리카 전문가 간담회'; not '국내외 전문가 포럼')."""
    name = name.replace("국내외", "")
    return any(w in name for w in lex.domestic_event_words)


def _is_foreign(country: str | None) -> bool:
    return bool(country) and country != "KR"


def _keep_international(cands: list[Cand], reader: Reader) -> list[Cand]:
    """Drop forums, openings, awards, meetings and projects with no international cue.

    A campus prize-giving, a library reopening or a domestic budget meeting told on a page
    that also names a foreign body is no international cooperation. An act is kept when it
    has a foreign party or place, when its sentence or paragraph names a foreign body, place,
    country, a 한-X compound or an international word (국제, 해외, 양국 ...; triggers.yaml),
    when its event noun is international by itself (공동위원회, 정상회담), or when one of its
    parties acts with the partner country in another kept act of the page.
    """
    d = reader.d
    text = d.text
    lex = d.lex
    ends = [*d.para_starts[1:], len(text)]

    def direct(c: Cand) -> bool:
        if any(_is_foreign(p.country) for p in c.participants) or _is_foreign(
                c.location.country if c.location else None) or any(_is_foreign(x) for x in c.countries):
            return True
        gov = c.trigger.governed.compound.replace(" ", "") if c.trigger.governed else ""
        if any(n in gov for n in lex.international_event_nouns):
            return True
        if _domestic_name(gov, lex):
            return False  # '국내 아프리카 전문가 간담회': a gathering at home about abroad needs a side abroad
        if len(reader.pair) == 2 and "KR" in reader.pair and ("공동" in gov or "합동" in gov):
            return True  # 공동사업, 공동연구 on a page about one partner: done with that partner
        pb = d.para_starts[c.para] if 0 <= c.para < len(d.para_starts) else c.sentence[0]
        pe = ends[c.para] if 0 <= c.para < len(ends) else c.sentence[1]
        # its own paragraph, and the sentences elsewhere that tell more of it ('이날 상담회에는 태국 ...
        # 바이어들이 참여했으며')
        for b, e in ((min(pb, c.sentence[0]), max(pe, c.sentence[1])), *c.told_again):
            if any(_is_foreign(m.country) for m in reader.near(b, e) if m.begin >= b and m.stop <= e):
                return True
            if _international_text(text[b:e], lex, _without_home_names(text, b, e, reader)) is not None:
                return True
        return False

    def home_pair(c: Cand) -> bool:
        """Two or more Korean bodies and no one else: a domestic signing (ANNOTATE.md)."""
        orgs = [p for p in c.participants if p.kind == "org"]
        return len(orgs) >= 2 and all(p.country == "KR" for p in c.participants)

    def home_signing(c: Cand) -> bool:
        """Two Korean bodies signing in Korea: only a foreign place, party or a two-country name of the
        instrument makes it international, not a region or country it is about ('아프리카 진출 지원 협약')."""
        if c.location is None or c.location.country != "KR":
            return direct(c)
        gov = c.trigger.governed.compound if c.trigger.governed else ""
        return any(_is_foreign(x) for x in c.countries) or _international_text(
            gov, lex) == "compound" or any(n in gov.replace(" ", "") for n in lex.international_event_nouns)

    ok = [(c.type not in _NEEDS_CUE and not (c.type == "agreement" and home_pair(c)))
          or (home_signing(c) if c.type == "agreement" else direct(c)) for c in cands]
    partners = [c for c, k in zip(cands, ok, strict=True) if k and (
        any(_is_foreign(p.country) for p in c.participants) or c.type in ("agreement", "visit"))]
    for i, c in enumerate(cands):
        if ok[i] or len(reader.pair) < 2 or (c.location is not None and c.location.country == "KR"):
            continue  # a body's own act at home (도청 회의실에서 예산 회의) is not with the partner
        if c.type == "award":
            continue  # a prize a body gives its own students is not given with the partner it works with
        if _domestic_name(c.trigger.governed.compound if c.trigger.governed else "", lex):
            continue
        if any(same_party(p, q) for o in partners if o is not c for p in c.participants for q in o.participants):
            ok[i] = True
            c.cues.append("international:party-acts-with-partner")
    return [c for c, k in zip(cands, ok, strict=True) if k]


# ---------------------------------------------------------------- acts told as states, series or intentions

# date rules that give an act the date of another act or of the page (events.py keeps the same set)
_BORROWED_DATES = frozenset({"none", "paragraph", "paragraph-event", "document-event-before",
                             "publication-year", "document-year", "report-date", "sentence-event"})


def _decided(c: Cand, doc_date: str | None) -> bool:
    """A plan told as decided ('하기로 했다/합의했다') dated on or before the publication day: the date is
    the decision's; the act itself is not scheduled by it ('내년 3월 개최하기로 했다' stays)."""
    if c.status != "planned" or c.trigger.cue != "기로" or not doc_date or c.date is None or not c.date.start:
        return False
    end = c.date.end or c.date.start
    # a day on or before publication; a month or year only when wholly before it ('올해 하반기' may be to come)
    return end <= doc_date if len(end) >= 10 else end < doc_date[:len(end)]


def _present(toks, c: Cand, hi: int) -> bool:
    """The act's verb, or the verb of the sentence it is coordinated with, ends in the present tense
    ('파견하고 ... 진행한다'): no past-tense ending from the trigger to the end of the sentence."""
    return c.trigger.form == "verbal" and not _past_after(toks, c.trigger.index, hi, reach=0)


# '이번 협약으로 양 대학은 ...', '이 MOU로': what an act told before brings about
_BY_THIS_ACT = re.compile(r"(?<![가-힣])(?:이번|이|동)\s?(?:[가-힣A-Z]+\s)?(?:협약|협정|양해각서|MOU|약정|합의|협력)"
                          r"(?:을 통해|를 통해|으로|로)(?![가-힣])")


def _under_earlier_act(text: str, c: Cand, lex: Lexicon) -> bool:
    """'이번 협약에 따라 ...', '협약에 따라 ...', '이번 협약으로 ...': the clause tells what an act told before
    provides for."""
    head = text[c.sentence[0]:c.trigger.begin]
    return any(link in head for link in lex.earlier_act_links) or bool(_BY_THIS_ACT.search(head))


def _cited_basis(text: str, c: Cand, lex: Lexicon) -> bool:
    """'헝가리와 체결한 협정에 근거, ...', '맺은 협약에 따라 ...': an act told in a relative clause on the
    instrument another act rests on; undated, it is background, not a happening (ANNOTATE.md)."""
    gov = c.trigger.governed
    if c.trigger.form != "adnominal" or gov is None or gov.begin < c.trigger.stop:
        return False
    after = text[gov.stop:gov.stop + 12].lstrip(" '\"’”)")
    return any(after.startswith(link) for link in lex.earlier_act_links)


_SINCE = re.compile(r"\s?(?:[가-힣]{1,6}\s?)?(?:이후|이래)(?![가-힣])")


def _since_anchor(text: str, c: Cand) -> bool:
    """'지난달 방한 이후 ... 사업이 활발히 진행되고 있다': the date anchors a state told since an act, it
    dates no happening of its own."""
    de = c.date
    if de is None or not (c.sentence[0] <= de.stop <= c.trigger.begin):
        return False
    return bool(_SINCE.match(text, de.stop, min(c.trigger.begin, de.stop + 12)))


def _own_date(c: Cand) -> bool:
    """The act's date comes from its own clause or sentence (not the paragraph, page or act before)."""
    return c.date is not None and not c.weak_date and c.date_rule in ("clause", "sentence", "ymd", "time-clause-main")


def _progressive(toks, c: Cand, hi: int) -> bool:
    """'진행되고 있다', '시행하고 있다', '추진 중이다', '추진중': the act told as an ongoing state."""
    tr = c.trigger
    if tr.lemma.endswith("중"):
        return True
    after = toks[tr.end_index + 1:min(hi, tr.end_index + 5)]
    forms = [(t.form, t.tag) for t in after]
    if tr.form == "verbal" and toks[tr.end_index].form == "고" and forms[:1] == [("있", "VX")]:
        return True
    return len(forms) >= 2 and forms[0][0] == "중" and forms[0][1] in ("NNB", "NNG") and forms[1][1] == "VCP"


def is_progressive(reader: Reader, c: Cand) -> bool:
    """The act told as an ongoing state ('진행되고 있다', '추진 중이다'), for the reader's document."""
    d = reader.d
    _lo, hi = d.tok_range(c.sentence[0], c.sentence[1])
    return c.trigger.form != "list-item" and _progressive(d.toks, c, hi)


def _plain_present(toks, c: Cand, hi: int) -> bool:
    """A verbal act told as done in the plain present ('추진한다', '운영합니다'; not '진행하고 있다', an
    ongoing state a page may report): with no date of its own it tells a habit, a plan or what another
    act provides for, not one happening (news tells a happening in the past tense)."""
    tr = c.trigger
    if any(t.tag == "VCP" for t in toks[tr.index:tr.end_index + 2]):
        return False  # '... 병원을 짓는 사업이다': what a project is (a definition or a project told), no verb of doing
    return (c.status == "happened" and not c.headline and _present(toks, c, hi)
            and not _progressive(toks, c, hi))


def _past_after(toks, k: int, hi: int, reach: int = 3) -> bool:
    """A past-tense ending (었/았/였) on the verb at token ``k`` (or anywhere up to ``hi`` when reach is 0)."""
    end = hi if reach == 0 else min(hi, k + reach)
    return any(t.tag == "EP" and t.form in ("었", "았", "였", "ㅆ") for t in toks[k + 1:end])


def _intention(toks, c: Cand, hi: int, lex: Lexicon) -> bool:
    """'추진하겠다', '연구협력을 하게 된다', '공동연구를 한다는 방침이다': what a body means to do."""
    tr = c.trigger
    seg = toks[tr.index + 1:min(hi, tr.end_index + 4)]
    for k, t in enumerate(seg):
        if t.tag == "EP" and t.form == "겠":
            return True
        if t.tag == "EC" and t.form == "게" and k + 1 < len(seg) and seg[k + 1].form == "되":
            return not _past_after(toks, tr.index + 1 + k + 1, hi)  # '하게 됐다' happened; '하게 된다' is to come
        if t.tag == "ETM" and t.form.endswith("다는") and k + 1 < len(seg) and seg[k + 1].form in lex.plan_nouns:
            return True
    return False


def _ends_in_intention(toks, lo: int, hi: int, lex: Lexicon) -> bool:
    """The sentence ends in a plan or an expected outcome ('... 연구협력을 하게 된다', '... 공동연구를 한다는
    방침이다', '... 지원할 계획이다', '... 추진하겠다'), not in an act told as done."""
    tail = [t for t in toks[max(lo, hi - 8):hi] if t.tag not in ("SF", "SP", "SS", "SSC", "SSO", "SW", "SE")]
    if not tail or tail[-1].tag != "EF":
        return False
    forms = [(t.form, t.tag) for t in tail]
    for k in range(len(forms) - 1):
        f, tag = forms[k]
        if tag == "EC" and f == "게" and forms[k + 1][0] == "되" and not _past_after(tail, k + 1, len(tail)):
            return True
        if tag == "ETM" and forms[k + 1][0] in lex.plan_nouns and k + 2 < len(forms) \
                and forms[k + 2][1] == "VCP" and not _past_after(tail, k + 2, len(tail)):
            return True
        if tag == "EP" and f == "겠":
            return True
    return False


def _content_clause(toks, c: Cand, hi: int, lex: Lexicon) -> bool:
    """'... 사업이 추진되도록 지원한다는 내용이 담겼다': the act is what a document says, not an act told."""
    tr = c.trigger
    for k in range(tr.end_index, min(hi - 1, tr.end_index + 6)):
        if toks[k].tag == "ETM" and toks[k].form.endswith("다는") and toks[k + 1].form in lex.content_nouns:
            return True
    if tr.form in ("nominal", "verbal") and not any(t.tag == "EP" or t.tag == "ETM" for t in toks[tr.index:tr.end_index + 1]):
        # '협정에는 교환학생 파견, 공동연구 추진 등이 담겼다': items of what a document holds
        rest = toks[tr.end_index + 1:hi]
        if any(t.form == "등" for t in rest[:12]) and any(t.form in lex.content_verbs for t in rest):
            return True
    return False


def _counted(toks, c: Cand, lo: int, lex: Lexicon, dates=()) -> bool:
    """'2번이나 방문했고', '5차례 방문했다', '매년 개최해': a series of acts, no single happening."""
    tr = c.trigger
    if any(t.form in lex.series_words for t in toks[max(lo, tr.index - 12):tr.index] if t.begin >= c.clause[0]):
        return True
    # '그동안 ... 교류하면서 교수진을 파견하고': a series word opening the sentence spans its coordinated
    # clauses, unless a date told after it dates this act
    first = next((t for t in toks[lo:tr.index] if t.form in lex.series_words), None)
    if first is not None and not any(first.stop <= de.begin and de.stop <= tr.begin for de in dates):
        return True
    k0 = max(lo, tr.index - 5)
    seg = toks[k0:tr.index]
    for k, t in enumerate(seg):
        if t.form in lex.count_units and t.tag in ("NNB", "NNG") and k > 0 and seg[k - 1].tag in ("SN", "MM", "NR") \
                and (k + 1 >= len(seg) or seg[k + 1].tag != "JKG"):
            return True
    return False


_EVERY_TIME = re.compile(r"(?:할|한|을|ㄹ)?\s?때마다|(?<![가-힣])매(?:주|달|월|분기|학기)(?![가-힣])")


def _series_told(text: str, c: Cand, lex: Lexicon) -> bool:
    """A series word of the lexicon told in the act's clause before it, as a word or an adverb ('매년', '정기적으로'),
    or 'every time' ('방문할 때마다', '매달')."""
    head = text[c.clause[0]:c.trigger.begin]
    return bool(_series_re(lex.series_words).search(head) or _EVERY_TIME.search(head))


@functools.lru_cache(4)
def _series_re(words: frozenset[str] | tuple[str, ...]) -> re.Pattern:
    """The series words as words or adverbs ('매년', '정기적으로'; not '지속적인 협력', a topic)."""
    alts = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"
    return re.compile(r"(?<![가-힣])(?:" + alts + r")(?:으로|로)?(?![가-힣])")


def _definition(toks, c: Cand, lo: int, hi: int) -> bool:
    """'X는 정부가 외국인에게 수여하는 가장 높은 훈장이다', 'KOICA가 진행하는 사업입니다': a present-tense
    relative clause inside a sentence that says what something is, not that an act happened."""
    tr = c.trigger
    if tr.form != "adnominal" or toks[tr.end_index].form != "는":
        return False
    last = [t for t in toks[lo:hi] if t.tag not in ("SF", "SP", "SS", "SSC", "SW")]
    return len(last) >= 2 and last[-1].tag == "EF" and last[-2].tag == "VCP"


def _noun_line(toks, c: Cand, lo: int, hi: int) -> bool:
    """An act in a relative clause of a sentence with no verb of its own that ends in a noun ('X시가 자매결연을
    맺은 국내외 도시.', an entry's opening line): it says what the entry is about, not that an act happened."""
    tr = c.trigger
    if tr.form != "adnominal" or c.headline:
        return False
    words = [t for t in toks[lo:hi] if t.tag not in ("SP", "SS", "SSC", "SSO", "SW", "SE")]
    # closed by a full stop right after the noun (a page cut off mid-sentence ends in a noun too)
    return (len(words) >= 2 and words[-1].tag == "SF" and words[-2].tag.startswith("NN")
            and not any(t.tag == "EF" for t in toks[tr.end_index:hi]))


def _total(toks, c: Cand, hi: int, lex: Lexicon) -> bool:
    """'지금까지 체결한 양해각서는 30건에 달한다', '제공한 무상원조는 6억 달러에 달했다': acts summed up
    as a total reached (an adnominal act in the subject, the sentence's verb one of reaching), no happening."""
    tr = c.trigger
    if tr.form != "adnominal":
        return False
    after = toks[tr.end_index + 1:hi]
    topic = next((k for k, t in enumerate(after) if t.tag in ("JX", "JKS")), None)
    if topic is None or topic > 4:
        return False
    return any(t.form in lex.total_verbs and (t.tag.startswith("VV") or t.tag == "NNG") for t in after[topic + 1:])


def _two_sided(c: Cand) -> bool:
    """The act's own clause names a Korean party and a foreign one (a joint project told as ongoing
    or by what it is: '한국국제협력단은 캄보디아 농림부와 함께 ... 사업을 펼치고 있다')."""
    if "participants:inherited" in c.cues:
        return False
    return both_sides(c.participants)


# a counted crowd: '8천여 명', '300명', '수백 명' (groups: digits, unit; or the unit of 수백/수천/수만)
_CROWD_COUNT = r"(?:(?<![가-힣\d,.])(\d[\d,]*)\s?([백천만]?)|(?<![가-힣])수(백|천|만))\s?(?:여\s?)?명"
# ... that a meeting verb takes as its partner ('8천여 명과', '수백 명의 관객과', '학생 300명과')
_CROWD_PARTNER = re.compile(_CROWD_COUNT + r"(?:의\s?[가-힣]+)?(?:과|와)\s?$")
# ... that is the subject of a visit ('관광객 3천여 명이')
_CROWD_SUBJECT = re.compile(_CROWD_COUNT + r"(?:이|은|가)(?![가-힣])")
_UNITS = {"": 1, "백": 100, "천": 1000, "만": 10000}


def _a_crowd(m: re.Match | None) -> bool:
    """A count of a hundred people or more ('수백 명' always is)."""
    if m is None:
        return False
    return bool(m.group(3)) or int(m.group(1).replace(",", "")) * _UNITS[m.group(2)] >= 100


def _crowd_partner(text: str, c: Cand) -> bool:
    """'현지 팬 8천여 명과 만났다', '관객 300명과 만나': met a crowd of a hundred or more, not a body or a
    person (a delegation of five met is a meeting)."""
    if c.trigger.form != "verbal":
        return False
    return _a_crowd(_CROWD_PARTNER.search(text[max(c.clause[0], c.trigger.begin - 30):c.trigger.begin]))


# war and troops: '6.25 전쟁 기간 중 부산에 파견된 야전병원단', '군대를 한국에 파견했다' tell a war, not a visit
_WAR = re.compile(r"(?:전쟁|참전|파병|(?:군대|병력|군인|장병|전투병|부대)(?:을|를|이|가)?(?![가-힣]))")


def _war_dispatch(text: str, c: Cand) -> bool:
    """A dispatch told with a war or troops in its clause ('1950-1953년 영국은 ... 많은 군대를 한국에 파견했다',
    '6.25 전쟁 기간 중 부산에 파견된 ... 병원단'): a deployment in a war, not a cooperation visit."""
    if c.type != "visit" or not c.trigger.lemma.startswith(("파견", "파병")):
        return False
    return bool(_WAR.search(text, c.clause[0], c.trigger.begin))


def _time_since(toks, c: Cand, hi: int) -> bool:
    """'X와 협정을 맺은 지 10년이 됐다', '수교한 지 30년': an act told by the time since it, with no date."""
    tr = c.trigger
    if tr.form != "adnominal":
        return False
    nxt = toks[tr.end_index + 1:min(hi, tr.end_index + 2)]
    return bool(nxt) and nxt[0].form == "지" and nxt[0].tag == "NNB"


def _wish(toks, c: Cand, hi: int) -> bool:
    """'만나고 싶다는 뜻을 밝혔다', '방문하기를 희망한다': a wish, not an act."""
    tr = c.trigger
    seg = toks[tr.end_index + 1:min(hi, tr.end_index + 5)]
    for k, t in enumerate(seg):
        if t.tag == "VX" and t.form == "싶":
            return True
        if t.tag == "ETN" and t.form == "기" and any(
                x.form in ("희망", "바라", "원하", "기원") for x in seg[k + 1:k + 3]):
            return True
    return False


# partners counted as a set: '12개국 35개 기관과', '다낭시 등 8개 도시와'
_COUNTED_PARTNERS = re.compile(r"\d+\s?개\s?(?:국|나라|국가|기관|도시|대학|기업|단체|지자체|지방정부|해외\s?도시)(?:과|와|이|가|\s|,)")


_UP_TO_NOW = re.compile(r"(?<![가-힣])(?:현재|지금까지|현재까지|그동안|그간|이제까지)(?![가-힣])")


def _standing_ties(text: str, toks, c: Cand, hi: int) -> bool:
    """'현재 X 등 8개 도시와 자매결연을 맺고 있다', '12개국 35개 기관과 협력 협정을 맺고 있다': the ties a body
    holds now, or counted as a set of partners, not one signing."""
    if c.type != "agreement":
        return False
    if c.trigger.form == "verbal" and _progressive(toks, c, hi):
        return True
    # counted partners summed up to now ('지금까지 20개국 50개 기관과 MOU를 체결했다'); a count alone may be
    # one signing with many ('X, Y와 국내 11개 대학과 ... 협약을 맺었다')
    return bool(_COUNTED_PARTNERS.search(text, c.clause[0], c.trigger.begin)) and bool(
        _UP_TO_NOW.search(text, c.clause[0], c.trigger.begin))


def _crowd_visitors(text: str, c: Cand) -> bool:
    """A visit whose subject is a counted crowd of a hundred or more ('관광객 3천여 명이 ... 방문했다') and no
    party but the place visited: tourists or an audience, not a delegation."""
    if c.trigger.form != "verbal" or any(p.kind == "person" for p in c.participants):
        return False
    return _a_crowd(_CROWD_SUBJECT.search(text, c.clause[0], c.trigger.begin))


def _generic_work(toks, c: Cand, lo: int, hi: int) -> bool:
    """'최근 코이카는 ... 필리핀 정부 수요와 ... 접목해 ... 지원하는 사업을 확대해 나가고 있다': a bare 사업 in a
    present relative clause, the object of another verb, tells what a body does in general, not one project
    (a definition naming the project's doers, '... KOICA와 KIA가 진행하는 사업입니다', stays)."""
    tr, gov = c.trigger, c.trigger.governed
    if tr.form != "adnominal" or toks[tr.end_index].form != "는" or gov is None or gov.compound != gov.noun:
        return False
    return not _definition(toks, c, lo, hi)


def drop_non_happenings(cands: list[Cand], reader: Reader) -> list[Cand]:
    """Drop acts the text does not assert as one happening (ANNOTATE.md 'What is an event').

    - a project told as an ongoing state or in a present-tense relative clause, with no date
      of its own and no Korean and foreign party named together ('사업이 활발히 진행되고 있다',
      '신정부에서 추진하는 프로젝트를 파악하고');
    - an intention with no date of its own ('추진하겠다', '연구협력을 하게 된다'), and a project in a
      sentence that ends in a plan or an expected outcome ('... 사업에 참여해 공동연구를 한다는 방침이다');
    - an act told as what a document says ('... 지원한다는 내용이 담겼다');
    - a visit or meeting counted as a series ('2번이나 방문했고', '5차례 방문했다', '매년 개최');
    - an act in a present-tense relative clause of a sentence that defines something
      ('우의 훈장은 정부가 외국인에게 수여하는 최고 훈장이다');
    - acts summed up as a total reached ('제공한 무상원조는 6억 달러에 달했다');
    - a project with no date of its own told in the plain present ('양 도시는 교류사업을 추진한다');
    - an act with no date of its own told as what follows from an act ('이번 협약에 따라 ... 지원할
      계획이다', '협정에 따라 양 대학은 교환학생을 파견한다': what was agreed, not a happening).
    """
    d = reader.d
    toks = d.toks
    out = []
    for c in cands:
        lo, hi = d.tok_range(c.sentence[0], c.sentence[1])
        why = None
        own = _own_date(c)
        if c.trigger.form == "list-item":
            out.append(c)
            continue
        if c.type == "project" and not _two_sided(c) and (
                ((not own or _since_anchor(d.text, c)) and (
                    _progressive(toks, c, hi) or (c.trigger.form == "adnominal" and toks[c.trigger.end_index].form == "는")))
                or (c.date_rule == "sentence" and _progressive(toks, c, hi))):
            why = "ongoing"  # '2012년 봉사회를 발족, 현지 의사 연수를 시행하고 있다': the year dates the clause before
        elif not own and c.status == "happened" and (
                _intention(toks, c, hi, d.lex) or (c.type == "project" and _ends_in_intention(toks, lo, hi, d.lex)
                                            and not _past_after(toks, c.trigger.index, hi, reach=0))):
            why = "intention"
        elif c.type == "project" and not own and (c.date is None or c.date_rule in _BORROWED_DATES) \
                and _plain_present(toks, c, hi):
            why = "present"  # '이번 협약으로 양 도시는 교류사업을 추진한다': what an act provides for, a habit
        elif not own and _content_clause(toks, c, hi, d.lex):
            why = "content"
        elif c.type == "project" and not own and _generic_work(toks, c, lo, hi):
            why = "generic"  # a bare 사업 a body carries on, told in a present relative clause
        elif _war_dispatch(d.text, c):
            why = "war"
        elif not own and c.type not in ("visit", "meeting") and c.trigger.form in ("verbal", "adnominal") and (
                _series_told(d.text, c, d.lex) or _counted(toks, c, lo, d.lex, d.dates)):
            why = "series"  # '매년 공동 워크숍을 개최한다', '방문할 때마다 세미나를 열었다': again and again, no one act
        elif not own and c.type in ("forum", "award") and c.trigger.form == "verbal" and _progressive(toks, c, hi):
            why = "ongoing"  # '매년 ... 심포지엄을 개최하고 있다', '장학금을 수여하고 있다': a practice, no one act
        elif not own and _time_since(toks, c, hi):
            why = "since"  # '협정을 맺은 지 10년이 됐다': the time since an act, not the act told
        elif _wish(toks, c, hi):
            why = "wish"  # '만나고 싶다는 뜻을 밝혔다'
        elif not own and _standing_ties(d.text, toks, c, hi):
            why = "standing-ties"  # '현재 8개 도시와 자매결연을 맺고 있다': the ties held, no one signing
        elif c.type == "visit" and not own and c.trigger.form == "adnominal" and toks[c.trigger.end_index].form == "는":
            why = "present-visit"  # '한빛시를 찾는 관광객이 늘고 있다', '방한하는 X 총리는': no one visit told as done
        elif c.type == "visit" and _crowd_visitors(d.text, c):
            why = "crowd"  # '관광객 3천여 명이 한빛시를 방문했다': tourists, not a delegation
        elif c.type == "meeting" and _crowd_partner(d.text, c):
            why = "crowd"  # '현지 팬 8천여 명과 만났다': a performance, not a meeting of parties
        elif c.type in ("visit", "meeting") and c.trigger.form in ("verbal", "adnominal") and (
                _counted(toks, c, lo, d.lex, d.dates) or (c.open_ended and _progressive(toks, c, hi))):
            why = "series"  # '5차례 방문했다'; '1995년부터 회의가 정기적으로 이루어지고 있다': since then, again and again
        elif not own and _definition(toks, c, lo, hi) and not (c.type == "project" and _two_sided(c)):
            why = "definition"
        elif not own and _noun_line(toks, c, lo, hi):
            why = "noun-line"  # 'X시가 자매결연을 맺은 국내외 도시.': what an entry is about, no act told
        elif _total(toks, c, hi, d.lex):
            why = "total"
        elif not own and _cited_basis(d.text, c, d.lex):
            why = "cited-basis"  # '체결한 협정에 근거, 공동위가 마련됐다': the instrument an act rests on
        elif _decided(c, reader.doc_date):
            why = "decided"  # '14일 공동연구센터를 설립하기로 합의했다': the day of the decision, not of an opening
        elif not own and (c.date is None or c.date_rule in _BORROWED_DATES) and (
                c.status == "planned" or _present(toks, c, hi)) and _under_earlier_act(d.text, c, d.lex):
            why = "under-agreement"  # '이번 협정에 따라 양 대학은 교환학생을 파견하고 공동연구를 진행한다'
        if why is None:
            out.append(c)
    return out


# acts a call on someone may be the occasion of, told after it in the same sentence
_DONE_AT_A_CALL = frozenset({"agreement", "opening", "award"})


def drop_occasion_calls(cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """A call on someone told as the occasion of a signing, opening or award in the same sentence ('총장이
    장관과 12일 만나 ... 협약을 체결했다', '총장과 접견을 갖고 ... 협정을 체결하였으며'): the act told after it
    is the happening, the call no meeting of its own (talks, 회담 and 면담, stay meetings)."""
    out = []
    for c in cands:
        tr = c.trigger
        if (c.type == "meeting" and tr.lemma in lex.courtesy_calls and tr.form in ("verbal", "nominal")
                and any(o.type in _DONE_AT_A_CALL and o.sentence == c.sentence and o.trigger.begin > tr.stop
                        and o.status == c.status for o in cands)):
            continue
        out.append(c)
    return out
