"""The knowledge base: compiled copy up to date, no unresolved shared aliases, name history."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopgraph.link.kb import kiwi_user_words, load_kb, name_at, norm_key

_spec = importlib.util.spec_from_file_location("build_data", Path(__file__).resolve().parent.parent / "scripts" / "build_data.py")
build_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_data)
OUT, alias_conflicts, compile_kb, dumps, load_sources = (build_data.OUT, build_data.alias_conflicts, build_data.compile_kb,
                                                         build_data.dumps, build_data.load_sources)


def test_compiled_copy_matches_yaml():
    assert OUT.read_text(encoding="utf-8") == dumps(compile_kb()), "run: python scripts/build_data.py"


def test_no_shared_alias_without_a_disambiguation_rule():
    entities, rules, _ = load_sources()
    assert alias_conflicts(entities, rules) == {}


def test_a_conflict_without_a_rule_is_found():
    entities = [{"id": "a", "name": "가나다연구원", "aliases": ["GND"]},
                {"id": "b", "name": "라마바연구원", "aliases": ["GND"]}]
    assert alias_conflicts(entities, []) == {"gnd": ["a", "b"]}
    assert alias_conflicts(entities, [{"alias": "GND", "candidates": ["a", "b"], "default": None}]) == {}


def test_kb_size_and_fields():
    data = json.loads(OUT.read_text(encoding="utf-8"))
    ents = data["entities"]
    assert len(ents) >= 400
    kinds = {e["kind"] for e in ents.values()}
    assert kinds >= {"org", "country", "place"}
    for eid, e in ents.items():
        assert e["name"], eid
        assert e["country"] is None or (len(e["country"]) == 2 and e["country"].isupper()), eid


@pytest.mark.parametrize("surface, eid", [
    ("KISTI", "kr-kisti"), ("한국 과학기술 정보연구원", "kr-kisti"), ("KAIST", "kr-kaist"), ("KAERI", "kr-kaeri"),
    ("KIMM", "kr-kimm"), ("ETRI", "kr-etri"), ("KHIDI", "kr-khidi"), ("코트라", "kr-kotra"), ("KOICA", "kr-koica"),
    ("NIA", "kr-nia"), ("한국정보화진흥원", "kr-nia"), ("NRF", "kr-nrf"), ("KEITI", "kr-keiti"),
    ("교육과학기술부", "kr-msit"), ("미래부", "kr-msit"), ("지식경제부", "kr-motie"), ("안전행정부", "kr-mois"),
    ("외교통상부", "kr-mofa"), ("NASB", "by-nasb"), ("BNTU", "by-bntu"), ("민스크", "place-by-minsk"),
    ("누르술탄", "place-kz-astana"), ("우리나라", "country-kr"), ("카자흐스탄", "country-kz"),
])
def test_lookup(surface, eid):
    assert load_kb().resolve(surface) == eid


@pytest.mark.parametrize("countries, eid", [((), "kr-nstc-2011"), (("BY",), "by-gknt"), (("KR", "BY"), "kr-nstc-2011")])
def test_shared_alias_follows_the_country(countries, eid):
    assert load_kb().resolve("국가과학기술위원회", countries) == eid


def test_conditional_alias_needs_its_country():
    kb = load_kb()
    assert kb.resolve("국립과학아카데미") is None
    assert kb.resolve("국립과학아카데미", ("BY",)) == "by-nasb"


@pytest.mark.parametrize("eid, when, name", [
    ("kr-msit", "2010-05-01", "교육과학기술부"), ("kr-msit", "2014", "미래창조과학부"), ("kr-msit", "2017-07", "미래창조과학부"),
    ("kr-msit", "2019-04-09", "과학기술정보통신부"), ("kr-msit", None, "과학기술정보통신부"),
    ("kr-motie", "2010", "지식경제부"), ("kr-mois", "2013-06", "안전행정부"), ("kr-mois", "2016", "행정자치부"),
    ("kr-mofa", "2005", "외교통상부"), ("kr-nia", "2015", "한국정보화진흥원"), ("kr-kist", "2015", "한국과학기술연구원"),
])
def test_name_at(eid, when, name):
    assert name_at(eid, when) == name


def test_name_at_unknown_id():
    assert name_at("no-such-id", "2019") is None


def test_kiwi_user_words_are_single_nnp_words():
    words = kiwi_user_words()
    assert ("한국과학기술정보연구원", "NNP", 0.0) in words
    assert all(" " not in w and tag == "NNP" for w, tag, _ in words)


@given(st.text(max_size=40))
def test_norm_key_idempotent(s):
    assert norm_key(norm_key(s)) == norm_key(s)


def test_norm_key_ignores_spacing_and_brackets():
    assert norm_key("한국 연구 재단(NRF)") == norm_key("한국연구재단 NRF") == "한국연구재단nrf"


@pytest.mark.parametrize("surface, eid", [
    ("경북도", "place-kr-gyeongbuk"), ("전남도", "place-kr-jeonnam"), ("충북도", "place-kr-chungbuk"),
    ("부산광역시", "place-kr-busan"), ("국립외교원", "kr-knda"), ("KERIS", "kr-keris"), ("한국콘텐츠진흥원", "kr-kocca"),
    ("중앙아시아", "region-central-asia"), ("동남아", "region-southeast-asia"), ("중남미", "region-latin-america"),
    ("발칸반도", "region-balkans"),
])
def test_lookup_of_provinces_bodies_and_regions(surface, eid):
    assert load_kb().resolve(surface) == eid


def test_world_regions_are_places_without_a_country():
    kb = load_kb()
    regions = [e for e in kb.entries.values() if e.id.startswith("region-")]
    assert len(regions) >= 10
    assert all(e.kind == "place" and e.country is None for e in regions)
