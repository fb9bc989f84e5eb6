"""Participant roles from Korean grammar (extract/roles.py, data/roles.yaml), our own sentences."""

from __future__ import annotations

import pytest

from coopgraph.extract.roles import ROLES, lexicon, participant_role, role_after
from coopgraph.records import Participant


@pytest.mark.parametrize("rest, kind, typ, role", [
    ("가 2022년 5월 타슈켄트의 혁신개발부를 방문했다.", "org", "visit", "visitor"),
    ("를 방문해 협력 방안을 논의했다.", "org", "visit", "host"),
    ("을 찾아 연구 시설을 둘러봤다.", "org", "visit", "host"),
    (" 주최로 서울에서 포럼이 열렸다.", "org", "forum", "organiser"),
    ("가 주관한 세미나에는 200명이 참석했다.", "org", "forum", "organiser"),
    ("의 초청으로 대표단이 서울을 찾았다.", "org", "visit", "host"),
    ("에 의료 장비 30대를 기증했다.", "org", "project", "recipient"),
    ("에게 교육 기자재를 무상으로 지원했다.", "org", "project", "recipient"),
    ("은 현지 보건소 10곳에 장비를 지원했다.", "org", "project", "giver"),
    (" 장관이 협정문에 서명했다.", "person", "agreement", "signer"),
    (" 혁신개발부 장관은 협정에 서명했다.", "person", "agreement", "signer"),
    ("와 양해각서를 체결했다.", "org", "agreement", None),  # a partner: the text gives no role
    ("가 방문해 협약을 체결했다.", "org", "agreement", None),  # visiting is not a role in the agreement
    ("는 협력을 강화하기로 했다.", "org", "meeting", None),
])
def test_role_from_the_grammar_after_the_name(rest, kind, typ, role):
    assert role_after(rest, kind, typ) == role


def test_the_nearest_verb_decides():
    s = "우즈베키스탄 대표단이 한국과학기술연구원을 방문해 연구 장비를 기증받았다."
    delegation = Participant("우즈베키스탄 대표단", "org", "UZ")
    kist = Participant("한국과학기술연구원", "org", "KR", ("KIST",))
    assert participant_role(s, delegation, "visit") == "visitor"
    assert participant_role(s, kist, "visit") == "host"
    assert participant_role(s, Participant("몽골 교육부", "org", "MN"), "visit") is None  # not in the sentence


def test_lexicon_is_data_and_names_only_known_roles():
    lex = lexicon()
    assert {r["role"] for r in lex["verbs"]} <= set(ROLES)
    assert {role for _, role in lex["follows"]} <= set(ROLES)


@pytest.mark.slow
def test_pipeline_output_carries_roles(pipeline):
    from coopgraph.records import RawDoc

    text = "우즈베키스탄 혁신개발부 대표단이 2022년 6월 8일 한국과학기술연구원을 방문했다."
    rec = pipeline.run(RawDoc(source="t.txt", doc_id="0" * 16, data=text.encode(), kind="text"))
    visits = [e for e in rec.events if e.type == "visit"]
    assert visits
    roles = {p.name: p.role for p in visits[0].participants}
    assert roles.get("한국과학기술연구원") == "host"
    assert "visitor" in roles.values()
    j = visits[0].to_json()
    assert {p.get("role") for p in j["participants"]} >= {"host", "visitor"}
    span = visits[0].trigger_span
    assert span and rec.text[span[0]:span[1]] == "방문"


def test_an_adverbial_of_another_body_is_not_the_subjects_act():
    # the delegation did not organise: the embassy did (X 주최로 = under X's auspices)
    assert role_after("은 대사관 주최로 모스크바에서 열린 포럼에 참가했다.", "org", "forum") is None
    assert role_after(" 주최로 모스크바에서 열린 포럼", "org", "forum") == "organiser"


def test_persons_at_a_signing_are_signers():
    s = "이날 서명식에는 연구원 김민준 원장과 혁신개발부 차관이 참석했다."
    assert participant_role(s, Participant("김민준", "person", "KR"), "agreement") == "signer"
    assert participant_role(s, Participant("김민준", "person", "KR"), "meeting") is None
    assert participant_role(s, Participant("연구원", "org", "KR"), "agreement") is None  # bodies do not sign here


@pytest.mark.slow
def test_analyse_text_runs_the_pipeline_on_a_string(pipeline):
    rec = pipeline.analyse_text("한국과학기술연구원은 지난 7일 타슈켄트에서 우즈베키스탄 혁신개발부와 양해각서를 체결했다.",
                                ref_date="2022-06-09")
    (ev,) = [e for e in rec.events if e.type == "agreement"]
    assert ev.date.start == "2022-06-07" and "UZ" in ev.countries
    assert len(rec.doc_id) == 16 and rec.source == "<text>"
    with pytest.raises(ValueError):
        pipeline.analyse_text("텍스트", ref_date="last week")


@pytest.mark.parametrize("rest, typ, role", [
    ("과 수암 연구소를 방문했다.", "visit", "host"),            # X과 Y를 방문: both hosts
    ("와 함께 연구소를 방문했다.", "visit", None),              # X와 함께: a companion, not a host
    ("와 양해각서를 체결했다.", "agreement", None),             # a partner
    ("와 공동위를 열고 연구소를 방문했다.", "visit", None),      # the next verb is not the object's
    ("와 진흥원은 포럼을 개최했다.", "forum", "organiser"),      # X와 Y는 개최: both organisers
    ("를 공식 방문했다.", "visit", "host"),
    ("를 만나 협력을 논의한 뒤 공장을 방문했다.", "visit", None),  # too far: another act's verb
])
def test_coordinated_names_share_a_case_and_objects_take_their_own_verb(rest, typ, role):
    assert role_after(rest, "org", typ) == role
