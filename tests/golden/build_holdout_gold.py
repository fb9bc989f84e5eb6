"""Source of the held-out gold: edit the annotations here, then run

    .venv/bin/python tests/golden/build_holdout_gold.py

to rewrite tests/golden/holdout_gold.jsonl (doc_id = first 16 hex of sha256 of the
file bytes). The machinery shared with build_dev_gold.py lives in gold_build.py.
tests/test_golden_heldout.py checks that the JSONL is what this script writes.
Conventions: tests/golden/README.md (the same as the dev set).

HELD-OUT: nobody tunes rules on these documents. They measure how the product
generalises; look at the numbers, not at the sentences.
"""

from __future__ import annotations

import sys
from pathlib import Path

import gold_build
from gold_build import d, ev, fig, loc, org, per

HERE = Path(__file__).resolve().parent
HOLDOUT = HERE / "holdout"
OUT = HERE / "holdout_gold.jsonl"


KOTRA = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라")
KOICA = org("한국국제협력단", "KR", "KOICA", "코이카")
KIAT = org("한국산업기술진흥원", "KR", "KIAT")
MOTIE = org("산업통상자원부", "KR", "산업부")
MSIT = org("과학기술정보통신부", "KR", "과기정통부")

DOCS: dict[str, dict] = {}

# ------------------------------------------------------------------ 001 (HTML, stock widget, 입력|수정 byline)
QAZIND = org("카자흐스탄 산업개발청", "KZ", "산업개발청")
DOCS["001_kiat_kazakhstan_mou.html"] = {
    "doc_date": "2023-03-14",
    "must_keep": ["제조기업 디지털 전환 협력을 위한 양해각서(MOU)를 체결했다고", "스마트공장 시범 구축 사업을 공동 추진한다",
                  "기술사업화 협력 양해각서를 맺은 바 있다"],
    "must_drop": ["코스피 2,410.61", "KOTRA, 알마티서 한-카자흐 소비재 수출상담회 개최", "KIAT, 베트남 하노이에 기술협력센터 개소",
                  "반도체 수출 7개월 연속 감소", "All rights reserved", "회원가입", "URL복사"],
    "events": [
        ev("agreement", d("2023-03-13", text="지난 13일"), loc("아스타나", "KZ"),
           [KIAT, QAZIND, per("민병호", "KR", "민 원장"), per("누르란 에르게노프", "KZ")], ["KR", "KZ"],
           "한국산업기술진흥원(KIAT)은 지난 13일 카자흐스탄 아스타나에서 카자흐스탄 산업개발청과 제조기업 디지털 전환 협력을 위한 양해각서(MOU)를 체결했다고"),
        ev("project", d("2023", text="올해 하반기부터"), None, [KIAT, QAZIND], ["KR", "KZ"],
           "양 기관은 올해 하반기부터 카자흐스탄 중소 제조기업 20곳을 대상으로 스마트공장 시범 구축 사업을 공동 추진한다",
           figures=[fig(20, "곳", "Kazakh SMEs")], status="planned"),
        ev("visit", d("2023-03-13", text="협약식에 앞서"), None,
           [KIAT, org("카자흐스탄 산업인프라개발부", "KZ", "산업인프라개발부")], ["KR", "KZ"],
           "KIAT 대표단은 협약식에 앞서 카자흐스탄 산업인프라개발부를 찾아"),
        ev("meeting", d("2023-03-13", text="협약식에 앞서"), None,
           [KIAT, org("카자흐스탄 산업인프라개발부", "KZ", "산업인프라개발부"), per("베릭 사파로프", "KZ")], ["KR", "KZ"],
           "베릭 사파로프 차관과 면담하고 양국 산업기술 협력 확대 방안을 논의했다"),
        ev("agreement", d("2019", text="2019년"), None,
           [KIAT, org("카자흐스탄 국가기술개발센터", "KZ", "국가기술개발센터")], ["KR", "KZ"],
           "앞서 KIAT는 2019년 카자흐스탄 국가기술개발센터와 기술사업화 협력 양해각서를 맺은 바 있다"),
        ev("forum", d("2023-06", text="오는 6월"), loc("서울", "KR"), [KIAT, QAZIND], ["KR", "KZ"],
           "양측은 오는 6월 서울에서 열리는 '한-중앙아 산업기술 협력 포럼'에서 시범사업 대상 기업을 발표할 예정이다",
           status="planned"),
    ],
}

# ------------------------------------------------------------------ 002 (HTML, 기사입력 byline, counts)
VIETRADE = org("베트남 무역진흥청", "VN", "VIETRADE", "무역진흥청", "베트남 산업무역부 산하 무역진흥청")
KOTRA_HCM = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라", "KOTRA 호찌민무역관", "호찌민무역관")
DOCS["002_kotra_hochiminh_export_consultation.html"] = {
    "doc_date": "2022-11-03",
    "must_keep": ["132건, 2,300만 달러 규모의 상담을 진행했다고", "한국 상품 전용 판매대를 운영하는 사업"],
    "must_drop": ["서울 흐림 11.4℃", "KOTRA, 하노이무역관 신청사로 이전 개관", "중기부, 베트남 산업무역부와 중소기업 협력 MOU",
                  "10월 수출 전년 대비 5.7% 감소", "All Rights Reserved", "카카오스토리"],
    "events": [
        ev("forum", d("2022-11-01", "2022-11-02", "지난 1일부터 이틀간"), loc("호찌민", "VN"), [KOTRA], ["KR", "VN"],
           "베트남 호찌민에서 '2022 K-소비재 수출상담회'를 열어",
           figures=[fig(35, "개사", "Korean SMEs"), fig(90, "개사", "local buyers (about)"),
                    fig(132, "건", "consultations"), fig(23000000, "달러", "consultation value"),
                    fig(4100000, "달러", "expected contracts")]),
        ev("agreement", d("2022-11-01", text="상담회 첫날인 1일"), None, [KOTRA_HCM, VIETRADE], ["KR", "VN"],
           "상담회 첫날인 1일 KOTRA 호찌민무역관은 베트남 산업무역부 산하 무역진흥청(VIETRADE)과 현지 유통망 진출 협력을 위한 업무협약을 맺었다"),
        ev("project", d("2023", text="내년부터"), None, [KOTRA, VIETRADE], ["KR", "VN"],
           "양 기관은 내년부터 베트남 대형 유통매장에 한국 상품 전용 판매대를 운영하는 사업을 함께 벌인다",
           status="planned"),
        ev("visit", d("2022-11-02", text="이튿날"), None,
           [KOTRA, org("빈즈엉성 인민위원회", "VN", "빈즈엉성")], ["KR", "VN"],
           "KOTRA 대표단은 이튿날 빈즈엉성 인민위원회를 방문해"),
    ],
}

