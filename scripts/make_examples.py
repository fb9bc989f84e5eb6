#!/usr/bin/env python3
"""Write the example documents that ship in coopgraph/examples (used by `coopgraph demo`).

The articles are invented for this project. Run from the repository root:

    python3 scripts/make_examples.py

The CP949 page is written from a Python string so that its bytes are
reproducible: CP949-encoded, with no charset declaration anywhere.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "coopgraph" / "examples"

NEWS_HTML = """<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>KISTI-우즈베키스탄 혁신개발부, 데이터 협력 양해각서 체결 | 과학협력일보</title>
<meta property="og:title" content="KISTI-우즈베키스탄 혁신개발부, 데이터 협력 양해각서 체결">
<style>.gnb li{display:inline}</style>
<script>var today = new Date();</script>
</head>
<body>
<div id="top">
  <div class="today">2024년 03월 05일 (화)</div>
  <ul class="weather"><li>맑음서울 3.1℃</li><li>흐림부산 8.4℃</li><li>맑음대전 4.0℃</li></ul>
</div>
<nav class="gnb"><ul><li><a href="/">홈</a></li><li><a href="/pol">정치</a></li><li><a href="/eco">경제</a></li>
<li><a href="/int">국제</a></li><li><a href="/sci">과학</a></li><li><a href="/op">오피니언</a></li></ul></nav>
<div class="article">
  <h1>KISTI-우즈베키스탄 혁신개발부, 데이터 협력 양해각서 체결</h1>
  <h2>타슈켄트서 공동 연구센터 설립 논의…내년 공동위원회 개최 합의</h2>
  <div class="byline">박지현 기자 <span>입력 2023.05.18 14:20</span> | <span>수정 2023.05.18 16:02</span></div>
  <div class="share"><a>페이스북</a> <a>트위터</a> <a>카카오톡</a> <a>URL복사</a> <a>인쇄</a></div>
  <div id="article-body">
    <p>[과학협력일보=박지현 기자] 한국과학기술정보연구원(KISTI)은 지난 17일 우즈베키스탄 타슈켄트에서 우즈베키스탄 혁신개발부와 과학기술 데이터 공유 및 연구 인프라 협력에 관한 양해각서(MOU)를 체결했다고 18일 밝혔다.</p>
    <p>이번 협약에 따라 양 기관은 슈퍼컴퓨팅 자원 활용, 연구 데이터 플랫폼 구축, 데이터 분석 전문 인력 양성 등 세 분야에서 공동사업을 추진한다. 협약식에는 KISTI 원장과 혁신개발부 차관을 비롯해 양국 연구자 30여 명이 참석했다.</p>
    <p>양측은 이날 별도 면담을 갖고 타슈켄트에 공동 연구센터를 설립하는 방안을 논의했으며, 내년 상반기 서울에서 제1차 한-우즈베키스탄 과학기술 데이터 공동위원회를 열기로 합의했다.</p>
    <p>KISTI 관계자는 "중앙아시아 지역의 연구 데이터 협력 거점을 마련했다는 데 의미가 있다"며 "후속 사업을 통해 실질적인 성과를 내겠다"고 말했다.</p>
  </div>
  <div class="copyright">저작권자 © 과학협력일보 무단전재 및 재배포 금지</div>
</div>
<aside class="related">
  <h3>관련기사</h3>
  <ul><li><a href="/1">KISTI, 카자흐스탄과 슈퍼컴퓨터 공동 활용 협의</a></li>
  <li><a href="/2">중앙아시아 과학기술 협력 포럼 서울서 개막</a></li></ul>
  <h3>많이 본 뉴스</h3>
  <ol><li><a href="/3">정부, 개도국 디지털 ODA 예산 20% 확대</a></li>
  <li><a href="/4">한-몽골 기상협력 20주년 기념식 열려</a></li></ol>
</aside>
<footer>
  <p>과학협력일보 | 주소: 서울특별시 중구 세종대로 00 | 대표전화 02-000-0000 | 발행인·편집인 홍길동</p>
  <p>Copyright © 2023 과학협력일보. All rights reserved.</p>
