"""Linking: KB entities, country prefixes, renamed bodies, acronyms, fuzzy variants, new entities."""

from __future__ import annotations

import json

import pytest

from coopgraph.link.entities import link_mentions, split_prefix, stable_id
from coopgraph.recognise.entities import find_mentions
from coopgraph.text.sentences import split_sentences

pytestmark = pytest.mark.slow  # Kiwi


def link(text: str):
    return link_mentions(find_mentions(text, split_sentences(text), use_ner=False), text)


def by_text(text: str) -> dict:
    ms, _ = link(text)
    return {m.text: m for m in ms}


# (sentence, surface, entity id (None: a new entity), canonical name, country)
CASES = [
    ("과기정통부와 ETRI가 협약을 맺었다.", "과기정통부", "kr-msit", "과학기술정보통신부", "KR"),
    ("과기정통부와 ETRI가 협약을 맺었다.", "ETRI", "kr-etri", "한국전자통신연구원", "KR"),
    # renamed ministries map to one entity
    ("2010년 교육과학기술부는 협력 계획을 발표했다.", "교육과학기술부", "kr-msit", "과학기술정보통신부", "KR"),
    ("당시 지식경제부 관계자가 참석했다.", "지식경제부", "kr-motie", "산업통상자원부", "KR"),
    ("안전행정부가 후원했다.", "안전행정부", "kr-mois", "행정안전부", "KR"),
    # country prefix split off: known Korean body stays Korean, same name abroad is new
    ("대한민국 외교부가 발표했다.", "대한민국 외교부", "kr-mofa", "외교부", "KR"),
    ("몽골 산업부와 협의했다.", "몽골 산업부", None, "몽골 산업부", "MN"),
    ("타지키스탄 교통부 대표가 방한했다.", "타지키스탄 교통부", None, "타지키스탄 교통부", "TJ"),
    ("알마티시 보건국과 만났다.", "알마티시 보건국", None, "알마티시 보건국", "KZ"),
    # shared alias resolved by the country in the sentence
    ("벨라루스 대표단은 국가과학기술위원회를 방문했다.", "국가과학기술위원회", "by-gknt", "벨라루스 국가과학기술위원회", "BY"),
    ("정부는 국가과학기술위원회를 새로 만들었다.", "국가과학기술위원회", "kr-nstc-2011", "국가과학기술위원회", "KR"),
    # places and countries
    ("사절단은 예레반과 트빌리시를 거쳐 귀국했다.", "트빌리시", "place-ge-tbilisi", "트빌리시", "GE"),
    ("우리나라와 우크라이나가 합의했다.", "우크라이나", "country-ua", "우크라이나", "UA"),
    # unknown Korean-looking organisations
    ("국립해양생물자원관이 참여했다.", "국립해양생물자원관", None, "국립해양생물자원관", "KR"),
    ("주몽골대한민국대사관이 주최했다.", "주몽골대한민국대사관", None, "주몽골대한민국대사관", "KR"),
    # missions: Korea's abroad are KR (never fuzzy-matched to a mission in Korea), missions in Korea their sender's
    ("주카자흐스탄 대사관이 행사를 열었다.", "주카자흐스탄 대사관", "kr-embassy-kz", "주카자흐스탄대한민국대사관", "KR"),
    ("주몽골 대사관이 행사를 열었다.", "주몽골 대사관", None, "주몽골 대사관", "KR"),
    ("주벨라루스 대한민국대사관이 행사를 열었다.", "주벨라루스 대한민국대사관", "kr-embassy-by", "주벨라루스대한민국대사관", "KR"),
    ("주타지키스탄 대한민국대사관이 행사를 열었다.", "주타지키스탄 대한민국대사관", None, "주타지키스탄 대한민국대사관", "KR"),
    ("주한몽골대사관 관계자가 참석했다.", "주한몽골대사관", None, "주한몽골대사관", "MN"),
    # short country forms are prefixes too
    ("우즈벡 교통부와 협의했다.", "우즈벡 교통부", None, "우즈벡 교통부", "UZ"),
    # a joint body "한-X ..." is the partner's
    ("'한-인니 해양협력센터'가 개소했다.", "한-인니 해양협력센터", None, "한-인니 해양협력센터", "ID"),
    # context: the parent body, the geography named before in the sentence, the office's city
    ("아제르바이잔 보건부 산하 의약품청과 만났다.", "의약품청", None, "의약품청", "AZ"),
    ("대표단은 알마티시 교육국과 청소년센터를 방문했다.", "청소년센터", None, "청소년센터", "KZ"),
    ("충남대 알마티 사무소가 문을 열었다.", "충남대 알마티 사무소", None, "충남대 알마티 사무소", "KZ"),
    # local governments acting: the KB place, as an organisation
    ("경기도는 하노이시와 협약을 맺었다.", "하노이시", "place-vn-hanoi", "하노이", "VN"),
    ("몽골 정부와 협력하기로 했다.", "몽골 정부", None, "몽골 정부", "MN"),
    # a bilateral committee meets in both countries: no country from its "한-X" name
    ("'한-우즈벡 보건협력위원회'가 열렸다.", "한-우즈벡 보건협력위원회", None, "한-우즈벡 보건협력위원회", None),
]


