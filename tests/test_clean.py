"""Cleaning: encodings, HTML main text and dates, the stripped-text boilerplate remover, bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopgraph.clean import clean, looks_like_html
from coopgraph.clean.boilerplate import normalise_line, strip_boilerplate
from coopgraph.clean.decode import decode
from coopgraph.errors import CoopgraphError
from coopgraph.records import RawDoc
from coopgraph.settings import Settings

INPUTS = Path(__file__).parent / "inputs"
FORMS, BAD = INPUTS / "forms", INPUTS / "bad"
S = Settings()

ARTICLE = [  # must match scripts/make_test_inputs.py
    "한국원자력연구원은 지난 4일 베트남 하노이에서 베트남 원자력연구소와 연구용 원자로 안전 협력 양해각서를 체결했다고 5일 밝혔다.",
    "양 기관은 앞으로 3년간 방사선 안전 교육과 공동연구를 추진하기로 했다.",
    "협약식에는 양국 관계자 40여 명이 참석했다.",
]


def raw_of(data: bytes | str, kind: str | None = None, source: str = "t") -> RawDoc:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return RawDoc(source=source, doc_id=hashlib.sha256(data).hexdigest()[:16], data=data, kind=kind)


def clean_file(path: Path, settings: Settings = S):
    return clean(raw_of(path.read_bytes(), source=str(path)), settings)


# ------------------------------------------------------------------ input forms
@pytest.mark.parametrize(("name", "encoding", "strategy"), [
    ("page_utf8.html", "utf-8", "trafilatura"),
    ("page_utf8_bom.html", "utf-8", "trafilatura"),
    ("page_utf16_bom.html", "utf-16-le", "trafilatura"),
    ("page_meta_euckr.html", "cp949", "trafilatura"),
    ("page_cp949_undeclared.html", "cp949", "trafilatura"),
    ("stripped_utf8.txt", "utf-8", "text-boilerplate"),
    ("stripped_cp949.txt", "cp949", "text-boilerplate"),
])
def test_every_form_gives_the_whole_article_title_and_byline_date(name, encoding, strategy):
    doc = clean_file(FORMS / name)
    assert doc.encoding == encoding and doc.strategy == strategy
    for sentence in ARTICLE:
        assert sentence in doc.text
    assert doc.title == "원자력연 베트남과 안전 협력 MOU"
    assert doc.text.splitlines()[0] == doc.title  # the title line is kept as text
    assert doc.doc_date == "2021-03-05"  # the byline/dateline, not the 2021-03-06 render date
    for junk in ("맑음서울", "기상청", "무단전재", "관련기사", "원자력 수출 협력 포럼", "2021년 03월 06일"):
        assert junk not in doc.text


def test_cp949_korean_is_not_mistaken_for_another_language():
    text = "한국과 몽골은 울란바토르에서 과학기술 공동위원회를 열고 협력 프로그램에 서명했다."
    for data in (text.encode("cp949"), text.encode("euc-kr")):
        out, enc = decode(data)
        assert out == text and enc == "cp949"


def test_declared_charset_is_checked_against_the_bytes():
    # declared euc-kr but really UTF-8: the declaration does not decode, UTF-8 does
    html = '<meta charset="euc-kr"><p>공동위원회를 개최했다.</p>'
    out, enc = decode(html.encode("utf-8"))
    assert "공동위원회를 개최했다" in out and enc == "utf-8"


def test_truncated_in_the_middle_of_a_character_still_decodes():
    data = "협정을 체결했다".encode()
    out, _ = decode(data[:-1])
    assert out == "협정을 체결했"


def test_jsonl_kind_hint_text_is_not_parsed_as_html():
    doc = clean(raw_of("양국은 <b>협력</b> 방안을 논의했다. 회의는 서울에서 열렸다.", kind="text"), S)
    assert doc.strategy == "text-boilerplate" and "<b>협력</b>" in doc.text


@pytest.mark.parametrize(("text", "html"), [
    ("<!DOCTYPE html><html><body>가</body></html>", True),
    ("<div><p>가</p><p>나</p></div>", True),
    ("한국과 칠레는 <협정>을 맺었다.", False),
    ("2 < 3 그리고 4 > 1", False),
])
def test_looks_like_html(text, html):
    assert looks_like_html(text) is html


# --------------------------------------------------------------- HTML dates
_WIDGET = '<div class="today">2026년 02월 17일 (화)</div>'
_BODY = "<div class='article'><p>" + "</p><p>".join(ARTICLE) + "</p></div>"


def test_today_widget_date_never_beats_the_byline():
    html = f"<html><body>{_WIDGET}<h1>제목</h1><span>기사입력 2019.04.11 09:11</span>{_BODY}</body></html>"
    doc = clean(raw_of(html), S)
    assert doc.doc_date == "2019-04-11" and doc.date_source.startswith("byline")


def test_today_widget_date_alone_is_no_document_date():
    html = f"<html><body><div class='top'>{_WIDGET}</div><h1>제목</h1>{_BODY}</body></html>"
    doc = clean(raw_of(html), S)
    assert doc.doc_date is None


def test_metadata_date_via_htmldate_when_no_byline():
    html = ('<html><head><meta property="article:published_time" content="2018-08-14T10:00:00+09:00"></head>'
            f"<body><h1>제목</h1>{_BODY}</body></html>")
    doc = clean(raw_of(html), S)
    assert doc.doc_date == "2018-08-14" and doc.date_source == "htmldate"


def test_byline_wins_over_a_disagreeing_metadata_date():
    html = ('<html><head><meta property="article:published_time" content="2018-08-20T10:00:00+09:00"></head>'
            f"<body><h1>제목</h1><p>승인 2018.08.14 17:30</p>{_BODY}</body></html>")
    assert clean(raw_of(html), S).doc_date == "2018-08-14"


def test_subtitle_under_h1_is_kept():
    html = f"<html><body><h1>한-칠레 협정 체결</h1><h2>양국 통상장관 서울서 서명</h2>{_BODY}</body></html>"
    lines = clean(raw_of(html), S).text.splitlines()
    assert lines[:2] == ["한-칠레 협정 체결", "양국 통상장관 서울서 서명"]


# -------------------------------------------------- stripped-text boilerplate
KOREAN_PAGE = """전체메뉴
로그인 회원가입
홈 > 국제 > 외교
  • 흐림춘천-1.5℃
  • 맑음여수6.2℃
  • 구름많음서귀포9.9℃
  • 비목포4.4℃
