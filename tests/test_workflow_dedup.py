"""Honest source counts: near-copies of one story (syndicated, re-published with small edits) count once."""

from __future__ import annotations

import random

import pytest
from kb_records import doc, event

from coopgraph.link.dedup import band_keys, decode, encode, outlet, same_story, signature, similarity
from coopgraph.store import EventFilter, open_store

pytestmark = pytest.mark.postgres

STORY = ("한국국제협력단(KOICA)은 2022년 9월 14일 타슈켄트에서 우즈베키스탄 보건부와 농촌 보건소 현대화 사업에 관한 "
         "협약을 체결했다고 15일 밝혔다. 이번 사업은 2026년까지 5개 주의 보건소 40곳에 의료 장비를 보내고 "
         "현지 의료진 300여 명을 교육하는 내용이다. 협력단 관계자는 양국이 지난 10년 동안 쌓아 온 보건 분야 협력을 "
         "지방으로 넓히는 첫걸음이라고 설명했다. 보건부 차관은 서명식에서 한국의 경험이 큰 도움이 될 것이라고 말했다. "
         "두 기관은 내년 상반기에 첫 보건소를 열고 운영 성과를 함께 점검하기로 했다.")
SENTENCE = STORY.split(" 이번 사업은")[0]
OTHER = ("우즈베키스탄 보건부 대표단이 2022년 9월 14일 타슈켄트에서 한국국제협력단과 보건 협력 문서에 서명했다. "
         "대표단은 이어 수도 근교의 보건소 두 곳을 둘러보며 장비 설치 계획을 듣고 의료진 연수 일정을 논의했다. "
         "양측은 사업 성과를 매년 함께 발표하기로 했다.")
OTHER_SENTENCE = OTHER.split(" 대표단은")[0]
REPORTERS = ["김하늘", "이바다", "박구름", "최들판", "정나무", "한가람", "윤새벽", "조은별"]


def near_copy(i: int, rng: random.Random) -> str:
    """The story as one more outlet or page version prints it: byline, a photo caption, a changed word."""
    text = STORY
    if rng.random() < 0.5:
        text = text.replace("설명했다", "전했다")
    if rng.random() < 0.5:
        text = text.replace("첫걸음", "출발점")
    lead = rng.choice(["", "[서울=뉴스] ", "(타슈켄트=연합) ", "【서울】 "])
    tail = rng.choice(["", f" {REPORTERS[i % len(REPORTERS)]} 기자", f" (사진=협력단 제공) {i}번째 게재"])
    return lead + text + tail


def story_doc(doc_id: str, text: str, sentence: str, url: str | None):
    ev = event("agreement", text, sentence, "2022-09-14", parts=[("한국국제협력단", "KR", ("KOICA",)),
                                                                  ("우즈베키스탄 보건부", "UZ", ())],
               countries=["KR", "UZ"], place="타슈켄트", place_country="UZ", date_text="2022년 9월 14일")
    return doc(doc_id, text, [ev], doc_date="2022-09-15", url=url)


def test_signature_similarity_tells_copies_from_other_stories():
    rng = random.Random(1)
    a, b = signature(near_copy(0, rng)), signature(near_copy(1, rng))
    assert len(a) == 64 and same_story(a, b) and similarity(a, b) >= 0.8
    assert set(band_keys(a)) & set(band_keys(b))  # copies meet in the look-up
    other = signature(OTHER)
    assert not same_story(a, other) and not set(band_keys(a)) & set(band_keys(other))
    assert similarity(a, a) == 1.0 and similarity(a, ()) == 0.0 and decode(encode(a)) == a
    assert signature("") == () and signature(STORY) == signature(" ".join(STORY.split()))  # spaces do not count
    long = STORY * 400  # a long page: computed in blocks, same answer as for its distinct shingles
    assert signature(long) == signature(long + STORY)


def test_outlet_is_the_host():
    assert outlet("https://www.news.example/a/b?c=1") == "news.example"
    assert outlet("http://m.daily.example.kr/x") == "daily.example.kr"
    assert outlet(None) is None and outlet("not a url") is None


def test_200_near_copies_are_one_source_and_one_outlet(db_url):
    rng = random.Random(7)
    docs = [story_doc(f"copy{i:03d}", near_copy(i, rng), SENTENCE, f"https://www.news.example/2022/09/{i}")
            for i in range(200)]
    s = open_store(db_url)
    try:
        stats = s.ingest(docs, batch_size=40)
        assert stats.stored == 200
        (ev,) = s.events()
        assert ev["num_sources"] == 1 and ev["num_outlets"] == 1
        assert ev["num_documents"] == 200 and ev["num_mentions"] == 200
        assert s.events(EventFilter(min_sources=2)) == []
        stories = s.conn.query("SELECT DISTINCT story_id FROM documents")
        assert stories == [("copy000",)]
    finally:
        s.close()


def test_syndicated_story_counts_outlets_and_a_second_story_counts_as_a_source(db_url):
    rng = random.Random(3)
    docs = [story_doc(f"syn{i}", near_copy(i, rng), SENTENCE, f"https://outlet{i % 3}.example/{i}") for i in range(9)]
    docs.append(story_doc("own", OTHER, OTHER_SENTENCE, "https://outlet0.example/own"))
    docs.append(story_doc("nourl", OTHER + " 별도 취재.", OTHER_SENTENCE, None))  # a copy of "own", outlet unknown
    s = open_store(db_url)
    try:
        s.ingest(docs)
        (ev,) = s.events()
        assert ev["num_documents"] == 11
        assert ev["num_sources"] == 2  # the syndicated story and the other story
        assert ev["num_outlets"] == 3  # outlet0..2; the url-less copy of "own" adds no outlet of its own
        assert len(s.events(EventFilter(min_sources=2))) == 1
        by_doc = dict(s.conn.query("SELECT doc_id, story_id FROM documents"))
        assert by_doc["nourl"] == by_doc["own"] == "own" and by_doc["syn8"] == "syn0"
    finally:
        s.close()