@pytest.mark.parametrize("text, surface, eid, name, country", CASES)
def test_linking(text, surface, eid, name, country):
    m = by_text(text)[surface]
    if eid is None:
        assert m.entity_id == stable_id("org", name)
    else:
        assert m.entity_id == eid
    assert (m.name, m.country) == (name, country)


def test_bracketed_acronym_defines_an_alias():
    text = "카스피해생태연구센터(CERC)가 문을 열었다. 이후 CERC는 바쿠에 지부를 두었다."
    ms, ents = link(text)
    ids = {m.entity_id for m in ms if m.text in ("카스피해생태연구센터", "CERC")}
    assert len(ids) == 1
    ent = next(e for e in ents if e.id in ids)
    assert "CERC" in ent.aliases
    assert sum(1 for m in ms if m.text == "CERC") == 2


def test_unknown_long_form_with_a_known_acronym_links_to_the_kb():
    m = by_text("국가정보화추진원(NIA) 전문가들이 자문했다.")["국가정보화추진원"]
    assert m.entity_id == "kr-nia"


def test_spacing_variants_share_one_entity():
    text = "한국 해양 생물 공학 연구소와 한국해양생물공학연구소는 같은 곳이다."
    ms, ents = link(text)
    orgs = [m for m in ms if m.kind == "org"]
    assert len(orgs) == 2 and orgs[0].entity_id == orgs[1].entity_id
    assert len([e for e in ents if e.kind == "org"]) == 1


def test_fuzzy_match_absorbs_a_dropped_syllable():
    m = by_text("한국과학기술정보연구 관계자와 만났다. 한국과학기술정보연구원 관계자.")
    assert m["한국과학기술정보연구원"].entity_id == "kr-kisti"


def test_person_gets_affiliation_and_country():
    text = "카리모프 우즈베키스탄 혁신개발부 차관이 방한했다."
    ms, ents = link(text)
    person = next(m for m in ms if m.kind == "person")
    assert person.affiliation == "uz-mininnovation"
    assert person.country == "UZ"
    assert person.entity_id == stable_id("person", "카리모프")


def test_korean_name_is_korean():
    person = next(m for m in link("행사에는 정수민 원장이 참석했다.")[0] if m.kind == "person")
    assert person.country == "KR"


def test_entities_carry_aliases_for_the_scorer():
    _, ents = link("한국보건산업진흥원은 모스크바에서 설명회를 열었다.")
    khidi = next(e for e in ents if e.id == "kr-khidi")
    assert "KHIDI" in khidi.aliases and "보건산업진흥원" in khidi.aliases
    msit = link("미래창조과학부가 지원했다.")[1][0]
    assert {"미래창조과학부", "교육과학기술부"} <= set(msit.aliases)


def test_every_mention_is_linked_and_entities_are_unique():
    text = "KOTRA와 KOICA는 하노이에서 베트남 과학기술부와 만났다. 이어 KOTRA는 호찌민으로 갔다."
    ms, ents = link(text)
    assert all(m.entity_id and m.name for m in ms)
    ids = [e.id for e in ents]
    assert len(ids) == len(set(ids))
    assert {m.entity_id for m in ms} == set(ids)


