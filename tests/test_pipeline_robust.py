"""The whole pipeline never fails with an internal error on odd but readable text."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopgraph.records import DocRecord, RawDoc

FRAGMENTS = [
    "2019 4 9일부터", "13일까지", "지난 15일", "이날", "한국과학기술연구원(KIST)과", "벨라루스", "양해각서를",
    "체결했다.", "방문했다", "포럼이 열렸다.", "센터 개소식", "사업을 추진할 예정이다.", "장관은", "((", "))", "—",
    "~", "-", "·", "관련기사", "더보기", "\n", "\n\n", " ", "1억8000만명", "제2차", "2 회의", "5G", "모스크바에서",
    "MOU", "㈜", "“", "”", "’", "\t", "12:30", "2026년 02월 17일 (화)", "맑음서울3.7℃", "A와 B, C 및 D",
]


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), min_size=1, max_size=40))
def test_pipeline_never_raises_on_fragment_soup(pipeline, parts):
    text = "".join(parts)
    data = text.encode("utf-8", "surrogatepass")
    raw = RawDoc(source="soup.txt", doc_id=hashlib.sha256(data).hexdigest()[:16], data=data, kind="text")
    rec = pipeline.safe_run(raw)
    if isinstance(rec, DocRecord):
        for ev in rec.events:
            ev_json = ev.to_json()
            assert rec.text[ev_json["evidence"]["start"]:ev_json["evidence"]["end"]] == ev_json["evidence"]["sentence"]
    else:  # a clear, expected refusal (empty, no text, binary) but never a bug
        assert rec.code != "internal", rec.message