</footer>
</body>
</html>
"""

# No <meta charset>, no XML declaration: the reader must find CP949 on its own.
CP949_HTML = """<html>
<head>
<title>한-몽골 과학기술 공동위원회 울란바토르서 개최</title>
</head>
<body>
<div class="menu"><a href="/">처음으로</a> | <a href="/news">뉴스</a> | <a href="/login">로그인</a></div>
<div class="news_view">
<h1>한-몽골 과학기술 공동위원회 울란바토르서 개최</h1>
<p class="info">기사입력 2022-11-03 10:05 &nbsp; 최유진 기자</p>
<div class="content">
<p>과학기술정보통신부는 지난 2일 몽골 울란바토르에서 몽골 교육과학부와 제7차 한-몽골 과학기술 공동위원회를 개최했다고 3일 밝혔다.</p>
<p>이번 회의에서 양국은 기후변화 대응 기술, 희소금속 자원 탐사, 원격 의료 등 6개 분야의 공동연구 과제 12건을 새로 승인하고, 2023년부터 2025년까지 추진할 과학기술 협력 프로그램에 서명했다.</p>
<p>우리 측 대표단은 회의에 앞서 몽골 과학아카데미와 국립몽골대학교를 방문해 연구 현장을 둘러보고 청년 연구자 교류 확대 방안을 협의했다.</p>
<p>과학기술정보통신부 관계자는 "몽골은 자원과 기후 분야에서 협력 잠재력이 큰 나라"라며 "공동연구 성과가 현지 산업으로 이어지도록 지원하겠다"고 말했다.</p>
</div>
</div>
<div class="footer">ⓒ 국제협력뉴스 무단전재 및 재배포금지</div>
</body>
</html>
"""

STRIPPED_TEXT = """전체메뉴
로그인 회원가입
  • 맑음서울4.2℃
  • 흐림인천3.8℃
  • 맑음수원5.0℃
  • 비광주7.1℃
  • 맑음부산9.6℃
  • 구름많음제주10.2℃
기상청 제공

2025년 04월 11일 (금)

베트남 경제사절단 부산 방문…수출상담회서 86건 상담

부산시-하노이시 경제협력 실무협의회도 열려

입력 2025.04.10 09:10

페이스북 트위터 카카오톡 URL복사 프린트

[동남권경제신문=이민수 기자] 베트남 하노이시 경제사절단 25명이 지난 7일부터 9일까지 부산을 방문해 지역 기업들과 수출상담회를 가졌다.

부산시와 부산경제진흥원이 공동으로 마련한 이번 상담회에는 식품, 기계부품, 화장품 분야 부산 기업 40곳이 참여해 모두 86건의 상담을 진행했으며, 상담액은 약 1200만 달러로 집계됐다.

사절단은 8일 부산시청에서 열린 제3차 부산-하노이 경제협력 실무협의회에 참석해 물류와 스마트시티 분야 협력 방안을 논의했다. 양 도시는 이 자리에서 올해 하반기 하노이에 부산기업지원센터를 개소하기로 합의했다.

하노이시 투자계획국 부국장은 "부산 기업의 기술력과 하노이의 성장 잠재력이 만나면 큰 시너지가 날 것"이라고 말했다.

이민수 기자 minsu@example.kr

관련기사
부산시, 호찌민시와 청년 창업 교류 협약
동남아 수출상담회 성과 역대 최대

가장 많이 본 뉴스
부산항 물동량 3개월 연속 증가
해운대 해수욕장 조기 개장 검토

더보기

동남권경제신문 | 등록번호 부산 아00000 | 발행인 김부산 | 편집인 이동남
Copyright © 동남권경제신문. All rights reserved.
"""

JSONL = [
    {"url": "https://news.example.kr/world/20240611-0001",
     "html": "<html><head><title>한-케냐 직업훈련센터 나이로비서 개소</title></head><body>"
             "<h1>한-케냐 직업훈련센터 나이로비서 개소</h1>"
             "<p class='date'>등록 2024.06.11 09:30</p>"
             "<article><p>한국국제협력단(KOICA)은 지난 10일 케냐 나이로비에서 한-케냐 직업훈련센터 개소식을 열었다고 11일 밝혔다."
             "</p><p>센터는 KOICA가 3년간 800만 달러를 지원해 지은 것으로, 자동차 정비와 전기 설비 등 4개 과정에서 해마다 "
             "청년 500명을 교육한다. 개소식에는 케냐 교육부 장관과 주케냐 한국대사가 참석했다.</p></article>"
             "<div class='copyright'>저작권자 © 개발협력신문 무단전재 및 재배포 금지</div></body></html>",
     "fetched_at": "2024-06-12T08:00:00Z"},
    {"url": "https://news.example.kr/world/20240902-0007",
     "text": "한-페루 스마트 농업 공동사업 착수\n입력 2024.09.02 15:40\n"
             "농촌진흥청은 페루 농업개발부와 안데스 고산지대 감자 생산성 향상을 위한 스마트 농업 공동사업에 착수했다고 2일 밝혔다.\n"
             "양 기관은 2027년까지 시범농장 5곳을 조성하고 현지 농업인 1000명에게 재배 기술을 전수할 계획이다.\n"
             "관련기사\n페루 농업부 장관 방한…농업기술 협력 논의\n"
             "ⓒ 농업협력뉴스 무단전재 및 재배포 금지",
     "fetched_at": "2024-09-03T01:00:00Z"},
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "01_news_mou.html").write_text(NEWS_HTML, encoding="utf-8")
    cp949 = CP949_HTML.encode("cp949")
    assert b"charset" not in cp949.lower()
    (OUT / "02_joint_committee_cp949.html").write_bytes(cp949)
    (OUT / "03_stripped_delegation.txt").write_text(STRIPPED_TEXT, encoding="utf-8")
    with (OUT / "04_feed.jsonl").open("w", encoding="utf-8") as fh:
        for rec in JSONL:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote 4 example documents to {OUT}")


if __name__ == "__main__":
    main()
