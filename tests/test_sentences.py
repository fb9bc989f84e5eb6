"""Sentence splitting: Kiwi per line, exact offsets, robust to scrape-damaged dates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopgraph.text.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def _check_offsets(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.begin:s.stop] == s.text
        assert s.text == s.text.strip() and s.text
        assert "\n" not in s.text


def test_short_lines_never_reach_kiwi(monkeypatch):
    def boom():
        raise AssertionError("Kiwi called for a short line")

    monkeypatch.setattr("coopgraph.text.kiwi.get_kiwi", boom)
    text = "\n\n  과학기술 협력  \n   \n제2차 한-러 보건의료협력포럼\n\t\n"
    assert _texts(text) == ["과학기술 협력", "제2차 한-러 보건의료협력포럼"]
    _check_offsets(text)


def test_blank_text():
    assert split_sentences("") == () and split_sentences(" \n\t\n ") == ()


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("2017 4 9일부터 13일까지 위원장과 대표단이 공동실무그룹 2 회의에 참석했다. 결과에 따라 회의록이 서명됐다.",
     ["2017 4 9일부터 13일까지 위원장과 대표단이 공동실무그룹 2 회의에 참석했다.", "결과에 따라 회의록이 서명됐다."]),
    ("회의는 2019. 4. 9. 민스크에서 열렸다. 양측은 협력 프로그램을 승인했다.",
     ["회의는 2019. 4. 9. 민스크에서 열렸다.", "양측은 협력 프로그램을 승인했다."]),
    ("2018 10 14-19, 행정아카데미 총장이 내한했다. 총장은 2010 11 7 체결된 양해각서에 따라 협력을 논의했다.",
     ["2018 10 14-19, 행정아카데미 총장이 내한했다.", "총장은 2010 11 7 체결된 양해각서에 따라 협력을 논의했다."]),
    ("[과학신문=홍길동 기자] 한국연구재단은 칠레와 공동연구 협약을 맺었다고 밝혔다. 협약 기간은 3년이다",
     ["[과학신문=홍길동 기자] 한국연구재단은 칠레와 공동연구 협약을 맺었다고 밝혔다.", "협약 기간은 3년이다"]),
    ('그는 "협력이 새로운 단계에 들어섰다"며 "성과를 내겠다"고 말했다. 행사는 오후에 끝났다.',
     ['그는 "협력이 새로운 단계에 들어섰다"며 "성과를 내겠다"고 말했다.', "행사는 오후에 끝났다."]),
])
def test_kiwi_splits_and_keeps_damaged_dates_whole(text, expected):
    assert _texts(text) == expected
    _check_offsets(text)


@pytest.mark.slow
def test_paragraphs_are_never_glued_and_widgets_never_become_one_sentence():
    widget = "\n".join(f"  • 맑음도시{i}{i}.5℃" for i in range(60))
    text = widget + "\n양국은 협정을 체결했다\n회의는 서울에서 열렸다"
    out = split_sentences(text)
    assert len(out) == 62
    assert max(len(s.text) for s in out) < 20
    assert [s.text for s in out[-2:]] == ["양국은 협정을 체결했다", "회의는 서울에서 열렸다"]


@pytest.mark.slow
def test_offsets_exact_on_a_long_multi_paragraph_text():
    text = ("  한국과 벨라루스는 민스크에서 공동위원회를 열었다.  양측은 6개 과제를 승인했다.\n\n"
            "\u3000 2019 4 9일부터 4 10일까지 회의가 개최됐으며, 결과 양측은 프로그램을 승인했다. 또 MOU를 체결했다 \n"
            "마지막 줄")
    _check_offsets(text)
    assert _texts(text)[-1] == "마지막 줄"
    assert len(_texts(text)) == 5


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("가나다라마협력체결했다회의 .?!\n\t0123456789\"“”()[]=")), max_size=120))
def test_offsets_always_exact(text):
    _check_offsets(text)
    # every non-space character of the text is in exactly one sentence
    covered = sum(len(s.text.replace(" ", "").replace("\t", "")) for s in split_sentences(text))
    assert covered == len("".join(text.split()))