기상청 제공
2024년 11월 05일 (화)
코스피 2,581.33 ▲12.10
한-칠레 과학기술 공동위원회 10년 만에 재개
양국 천문·해양 분야 공동연구 과제 8건 확정
송하늘 기자 sky@example.kr
입력 2024.11.04 17:02 | 수정 2024.11.05 08:15
페이스북 트위터 카카오톡 URL복사 인쇄
[국제과학신문=송하늘 기자] 한국과 칠레가 10년 만에 과학기술 공동위원회를 열고 천문과 해양 분야 공동연구를 확대하기로 했다.
과학기술정보통신부는 4일 칠레 산티아고에서 칠레 과학기술혁신부와 제5차 한-칠레 과학기술 공동위원회를 개최했다고 밝혔다.
양측은 이번 회의에서 공동연구 과제 8건을 확정했다.
칠레 측 대표는 "양국 협력이 새로운 단계에 들어섰다"고 말했다
관련기사
칠레 천문대에 한국 망원경 설치 추진
남미 과학기술 협력 포럼 개최
2024.10.30
많이 본 뉴스
정부, 중남미 연구협력 예산 확대
더보기
국제과학신문 | 주소: 서울시 종로구 00로 1 | 대표전화 02-000-0000 | 발행인 김과학
청소년보호책임자 : 이보호
Copyright © 국제과학신문. All rights reserved.
Go to top
"""
ARTICLE_LINES = [
    "한-칠레 과학기술 공동위원회 10년 만에 재개",
    "양국 천문·해양 분야 공동연구 과제 8건 확정",
    "한국과 칠레가 10년 만에 과학기술 공동위원회를 열고 천문과 해양 분야 공동연구를 확대하기로 했다.",  # lead tag cut
    "과학기술정보통신부는 4일 칠레 산티아고에서 칠레 과학기술혁신부와 제5차 한-칠레 과학기술 공동위원회를 개최했다고 밝혔다.",
    "양측은 이번 회의에서 공동연구 과제 8건을 확정했다.",
    '칠레 측 대표는 "양국 협력이 새로운 단계에 들어섰다"고 말했다',
]


def test_stripped_page_keeps_exactly_the_article():
    res = strip_boilerplate(KOREAN_PAGE)
    assert res.text.splitlines() == ARTICLE_LINES
    assert res.title == ARTICLE_LINES[0]
    assert res.doc_date == "2024-11-04" and res.date_source == "byline"
    reasons = {r for r, _ in res.dropped}
    assert {"weather", "ticker", "menu", "byline", "heading", "link-list", "copyright", "footer",
            "render-date"} <= reasons


@pytest.mark.parametrize("line", [
    "• 맑음속초7.6℃", "  • 흐림5.4℃", "구름많음 대관령 -3.2℃", "기상청 제공", "미세먼지 좋음 12",
    "페이스북 트위터 카카오스토리 URL복사 프린트", "가+ 가-", "공유 | 스크랩 | 인쇄 | 댓글 0",
    "정치 경제 사회 국제 문화 스포츠", "홈 > 뉴스 > 국제",
    "ⓒ 한국일보 무단전재 및 재배포 금지", "Copyright © 2024 Example News. All rights reserved.",
    "<저작권자 © 무역신문, 무단 전재 및 재배포 금지>",
    "주소: 서울시 중구 00길 1 | 전화: 02-000-0000 | 발행인: 김발행",
    "홍길동 기자", "홍길동 특파원 hong@example.kr", "hong@example.kr", "입력 2019.04.11 09:11",
    "기사입력 2019-04-11 오후 3:05 최종수정 2019-04-11 오후 4:00", "등록 2023.01.02 10:00 | 승인 2023.01.02 11:00",
    "코스닥 712.45 ▼3.21", ":", "▶", "Go to",
])
def test_boilerplate_lines_are_dropped(line):
    text = f"{line}\n한국과 칠레는 산티아고에서 과학기술 공동위원회를 열고 협력 방안을 논의했다."
    assert strip_boilerplate(text).text == "한국과 칠레는 산티아고에서 과학기술 공동위원회를 열고 협력 방안을 논의했다."


@pytest.mark.parametrize("line", [
    # article lines that share words with boilerplate must stay
    "서울의 낮 기온은 영하 3℃까지 떨어졌지만 개소식에는 주한 외교단 100여 명이 참석했다.",
    "양국은 저작권 보호 협력을 위한 양해각서를 체결했다.",
    "협정 체결 소식은 페이스북과 트위터를 통해서도 전해졌다.",
    "행사장 주소와 전화번호는 추후 공지될 예정이다.",
    "이날 회의는 2019.04.11 09:11 시작해 오후까지 이어졌다.",
    "관련 기사에 따르면 양측은 이미 지난해 실무협의를 시작했다.",
    "한-벨라루스 과학기술 협력",
    "제2차 한-러 보건의료협력포럼",
    "KISTI-NIA 공동 워크숍",
])
def test_article_lines_are_kept(line):
    text = f"한국과 칠레는 산티아고에서 과학기술 공동위원회를 열고 협력 방안을 논의했다.\n{line}"
    assert normalise_line(line) in strip_boilerplate(text).text.splitlines()


def test_link_block_after_heading_ends_at_the_article():
    text = "많이 본 뉴스\n정부 ODA 예산 확대\n한-몽골 기상협력 기념식\n" \
           "[세계일보=김기자] 한국국제협력단은 지난 3일 몽골 울란바토르에서 기상 관측소 개소식을 열었다고 4일 밝혔다.\n"
    assert strip_boilerplate(text).text.startswith("한국국제협력단은")  # the lead tag itself is cut


def test_title_before_a_byline_survives_a_link_block():
    text = "인기기사\n부산항 물동량 증가\n한-베트남 물류협력 MOU 체결\n입력 2022.05.06 10:00\n" \
           "부산항만공사는 베트남 하이퐁항만공사와 물류협력 MOU를 체결했다고 6일 밝혔다.\n"
    res = strip_boilerplate(text)
    assert res.text.splitlines() == ["한-베트남 물류협력 MOU 체결",
                                     "부산항만공사는 베트남 하이퐁항만공사와 물류협력 MOU를 체결했다고 6일 밝혔다."]
    assert res.doc_date == "2022-05-06"


def test_dateline_under_the_title_dates_the_document():
    text = "2030년 01월 01일 (화)\n한-페루 농업협력 센터 개소\n2021.07.15\n" \
           "농촌진흥청은 페루 리마에서 한-페루 농업협력 센터 개소식을 열었다고 15일 밝혔다.\n"
    res = strip_boilerplate(text)
    assert res.doc_date == "2021-07-15" and res.date_source == "dateline"
    assert "2030" not in res.text and "2021.07.15" not in res.text


def test_render_date_is_never_the_document_date():
    text = "• 맑음서울3.7℃\n기상청 제공\n2026년 02월 17일 (화)\n제목 줄입니다\n" \
           "한국보건산업진흥원은 러시아에 보건의료 사절단을 파견했다고 밝혔다.\n"
    res = strip_boilerplate(text)
    assert res.doc_date is None and "2026" not in res.text


def test_english_navigation_at_the_edges_of_a_korean_page():
    text = "Embassy Home\n한국과 벨라루스는 과학기술 협력을 이어갔다.\nKOICA and UNDP signed the agreement.\n" \
           "양국은 공동 프로그램을 승인했다.\n양국 연구기관은 민스크에서 공동실무그룹 회의를 열고 과제를 선정했다.\nBelarusian Diplomatic Missions\nAll Missions Belarus' Foreign Ministry\nGo to"
    assert strip_boilerplate(text).text.splitlines() == [
        "한국과 벨라루스는 과학기술 협력을 이어갔다.", "KOICA and UNDP signed the agreement.", "양국은 공동 프로그램을 승인했다.",
        "양국 연구기관은 민스크에서 공동실무그룹 회의를 열고 과제를 선정했다."]


def test_menu_run_of_short_lines_is_dropped_but_a_single_heading_is_kept():
    text = "정책\n소식\n알림마당\n기관소개\n과학기술 협력\n벨라루스와 한국은 과학기술 분야에서 활발히 교류했다."
    assert strip_boilerplate(text).text.splitlines() == [
        "과학기술 협력", "벨라루스와 한국은 과학기술 분야에서 활발히 교류했다."]


def test_copyright_after_the_last_sentence_on_the_same_line_keeps_the_sentence():
    text = "회의는 서울에서 열렸다. 양국은 협력 프로그램을 승인했다. <저작권자 © 신문 무단전재 및 재배포금지>"
    assert strip_boilerplate(text).text == "회의는 서울에서 열렸다. 양국은 협력 프로그램을 승인했다."


_LINE = st.text(alphabet=st.sampled_from(list("가나다라협력회의체결했다 .℃•0123456789|©기자입력")), max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, max_size=20))
def test_remover_keeps_lines_or_their_beginning(lines):
    """Kept text is made of input lines (or a line's part beside a copyright notice or a dated lead), in order."""
    res = strip_boilerplate("\n".join(lines))
    source = [normalise_line(x) for x in lines]
    pos = 0
    for kept in res.text.splitlines():
        while pos < len(source) and kept not in source[pos]:
            pos += 1
        assert pos < len(source), kept
        pos += 1


# --------------------------------------------------------------- bad input
@pytest.mark.parametrize(("name", "code"), [
    ("empty.html", "empty"),
    ("blank.txt", "empty"),
    ("junk.bin", "binary"),
    ("report.html", "binary"),  # a PDF renamed .html
    ("only_boilerplate.txt", "no_text"),
])
def test_bad_input_raises_a_clear_error(name, code):
    with pytest.raises(CoopgraphError) as exc:
        clean_file(BAD / name)
    assert exc.value.code == code and exc.value.message


def test_binary_junk_without_nul_bytes_is_refused():
    data = bytes(range(1, 32)) * 50 + bytes(range(128, 256)) * 10
    with pytest.raises(CoopgraphError) as exc:
        clean(raw_of(data), S)
    assert exc.value.code in ("binary", "encoding")


def test_truncated_html_still_gives_its_text():
    doc = clean_file(BAD / "truncated.html")
    assert ARTICLE[0] in doc.text and doc.title


def test_too_large_uses_settings_max_bytes():
    html = "<html><body>" + "<p>한국과 칠레는 협정을 맺었다.</p>" * 2000 + "</body></html>"
    with pytest.raises(CoopgraphError) as exc:
        clean(raw_of(html), Settings(max_bytes=10_000))
    assert exc.value.code == "too_large"
    assert clean(raw_of(html), Settings(max_bytes=1_000_000)).text


@pytest.mark.parametrize(("dateline", "expected"), [
    ("2019년 07월 03일 (수) 11:02:15   박서준 기자", "2019-07-03"),
    ("[무역경제신문 한지민 기자] 2022.10.31 18:20", "2022-10-31"),
    ("2023-07-22 08:30 | 남도일보", "2023-07-22"),
    ("2020. 5. 6.", "2020-05-06"),
])
def test_signed_or_bare_dateline_under_the_title(dateline, expected):
    text = f"홈 > 뉴스 > 국제\n한-우즈베크 섬유협력 센터 개소\n\n{dateline}\n\n" \
           "산업통상자원부는 우즈베키스탄 타슈켄트에서 섬유협력 센터 개소식을 열었다고 밝혔다.\n"
    res = strip_boilerplate(text)
    assert res.doc_date == expected and res.date_source == "dateline"
    assert res.text.splitlines()[0] == "한-우즈베크 섬유협력 센터 개소" and dateline not in res.text


def test_a_dated_timeline_entry_is_kept():
    text = "한-벨라루스 협력 연표\n2019.04.09 민스크 공동실무그룹 회의 개최\n" \
           "양국은 이 회의에서 과학기술 협력 프로그램을 승인했다.\n"
    assert "2019.04.09 민스크 공동실무그룹 회의 개최" in strip_boilerplate(text).text


# ------------------------------------------- press-release headers and split bylines
_ARTICLE_TEXT = "\n".join(ARTICLE)


@pytest.mark.parametrize(("header", "expected"), [
    ("보도시점: 2023. 5. 14.(일) 12:00", "2023-05-14"),
    ("보도일: 2022.11.03", "2022-11-03"),
    ("배포일 2021.06.02", "2021-06-02"),
    ("배포 일시 2021. 6. 2.(수) 10:00", "2021-06-02"),
    ("엠바고 2024. 1. 9.(화) 06:00 이후 보도", "2024-01-09"),
    ("보도자료 2022년 3월 4일", "2022-03-04"),
    ("작성일 2022-03-04", "2022-03-04"),
    ("게재일 : 2020.10.12", "2020-10-12"),
    ("등록일 2019-08-30 14:00", "2019-08-30"),
    ("보도시점 2023. 5. 14.(일) 조간 | 배포 2023. 5. 12.(금) 10:00", "2023-05-14"),
    ("| 보도일시 | 2022. 9. 1.(목) 11:00 | 담당부서 | 국제협력과 |", "2022-09-01"),
    ("보도일시 2022. 9. 1.(목) 11:00 담당부서 국제협력과 과장 홍길동 (044-000-0000)", "2022-09-01"),
    ("보도시점\n2023. 5. 14.(일) 12:00\n배포\n2023. 5. 12.(금)", "2023-05-14"),
    ("입력\n2023.03.14 15:20\n수정\n2023.03.15 09:00", "2023-03-14"),
    ("- 작성일\n2022-03-04", "2022-03-04"),
])
def test_press_release_and_split_headers_date_the_document(header, expected):
    text = f"보도자료\n{header}\n원자력연 베트남과 안전 협력 MOU\n{_ARTICLE_TEXT}\n"
    res = strip_boilerplate(text)
    assert res.doc_date == expected and res.date_source == "byline"
    assert res.text.splitlines() == ["원자력연 베트남과 안전 협력 MOU", *ARTICLE]


def test_a_sentence_mentioning_distribution_is_no_header():
    text = "양 기관은 2023년 5월 14일 배포된 지침에 따라 교육을 진행했다.\n" + _ARTICLE_TEXT
    assert strip_boilerplate(text).doc_date is None


@pytest.mark.parametrize("top", [
    "• 맑음서울3.7℃\n기상청 제공\n2026년 02월 17일 (화)",
    "2026년 02월 17일 (화)",
    "입력\n• 맑음서울3.7℃\n2026년 02월 17일 (화)",
])
def test_render_date_is_still_no_document_date_beside_release_words(top):
    res = strip_boilerplate(f"{top}\n원자력연 베트남과 안전 협력 MOU\n{_ARTICLE_TEXT}\n")
    assert res.doc_date is None and "2026" not in res.text


_W = '<div class="today">2026년 02월 17일 (화)</div>'


@pytest.mark.parametrize(("byline", "expected"), [
    ('<div class="info"><span class="label">입력</span><span class="date">2023.03.14 15:20</span></div>', "2023-03-14"),
    ('<ul class="byline"><li>등록 </li><li>2021-06-02 09:00</li><li>수정 </li><li>2021-06-03 10:00</li></ul>',
     "2021-06-02"),
    ("<dl><dt>작성일</dt><dd>2022-03-04</dd></dl>", "2022-03-04"),
    ('<div class="byline">홍길동 기자 <time datetime="2022-07-08T10:00:00+09:00">7월 8일</time></div>', "2022-07-08"),
    ("<table><tr><td>보도시점</td><td>2023. 5. 14.(일) 12:00</td><td>배포</td><td>2023. 5. 12.(금)</td></tr></table>",
     "2023-05-14"),
])
def test_html_bylines_split_over_elements(byline, expected):
    html = f"<html><body>{_W}<h1>원자력연 베트남과 안전 협력 MOU</h1>{byline}{_BODY}</body></html>"
    doc = clean(raw_of(html), S)
    assert doc.doc_date == expected
    assert all(s in doc.text for s in ARTICLE)
    assert "작성일" not in doc.text and "보도시점" not in doc.text and "2026" not in doc.text


# ------------------------------------------------- related-news lists after the body
_RELATED = {
    "ul-under-heading": "<h3>함께 보면 좋은 기사</h3><ul><li><a href='/a1'>원자력연, 몽골과 방사선 교육 협력 (2023.03.01)</a>"
                        "</li><li><a href='/a2'>[포토] 한-베트남 원전 포럼 개막</a></li>"
                        "<li><a href='/a3'>에너지 공기업 해외 진출 확대 나선다</a></li></ul>",
    "dated-items": "<div class='rel'><strong>이 기사와 관련된 기사</strong><ul><li><a href='/a1'>원자력연, 몽골과 방사선 "
                   "교육 협력</a><span>2023.03.01</span></li><li><a href='/a2'>한-베트남 원전 포럼 개막</a>"
                   "<span>2023.02.11</span></li></ul></div>",
    "arrows-and-dates": "<p>▶ 원자력연, 몽골과 방사선 교육 협력</p><p>☞ 한-베트남 원전 포럼 개막</p>"
                        "<p>원자력연 몽골과 방사선 교육 협력 (2023.03.01)</p><p>[포토] 한-베트남 원전 포럼 개막</p>",
    "bold-heading": "<p><b>추천 기사</b></p><p><a href='/x'>원자력연, 몽골과 방사선 교육 협력</a></p>"
                    "<p><a href='/y'>에너지 공기업 해외 진출 확대</a></p>",
}


@pytest.mark.parametrize("name", sorted(_RELATED))
def test_related_headlines_after_the_body_are_dropped_from_html(name):
    body = "".join(f"<p>{s}</p>" for s in ARTICLE)
    html = (f"<html><body><article><h1>원자력연 베트남과 안전 협력 MOU</h1>{body}{_RELATED[name]}</article>"
            "<footer>ⓒ 뉴스 무단전재</footer></body></html>")
    doc = clean(raw_of(html), S)
    assert doc.text.splitlines() == ["원자력연 베트남과 안전 협력 MOU", *ARTICLE]


@pytest.mark.parametrize("tail", [
    "원자력연 몽골과 방사선 교육 협력 (2023.03.01)\n한-베트남 원전 포럼 개막 (2023.02.11)",
    "[포토] 한-베트남 원전 포럼 개막",
    "▶ 원자력연, 몽골과 방사선 교육 협력\n☞ 에너지 공기업 해외 진출 확대",
    "함께 보면 좋은 기사\n원자력연, 몽골과 방사선 교육 협력\n에너지 공기업 해외 진출 확대 나선다",
    "관련기사\n- 원자력연, 몽골과 방사선 교육 협력2023.03.01\n- 한-베트남 원전 포럼 개막2023.02.11",
])
def test_related_headlines_after_the_body_are_dropped_from_stripped_text(tail):
    res = strip_boilerplate(f"원자력연 베트남과 안전 협력 MOU\n{_ARTICLE_TEXT}\n{tail}\n")
    assert res.text.splitlines() == ["원자력연 베트남과 안전 협력 MOU", *ARTICLE]


@pytest.mark.parametrize(("line", "body"), [
    ("[서울=과학뉴스] 홍길동 기자 = 한국과 칠레는 산티아고에서 과학기술 공동위원회를 열었다.",
     "한국과 칠레는 산티아고에서 과학기술 공동위원회를 열었다."),
    ("(세종=뉴스1) 김민지 기자 = 기획재정부는 몽골 정부와 개발협력 기본협정을 체결했다고 5일 밝혔다.",
     "기획재정부는 몽골 정부와 개발협력 기본협정을 체결했다고 5일 밝혔다."),
])
def test_a_lead_tag_is_cut_and_its_sentence_kept(line, body):
    assert body in strip_boilerplate(f"{line}\n{_ARTICLE_TEXT}").text.splitlines()


@pytest.mark.parametrize("line", [
    "▶ 일시: 2023년 5월 14일(일) 오전 10시",
    "2019.04.09 민스크 공동실무그룹 회의 개최",
    "이번 협력은 2025년까지 이어진다. (2023.03.01)",
])
def test_bylined_leads_labels_and_dated_sentences_are_kept(line):
    text = f"{line}\n{_ARTICLE_TEXT}"
    assert normalise_line(line) in strip_boilerplate(text).text.splitlines()


def test_a_trailing_sentence_without_a_tag_is_kept():
    text = f"{_ARTICLE_TEXT}\n양국은 내년 서울에서 후속 회의를 열 계획이다"
    assert strip_boilerplate(text).text.splitlines()[-1] == "양국은 내년 서울에서 후속 회의를 열 계획이다"


# --------------------------------------------------------------- bylines with an outlet and a reporter
_T = "광주시, 우즈베크 사마르칸트와 의료 교류\n"
_S1 = "광주시는 사마르칸트주와 의료 인력 교류 협약을 맺었다고 밝혔다.\n"
_S2 = "양측은 연수생을 해마다 보내기로 했다.\n시는 병원 견학도 주선한다.\n협약은 3년간 유효하다.\n"
_WIDGET = "서울 흐림 9℃\n2024년 11월 20일 (수)\n"


@pytest.mark.parametrize(("page", "expected"), [
    (_T + "[빛고을일보 정하늘 기자] 2024.11.18 09:05\n" + _S1 + _S2, "2024-11-18"),
    (_T + "[빛고을일보=정하늘 기자] 2024-11-18 09:05\n" + _S1 + _S2, "2024-11-18"),
    (_T + "정하늘 기자 | 2024.11.18 09:05\n" + _S1 + _S2, "2024-11-18"),
    (_WIDGET + _T + "[빛고을일보 정하늘 기자] 2024.11.18 09:05\n" + _S1 + _S2, "2024-11-18"),
    # glued to the first sentence
    (_T + "[빛고을일보 정하늘 기자] 2024.11.18 09:05 " + _S1 + _S2, "2024-11-18"),
    # counters and an update time beside it
    (_T + "빛고을일보 정하늘 기자 | 2024.11.18 09:05 | 댓글 0\n" + _S1 + _S2, "2024-11-18"),
    (_T + "정하늘 기자 | 2024.11.18 09:05 | 수정 2024.11.19 10:00\n" + _S1 + _S2, "2024-11-18"),
    # a wire lead, the date with a time at the end of the story
    (_T + "(광주=빛고을통신) 정하늘 기자 = " + _S1 + _S2 + "2024.11.18 09:05 송고\n", "2024-11-18"),
    (_T + "[빛고을일보=정하늘 기자]\n" + _S1 + _S2 + "2024/11/18 09:05\n", "2024-11-18"),
    # no signature: a lone render date beside a weather widget is no document date
    (_WIDGET + _T + _S1 + _S2, None),
    (_T + _S1 + _S2 + "서울 맑음 3℃\n2024.11.20 08:00\n", None),
])
def test_outlet_and_reporter_bylines_date_the_document(page, expected):
    res = strip_boilerplate(page)
    assert res.doc_date == expected
    assert any(line.endswith(_S1.strip()) for line in res.text.splitlines())
    assert "09:05" not in res.text and "℃" not in res.text and "2024" not in res.text


# --------------------------------------------------------------- menus, prev/next, English asides, attachments
_NAV_BODY = ["제주도는 필리핀 세부주와 관광 교류 협약을 맺었다고 밝혔다.",
         "양측은 다음 달 직항 노선 확대를 논의한다.",
         "도는 첨부한 일정표대로 대표단을 보낼 계획이다.",
         "다음 기사에서 협약의 세부 내용을 다룰 예정이다."]


@pytest.mark.parametrize("junk", [
    "홈 | 정치 | 경제 | 국제 | 사회",
    "뉴스 | 기획·연재 | 포럼 | 오피니언 | 지역",
    "이전글\n제주도, 몽골 사절단 맞아",
    "다음글\n도, 청년 해외연수 참가자 모집",
    "◀ 이전 기사\n다음 기사 ▶",
    "이전글 제주도, 몽골 사절단 맞아\n다음글 ▶ 도, 청년 해외연수 참가자 모집",
    "Related\n제주도, 베트남과 관광 교류 확대\n서귀포시, 일본 자매도시 방문",
    "Most Viewed\n1 도, 필리핀과 관광 협약\n2 제주-세부 직항 논의",
    "Latest News\n도, 태국 관광청과 간담회",
    "Trending\n제주-세부 직항 논의",
    "붙임 1. 협약서 사본 1부.\n2. 협약식 사진 3매. 끝.",
    "첨부파일\n협약식_사진.jpg\n보도자료_최종.hwp",
    "※ 사진 첨부",
    "[첨부] 협약식 사진 2매",
])
def test_navigation_asides_and_attachments_are_dropped(junk):
    page = "제주도, 필리핀 세부주와 관광 협약\n정하늘 기자 | 2024.11.18 09:05\n" + "\n".join(_NAV_BODY[:2]) + \
           f"\n{junk}\n" + "\n".join(_NAV_BODY[2:]) + "\n"
    res = strip_boilerplate(page)
    assert res.text.splitlines() == ["제주도, 필리핀 세부주와 관광 협약", *_NAV_BODY]


@pytest.mark.parametrize("line", [
    "첨부된 자료에 따르면 두 지역의 교류는 해마다 늘었다.",
    "다음 기사에서 협약의 세부 내용을 다룰 예정이다.",
    "이전 기사에서 다룬 협약이 이날 정식 발효됐다.",
    "붙임성 좋은 현지 직원들이 대표단을 안내했다.",
    "서울 | 부산 | 대구",
])
def test_lines_like_navigation_or_attachments_but_real_are_kept(line):
    page = "제주도, 필리핀 세부주와 관광 협약\n" + _NAV_BODY[0] + f"\n{line}\n" + _NAV_BODY[1] + "\n"
    assert line in strip_boilerplate(page).text.splitlines()


# --- byline forms of real pages, read as a grammar (date + time + author/outlet/e-mail/wire tag/counter) ---
_GJ_BODY = "광주시는 5일 우즈베키스탄 사마르칸트주와 의료 인력 교류 협약을 맺었다고 밝혔다.\n양측은 연수생을 해마다 보내기로 했다."


@pytest.mark.parametrize(("top", "bottom", "expected"), [
    ("관리자 / 2021-09-03 오후 2:05:00 / 12", "", "2021-09-03"),
    ("관리자 / 2025-10-02 / 6", "", "2025-10-02"),
    ("(광주=한빛통신) 홍길동 기자 | 2019-11-28 12:00 송고", "", "2019-11-28"),
    ("홍길동 2023-07-23 (일) 06:34 9개월전 228", "", "2023-07-23"),
    ("홍길동 desk@example.kr | 2019. 11. 18 07:57 |", "", "2019-11-18"),
    ("blogwriter 2013. 10. 16. 16:14", "", "2013-10-16"),
    ("2021.06.23 17:28:13", "", "2021-06-23"),
    ("광주시, 사마르칸트와 의료 교류 (광주시청 2009.06.02)", "", "2009-06-02"),
    ("", "한빛뉴스 2022.10.04", "2022-10-04"),
    ("", "2005-05-12", "2005-05-12"),
])
def test_real_page_bylines_date_the_document(top, bottom, expected):
    res = strip_boilerplate(f"광주시, 사마르칸트와 의료 교류\n{top}\n{_GJ_BODY}\n{bottom}\n")
    assert res.doc_date == expected
    assert "양측은 연수생을 해마다 보내기로 했다." in res.text


def test_a_keyword_date_glued_to_the_text_dates_it_and_keeps_the_text():
    res = strip_boilerplate(f"date 2025-11-18 광주시는 사마르칸트주와 의료 인력 교류 협약을 맺었다.\n{_GJ_BODY}")
    assert res.doc_date == "2025-11-18"
    assert res.text.startswith("광주시는 사마르칸트주와")


def test_a_table_of_named_dates_is_content_and_no_document_date():
    rows = "\n".join(f"{name} {y}년 0{m}월 01일" for name, y, m in
                     [("무역협정", 1992, 7), ("문화협정", 1995, 5), ("투자보장협정", 1996, 3), ("항공협정", 2007, 4)])
    res = strip_boilerplate(f"협정 현황\n{rows}\n양국은 여러 협정을 맺어 왔다고 설명했다.")
    assert res.doc_date is None
    assert "투자보장협정 1996년 03월 01일" in res.text.splitlines()


def test_several_lone_dates_give_no_document_date():
    res = strip_boilerplate(f"연혁\n{_GJ_BODY}\n2019.04.09\n협정 서명\n2020.05.11\n공동위 개최\n2021.06.01\n센터 개소\n")
    assert res.doc_date is None
    assert "2020.05.11" in res.text.splitlines()  # the chronology keeps its dates


def test_agreement_items_with_short_bracketed_dates_are_kept():
    text = ("한국과 가상국의 관계\n양국은 오랫동안 여러 분야에서 협정을 맺어 왔다. 주요 협정은 아래와 같다.\n"
            "ο 사증면제협정 (72.5)\nο 문화협정 (74.5)\nο 항공협정 (79.10)\nο 투자보장협정 (03.4 서명, 미발효)\n")
    r = strip_boilerplate(text)
    for item in ("사증면제협정 (72.5)", "문화협정 (74.5)", "항공협정 (79.10)", "투자보장협정 (03.4"):
        assert item in r.text
    assert r.dropped == ()


def test_dated_table_rows_running_forward_are_a_chronology_not_headlines():
    text = ("국제교류 현황\n우리 시는 여러 도시와 교류하고 있다. 자매결연 도시는 다음과 같다.\n"
            "가상국 가람시 2001. 3. 15.\n나라국 누리시 2005. 7. 20.\n다온국 바다시 2012. 4. 9.\n")
    r = strip_boilerplate(text)
    assert "가람시 2001. 3. 15." in r.text and "바다시 2012. 4. 9." in r.text
    # a related-articles list (recent, newest first) is still dropped
    news = ("양국 장관은 오늘 서울에서 만나 협력 방안을 논의했다고 밝혔다.\n"
            "가상국과 에너지 협력 강화 (2023.03.05)\n가상국 장관 방한 예정 (2023.02.11)\n")
    assert "에너지 협력 강화" not in strip_boilerplate(news).text


def test_a_bulleted_item_with_its_date_is_no_dateline():
    text = ("양국 관계 개관\n양국은 1990년 수교하였다.\n주요 협정\n- 투자보장협정 (1998.8.21)\n- 항공협정 발효\n"
            "양국은 협력을 이어가고 있다.\n")
    r = strip_boilerplate(text)
    assert r.doc_date is None
    assert "- 투자보장협정 (1998.8.21)" in r.text.splitlines()
    signed = "가상국 협력 강화\n- 홍길동 기자 2023.04.05\n양국 장관은 오늘 서울에서 만나 협력 방안을 논의했다고 밝혔다.\n"
    assert strip_boilerplate(signed).doc_date == "2023-04-05"  # a bulleted reporter's dateline still dates the page


@pytest.mark.parametrize("byline", [
    "작성일 : 19-04-11 09:11",  # a board's two-digit year
    "입력 19.04.11 09:11",
    "등록일자 2019-04-11",  # a footer word that is also a byline keyword, above the body
    "등록일 : 2019.04.11 (목)",
    "[등록일] 2019.04.11",
    "글쓴이 : 관리자 날짜 : 2019-04-11",
    "홍보팀 2019.04.11 조회 123",
    "관리자 │ 2019-04-11 │ 조회 12",
    "작성자 국제협력팀 | 등록일 2019-04-11 | 조회 123",
    "입력 2019.04.11 09:11 ㅣ 수정 2019.04.12 10:00",
    "최종수정 2019.04.12 | 입력 2019.04.11",
])
def test_byline_shapes_of_unseen_sites_date_the_article(byline):
    text = ("서울시, 하노이시와 스마트도시 협약\n" + byline + "\n"
            "서울시는 지난 5일 베트남 하노이시와 스마트도시 협력 양해각서를 체결했다고 밝혔다.\n"
            "양 도시는 교통과 환경 분야에서 공동 사업을 추진하기로 했다.")
    res = strip_boilerplate(text)
    assert res.doc_date == "2019-04-11"
    assert byline not in res.text


def test_a_registration_date_in_the_footer_does_not_date_the_article():
    text = ("서울시, 하노이시와 스마트도시 협약\n"
            "서울시는 지난 5일 베트남 하노이시와 스마트도시 협력 양해각서를 체결했다고 밝혔다.\n"
            "양 도시는 교통과 환경 분야에서 공동 사업을 추진하기로 했다.\n등록일자 2009.03.10")
    assert strip_boilerplate(text).doc_date is None


def test_a_board_post_title_row_dates_the_article_and_keeps_its_title():
    text = ("사이트 안내\n• 일시 : 2019년 4월 4일 ~ 4월 11일\n• 장소 : 하노이\n"
            "한-베트남 도시협력 회의 결과 2019.04.11 | No.7\n"
            "서울시는 11일 하노이에서 베트남 도시들과 협력 회의를 열었다고 밝혔다.")
    res = strip_boilerplate(text)
    assert res.doc_date == "2019-04-11"
    assert "한-베트남 도시협력 회의 결과" in res.text.splitlines() and "No.7" not in res.text


@pytest.mark.parametrize("furniture", [
    "이 자료는 \"공공누리 제1유형 출처표시\" 조건에 따라 자유롭게 이용할 수 있습니다.",  # an open-licence notice
    "이 저작물은 크리에이티브 커먼즈 저작자표시 4.0 라이선스에 따라 이용할 수 있습니다.",
    "협약명, 체결일, 상대기관을 조회할 수 있는 표입니다.",  # an accessible table's summary
    "보도일시, 담당부서, 연락처를 알려주는 보도자료 요약",
    "이 누리집은 대한민국 공식 전자정부 누리집입니다.",  # notices of the site itself
    "이 페이지에서 제공하는 정보에 대하여 얼마나 만족하십니까?",
    "담당부서 : 국제교류과",
    "#하노이 #스마트도시 #협약",  # a tag line
])
def test_licence_and_site_notices_table_summaries_and_tags_are_dropped(furniture):
    text = ("서울시는 지난 5일 베트남 하노이시와 스마트도시 협력 양해각서를 체결했다고 밝혔다.\n" + furniture +
            "\n양 도시는 교통과 환경 분야에서 공동 사업을 추진하기로 했다.")
    kept = strip_boilerplate(text).text.splitlines()
    assert furniture not in kept and len(kept) == 2


def test_headings_over_dated_rows_and_name_ordered_table_rows_are_kept():
    # own invented list page (proposal of helper L): headings the list reader needs, a table ordered by name
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("가나 관계 개관\n\n양국은 1977년 수교 이후 여러 분야에서 협력을 넓혀 왔으며 교류가 늘고 있다.\n\n"
            "○ 방한\n- 2017.6.2 가나 외교장관 방한\n- 2015.3.11 가나 부통령 방한\n\n"
            "2021년\n4월 8일 한-가나 외교장관회담 개최\n2020년\n9월 2일 한-가나 보건협력 약정 체결\n\n"
            "우호도시\n도시명 국가 체결일\n쿠마시시 가나 2004. 5. 11.\n아크라시 가나 1999. 8. 3.\n"
            "테마시 가나 2011. 10. 7.\n")
    st = strip_boilerplate(page)
    kept = st.text.splitlines()
    for line in ("○ 방한", "2021년", "2020년", "우호도시", "쿠마시시 가나 2004. 5. 11.", "테마시 가나 2011. 10. 7."):
        assert line in kept, (line, st.dropped)


def test_a_dated_table_row_between_pipes_is_kept_whole_and_dates_no_page():
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("한-페루 협정 현황\n\n양국은 1963년 수교 이후 여러 협정을 맺어 협력의 틀을 넓혀 왔다.\n\n"
            "협정명 | 서명일 | 발효일\n무역협정 | 1982.4.7 | 1982.6.1\n문화협정 | 1995.3.2 | 1995.9.8\n"
            "홈 | 뉴스 | 기획 | 포럼\n")
    st = strip_boilerplate(page)
    kept = st.text.splitlines()
    assert "무역협정 | 1982.4.7 | 1982.6.1" in kept and "문화협정 | 1995.3.2 | 1995.9.8" in kept
    assert st.doc_date is None
    assert "홈 | 뉴스 | 기획 | 포럼" not in kept


def test_rows_of_a_table_flattened_with_slashes_are_no_captions():
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("대학 교류 현황\n\n우리 대학은 2010년부터 남미 대학들과 교환학생 협정을 맺어 교류를 넓혀 왔다.\n\n"
            "연도 / 대학 / 국가\n2013 / 리마대학교 / 페루\n2016 / 산티아고대학교 / 칠레\n")
    kept = strip_boilerplate(page).text.splitlines()
    assert "2013 / 리마대학교 / 페루" in kept and "2016 / 산티아고대학교 / 칠레" in kept


def test_a_heading_over_labelled_dated_rows_is_kept():
    from coopgraph.clean.boilerplate import strip_boilerplate

    page = ("한-칠레 교류\n\n양국은 1962년 수교 이후 고위급 교류를 이어 오며 협력 분야를 넓혀 왔다.\n\n"
            "○ 방칠\n- 대통령 : 2004.11(국빈), 2010.5(실무)\n- 총리 : 2012.3\n")
    kept = strip_boilerplate(page).text.splitlines()
    assert "○ 방칠" in kept


def test_two_dated_rows_of_a_pipe_table_are_content_and_date_no_page():
    # own invented page (proposal of helper L): rows "country | university | date" are no "outlet | date" datelines
    text = ("대학 국제교류 협정 현황\n본교는 아시아 여러 대학과 학술교류협정을 체결하고 있다.\n국가 | 대학명 | 체결일\n"
            "몽골 | 가람대학교 | 2015.03.10\n몽골 | 나래대학교 | 2018.07.02\n")
    doc = clean(raw_of(text, kind="text"), S)
    assert doc.doc_date is None
    assert "몽골 | 가람대학교 | 2015.03.10" in doc.text and "몽골 | 나래대학교 | 2018.07.02" in doc.text



def test_date_cells_of_a_table_flattened_one_cell_a_line_are_content_and_date_no_page():
    # own invented page (proposal of helper L): two rows "date" / "instrument" / "place", one cell a line
    text = "한-칠레 주요 협정\n1996.4.2\n과학기술협력협정\n산티아고\n2004.9.15\n문화협력협정\n서울\n"
    doc = clean(raw_of(text, kind="text"), S)
    assert doc.doc_date is None
    assert doc.text.splitlines() == text.splitlines()


_BOARD_BODY = ("한빛대학교, 몽골 가람대학교와 교류협정 체결\n"
               "한빛대학교는 지난 20일 몽골 가람대학교와 학생 교류와 공동 연구를 위한 협정을 체결했다고 밝혔다.\n"
               "협정에 따라 두 대학은 내년부터 교환학생 프로그램을 함께 운영하기로 했다.\n")


@pytest.mark.parametrize("byline", [
    "작성자 관리자 | 등록일 2019-11-28 | 조회수 120",  # a board's byline under the post, the page's only date
    "수정일 2019.12.01 등록일 2019.11.28",
])
def test_a_board_byline_under_the_body_dates_a_page_with_no_other_date(byline):
    res = strip_boilerplate(_BOARD_BODY + byline)
    assert res.doc_date == "2019-11-28" and byline not in res.text


def test_a_registration_date_among_the_footer_lines_does_not_date_the_article():
    footer = "한빛일보\n등록번호 : 서울 아01234\n등록일자 : 2009.03.10\n발행인 : 홍길동\nCopyright © 한빛일보 All rights reserved."
    assert strip_boilerplate(_BOARD_BODY + footer).doc_date is None
    ours = "회사소개 | 광고문의 | 개인정보처리방침\n작성자 관리자 | 등록일 2009-03-10 | 조회수 3\nCopyright © 한빛일보"
    assert strip_boilerplate(_BOARD_BODY + ours).doc_date is None  # among the footer's lines: left undated


def test_board_cells_under_a_menu_word_date_the_post():
    text = "뉴스\n작성자\n홍보팀\n작성일\n2019-11-28\n" + _BOARD_BODY
    res = strip_boilerplate(text)
    assert res.doc_date == "2019-11-28"
    assert "2019-11-28" not in res.text.splitlines()