# ------------------------------------------------------------------ 003 (HTML, 등록 byline, ODA completion)
RTB = org("르완다 기술직업교육청", "RW", "RTB", "기술직업교육청")
RW_MINEDUC = org("르완다 교육부", "RW", "교육부")
KOICA_RW = org("한국국제협력단", "KR", "KOICA", "코이카", "KOICA 르완다사무소")
CENTRE_003 = org("키갈리 ICT 직업훈련원", "RW", "훈련원", "ICT 직업훈련원")
DOCS["003_koica_rwanda_ict_training_centre.html"] = {
    "doc_date": "2021-06-02",
    "must_keep": ["'키갈리 ICT 직업훈련원' 준공식을 열고", "취업 연계를 위한 협의의사록(R/D)에도 서명했다"],
    "must_drop": ["서울 구름많음 24℃", "KOICA, 탄자니아 도도마 모자보건 사업 협약 체결", "우간다 농촌개발 사업 착수보고회 개최",
                  "ODA 예산 4조원 시대", "All rights reserved", "네이버블로그"],
    "events": [
        ev("opening", d("2021-05-28", text="지난달 28일"), loc("키갈리", "RW"),
           [CENTRE_003, KOICA_RW, RW_MINEDUC, per("이수진", "KR"), per("클로딘 우와세", "RW", "우와세")], ["KR", "RW"],
           "한국국제협력단(KOICA)은 지난달 28일 르완다 키갈리에서 '키갈리 ICT 직업훈련원' 준공식을 열고 본격 운영에 들어갔다고",
           figures=[fig(200, "명", "attendees (about)")]),
        ev("project", d("2018", "2021", "2018년부터 2021년까지"), None, [KOICA, RW_MINEDUC, RTB], ["KR", "RW"],
           "훈련원은 KOICA가 2018년부터 2021년까지 850만 달러를 지원한 '르완다 ICT 직업교육 역량강화 사업'으로 지어졌으며",
           figures=[fig(8500000, "달러", "grant")]),
        ev("agreement", d("2021-05-28", text="이날"), None, [KOICA, RTB], ["KR", "RW"],
           "KOICA는 이날 RTB와 훈련원 졸업생의 취업 연계를 위한 협의의사록(R/D)에도 서명했다"),
        ev("visit", d("2021-09", text="오는 9월"), None, [KOICA, CENTRE_003], ["KR", "RW"],
           "KOICA는 오는 9월 한국인 ICT 전문가 5명을 훈련원에 파견해 현지 교원 연수를 진행할 계획이다",
           figures=[fig(5, "명", "experts dispatched")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 004 (HTML, no event; cooperation only in 관련기사 and a hypothetical)
DOCS["004_stock_market_no_event.html"] = {
    "doc_date": "2024-08-19",
    "must_keep": ["외국인은 유가증권시장에서 4,870억 원어치를 순매도했고", "건설주가 본격적으로 반등할 수 있다는 관측도 나왔다"],
    "must_drop": ["현대건설, 사우디 아람코와 가스 플랜트 협력 MOU", "한-UAE 경제공동위 개최", "카자흐스탄 총리 방한",
                  "금리 인하 기대감에 채권 금리 하락", "All rights reserved", "WTI 74.37"],
    "events": [],
}

# ------------------------------------------------------------------ 005 (HTML, 입력|수정 byline, Latin America)
KRIBB = org("한국생명공학연구원", "KR", "KRIBB", "생명연")
IIAP = org("페루 국립아마존연구소", "PE", "IIAP", "국립아마존연구소")
DOCS["005_kribb_peru_amazon_research.html"] = {
    "doc_date": "2022-09-07",
    "must_keep": ["아마존 생물자원 공동연구 협약을 맺었다고", "'한-페루 생물자원 공동연구센터'를 설립할 예정이다",
                  "유전자원 교류 양해각서를 체결한 바 있다"],
    "must_drop": ["대전 맑음 27℃", "KRIBB, 코스타리카 생물다양성연구소와 공동연구센터 개소", "과기정통부, 칠레와 천문·바이오 협력 공동위원회 개최",
                  "mRNA 백신 플랫폼 국산화 속도", "All rights reserved", "구독신청"],
    "events": [
        ev("agreement", d("2022-09-06", text="6일"), loc("리마", "PE"),
           [KRIBB, IIAP, per("박영민", "KR", "박 원장"), per("루이스 캄포스", "PE")], ["KR", "PE"],
           "한국생명공학연구원(KRIBB)은 6일 페루 리마에서 페루 국립아마존연구소(IIAP)와 아마존 생물자원 공동연구 협약을 맺었다고"),
        ev("project", d("2023", "2027", "2023년부터 5년간"), None, [KRIBB, IIAP], ["KR", "PE"],
           "양 기관은 2023년부터 5년간 아마존 약용식물의 유전체를 분석하는 공동연구를 진행한다", status="planned"),
        # '이키토스에 ... 공동연구센터를 설립할 예정이다': a plan with no date, no event (ANNOTATE.md)
        ev("visit", d("2022-09-07", text="이튿날인 7일"), None, [KRIBB, org("페루 환경부", "PE", "환경부")], ["KR", "PE"],
           "KRIBB 대표단은 이튿날인 7일 페루 환경부를 방문해"),
        ev("forum", d("2022-09-07", text="같은 날 오후"), loc("리마", "PE"),
           [KRIBB, org("산마르코스대학교", "PE")], ["KR", "PE"],
           "같은 날 오후에는 리마의 산마르코스대학교에서 '한-페루 바이오 세미나'를 열어",
           figures=[fig(60, "명", "researchers (about)")]),
        ev("agreement", d("2016", text="2016년"), None, [KRIBB, org("페루 국립농업혁신연구소", "PE", "INIA", "국립농업혁신연구소")],
           ["KR", "PE"], "KRIBB는 2016년 페루 국립농업혁신연구소(INIA)와도 유전자원 교류 양해각서를 체결한 바 있다"),
    ],
}


# ------------------------------------------------------------------ 006 (HTML, 기사입력 byline, Middle East, two MOUs in one sentence)
SA_MISA = org("사우디 투자부", "SA", "투자부", "사우디아라비아 투자부")
DOCS["006_motie_saudi_joint_committee.html"] = {
    "doc_date": "2023-10-25",
    "must_keep": ["'제6차 한-사우디 경제공동위원회'를 열고", "수소 인프라 금융 협력 양해각서를 각각 체결했다",
                  "제7차 공동위를 2025년 서울에서 개최하기로 했다"],
    "must_drop": ["두바이유 88.21", "한국가스공사, 카타르와 LNG 장기도입 계약 연장 서명", "산업부, 이집트 전력부와 신재생 협력 공동위 개최",
                  "국제유가 석 달 만에 최고치", "All Rights Reserved", "링크복사"],
    "events": [
        ev("meeting", d("2023-10-24", text="24일"), loc("리야드", "SA"),
           [MOTIE, SA_MISA, per("정태오", "KR", "정 차관보"), per("칼리드 알오타이비", "SA")], ["KR", "SA"],
           "산업통상자원부는 24일 사우디아라비아 리야드에서 사우디 투자부와 '제6차 한-사우디 경제공동위원회'를 열고"),
        ev("meeting", d("2019", text="2019년"), loc("서울", "KR"), [], ["KR", "SA"],
           "양국 경제공동위는 2019년 서울에서 열린 제5차 회의 이후 4년 만에 열렸다"),
        ev("agreement", d("2023-10-24", text="이날"), loc("리야드", "SA"),
           [org("한국전력공사", "KR", "한전", "KEPCO"), org("사우디 전력공사", "SA", "SEC")], ["KR", "SA"],
           "한국전력공사와 사우디 전력공사(SEC)는 송배전망 효율화 협력 양해각서를"),
        ev("agreement", d("2023-10-24", text="이날"), loc("리야드", "SA"),
           [org("한국수출입은행", "KR", "수출입은행", "수은"), org("사우디 국부펀드", "SA", "PIF", "국부펀드")], ["KR", "SA"],
           "한국수출입은행과 사우디 국부펀드(PIF)는 수소 인프라 금융 협력 양해각서를 각각 체결했다"),
        ev("meeting", d("2025", text="2025년"), loc("서울", "KR"), [MOTIE, SA_MISA], ["KR", "SA"],
           "양측은 제7차 공동위를 2025년 서울에서 개최하기로 했다", status="planned"),
        ev("visit", d("2023-10-25", text="25일"), loc("네옴", "SA"), [MOTIE], ["KR", "SA"],
           "산업부 대표단은 25일 홍해 연안의 네옴(NEOM) 신도시 건설 현장을 방문할 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 007 (HTML, award, Eastern Europe)
KRISS = org("한국표준과학연구원", "KR", "KRISS", "표준연")
WIGNER = org("위그너물리연구센터", "HU", "헝가리 위그너물리연구센터")
OH_JH = per("오지현", "KR", "오 책임연구원")
DOCS["007_kriss_hungary_award.html"] = {
    "doc_date": "2020-12-10",
    "must_keep": ["'부다페스트 측정과학 국제협력상'을 받았다고", "양자 센서 공동연구를 이끌어 왔다"],
    "must_drop": ["대전 눈 -1.8℃", "KRISS, 체코 계량연구소와 시간표준 협력 양해각서 체결", "헝가리 대표단 대덕특구 방문",
                  "내년 출연연 예산 3% 증액", "All rights reserved", "행사·공지"],
    "events": [
        ev("award", d("2020-12-08", text="지난 8일"), loc("부다페스트", "HU"),
           [OH_JH, KRISS, org("헝가리 과학아카데미", "HU", "MTA", "과학아카데미")], ["KR", "HU"],
           "양자기술연구소 오지현 책임연구원이 헝가리 과학아카데미(MTA)가 주는 '부다페스트 측정과학 국제협력상'을 받았다고"),
        ev("project", d("2017", text="2017년부터"), None, [OH_JH, KRISS, WIGNER], ["KR", "HU"],
           "오 책임연구원은 2017년부터 헝가리 위그너물리연구센터와 함께 양자 센서 공동연구를 이끌어 왔다"),
        ev("opening", d("2021-03", text="내년 3월"), loc("부다페스트", "HU"),
           [org("한-헝 양자계측 공동연구실", "HU", "양자계측 공동연구실"), KRISS, WIGNER], ["KR", "HU"],
           "KRISS는 내년 3월 위그너물리연구센터와 함께 부다페스트에 '한-헝 양자계측 공동연구실'을 개설할 계획이다",
           status="planned"),
    ],
}

# ------------------------------------------------------------------ 008 (HTML in CP949/EUC-KR, 등록 byline, Africa)
PNU = org("부산대학교", "KR", "부산대")
CAIRO_U = org("카이로대학교", "EG", "카이로대")
CENTRE_008 = org("한-이집트 조선해양 교육협력센터", "EG", "조선해양 교육협력센터", "센터")
DOCS["008_pnu_cairo_centre_euckr.html"] = {
    "doc_date": "2024-05-21",
    "must_keep": ["'한-이집트 조선해양 교육협력센터'를 개소했다고", "공동학위 과정 개설을 위한 학술교류협정을 체결했다"],
    "must_drop": ["부산 맑음 22.1℃", "부경대, 모로코 해양수산연구소와 공동연구 협약", "한국해양대, 케냐 해양인력 양성 ODA 사업 착수",
                  "부산 지하철 요금 인상 확정", "All rights reserved"],
    "events": [
        ev("opening", d("2024-05-19", text="지난 19일"), loc("카이로대학교", "EG"),
           [CENTRE_008, PNU, CAIRO_U, per("최성호", "KR", "최 총장"), per("아흐메드 가말", "EG")], ["KR", "EG"],
           "부산대학교는 지난 19일 이집트 카이로대학교에 '한-이집트 조선해양 교육협력센터'를 개소했다고",
           figures=[fig(80, "명", "attendees (about)")]),
        ev("project", d("2024", "2026", "2024년부터 3년간"), None, [PNU, org("교육부", "KR"), CENTRE_008], ["KR", "EG"],
           "센터는 부산대가 교육부 '글로벌 교육협력 선도대학 사업'에 선정돼 2024년부터 3년간 운영하며"),
        ev("agreement", d("2024-05-19", text="개소식에 이어"), None, [PNU, CAIRO_U], ["KR", "EG"],
           "양 대학은 개소식에 이어 공동학위 과정 개설을 위한 학술교류협정을 체결했다"),
        ev("visit", d("2024-05-20", text="이튿날"), None, [PNU, org("수에즈운하청", "EG")], ["KR", "EG"],
           "부산대 대표단은 이튿날 수에즈운하청을 방문해"),
        ev("visit", d("2024-09", text="오는 9월"), loc("부산", "KR"), [CAIRO_U], ["KR", "EG"],
           "오는 9월에는 카이로대 학생 20명이 부산을 찾아 4주간 단기 연수를 받을 예정이다",
           figures=[fig(20, "명", "Cairo University students")], status="planned"),
    ],
}


# ------------------------------------------------------------------ 009 (stripped text with byline; side business meetings belong to the forum)
NIPA = org("정보통신산업진흥원", "KR", "NIPA")
VN_MIC = org("베트남 정보통신부", "VN", "정보통신부")
DOCS["009_nipa_vietnam_digital_forum.txt"] = {
    "doc_date": "2021-11-24",
    "must_keep": ["'제3차 한-베 디지털 협력 포럼'을 공동 개최했다고", "스타트업 교류 협력을 위한 업무협약을 맺었다",
                  "'K-디지털 비즈니스센터'를 개소할 계획이다"],
    "must_drop": ["서울 맑음 3.2℃", "NIPA, 인도네시아 자카르타에 ICT협력센터 개소", "과기정통부, 태국 디지털경제사회부와 장관회담",
                  "5G 중간요금제 출시 임박", "무단전재 및 재배포 금지", "이 기사를 공유합니다", "홈 > 정책 > 국제협력"],
    "events": [
        ev("forum", d("2021-11-23", text="23일"), loc("하노이", "VN"), [NIPA, VN_MIC], ["KR", "VN"],
           "정보통신산업진흥원(NIPA)은 23일 베트남 하노이에서 베트남 정보통신부와 '제3차 한-베 디지털 협력 포럼'을 공동 개최했다고",
           figures=[fig(150, "명", "attendees (about)"), fig(18, "개사", "Korean companies in side meetings"),
                    fig(64, "건", "business consultations")]),
        ev("agreement", d("2021-11-23", text="이날"), loc("하노이", "VN"),
           [NIPA, org("베트남 국가혁신센터", "VN", "NIC", "국가혁신센터")], ["KR", "VN"],
           "NIPA는 이날 포럼에서 베트남 국가혁신센터(NIC)와 스타트업 교류 협력을 위한 업무협약을 맺었다"),
        ev("forum", d("2019", text="2019년"), loc("하노이", "VN"), [], ["KR", "VN"],
           "한-베 디지털 협력 포럼은 2019년 하노이에서 처음 열린 뒤"),
        ev("opening", d("2022", text="내년 상반기"), loc("호찌민", "VN"),
           [org("K-디지털 비즈니스센터", "VN"), NIPA], ["KR", "VN"],
           "NIPA는 내년 상반기 호찌민에 'K-디지털 비즈니스센터'를 개소할 계획이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 010 (stripped text, no byline, year in text; one trip to two countries)
CB = org("충청북도", "KR", "충북도", "충북", "중앙아시아 시장개척단", "시장개척단", "개척단")
DOCS["010_chungbuk_central_asia_trade_mission.txt"] = {
    "doc_date": None,
    "must_keep": ["'중앙아시아 시장개척단'을 파견했다고", "78건, 560만 달러 규모의 상담을 벌였다"],
    "must_drop": ["충북도, 베트남 하이퐁시와 바이오 협력 업무협약", "청주시 대표단, 몽골 울란바토르 방문", "오송 바이오밸리 입주 기업 100곳 돌파",
                  "무단전재 및 재배포 금지", "홈 > 경제 > 통상"],
    "events": [
        ev("visit", d("2023-06-12", "2023-06-16", "2023년 6월 12일부터 16일까지"), None, [CB], ["KR", "UZ", "KZ"],
           "충청북도는 2023년 6월 12일부터 16일까지 우즈베키스탄 타슈켄트와 카자흐스탄 알마티에 도내 중소기업 10개사로 구성된 '중앙아시아 시장개척단'을 파견했다고",
           figures=[fig(10, "개사", "companies in the mission")]),
        ev("forum", d("2023-06-13", text="13일"), loc("타슈켄트", "UZ"),
           [CB, org("타슈켄트주 상공회의소", "UZ")], ["KR", "UZ"],
           "시장개척단은 13일 타슈켄트에서 열린 수출상담회에서 현지 바이어 45개사와 78건, 560만 달러 규모의 상담을 벌였다",
           figures=[fig(45, "개사", "local buyers"), fig(78, "건", "consultations"), fig(5600000, "달러", "consultation value")]),
        ev("forum", d("2023-06-15", text="15일"), loc("알마티", "KZ"), [CB], ["KR", "KZ"],
           "이어 15일 알마티 상담회에서는 52건, 410만 달러의 상담 실적을 올렸으며",
           figures=[fig(52, "건", "consultations"), fig(4100000, "달러", "consultation value")]),
        ev("visit", d("2023-06-14", text="14일"), None,
           [CB, org("우즈베키스탄 투자산업통상부", "UZ", "투자산업통상부")], ["KR", "UZ"],
           "개척단은 14일 우즈베키스탄 투자산업통상부를 방문해"),
        ev("agreement", d("2018", text="2018년"), None, [CB, org("타슈켄트주", "UZ")], ["KR", "UZ"],
           "충북도와 타슈켄트주는 2018년 우호교류 협약을 체결한 바 있으며"),
    ],
}

# ------------------------------------------------------------------ 011 (stripped text, byline without 입력; a signing announced for the publication day)
KIST = org("한국과학기술연구원", "KR", "KIST")
NIMP = org("루마니아 국립재료물리연구소", "RO", "NIMP", "국립재료물리연구소")
DOCS["011_kist_romania_symposium.txt"] = {
    "doc_date": "2019-04-17",
    "must_keep": ["'한-루마니아 첨단소재 심포지엄'을 공동 개최했다고", "과학기술협력협정을 개정해"],
    "must_drop": ["KIST 유럽연구소, 독일 자를란트주와 협력 강화", "불가리아 과학아카데미 대표단 KIST 방문", "누리호 3차 발사 일정 확정",
                  "무단 전재 및 재배포 금지"],
    "events": [
        ev("forum", d("2019-04-16", text="16일"), loc("부쿠레슈티", "RO"), [KIST, NIMP], ["KR", "RO"],
           "한국과학기술연구원(KIST)은 16일 루마니아 부쿠레슈티에서 루마니아 국립재료물리연구소(NIMP)와 '한-루마니아 첨단소재 심포지엄'을 공동 개최했다고",
           figures=[fig(40, "명", "researchers (about)")]),
        ev("agreement", d("2019-04-17", text="이튿날인 17일"), None, [KIST, NIMP], ["KR", "RO"],
           "KIST와 NIMP는 이튿날인 17일 차세대 에너지소재 공동연구를 위한 양해각서를 체결한다", status="planned"),
        ev("meeting", d("2019-04-15", text="15일"), None,
           [per("한도현", "KR", "한 원장"), KIST, org("루마니아 연구혁신디지털화부", "RO", "연구혁신디지털화부")], ["KR", "RO"],
           "한도현 KIST 원장은 심포지엄에 앞서 15일 루마니아 연구혁신디지털화부 장관과 만나"),
        ev("visit", d("2019-04-15", "2019-04-18", "지난 15일부터 18일까지"), loc("루마니아", "RO"), [KIST], ["KR", "RO"],
           "KIST 대표단은 지난 15일부터 18일까지 일정으로 루마니아를 방문 중이다"),
        ev("agreement", d("2015", text="2015년"), None, [], ["KR", "RO"],
           "한국과 루마니아는 2015년 과학기술협력협정을 개정해"),
    ],
}

# ------------------------------------------------------------------ 012 (stripped text, no byline, absolute dates; a signing that did not happen)
CO_MINCIT = org("콜롬비아 상공관광부", "CO", "상공관광부")
RESTREPO = per("카밀라 레스트레포", "CO", "레스트레포")
DOCS["012_colombia_minister_visit.txt"] = {
    "doc_date": None,
    "must_keep": ["한-콜롬비아 FTA 공동위원회를 연내 개최하기로 합의했다", "이번에 이뤄지지 않았다"],
    "must_drop": ["페루 대통령 방한 계기 한-페루 정상회담 개최", "KOTRA, 멕시코시티서 K-푸드 상담회", "원자재 수입선 다변화 시급",
                  "All rights reserved", "로그인 회원가입 뉴스레터"],
    "events": [
        ev("visit", d("2022-03-21", "2022-03-24", "2022년 3월 21일부터 24일까지"), loc("한국", "KR"), [CO_MINCIT, RESTREPO],
           ["KR", "CO"], "콜롬비아 상공관광부 카밀라 레스트레포 장관 일행이 2022년 3월 21일부터 24일까지 한국을 방문했다"),
        ev("meeting", d("2022-03-22", text="22일"), loc("정부서울청사", "KR"),
           [RESTREPO, CO_MINCIT, per("한상우", "KR"), MOTIE], ["KR", "CO"],
           "레스트레포 장관은 22일 정부서울청사에서 한상우 산업통상자원부 장관과 회담을 갖고"),
        ev("meeting", d("2022", text="연내"), None, [MOTIE, CO_MINCIT], ["KR", "CO"],
           "양측은 이번 회담에서 한-콜롬비아 FTA 공동위원회를 연내 개최하기로 합의했다", status="planned"),
        ev("forum", d("2022-03-23", text="23일"), loc("서울", "KR"), [RESTREPO, KOTRA], ["KR", "CO"],
           "레스트레포 장관은 23일 서울 KOTRA 본사에서 열린 '한-콜롬비아 투자협력 세미나'에 참석해"),
        ev("agreement", d("2022-03-23", text="같은 날"), None,
           [KOTRA, org("콜롬비아 투자진흥청", "CO", "ProColombia", "투자진흥청")], ["KR", "CO"],
           "같은 날 KOTRA와 콜롬비아 투자진흥청(ProColombia)은 투자유치 협력 양해각서를 체결했다"),
    ],
}

# ------------------------------------------------------------------ 013 (stripped text, no event; a hypothetical FTA and 관련기사)
DOCS["013_gyeongnam_exports_no_event.txt"] = {
    "doc_date": "2022-02-15",
    "must_keep": ["1월 수출은 31억 2천만 달러로", "협상이 타결된다면 기계류 수출 여건이 크게 나아질 것"],
    "must_drop": ["경남도, 아르헨티나 산타페주와 농기계 협력 MOU", "창원시 수출사절단 베트남 파견", "KOTRA 경남지원단, 중동 바이어 초청 수출상담회 개최",
                  "마산해양신도시 개발 사업자 재공모", "All rights reserved", "창원 맑음 4.1℃"],
    "events": [],
}

# ------------------------------------------------------------------ 014 (stripped text, 기사입력 byline; everything announced is planned)
DAEGU = org("대구광역시", "KR", "대구시")
NAIROBI = org("나이로비시", "KE", "나이로비")
KIMANI = per("존 키마니", "KE")
DOCS["014_daegu_nairobi_smart_city.txt"] = {
    "doc_date": "2024-06-27",
    "must_keep": ["스마트시티 협력 업무협약을 체결할 예정이라고", "'아프리카 스마트시티 박람회'에 참가해"],
    "must_drop": ["대구시, 우즈베키스탄 사마르칸트시와 자매결연 10주년 행사", "경북도, 탄자니아에 새마을 시범마을 조성 사업 착수",
                  "대구 도시철도 4호선 착공 연기", "All rights reserved", "이 기사를 공유합니다"],
    "events": [
        ev("visit", d("2024-07-01", "2024-07-04", "다음 달 1일부터 4일까지"), loc("대구", "KR"), [NAIROBI, KIMANI, DAEGU],
           ["KR", "KE"], "케냐 나이로비시 대표단이 다음 달 1일부터 4일까지 대구를 방문하며",
           figures=[fig(9, "명", "Nairobi delegation")], status="planned"),
        ev("agreement", d("2024-07-02", text="2일"), loc("대구", "KR"), [DAEGU, NAIROBI], ["KR", "KE"],
           "2일 대구시청 산격청사에서 스마트시티 협력 업무협약을 체결할 예정이라고", status="planned"),
        ev("visit", d("2024-07-01", "2024-07-04", "방문 기간 중"), None,
           [NAIROBI, org("대구경북과학기술원", "KR", "DGIST")], ["KR", "KE"],
           "대표단은 방문 기간 중 수성알파시티 스마트시티 통합운영센터와 대구경북과학기술원(DGIST)을 둘러볼 계획이다",
           status="planned"),
        ev("project", d("2022", "2025", "2022년부터 2025년까지"), None, [KOICA, NAIROBI], ["KR", "KE"],
           "KOICA가 2022년부터 2025년까지 1천만 달러를 들여 추진 중인 '나이로비 교통관제 시스템 구축 사업'",
           figures=[fig(10000000, "달러", "project budget")]),
        ev("forum", d("2023-11", text="지난해 11월"), loc("나이로비", "KE"), [DAEGU], ["KR", "KE"],
           "앞서 대구시는 지난해 11월 나이로비에서 열린 '아프리카 스마트시티 박람회'에 참가해",
           figures=[fig(8, "개사", "Daegu companies")]),
    ],
}

# ------------------------------------------------------------------ 015 (stripped text, no byline and no year: every date is null)
JALISCO = org("할리스코주 경제개발부", "MX", "경제개발부")
KOTRA_GDL = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라", "과달라하라무역관", "KOTRA 과달라하라무역관")
DOCS["015_kotra_guadalajara_office.txt"] = {
    "doc_date": None,
    "must_keep": ["과달라하라무역관 개관식을 열었다고", "'니어쇼어링 진출 지원사업'을 추진할 계획이다"],
    "must_drop": ["KOTRA, 브라질 상파울루서 K-뷰티 상담회", "산업부, 칠레와 리튬 공급망 협력 공동위 개최", "물류센터 자동화 투자 급증",
                  "이 기사를 공유합니다", "홈 > 해외시장 > 중남미"],
    "events": [
        ev("opening", None, loc("과달라하라", "MX"), [KOTRA_GDL, JALISCO], ["KR", "MX"],
           "KOTRA는 지난 5일 할리스코주 과달라하라에서 과달라하라무역관 개관식을 열었다고",
           figures=[fig(100, "명", "attendees (about)")]),
        ev("agreement", None, None, [KOTRA, JALISCO], ["KR", "MX"],
           "KOTRA는 같은 날 할리스코주 경제개발부와 한국 기업의 현지 투자 지원을 위한 업무협약을 맺었다"),
        ev("project", None, None, [KOTRA], ["KR", "MX"],
           "KOTRA는 내년부터 2년간 전기차 부품 기업 50개사의 멕시코 진출을 돕는 '니어쇼어링 진출 지원사업'을 추진할 계획이다",
           figures=[fig(50, "개사", "EV parts companies")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 016 (stripped text, no byline, absolute dates; award at a named event)
KAIST = org("한국과학기술원", "KR", "KAIST")
KHALIFA = org("칼리파대학교", "AE", "칼리파대")
SEO_JW = per("서지원", "KR", "서 교수")
DOCS["016_kaist_khalifa_award.txt"] = {
    "doc_date": None,
    "must_keep": ["최우수 연구상을 받았다", "원전 해체용 원격 로봇을 공동 개발해 왔다"],
    "must_drop": ["KAIST, 사우디 킹압둘라과기대와 공동연구센터 설립 합의", "UNIST, 오만 술탄카부스대와 해수담수화 공동연구",
                  "과학고 입시 경쟁률 3년 만에 하락", "댓글 0"],
    "events": [
        ev("award", d("2023-11-15", text="2023년 11월 15일"), loc("아부다비", "AE"), [SEO_JW, KAIST, KHALIFA], ["KR", "AE"],
           "KAIST 원자력및양자공학과 서지원 교수 연구팀이 2023년 11월 15일 아랍에미리트 아부다비에서 열린 '한-UAE 원자력 공동연구 성과발표회'에서 최우수 연구상을 받았다"),
        ev("forum", d("2023-11-15", text="2023년 11월 15일"), loc("아부다비", "AE"), [KHALIFA, KAIST, SEO_JW], ["KR", "AE"],
           "성과발표회는 칼리파대학교가 주관했으며",
           figures=[fig(120, "명", "researchers (about)"), fig(30, "편", "papers (about)")]),
        ev("project", d("2021", text="2021년부터"), None, [KAIST, KHALIFA], ["KR", "AE"],
           "연구팀은 2021년부터 칼리파대학교와 함께 원전 해체용 원격 로봇을 공동 개발해 왔다"),
        ev("agreement", d("2020", text="2020년"), None, [], ["KR", "AE"],
           "이 공동연구는 2020년 양국 정부가 체결한 원자력 연구개발 협력 양해각서에 따라 시작됐다"),
        ev("visit", d("2024", text="2024년 상반기"), loc("대전", "KR"), [KHALIFA, KAIST], ["KR", "AE"],
           "KAIST는 2024년 상반기 칼리파대학교 연구진 8명을 대전 캠퍼스로 초청해 공동 실험을 진행할 예정이다",
           figures=[fig(8, "명", "Khalifa researchers invited")], status="planned"),
    ],
}


# ------------------------------------------------------------------ 017 (press release: 보도시점 header, □/ㅇ bullets, signature block)
BRIN = org("인도네시아 국가연구혁신청", "ID", "BRIN", "국가연구혁신청")
KISTI = org("한국과학기술정보연구원", "KR", "KISTI")
DOCS["017_msit_indonesia_joint_committee_pr.txt"] = {
    "doc_date": "2023-05-10",
    "must_keep": ["「제5차 한-인도네시아 과학기술공동위원회」를 개최하였다고", "슈퍼컴퓨팅 인프라 공동활용에 관한 양해각서를 체결하였다"],
    "must_drop": ["담당 부서: 과학기술정보통신부 국제협력관 구주아시아협력팀", "책임자: 팀장"],
    "events": [
        ev("meeting", d("2023-05-09", text="5월 9일(화)"), loc("자카르타", "ID"), [MSIT, BRIN], ["KR", "ID"],
           "과학기술정보통신부는 5월 9일(화) 인도네시아 자카르타에서 인도네시아 국가연구혁신청(BRIN)과 「제5차 한-인도네시아 과학기술공동위원회」를 개최하였다고"),
        ev("meeting", d("2019", text="2019년"), loc("서울", "KR"), [], ["KR", "ID"],
           "이번 공동위원회는 2019년 서울에서 열린 제4차 회의 이후 4년 만에 열린 것으로"),
        ev("project", d("2024", "2026", "2024년부터 3년간"), None, [MSIT, BRIN], ["KR", "ID"],
           "양측은 바이오, 디지털, 탄소중립 등 3개 분야에서 12개 공동연구과제를 2024년부터 3년간 추진하기로 합의하였다",
           figures=[fig(12, "개", "joint research projects")], status="planned"),
        ev("agreement", d("2023-05-09", text="이날"), loc("자카르타", "ID"), [KISTI, BRIN], ["KR", "ID"],
           "아울러 한국과학기술정보연구원(KISTI)과 BRIN은 이날 슈퍼컴퓨팅 인프라 공동활용에 관한 양해각서를 체결하였다"),
        ev("visit", d("2023-05-10", text="10일(수)"), None, [MSIT, org("반둥공과대학교", "ID", "ITB")], ["KR", "ID"],
           "과기정통부 대표단은 10일(수) 반둥공과대학교(ITB)를 방문하여", status="planned"),
    ],
}

# ------------------------------------------------------------------ 018 (press release; side briefing is part of the consultation; a 1989 opening in a clause)
KOTRA_WAW = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라", "KOTRA 바르샤바무역관", "바르샤바무역관")
DOCS["018_kotra_poland_business_meeting_pr.txt"] = {
    "doc_date": "2024-04-17",
    "must_keep": ["143건, 1억 2,400만 달러 규모의 상담을 진행했다", "브로츠와프에 무역관을 추가로 개설할 계획이다"],
    "must_drop": ["문의: KOTRA 유럽지역본부"],
    "events": [
        ev("forum", d("2024-04-15", "2024-04-16", "4월 15일부터 16일까지"), loc("바르샤바", "PL"), [KOTRA], ["KR", "PL"],
           "KOTRA는 4월 15일부터 16일까지 폴란드 바르샤바에서 「2024 한-폴란드 방산·인프라 협력 비즈니스 상담회」를 개최했다",
           figures=[fig(28, "개사", "Korean companies"), fig(71, "개사", "Polish buyers"), fig(143, "건", "consultations"),
                    fig(124000000, "달러", "consultation value")]),
        ev("agreement", d("2024-04-16", text="16일"), None, [KOTRA, org("폴란드투자무역청", "PL", "PAIH")], ["KR", "PL"],
           "KOTRA는 16일 폴란드투자무역청(PAIH)과 우크라이나 재건 사업 공동 진출 지원을 위한 업무협약(MOU)을 체결했다"),
        ev("opening", d("1989", text="1989년"), loc("바르샤바", "PL"), [KOTRA_WAW], ["KR", "PL"],
           "1989년 개관한 KOTRA 바르샤바무역관"),
        ev("opening", d("2024-10", text="오는 10월"), loc("브로츠와프", "PL"), [KOTRA], ["KR", "PL"],
           "KOTRA는 오는 10월 브로츠와프에 무역관을 추가로 개설할 계획이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 019 (press release: 보도일 header, ODA launch, photo caption repeats the event)
ET_MOWE = org("에티오피아 수자원에너지부", "ET", "수자원에너지부")
DOCS["019_koica_ethiopia_water_project_pr.txt"] = {
    "doc_date": "2022-08-30",
    "must_keep": ["「오로미아주 농촌 식수위생 개선사업」 착수보고회를 개최했다", "사업 이행을 위한 협의의사록(R/D)에 서명했다"],
    "must_drop": ["문의: KOICA 아프리카실"],
    "events": [
        ev("forum", d("2022-08-29", text="8월 29일(월)"), loc("아디스아바바", "ET"),
           [KOICA, ET_MOWE, per("정하은", "KR"), per("테스파예 게브레", "ET")], ["KR", "ET"],
           "한국국제협력단(KOICA)은 8월 29일(월) 에티오피아 아디스아바바에서 에티오피아 수자원에너지부와 「오로미아주 농촌 식수위생 개선사업」 착수보고회를 개최했다",
           figures=[fig(60, "명", "attendees (about)")]),
        ev("project", d("2022", "2026", "2022년부터 2026년까지"), None, [KOICA, ET_MOWE], ["KR", "ET"],
           "이 사업은 2022년부터 2026년까지 총 1,250만 달러를 투입해 오로미아주 농촌 지역에 상수도 시설 40곳을 짓고",
           figures=[fig(12500000, "달러", "grant"), fig(40, "곳", "water facilities")]),
        ev("agreement", d("2022-08-29", text="같은 날 오전"), None, [KOICA, ET_MOWE], ["KR", "ET"],
           "착수보고회가 열린 같은 날 오전, KOICA와 에티오피아 수자원에너지부는 사업 이행을 위한 협의의사록(R/D)에 서명했다"),
        ev("visit", d("2022-10", text="10월"), loc("한국", "KR"), [ET_MOWE], ["KR", "ET"],
           "10월에는 에티오피아 수자원에너지부 공무원 15명이 한국을 방문해 상수도 운영 관리 연수를 받을 예정이다",
           figures=[fig(15, "명", "Ethiopian officials")], status="planned"),
        ev("award", d("2021", text="지난해"), None, [KOICA, org("에티오피아 정부", "ET")], ["KR", "ET"],
           "KOICA는 지난해 에티오피아 정부로부터 물 분야 협력 공로로 감사패를 받은 바 있다"),
    ],
}

# ------------------------------------------------------------------ 020 (press release without any date; hypothetical 성사될 경우)
GN = org("경상남도", "KR", "경남도", "경남")
SANTAFE = org("산타페주", "AR", "아르헨티나 산타페주")
DOCS["020_gyeongnam_santafe_mou_pr.txt"] = {
    "doc_date": None,
    "must_keep": ["농기계 및 이차전지 소재 분야 우호협력 협약(MOU)을 체결했다", "무역사절단을 산타페주에 파견할 계획이다"],
    "must_drop": ["붙임: 협약식 사진 2매"],
    "events": [
        ev("agreement", None, None, [GN, SANTAFE], ["KR", "AR"],
           "경상남도는 17일 도청 도정회의실에서 아르헨티나 산타페주와 농기계 및 이차전지 소재 분야 우호협력 협약(MOU)을 체결했다"),
        ev("meeting", None, None, [GN, SANTAFE, per("마르틴 파리아스", "AR")], ["KR", "AR"],
           "협약식에 앞서 도지사와 마르틴 파리아스 산타페주 주지사는 면담을 갖고"),
        ev("visit", None, loc("한국", "KR"), [SANTAFE, GN], ["KR", "AR"],
           "산타페주 대표단 6명은 이번 방한 기간 중", figures=[fig(6, "명", "Santa Fe delegation")]),
        ev("visit", None, None, [SANTAFE, org("한국재료연구원", "KR", "KIMS")], ["KR", "AR"],
           "창원국가산업단지와 한국재료연구원(KIMS)을 방문할 예정이다", status="planned"),
        ev("visit", None, loc("산타페주", "AR"), [GN], ["KR", "AR"],
           "경남도는 오는 11월 도내 농기계 기업 10개사로 구성된 무역사절단을 산타페주에 파견할 계획이다",
           figures=[fig(10, "개사", "companies in the trade mission")], status="planned"),
    ],
}


# ------------------------------------------------------------------ build (tests/golden/gold_build.py)
if __name__ == "__main__":
    sys.exit(gold_build.main(DOCS, HOLDOUT, OUT))
