"""Fuzzing the whole pipeline: random Korean, dates, numbers and HTML fragments never cause an internal
error, and every event's evidence offsets slice the document text to exactly the evidence sentence.

CI runs a modest number of examples (COOPGRAPH_FUZZ_EXAMPLES, default 60); docs/reliability.md records
the larger runs made by hand with the same test.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopgraph.pipeline import Pipeline
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

EXAMPLES = int(os.environ.get("COOPGRAPH_FUZZ_EXAMPLES", "60"))

ORGS = ["한국국제협력단(KOICA)", "과학기술정보통신부", "우즈베키스탄 보건부", "벨라루스 국립과학아카데미", "서울대",
        "한국원자력연구원", "몽골 교육과학부", "주베트남 대사관", "KOTRA", "국립외교원", "삼성전자", "유네스코"]
PLACES = ["서울", "타슈켄트", "민스크", "하노이", "울란바토르", "부산", "제네바", "비엔나"]
VERBS = ["양해각서를 체결했다", "협력 회의를 열었다", "을 방문했다", "포럼을 개최했다", "센터를 개소했다",
         "사업을 추진한다", "상을 수여했다", "협정에 서명할 예정이다", "공동위원회를 개최했다고 밝혔다", "논의했다"]
DATES = ["2019년 4월 9일", "'19년 말", "지난 4일", "2020.3.5", "3월 말", "2021년 상반기", "오는 10월", "2018-07-01",
         "2019년 4월 9일부터 '19년 말까지", "15~17일", "내년", "작년 12월", "2022년 5월 3일(현지시간)", "1일"]
NUMBERS = ["500만 달러", "3억 원", "200여 명", "1,000명", "약 30%", "2조5천억원", "10개국", "3년간", "0.5"]
HTML = ["<p>", "</p>", "<div>", "</div>", "<br>", "<table><tr><td>", "</td></tr></table>", "&amp;", "&nbsp;",
        "<script>var x = '<p>';</script>", "<!-- 주석 -->", "<h1>", "</h1>", "<li>", "<a href='/x'>", "</a>",
        "<meta charset='utf-8'>", "<title>", "</title>", "<![CDATA[", "<", ">", "&#xAC00;", "<b>", "</b>"]
PUNCT = [" ", " ", "\n", ". ", ", ", "은 ", "는 ", "과 ", "와 ", "이 ", "가 ", "에서 ", "의 ", "(", ")", "·", "\"", "'",
         "“", "”", "…", "\t", "\r\n"]

fragment = st.one_of(
    st.sampled_from(ORGS), st.sampled_from(PLACES), st.sampled_from(VERBS), st.sampled_from(DATES),
    st.sampled_from(NUMBERS), st.sampled_from(HTML), st.sampled_from(PUNCT),
    st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=6),
    st.text(min_size=1, max_size=8),  # anything at all, control characters and astral planes included
)
document = st.tuples(st.lists(fragment, min_size=1, max_size=120), st.sampled_from(["html", "text", None]),
                     st.sampled_from(["utf-8", "utf-16", "cp949"]))

PIPELINE = Pipeline(Settings(use_ner=True, timeout=None))


@settings(max_examples=EXAMPLES, deadline=None, derandomize=False, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document)
def test_pipeline_never_fails_internally_and_evidence_offsets_are_exact(doc):
    parts, kind, encoding = doc
    text = "".join(parts)
    data = text.encode(encoding, errors="replace") if encoding != "utf-8" else text.encode("utf-8", "surrogatepass")
    rec = PIPELINE.safe_run(RawDoc(source="fuzz", doc_id="f" * 16, data=data, kind=kind))
    if isinstance(rec, ErrorRecord):
        assert rec.code != "internal", rec.message
        return
    for ev in rec.events:
        ev_json = ev.to_json()
        assert rec.text[ev.evidence.begin:ev.evidence.stop] == ev.evidence.sentence, ev_json["evidence"]
        assert ev.type in ("agreement", "meeting", "visit", "forum", "opening", "project", "award")
    for ent in rec.to_json()["entities"]:
        assert ent  # serialisable