@pytest.mark.parametrize("surface, country, rest", [
    ("벨라루스 통신정보화부", "BY", "통신정보화부"), ("상트페테르부르크시 보건위원회", "RU", "보건위원회"),
    ("한국연구재단", "KR", "한국연구재단"), ("벨라루스-한국 협력센터", "BY", "한국 협력센터"), ("러시아", None, "러시아"),
])
def test_split_prefix(surface, country, rest):
    assert split_prefix(surface) == (country, rest)


def test_cli_entities_prints_linked_mentions(capsys):
    from coopgraph.cli import main

    assert main(["entities", "--no-ner", "한국원자력연구원(KAERI)이 민스크에서 발표했다."]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert ("한국원자력연구원", "kr-kaeri") in {(r["text"], r["id"]) for r in rows}
    assert any(r["text"] == "민스크" and r["country"] == "BY" for r in rows)


@pytest.mark.parametrize("surface, spelled", [
    ("우즈벡 교통부", "우즈베키스탄 교통부"), ("한-인니 해양협력센터", "한-인도네시아 해양협력센터"),
    ("카자흐 에너지부", "카자흐스탄 에너지부"),
])
def test_new_entities_carry_the_full_country_spelling(surface, spelled):
    _, ents = link(f"{surface}와 협의했다.")
    ent = next(e for e in ents if e.name == surface)
    assert spelled in ent.aliases


@pytest.mark.parametrize("text, name", [
    ("야로스와프 노바크 교수가 발표했다.", "야로스와프 노바크"),  # a surname-like first syllable, a foreign name
    ("세미나에서 노바크 교수가 발표했다.", "노바크"),  # 크 does not occur in Korean names
])
def test_foreign_names_are_not_read_as_korean(text, name):
    person = next(m for m in link(text)[0] if m.kind == "person")
    assert person.text == name and person.country != "KR"


def test_foreign_name_takes_the_one_partner_country_of_the_text():
    ms, _ = link("키르기스스탄 대표단이 도착했다. 이튿날 아이트마토바 장관이 연설했다.")
    person = next(m for m in ms if m.kind == "person")
    assert person.country == "KG"


@pytest.mark.parametrize("text, surface, eid, country", [
    ("카자흐스탄 알마티시 정부와 협약을 맺었다.", "카자흐스탄 알마티시 정부", "place-kz-almaty", "KZ"),
    ("베트남 하노이시 정부는 밝혔다.", "베트남 하노이시 정부", "place-vn-hanoi", "VN"),
    ("경북도는 협약을 맺었다.", "경북도", "place-kr-gyeongbuk", "KR"),
])
def test_city_and_province_governments_link_to_their_place(text, surface, eid, country):
    m = by_text(text)[surface]
    assert (m.kind, m.entity_id, m.country) == ("org", eid, country)


def test_a_region_named_by_an_international_body_is_a_place():
    m = by_text("CIS 지역 국가들과 협력한다.")["CIS"]
    assert m.kind == "place" and m.country is None


PLURAL = [
    ("충북대학교와 몽골 국립대학교는 10일 교류 협약을 맺었다. 이날 김철수 총장은 축사를 했다. 양 대학은 교류를 늘린다.",
     "양 대학", ("충북대학교", "몽골 국립대학교")),
    ("한국생명공학연구원(KRIBB)과 우즈베키스탄 과학아카데미가 협약을 맺었다. 양 기관은 공동연구를 한다.",
     "양 기관", ("한국생명공학연구원", "우즈베키스탄 과학아카데미")),
    ("한국과 베트남은 회담을 열었다. 양국은 협력을 확대하기로 했다.", "양국", ("한국", "베트남")),
    ("산업통상자원부는 폴란드 개발기술부와 회의를 열었다. 양측은 원전 협력을 논의했다.", "양측",
     ("산업통상자원부", "폴란드 개발기술부")),
    # bodies of two countries stand for them
    ("과학기술정보통신부는 몽골 교육과학부와 만났다. 양국은 위원회를 열기로 했다.", "양국",
     ("과학기술정보통신부", "몽골 교육과학부")),
    # the last coordinated pair, not the nearest bodies
    ("서울대학교와 하노이국립대학교가 협정을 맺었다. 한국연구재단이 이를 지원한다. 양 기관은 교류를 늘린다.", "양 기관",
     ("서울대학교", "하노이국립대학교")),
    # only one body before: nothing
    ("서울시는 계획을 발표했다. 양 기관은 협력한다.", "양 기관", ()),
]


@pytest.mark.parametrize("text, anaphor, expected", PLURAL)
def test_plural_anaphor_names_the_two_bodies_before(text, anaphor, expected):
    from coopgraph.link.entities import resolve_plural_anaphor

    ms, _ = link(text)
    got = resolve_plural_anaphor(ms, text.index(anaphor), text)
    assert tuple(m.text for m in got) == expected
    assert resolve_plural_anaphor(ms, 0, text) == ()


# foreign persons whose names start with a Korean surname syllable take the country of their phrase
@pytest.mark.parametrize("text, surface, country", [
    ("인도네시아 대통령 조코위는 말레이시아 총리 안와르와 회담했다.", "조코위", "ID"),
    ("인도네시아 대통령 조코위는 말레이시아 총리 안와르와 회담했다.", "안와르", "MY"),
    ("말레이시아 안와르 총리와 김민수 장관이 만났다.", "안와르", "MY"),
    ("말레이시아 안와르 총리와 김민수 장관이 만났다.", "김민수", "KR"),
    ("기시다 일본 총리가 도착했다.", "기시다", "JP"),
])
def test_person_country_from_the_phrase(text, surface, country):
    assert by_text(text)[surface].country == country


# provinces: acting with an agent particle they are organisations, else places; all Korean
@pytest.mark.parametrize("text, surface, kind", [
    ("제주도는 강원특별자치도와 협약을 맺었다.", "제주도", "org"),
    ("제주도는 강원특별자치도와 협약을 맺었다.", "강원특별자치도", "org"),
    ("전북도가 세종특별자치시와 손잡았다.", "전북도", "org"),
    ("전북특별자치도는 투자 유치에 나섰다.", "전북특별자치도", "org"),
    ("관광객들이 제주도에서 전라북도로 이동했다.", "제주도", "place"),
    ("관광객들이 세종시에서 강원도로 이동했다.", "세종시", "place"),
])
def test_provinces(text, surface, kind):
    m = by_text(text)[surface]
    assert (m.kind, m.country) == (kind, "KR")


# in-document coreference: a short name that is the tail of a longer one (country/city prefix or a
# generic glued prefix dropped) is the same body, before or after it; (text, long, short)
COREF_SAME = [
    ("한국원자력연구원은 지난달 우즈베키스탄 혁신개발부와 연구 협력 약정을 맺었다. 혁신개발부는 내년에 공동 연구소를 세울 계획이다.",
     "우즈베키스탄 혁신개발부", "혁신개발부"),
    ("과학아카데미는 올해 한국 대학들과 교류를 넓힌다. 몽골 과학아카데미 관계자는 한국생명공학연구원을 찾았다.",
     "몽골 과학아카데미", "과학아카데미"),
    ("경기도는 카자흐스탄 알마티시 정부와 우호 협약을 맺었다. 알마티시는 의료 관광 분야 협력을 제안했다.",
     "카자흐스탄 알마티시 정부", "알마티시"),
    ("국립생태원은 몽골 환경관광부와 협약을 맺었다. 생태원은 이듬해 조사 인력을 보냈다.", "국립생태원", "생태원"),
    ("대한민국 농촌진흥원 관계자가 민스크 응용과학센터를 방문했다. 응용과학센터 부소장은 농촌진흥원과 협의했다.",
     "민스크 응용과학센터", "응용과학센터"),
    ("대한민국 농촌진흥원 관계자가 민스크 응용과학센터를 방문했다. 응용과학센터 부소장은 농촌진흥원과 협의했다.",
     "대한민국 농촌진흥원", "농촌진흥원"),
    ("라오스 보건부와 한국 병원들이 만났다. 보건부는 의료진 연수를 요청했다.", "라오스 보건부", "보건부"),
]


@pytest.mark.parametrize("text, long, short", COREF_SAME)
def test_a_short_name_is_the_body_its_longer_form_names(text, long, short):
    ms, ents = link(text)
    longs = [m for m in ms if m.text == long]
    shorts = [m for m in ms if m.text == short]
    assert longs and shorts
    want = (longs[0].entity_id, longs[0].name, longs[0].country)
    assert all((m.entity_id, m.name, m.country) == want for m in shorts)
    assert longs[0].country is not None
    assert [e.id for e in ents].count(want[0]) == 1
    assert {m.entity_id for m in ms} == {e.id for e in ents}
    assert short in next(e for e in ents if e.id == want[0]).aliases or short == want[1]


# left alone: a short name the KB knows as another country's body, a tail two bodies share,
# a delegation; (text, short, entity id it keeps (None: a new entity of its own), country)
COREF_APART = [
    ("벨라루스 산업부와 한국 기업들이 만났다. 산업부는 투자 설명회를 열었다.", "산업부", "kr-motie", "KR"),
    ("몽골 외교부 차관이 방한했다. 외교부는 환영 만찬을 열었다.", "외교부", "kr-mofa", "KR"),
    ("우즈베키스탄 혁신개발부와 카자흐스탄 혁신개발부가 함께 참석했다. 혁신개발부는 공동 성명을 냈다.",
     "혁신개발부", None, None),
]


@pytest.mark.parametrize("text, short, eid, country", COREF_APART)
def test_a_short_name_is_not_merged_when_it_names_another_body(text, short, eid, country):
    ms, _ = link(text)
    m = [m for m in ms if m.text == short][-1]
    longs = {o.entity_id for o in ms if o.kind == "org" and o.text != short and o.text.endswith(short)}
    assert longs and m.entity_id not in longs
    assert m.country == country
    if eid:
        assert m.entity_id == eid


def test_an_event_lists_a_body_once_under_its_long_and_short_names():
    from coopgraph.pipeline import Pipeline
    from coopgraph.records import RawDoc

    text = ("한국과학기술연구원은 2021년 5월 3일 타슈켄트에서 우즈베키스탄 혁신개발부와 공동연구 협약을 체결했다. "
            "이날 협약식에는 혁신개발부 차관과 한국과학기술연구원 원장이 참석했다.")
    rec = Pipeline().run(RawDoc(source="t.txt", doc_id="t", data=text.encode("utf-8"), kind="text"))
    deals = [e for e in rec.events if e.type == "agreement"]
    assert deals
    for ev in deals:
        ids = [p.entity_id for p in ev.participants if p.entity_id]
        assert len(ids) == len(set(ids))
        assert sum("혁신개발부" in p.name for p in ev.participants) == 1


# ----------------------------------------------------------------- indexes equal the scans they replace

_SYLLABLES = "한국연구원재단부청센터협력개발과학기술대학교몽골라오스"


def _names():
    from hypothesis import strategies as st

    return st.text(alphabet=_SYLLABLES, min_size=3, max_size=24)


def test_fuzzy_index_finds_the_first_name_a_full_scan_finds():
    """The pigeonhole index answers what comparing the query with every stored name answers."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from rapidfuzz import fuzz

    from coopgraph.link.entities import _FUZZY_CUTOFF, _FuzzyIndex

    @settings(max_examples=300, deadline=None)
    @given(st.lists(_names(), min_size=1, max_size=30, unique=True), st.data())
    def check(stored, data):
        index = _FuzzyIndex()
        for n, key in enumerate(stored):
            index.add(key, f"id{n}")
        # queries: stored names with a few edits, so that near matches are common
        base = data.draw(st.sampled_from(stored))
        edits = data.draw(st.lists(st.tuples(st.integers(0, 30), st.sampled_from(_SYLLABLES + "-")), max_size=3))
        query = base
        for pos, ch in edits:
            pos %= len(query) + 1
            query = query[:pos] + ch + query[pos + 1:] if pos % 2 else query[:pos] + ch + query[pos:]
        want = next((f"id{n}" for n, k in enumerate(stored)
                     if len(query) >= 6 and fuzz.ratio(query, k) >= _FUZZY_CUTOFF), None)
        got = index.first(query) if len(query) >= 6 else None
        assert got == want

    check()


def test_fuzzy_merging_of_a_damaged_spelling_of_a_new_body():
    """One syllable off in a long unknown name (scrape damage) is the same body; in a short one it is not."""
    ms, _ = link("라오스국립농림수산과학연구원은 협약을 맺었다. 라오스국립농림수산과학연구소와 함께 사업을 한다.")
    orgs = [m for m in ms if m.kind == "org" and "연구" in m.text]
    assert len(orgs) == 2 and orgs[0].entity_id == orgs[1].entity_id
    ms, _ = link("몽골과학연구원은 협약을 맺었다. 몽골과학연구소와 함께 사업을 한다.")
    orgs = [m for m in ms if m.kind == "org" and "연구" in m.text]
    assert len(orgs) == 2 and orgs[0].entity_id != orgs[1].entity_id


def test_a_short_form_of_a_university_is_the_same_body():
    text = "남하대학교는 베트남 다라대학교와 협약을 맺었다. 남하대와 다라대는 교류를 넓힌다."
    ms, ents = link_mentions(find_mentions(text, split_sentences(text), use_ner=True), text)  # the tagger finds 다라대
    orgs = {m.text: m.entity_id for m in ms if m.kind == "org"}
    assert orgs["다라대"] == orgs["베트남 다라대학교"]
    assert len({e.id for e in ents if e.kind == "org"}) == len(set(orgs.values()))


def test_a_new_body_named_with_its_place_is_also_known_by_its_own_name():
    text = "한국대학교는 이집트 남부 가나바대학교와 협약을 맺었다."
    ms, ents = link_mentions(find_mentions(text, split_sentences(text), use_ner=False), text)
    ent = next(e for e in ents if e.name == "이집트 남부 가나바대학교")
    assert "가나바대학교" in ent.aliases


def test_a_new_bodys_short_name_is_also_known_by_its_full_form():
    text = "가온여대는 2024년 다라공대와 협약을 맺었다."
    ms, ents = link_mentions(find_mentions(text, split_sentences(text), use_ner=True), text)
    aliases = {e.name: set(e.aliases) for e in ents if e.kind == "org"}
    assert "가온여자대학교" in aliases.get("가온여대", set())
    assert "다라공과대학교" in aliases.get("다라공대", set())


def test_a_self_reference_is_no_partner_named_with_its_country():
    for text in ("본교는 2015년 델리대학교(인도)와 학술교류협정을 맺었다.",
                 "본교는 학술교류협정을 맺었다. 2015.03.10 / 델리대학교 / 인도"):
        ms, _ = link(text)
        assert next(m for m in ms if m.text == "본교").entity_id is None
    ms, _ = link("우리 대학은 2015년 인도 델리대학교와 협정을 맺었다. 한빛대학교는 1950년 세워졌다.")
    assert next(m for m in ms if m.text == "우리 대학").name == "한빛대학교"


def test_a_university_named_by_its_latin_lead_and_dae_is_the_university():
    from coopgraph.link.kb import norm_key
    from coopgraph.link.tails import _tail_keys

    assert norm_key("ABC대") in _tail_keys("인도 ABC과학기술대학교")
    assert norm_key("ABC대") not in _tail_keys("ABC대학교 병원")


def test_a_foreign_ministers_short_ministry_is_of_the_ministers_country():
    ms, _ = link("가람 대사는 하노이에서 베트남 총리와 면담했다. 이어 부이 타잉 썬 외교부 장관과 회담했다.")
    by = {m.text: m for m in ms}
    assert by["외교부"].country == "VN" and by["외교부"].entity_id != "kr-mofa"
    assert by["부이 타잉 썬"].country == "VN"


def test_a_korean_ministers_ministry_stays_korean():
    ms, _ = link("윤가람 외교부 장관은 하노이에서 베트남 총리와 면담했다.")
    assert {m.text: m for m in ms}["외교부"].country == "KR"


def test_a_city_hall_is_the_citys_government():
    assert by_text("인도 대표단이 포항시청을 방문했다.")["포항시청"].entity_id == by_text("포항시는 협약을 맺었다.")["포항시"].entity_id


@pytest.mark.parametrize("text, name, acronym", [
    ("한빛 해양문화대학(HMCU, Hanbit Maritime Culture University)은 협약을 맺었다. HMCU는 이어 교류를 시작했다.",
     "한빛 해양문화대학", "HMCU"),
    ("가나 농촌개발연구소(Gana Rural Development Institute, GRDI) 설립을 지원했다. GRDI는 올해 문을 열었다.",
     "가나 농촌개발연구소", "GRDI"),
])
def test_an_acronym_beside_the_english_name_in_the_bracket_is_an_alias(text, name, acronym):
    ms, ents = link(text)
    ids = {m.entity_id for m in ms if m.text in (name, acronym)}
    assert len(ids) == 1 and sum(1 for m in ms if m.text == acronym) == 2
    assert acronym in next(e for e in ents if e.id in ids).aliases


def test_a_list_of_places_in_a_bracket_defines_no_acronym():
    ms, _ = link("한빛협력센터(터키, 사우디, UAE)가 문을 열었다.")
    assert all(m.entity_id != next(x.entity_id for x in ms if x.text == "한빛협력센터")
               for m in ms if m.text == "UAE")


def test_a_short_name_of_a_person_named_in_full_is_that_person():
    text = ("아마드 빈 하산 알 카디르 왕세자가 2023년 5월 서울을 방문했다. 빈 하산 왕세자는 이어 부산을 찾았다. "
            "카림 하산 장관도 동행했다.")
    ms, ents = link(text)
    full = next(m for m in ms if m.text == "아마드 빈 하산 알 카디르")
    short = next(m for m in ms if m.text == "빈 하산")
    assert short.entity_id == full.entity_id and short.name == "아마드 빈 하산 알 카디르"
    assert "빈 하산" in next(e for e in ents if e.id == full.entity_id).aliases
    other = next((m for m in ms if m.text == "카림 하산"), None)
    assert other is None or other.entity_id != full.entity_id


def test_a_short_name_of_a_new_body_is_that_body_and_the_full_name_names_it():
    # own sentences: the short name told first, then the full one; the patterns read neither '다라공대' nor
    # '마바공대' as a body, nor '마바대학교' beside '인도 남부 마바대학교'
    text = ("다라공대 김가나 총장은 2024년 3월 5일 마바공대를 방문했다. 다라공과대학교는 이날 인도 마바공과대학교와 "
            "학술교류 협정을 체결했다. 인도 남부 마바대학교와 마바대학교도 참석했다.")
    got = by_text(text)
    assert got["다라공대"].kind == "org" and got["마바공대"].kind == "org"
    assert got["다라공대"].entity_id == got["다라공과대학교"].entity_id
    assert got["다라공대"].name == "다라공과대학교"
    assert got["마바공대"].entity_id == got["인도 마바공과대학교"].entity_id
    assert got["마바대학교"].entity_id == got["인도 남부 마바대학교"].entity_id


def test_a_mayor_named_without_the_city_heads_the_one_city_of_the_page():
    text = "당진시는 2024년 4월 25일 라오스 노동부와 의향서를 체결했다. 이날 비엔티안을 방문한 김가람 시장은 협력을 약속했다."
    got = by_text(text)
    assert got["김가람"].affiliation == got["당진시"].entity_id
    text = ("당진시와 서산시는 2024년 4월 25일 라오스 노동부와 의향서를 체결했다. 이날 비엔티안을 방문한 김가람 시장은 "
            "협력을 약속했다.")
    got = by_text(text)
    assert got["김가람"].affiliation is None  # two cities: the mayor's is not told


def test_a_korean_cultural_centre_abroad_is_korean():
    from coopgraph.link.countries import new_org_country

    assert new_org_country("주가나한국문화원", None) == "KR"
    assert new_org_country("주가나 한국교육원", None) == "KR"
    assert new_org_country("가나문화원", None) is None


def test_a_countrys_latin_acronym_before_a_body_gives_its_country():
    # 'UAE 가나공사' is the Emirates' body (the Hangul spelling already worked); a longer Latin word is no acronym
    from coopgraph.link.countries import split_prefix

    assert split_prefix("UAE 가나공사") == ("AE", "가나공사")
    assert split_prefix("UK 다라학회")[0] == "GB"
    assert split_prefix("UKRI 다라연구소")[0] is None
    assert split_prefix("USAID")[0] is None


def test_a_body_named_for_abroad_as_korea_sees_it_is_korean():
    from coopgraph.link.countries import new_org_country

    assert new_org_country("해외다라협회", None) == "KR"
    assert new_org_country("재외가나재단", None) == "KR"
