"""Figures: counts and amounts with what they count (recognise/figures.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopgraph.recognise.figures import find_figures

CASES = [
    # text, [(surface, value, unit, what)]
    ("총 14개 기관(기업)이 참여한 사절단", [("14개", 14, "개", "기관")]),
    ("모두 121건의 상담을 성사시켰다", [("121건", 121, "건", "상담")]),
    ("계약 규모는 160만 달러였다", [("160만 달러", 1_600_000, "달러", "규모")]),
    ("전문가 20여명이 현지를 찾았다", [("20여명", 20, "명", "전문가")]),
    ("3억 5천만 원 규모의 지원을 약속했다", [("3억 5천만 원", 350_000_000, "원", "지원")]),
    ("1,200만 달러의 원조를 제공한다", [("1,200만 달러", 12_000_000, "달러", "원조")]),
    ("아시아 5개국 정상이 모였다", [("5개국", 5, "개국", "정상")]),
    ("연구원 4명을 파견하고", [("4명", 4, "명", "연구원")]),
    ("하노이에서 30건, 호찌민에서 12건", [("30건", 30, "건", None), ("12건", 12, "건", None)]),
    # ordinals, dates and words that only look like counts
    ("제2차 공동위원회가 열렸다", []),
    ("26번 시립병원을 참관했다", []),
    ("2019년 3월 5일", []),
    ("3개월 동안 머물렀다", []),
    ("한국기계연구원 연구원들이", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0] for c in CASES])
def test_figures_table(text, expected):
    got = [(f.text, f.value, f.unit, f.what) for f in find_figures(text)]
    assert got == expected


def test_offsets_point_at_the_surface():
    text = "양측은 12건의 협약과 3억 원 규모의 사업에 합의했다"
    figs = find_figures(text)
    assert [f.text for f in figs] == ["12건", "3억 원"]
    for f in figs:
        assert text[f.begin:f.stop] == f.text


def test_to_json_keeps_integers_integral():
    (fig,) = find_figures("총 7개 기관")
    assert fig.to_json() == {"value": 7, "unit": "개", "what": "기관"}


@given(st.text(alphabet="0123456789,. 만억천개건명원달러의기관상담년월일제차", max_size=40))
def test_never_crashes_and_offsets_hold(text):
    for f in find_figures(text):
        assert 0 <= f.begin < f.stop <= len(text)
        assert text[f.begin:f.stop] == f.text
        assert f.value >= 0
