"""Source of the team-written dev gold: edit the annotations here, then run

    .venv/bin/python tests/golden/build_dev_gold.py

to rewrite tests/golden/dev_gold.jsonl (doc_id = first 16 hex of sha256 of the
file bytes). The machinery shared with build_holdout_gold.py lives in gold_build.py.
tests/test_golden_dev.py checks that the JSONL is what this script writes, so the two
never drift apart.
Conventions: tests/golden/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import gold_build
from gold_build import d, ev, fig, loc, org, per

HERE = Path(__file__).resolve().parent
DEV = HERE / "dev"
OUT = HERE / "dev_gold.jsonl"


# Korean bodies that recur (canonical name first, then the spellings used in the texts)
KISTI = org("한국과학기술정보연구원", "KR", "KISTI")
KOTRA = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라")
KOICA = org("한국국제협력단", "KR", "KOICA", "코이카")
KHIDI = org("한국보건산업진흥원", "KR", "KHIDI", "보건산업진흥원")
ETRI = org("한국전자통신연구원", "KR", "ETRI")
KIST = org("한국과학기술연구원", "KR", "KIST")
NRF = org("한국연구재단", "KR", "NRF", "연구재단")
MSIT = org("과학기술정보통신부", "KR", "과기정통부")
MOEF = org("기획재정부", "KR", "기재부")
KSP = org("지식공유프로그램", "KR", "KSP")

DOCS: dict[str, dict] = {}

# ------------------------------------------------------------------ 001
UZ_MII = org("우즈베키스탄 혁신개발부", "UZ", "혁신개발부")
DOCS["001_kisti_uzbekistan_mou.txt"] = {
    "doc_date": "2022-06-08",
    "must_keep": ["과학기술 데이터 공유 및 슈퍼컴퓨팅 분야", "슈퍼컴퓨터 교육 시설을 둘러봤다"],
    "must_drop": [],
    "events": [
        ev("agreement", d("2022-06-07", text="지난 7일"), loc("타슈켄트", "UZ"),
           [KISTI, UZ_MII, per("이정훈", "KR", "이 원장"), per("아크말 사이도프", "UZ", "사이도프")], ["KR", "UZ"],
           "우즈베키스탄 혁신개발부와 과학기술 데이터 공유 및 슈퍼컴퓨팅 분야 협력을 위한 양해각서(MOU)를 체결했다고"),
        ev("project", d("2023", "2025", "내년부터 3년간"), None, [KISTI, UZ_MII], ["KR", "UZ"],
           "내년부터 3년간 '한-우즈벡 슈퍼컴퓨팅 인력양성 프로그램'을 공동으로 운영할 계획이다", status="planned"),
        ev("visit", d("2022-06-07", text="같은 날"), loc("타슈켄트", "UZ"),
           [KISTI, org("타슈켄트 정보기술대학교", "UZ", "TUIT")], ["KR", "UZ"],
           "KISTI 대표단은 같은 날 타슈켄트 정보기술대학교(TUIT)를 방문해"),
    ],
}

# ------------------------------------------------------------------ 002
KZ_INVEST = org("카자흐스탄 투자청", "KZ", "Kazakh Invest", "투자청")
KOTRA_ALMATY = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라", "KOTRA 알마티무역관", "알마티무역관")
DOCS["002_kotra_almaty_business_meeting.txt"] = {
    "doc_date": "2023-09-21",
    "must_keep": ["87건, 1250만 달러 규모의 수출상담", "후속 상담회를 개최할 예정이다"],
    "must_drop": [],
    "events": [
        ev("forum", d("2023-09-19", "2023-09-20", "지난 19일부터 이틀간"), loc("알마티", "KZ"), [KOTRA], ["KR", "KZ"],
           "카자흐스탄 알마티에서 '한-카자흐스탄 비즈니스 상담회'를 열어",
           figures=[fig(24, "개사", "Korean SMEs"), fig(60, "개사", "local buyers (about)"),
                    fig(87, "건", "export consultations"), fig(12500000, "달러", "consultation value")]),
        ev("forum", d("2023-09-19", text="행사 첫날"), None, [KOTRA_ALMATY, KZ_INVEST], ["KR", "KZ"],
           "KOTRA 알마티무역관과 카자흐스탄 투자청(Kazakh Invest)이 공동으로 투자환경 설명회를 개최했다"),
        ev("meeting", d("2023-09-19", "2023-09-20", "상담회 기간 중"), None,
           [KOTRA, org("카자흐스탄 무역정책위원회", "KZ", "무역정책위원회")], ["KR", "KZ"],
           "KOTRA 대표단은 상담회 기간 중 카자흐스탄 무역정책위원회 관계자와 면담하고"),
        ev("forum", d("2024", text="내년 상반기"), loc("아스타나", "KZ"), [KOTRA], ["KR", "KZ"],
           "KOTRA는 내년 상반기 아스타나에서 후속 상담회를 개최할 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 003
MARD = org("베트남 농업농촌개발부", "VN", "농업농촌개발부", "MARD")
DOCS["003_koica_vietnam_smart_farming.txt"] = {
    "doc_date": "2020-11-05",
    "must_keep": ["메콩델타 지역 스마트농업 역량강화 사업"],
    "must_drop": [],
    "events": [
        ev("project", d("2020", "2024", "2020년부터 2024년까지"), None, [KOICA, MARD], ["KR", "VN"],
           "2020년부터 2024년까지 총 900만 달러를 들여 메콩델타 지역 스마트농업 역량강화 사업을 추진한다고",
           figures=[fig(9000000, "달러", "project budget")]),
        ev("forum", d("2020-11-03", text="지난 3일"), loc("하노이", "VN"),
           [KOICA, MARD, per("박서연", "KR"), per("레 반 뚜언", "VN")], ["KR", "VN"],
           "양 기관은 지난 3일 하노이에서 사업 착수식을 열고", figures=[fig(30, "명", "attendees (about)")]),
        ev("agreement", d("2020-11-03", text="지난 3일"), loc("하노이", "VN"), [KOICA, MARD], ["KR", "VN"],
           "사업 이행을 위한 협의의사록(R/D)에 서명했다"),
        ev("opening", d("2021-03", text="내년 3월"), loc("껀터시", "VN"),
           [KOICA, org("농업기술훈련센터", "VN")], ["KR", "VN"],
           "KOICA는 내년 3월 껀터시에 농업기술훈련센터를 개소할 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 004 (no event)
DOCS["004_weather_no_event.txt"] = {
    "doc_date": "2024-01-16",
    "must_keep": ["건조특보가 내려져 있어"],
    "must_drop": [],
    "events": [],
}

# ------------------------------------------------------------------ 005 (postponed, nothing happened)
DOCS["005_mongolia_committee_postponed.txt"] = {
    "doc_date": "2022-08-24",
    "must_keep": ["무기한 연기됐다"],
    "must_drop": [],
    "events": [],
}

# ------------------------------------------------------------------ 006 (HTML)
NIT = org("폴란드 국립통신연구소", "PL", "NIT", "국립통신연구소")
DOCS["006_etri_poland_6g.html"] = {
    "doc_date": "2021-05-12",
    "must_keep": ["6G 이동통신 기술 공동연구를 위한 업무협약", "주파수 공유 기술과 위성통신 연계 방안"],
    "must_drop": ["많이 본 뉴스", "All rights reserved", "출연연 연구비 집행 점검", "로그인"],
    "events": [
        ev("agreement", d("2021-05-11", text="11일"), loc("대전", "KR"), [ETRI, NIT], ["KR", "PL"],
           "폴란드 국립통신연구소(NIT)와 6G 이동통신 기술 공동연구를 위한 업무협약을 맺었다고"),
        ev("visit", d("2021-05-11", text="협약식에 앞서"), None,
           [per("야쿠프 노바크", "PL", "노바크"), NIT, ETRI], ["KR", "PL"],
           "협약식에 앞서 야쿠프 노바크 NIT 소장 등 폴란드 대표단 8명은 ETRI 6G 연구 시험장을 둘러봤다",
           figures=[fig(8, "명", "Polish delegation")]),
        ev("forum", d("2021-05-11", text="이날 오후"), None, [ETRI, NIT], ["KR", "PL"],
           "양 기관은 이날 오후 '한-폴란드 6G 기술 워크숍'을 공동 개최하고"),
    ],
}

# ------------------------------------------------------------------ 007 (scrape-damaged, no byline)
AZ_MOH = org("아제르바이잔 보건부", "AZ", "보건부")
DELEG_007 = org("보건의료 사절단", "KR", "사절단", "보건의료사절단")
DOCS["007_khidi_azerbaijan_damaged.txt"] = {
    "doc_date": None,
    "must_keep": ["보건의료 사절단을 파견했다고", "한국형 건강검진센터 설립 방안"],
    "must_drop": [],
    "events": [
        ev("visit", d("2019-04-22", "2019-04-25", "2019 4 22일부터 25일까지"), loc("바쿠", "AZ"),
           [KHIDI, DELEG_007], ["KR", "AZ"],
           "2019 4 22일부터 25일까지 아제르바이잔 바쿠에 보건의료 사절단을 파견했다고",
           figures=[fig(12, "기관", "participating organisations")]),
        ev("forum", d("2019-04-23", text="23일"), loc("바쿠", "AZ"), [DELEG_007, KHIDI], ["KR", "AZ"],
           "사절단은 23일 바쿠에서 열린 2 한-아제르바이잔 보건의료 포럼에 참석했으며"),
        ev("agreement", d("2019-04-23", text="이날"), None,
           [KHIDI, org("의료관광청", "AZ", "아제르바이잔 보건부 산하 의료관광청")], ["KR", "AZ"],
           "KHIDI 아제르바이잔 보건부 산하 의료관광청과 의료인력 연수에 관한 양해각서를 체결했다"),
        ev("meeting", d("2019-04-24", text="24일"), None, [KHIDI, DELEG_007, AZ_MOH], ["KR", "AZ"],
           "24일에는 아제르바이잔 보건부 장관 면담에서"),
        ev("forum", d("2020", text="2020"), loc("바쿠", "AZ"), [KHIDI], ["KR", "AZ"],
           "2020 바쿠에서 3 포럼을 개최할 계획이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 008
GB = org("경상북도", "KR", "경북도", "경북")
LEE_CW = per("이철우", "KR", "이 지사")
ISSYK = org("이식쿨주", "KG")
DOCS["008_gyeongbuk_issykkul_agreement.txt"] = {
    "doc_date": "2019-07-03",
    "must_keep": ["이식쿨주와 우호교류 협약을 체결했다고"],
    "must_drop": [],
    "events": [
        ev("visit", d("2019-06-27", "2019-06-30", "지난달 27일부터 30일까지"), loc("키르기스스탄", "KG"),
           [GB, LEE_CW], ["KR", "KG"],
           "이철우 도지사를 단장으로 한 대표단이 지난달 27일부터 30일까지 키르기스스탄을 방문해"),
        ev("agreement", d("2019-06-28", text="지난달 28일"), loc("촐폰아타", "KG"),
           [GB, ISSYK, LEE_CW, per("에르케바예프", "KG")], ["KR", "KG"],
           "협약은 지난달 28일 이식쿨주 촐폰아타에서 이 지사와 에르케바예프 이식쿨주 주지사가 서명하는 방식으로"),
        ev("meeting", d("2019-06-29", text="이튿날"), loc("비슈케크", "KG"),
           [GB, org("키르기스스탄 농업부", "KG", "농업부")], ["KR", "KG"],
           "대표단은 이튿날 비슈케크에서 키르기스스탄 농업부 장관과 만나"),
        ev("visit", d("2019-10", text="오는 10월"), loc("이식쿨주", "KG"), [GB, ISSYK], ["KR", "KG"],
           "경북도는 오는 10월 이식쿨주에 농업기술 전문가 3명을 파견할 예정이다",
           figures=[fig(3, "명", "experts dispatched")], status="planned"),
    ],
}


# ------------------------------------------------------------------ 009 (no byline, absolute dates)
BRFFR = org("벨라루스 기초연구재단", "BY", "BRFFR", "기초연구재단")
DOCS["009_nrf_belarus_joint_research.txt"] = {
    "doc_date": None,
    "must_keep": ["신규 과제 10개를 선정했다고"],
    "must_drop": [],
    "events": [
        ev("project", d("2021-03-02", text="2021년 3월 2일"), None, [NRF, BRFFR], ["KR", "BY"],
           "2021년 3월 2일 '한-벨라루스 공동연구 지원사업' 2021년도 신규 과제 10개를 선정했다고",
           figures=[fig(10, "개", "joint research projects selected"),
                    fig(30000000, "원", "funding per project per year")]),
        ev("meeting", d("2020-11", text="2020년 11월"), None, [NRF, BRFFR], ["KR", "BY"],
           "2020년 11월 화상으로 열린 제3차 한-벨라루스 공동연구 운영위원회에서"),
        ev("forum", d("2021-10", text="2021년 10월"), loc("민스크", "BY"), [NRF], ["KR", "BY"],
           "NRF는 2021년 10월 민스크에서 선정 과제 연구자들이 참여하는 중간 점검 워크숍을 열 계획이다",
           status="planned"),
    ],
}

# ------------------------------------------------------------------ 010
RAS = org("러시아 과학아카데미", "RU", "RAS", "과학아카데미")
DOCS["010_kist_russia_medal.txt"] = {
    "doc_date": "2018-12-04",
    "must_keep": ["'북극성 과학협력 메달'을 받았다"],
    "must_drop": [],
    "events": [
        ev("award", d("2018-11-30", text="지난달 30일"), loc("모스크바", "RU"),
           [per("김도윤", "KR"), KIST, RAS], ["KR", "RU"],
           "김도윤 책임연구원이 지난달 30일 모스크바 러시아 과학아카데미(RAS) 본원에서"),
        ev("agreement", d("2018-11-30", text="이날"), None, [RAS, KIST], ["KR", "RU"],
           "이날 RAS와 KIST는 양자소재 공동연구실 운영 기간을 2023년까지 연장하는 합의서에 서명했다"),
        ev("forum", d("2018-12-12", text="오는 12일"), loc("서울", "KR"), [MSIT], ["KR", "RU"],
           "오는 12일 서울에서 열리는 '한-러 과학기술의 밤' 행사에서", status="planned"),
        ev("award", d("2018-12-12", text="오는 12일"), loc("서울", "KR"), [MSIT], ["KR", "RU"],
           "러시아 측 공동연구자 5명에게 장관 표창을 수여할 예정이다",
           figures=[fig(5, "명", "Russian researchers honoured")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 011 (three MOUs in one sentence)
MOLIT = org("국토교통부", "KR", "국토부")
PUPR = org("인도네시아 공공사업주택부", "ID", "PUPR", "공공사업주택부")
DOCS["011_molit_indonesia_joint_committee.txt"] = {
    "doc_date": None,
    "must_keep": ["댐 안전관리 협력 양해각서를 각각 체결했다"],
    "must_drop": [],
    "events": [
        ev("meeting", d("2023-06-14", text="2023년 6월 14일"), loc("자카르타", "ID"), [MOLIT, PUPR], ["KR", "ID"],
           "인도네시아 공공사업주택부(PUPR)와 '제4차 한-인도네시아 인프라 협력 공동위원회'를 개최했다"),
        ev("agreement", d("2023-06-14", text="이날"), loc("자카르타", "ID"), [MOLIT, PUPR], ["KR", "ID"],
           "국토부와 PUPR은 신수도 스마트시티 협력 양해각서를"),
        ev("agreement", d("2023-06-14", text="이날"), loc("자카르타", "ID"),
           [org("한국토지주택공사", "KR", "LH"), org("인도네시아 신수도청", "ID", "OIKN", "신수도청")], ["KR", "ID"],
           "한국토지주택공사(LH)와 인도네시아 신수도청(OIKN)은 주거단지 공동개발 양해각서를"),
        ev("agreement", d("2023-06-14", text="이날"), loc("자카르타", "ID"),
           [org("한국수자원공사", "KR", "K-water"), org("PUPR 수자원총국", "ID", "수자원총국")], ["KR", "ID"],
           "한국수자원공사(K-water)와 PUPR 수자원총국은 댐 안전관리 협력 양해각서를 각각 체결했다"),
        ev("visit", d("2023-06-13", text="13일"), loc("누산타라", "ID"), [per("이태경", "KR"), MOLIT], ["KR", "ID"],
           "국토부 이태경 제1차관은 회의에 앞서 13일 동칼리만탄주 누산타라의 신수도 건설 현장을 방문했다"),
        ev("meeting", d("2024", text="2024년"), loc("서울", "KR"), [MOLIT, PUPR], ["KR", "ID"],
           "양측은 제5차 공동위원회를 2024년 서울에서 열기로 했다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 012-014 (no cooperation event)
DOCS["012_football_no_event.txt"] = {
    "doc_date": "2024-03-22", "must_keep": ["2-1 역전승을 거뒀다"], "must_drop": [], "events": []}
DOCS["013_domestic_rnd_budget_no_event.txt"] = {
    "doc_date": "2023-08-29", "must_keep": ["국가연구개발사업 예산 배분·조정안"], "must_drop": [], "events": []}
DOCS["014_kazakhstan_opinion_no_event.txt"] = {
    "doc_date": None, "must_keep": ["이 분야 협정은 체결되지 않았고"], "must_drop": [], "events": []}

# ------------------------------------------------------------------ 015
SKOLTECH = org("러시아 스콜코보과학기술원", "RU", "Skoltech", "스콜텍", "스콜코보과학기술원")
CENTRE_015 = org("한-러 에너지소재 공동연구센터", "RU", "에너지소재 공동연구센터")
DOCS["015_kist_skoltech_centre.txt"] = {
    "doc_date": "2021-09-16",
    "must_keep": ["'한-러 에너지소재 공동연구센터'를 열었다고"],
    "must_drop": [],
    "events": [
        ev("opening", d("2021-09-14", text="지난 14일"), loc("모스크바", "RU"),
           [CENTRE_015, KIST, SKOLTECH, per("한재영", "KR"), per("드미트리 소콜로프", "RU", "소콜로프")], ["KR", "RU"],
           "지난 14일 모스크바 스콜코보 혁신센터에 '한-러 에너지소재 공동연구센터'를 열었다고",
           figures=[fig(50, "명", "researchers at the opening (about)")]),
        ev("agreement", d("2019-05", text="2019년 5월"), None, [KIST, SKOLTECH], ["KR", "RU"],
           "센터는 2019년 5월 양 기관이 체결한 공동연구 협약에 따라 설립됐으며"),
        ev("project", d("2021", "2025", "2021년부터 2025년까지"), None, [CENTRE_015, KIST, SKOLTECH], ["KR", "RU"],
           "2021년부터 2025년까지 5년간 차세대 이차전지와 수소저장 소재를 공동 연구한다"),
        # no event for the closing plans ('연구원 4명을 상주 파견하고, 매년 한 차례 ... 심포지엄을 열 계획이다'):
        # ANNOTATE.md counts a plan only with a date, and a yearly series is no single happening
    ],
}

# ------------------------------------------------------------------ 016 (no byline)
MN_MET = org("몽골 자연환경관광부", "MN", "자연환경관광부")
DOCS["016_koica_mongolia_air_quality.txt"] = {
    "doc_date": None,
    "must_keep": ["완료 보고회를 열었다"],
    "must_drop": [],
    "events": [
        ev("forum", d("2017-12-06", text="2017년 12월 6일"), loc("울란바토르", "MN"),
           [KOICA, MN_MET, per("바트바야르", "MN"), per("정은지", "KR")], ["KR", "MN"],
           "2017년 12월 6일 울란바토르 시내 한 호텔에서 '울란바토르 대기오염 저감 역량강화 사업' 완료 보고회를 열었다"),
        ev("project", d("2014", "2017", "2014년부터 2017년까지"), None,
           [KOICA, MN_MET, org("울란바토르시", "MN")], ["KR", "MN"],
           "2014년부터 2017년까지 4년간 총 750만 달러가 투입된 이 사업은 몽골 자연환경관광부와 울란바토르시가 함께 시행했다",
           figures=[fig(7500000, "달러", "project budget")]),
        ev("project", d("2018", text="2018년부터"), None, [KOICA], ["KR", "MN"],
           "KOICA는 후속 사업으로 2018년부터 게르 지역 난방 개선 사업을 추진하기로 하고", status="planned"),
        ev("visit", d("2018", text="2018년 상반기 중"), loc("몽골", "MN"), [KOICA], ["KR", "MN"],
           "2018년 상반기 중 전문가 10명을 몽골에 파견할 예정이다",
           figures=[fig(10, "명", "experts dispatched")], status="planned"),
    ],
}


# ------------------------------------------------------------------ 017
UZ_MED = org("우즈베키스탄 경제개발빈곤퇴치부", "UZ", "경제개발빈곤퇴치부")
DOCS["017_moef_uzbekistan_ksp.txt"] = {
    "doc_date": "2022-11-18",
    "must_keep": ["최종보고회'를 개최했다고"],
    "must_drop": [],
    "events": [
        ev("forum", d("2022-11-15", text="지난 15일"), loc("타슈켄트", "UZ"), [MOEF, UZ_MED], ["KR", "UZ"],
           "기획재정부는 지난 15일 우즈베키스탄 타슈켄트에서 우즈베키스탄 경제개발빈곤퇴치부와 함께"),
        ev("project", d("2022", text="올해"), None,
           [KSP, org("한국개발연구원", "KR", "KDI"), org("한국조세재정연구원", "KR", "조세재정연구원")], ["KR", "UZ"],
           "올해 KSP는 디지털 세관 시스템 구축과 공공조달 제도 개선 등 2개 과제로 추진됐으며",
           figures=[fig(2, "개", "KSP topics")]),
        ev("visit", d("2022-11-14", text="14일"), None,
           [MOEF, org("우즈베키스탄 관세위원회", "UZ", "관세위원회")], ["KR", "UZ"],
           "기재부 정책자문단은 보고회에 앞서 14일 우즈베키스탄 관세위원회를 방문해"),
        ev("meeting", d("2022-12-03", text="오는 12월 3일"), loc("서울", "KR"), [], ["KR", "UZ"],
           "오는 12월 3일 서울에서 제2차 한-우즈벡 경제협력 고위급 협의회를 열고", status="planned"),
        ev("project", d("2022-12-03", text="오는 12월 3일"), None, [KSP], ["KR", "UZ"],
           "2023년도 KSP 과제를 확정할 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 018 (planned signing, relative dates)
GG = org("경기도", "KR")
BACNINH = org("베트남 박닌성", "VN", "박닌성", "박닌성 인민위원회")
NGUYEN = per("응우옌 흐엉 장", "VN")
DOCS["018_gyeonggi_bacninh_planned_mou.txt"] = {
    "doc_date": "2023-10-30",
    "must_keep": ["반도체 분야 인력양성 협력 업무협약을 체결할 예정이라고"],
    "must_drop": [],
    "events": [
        ev("agreement", d("2023-11-03", text="오는 3일"), loc("수원", "KR"), [GG, BACNINH, NGUYEN], ["KR", "VN"],
           "경기도는 오는 3일 수원 경기도청에서 베트남 박닌성과 반도체 분야 인력양성 협력 업무협약을 체결할 예정이라고",
           status="planned"),
        ev("visit", d("2023-11-01", "2023-11-05", "11월 1일부터 5일까지"), loc("한국", "KR"), [BACNINH, NGUYEN],
           ["KR", "VN"], "박닌성 대표단은 11월 1일부터 5일까지 방한하며",
           figures=[fig(12, "명", "Bac Ninh delegation")], status="planned"),
        ev("visit", d("2023-11-01", "2023-11-05", "이 기간"), None,
           [BACNINH, org("삼성전자", "KR"), org("한국나노기술원", "KR")], ["KR", "VN"],
           "이 기간 삼성전자 기흥캠퍼스와 한국나노기술원도 방문할 계획이다", status="planned"),
        ev("agreement", d("2019", text="지난 2019년"), None, [GG, BACNINH], ["KR", "VN"],
           "경기도와 박닌성은 지난 2019년 우호협력 협정을 체결한 이후"),
        ev("project", None, None, [GG, BACNINH], ["KR", "VN"], "매년 공무원 연수 프로그램을 운영해 왔다"),
    ],
}

# ------------------------------------------------------------------ 019 (scrape-damaged, no byline)
MOTIE = org("산업통상자원부", "KR", "산업부", "통상교섭본부")
DOCS["019_motie_azerbaijan_damaged.txt"] = {
    "doc_date": None,
    "must_keep": ["8 한-아제르바이잔 경제공동위원회가 열렸으며"],
    "must_drop": [],
    "events": [
        ev("visit", d("2018-09-10", "2018-09-12", "2018 9 10일부터 12일까지"), loc("바쿠", "AZ"), [MOTIE],
           ["KR", "AZ"], "산업통상자원부 장관 일행은 2018 9 10일부터 12일까지 아제르바이잔 바쿠를 방문했다"),
        ev("meeting", d("2018-09-11", text="11"), loc("바쿠", "AZ"),
           [MOTIE, org("아제르바이잔 경제부", "AZ", "경제부")], ["KR", "AZ"],
           "방문 기간 중 11 바쿠에서 8 한-아제르바이잔 경제공동위원회가 열렸으며"),
        ev("agreement", d("2018-09-11", text="공동위원회 계기로"), loc("바쿠", "AZ"),
           [org("한국가스공사", "KR", "KOGAS", "가스공사"), org("아제르바이잔 국영석유회사", "AZ", "SOCAR")],
           ["KR", "AZ"], "한국가스공사와 아제르바이잔 국영석유회사(SOCAR) 액화천연가스 협력 양해각서를"),
        ev("agreement", d("2018-09-11", text="공동위원회 계기로"), loc("바쿠", "AZ"),
           [KOTRA, org("아제르바이잔 수출투자진흥재단", "AZ", "AZPROMO", "수출투자진흥재단")], ["KR", "AZ"],
           "대한무역투자진흥공사와 아제르바이잔 수출투자진흥재단(AZPROMO) 무역투자 협력 양해각서를 각각 체결했다"),
        ev("meeting", d("2018-09-12", text="12"), None, [MOTIE, org("아제르바이잔 에너지부", "AZ", "에너지부")],
           ["KR", "AZ"], "12 장관은 아제르바이잔 에너지부 장관과 회담을 갖고"),
    ],
}

# ------------------------------------------------------------------ 020 (no byline)
KRC = org("한국농어촌공사", "KR", "KRC", "농어촌공사")
DOCS["020_krc_kyrgyzstan_irrigation.txt"] = {
    "doc_date": None,
    "must_keep": ["현지 사업관리사무소 개소식을 가졌다고"],
    "must_drop": [],
    "events": [
        ev("opening", d("2022-04-26", text="2022년 4월 26일"), loc("비슈케크", "KG"),
           [KRC, org("추이주 관개시설 현대화 사업 사업관리사무소", "KG", "사업관리사무소", "현지 사업관리사무소")],
           ["KR", "KG"], "2022년 4월 26일 키르기스스탄 비슈케크에서 '추이주 관개시설 현대화 사업' 현지 사업관리사무소 개소식을"),
        ev("project", d("2022", "2026", "2022년부터 2026년까지"), None, [KOICA, KRC], ["KR", "KG"],
           "이 사업은 KOICA가 2022년부터 2026년까지 1,200만 달러를 지원하는 무상원조 사업으로",
           figures=[fig(12000000, "달러", "grant")]),
        ev("agreement", d("2022-04-26", text="개소식에 이어"), None,
           [KRC, org("키르기스스탄 수자원·농업·가공산업부", "KG", "수자원·농업·가공산업부")], ["KR", "KG"],
           "개소식에 이어 KRC와 키르기스스탄 수자원·농업·가공산업부는 사업 이행 약정을 체결했다"),
        ev("project", d("2022-06", text="2022년 6월부터"), None, [KRC], ["KR", "KG"],
           "KRC는 2022년 6월부터 현지 농민과 공무원 40명을 대상으로 관개 기술 연수 프로그램을 운영할 계획이다",
           figures=[fig(40, "명", "trainees")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 021 (boilerplate around)
KDHC = org("한국지역난방공사", "KR", "KDHC", "지역난방공사")
KRAKOW_HEAT = org("크라쿠프시 지역난방공사", "PL")
DOCS["021_kdhc_poland_boilerplate.txt"] = {
    "doc_date": "2022-10-31",
    "must_keep": ["노후 열배관 교체 및 열병합발전 효율화", "공동 타당성 조사에 착수할 계획이다", "이번 일정에 포함되지 않았다"],
    "must_drop": ["KDHC, 우즈베키스탄 타슈켄트 열공급 사업 수주", "많이 본 뉴스", "4분기 전기요금 동결",
                  "무단전재 및 재배포 금지", "홈 > 뉴스 > 에너지 > 국제"],
    "events": [
        ev("agreement", d("2022-10-27", text="지난 27일"), loc("크라쿠프", "PL"), [KDHC, KRAKOW_HEAT], ["KR", "PL"],
           "지난 27일 폴란드 크라쿠프에서 크라쿠프시 지역난방공사와 노후 열배관 교체 및 열병합발전 효율화 협력 양해각서를 체결했다고"),
        ev("forum", d("2022-10-28", text="이튿날인 28일"), loc("바르샤바", "PL"),
           [KDHC, org("주폴란드 한국대사관", "KR", "주폴란드 대한민국대사관"),
            org("대한무역투자진흥공사", "KR", "KOTRA", "KOTRA 바르샤바무역관", "바르샤바무역관")], ["KR", "PL"],
           "KDHC는 이튿날인 28일 바르샤바에서 주폴란드 한국대사관, KOTRA 바르샤바무역관과 함께 '한-폴란드 에너지 비즈니스 포럼'을 열었다",
           figures=[fig(45, "개사", "participating companies")]),
        ev("meeting", d("2022-10-28", text="포럼 기간"), None, [KDHC, org("폴란드 기후환경부", "PL", "기후환경부")],
           ["KR", "PL"], "KDHC는 포럼 기간 폴란드 기후환경부 차관과 만나"),
        ev("project", d("2022", text="연내"), None, [KDHC, KRAKOW_HEAT], ["KR", "PL"],
           "양측은 연내 크라쿠프 열배관망 공동 타당성 조사에 착수할 계획이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 022 (no byline)
SCST = org("벨라루스 국가과학기술위원회", "BY", "SCST", "국가과학기술위원회")
EMB_BY = org("주벨라루스 대한민국대사관", "KR", "주벨라루스 대사관", "대사관")
PARK_JM = per("박정민", "KR", "박정민 대사")
DOCS["022_embassy_belarus_science_day.txt"] = {
    "doc_date": None,
    "must_keep": ["'2023 한국 과학기술의 날' 행사를 개최했다"],
    "must_drop": [],
    "events": [
        ev("forum", d("2023-05-18", text="2023년 5월 18일"), loc("민스크", "BY"),
           [EMB_BY, SCST, org("한국과학기술원", "KR", "KAIST"), org("포항공과대학교", "KR", "포스텍", "POSTECH"),
            org("한국원자력연구원", "KR", "KAERI")], ["KR", "BY"],
           "2023년 5월 18일 민스크 벨라루스 국립과학아카데미 대강당에서 벨라루스 국가과학기술위원회(SCST)와 공동으로",
           figures=[fig(7, "개", "Korean institutions"), fig(20, "곳", "Belarusian institutes (about)")]),
        ev("agreement", d("2023-05-18", text="같은 날"), None,
           [org("한국원자력연구원", "KR", "KAERI"), org("방사선물리연구소", "BY", "벨라루스 국립과학아카데미 산하 방사선물리연구소")],
           ["KR", "BY"], "같은 날 한국원자력연구원(KAERI)과 벨라루스 국립과학아카데미 산하 방사선물리연구소 간"),
        ev("visit", d("2023-05-19", text="이튿날"), None, [PARK_JM, EMB_BY, SCST], ["KR", "BY"],
           "박정민 대사는 이튿날 SCST를 방문해"),
        ev("meeting", d("2023-05-19", text="이튿날"), None, [PARK_JM, EMB_BY, per("세르게이 코발", "BY", "코발"), SCST],
           ["KR", "BY"], "세르게이 코발 위원장과 제7차 한-벨라루스 과학기술 공동실무그룹 회의 개최 방안을 협의했다"),
        ev("meeting", d("2023", text="2023년 하반기"), loc("서울", "KR"), [], ["KR", "BY"],
           "제7차 공동실무그룹 회의는 2023년 하반기 서울에서 열릴 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 023 (acronyms only)
KOMINFO = org("인도네시아 통신정보부", "ID", "Kominfo", "통신정보부")
NIPA = org("정보통신산업진흥원", "KR", "NIPA")
CENTRE_023 = org("한-인도네시아 디지털협력센터", "ID", "디지털협력센터", "센터")
DOCS["023_indonesia_digital_centre_launch.txt"] = {
    "doc_date": "2024-02-07",
    "must_keep": ["'한-인도네시아 디지털협력센터'가 6일 자카르타에서 공식 출범했다"],
    "must_drop": [],
    "events": [
        ev("opening", d("2024-02-06", text="6일"), loc("자카르타", "ID"), [CENTRE_023, MSIT, KOMINFO], ["KR", "ID"],
           "'한-인도네시아 디지털협력센터'가 6일 자카르타에서 공식 출범했다"),
        ev("meeting", d("2024-02-06", text="출범식 직후"), None, [NIPA, KOMINFO], ["KR", "ID"],
           "출범식 직후 NIPA와 Kominfo는 제1차 센터 운영위원회를 열어"),
        ev("project", d("2024", text="올해"), None, [CENTRE_023], ["KR", "ID"],
           "센터는 올해 국내 IT 기업 30곳의 현지 진출을 돕는 '디지털 액셀러레이터 프로그램'을 시행한다",
           figures=[fig(30, "곳", "Korean IT companies supported")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 024 (negated second agreement)
CNU = org("충남대학교", "KR", "충남대")
KAZNU = org("알파라비 카자흐국립대학교", "KZ", "KazNU", "알파라비국립대", "카자흐국립대학교")
DOCS["024_cnu_kaznu_exchange.txt"] = {
    "doc_date": None,
    "must_keep": ["이번에는 체결하지 않았다"],
    "must_drop": [],
    "events": [
        ev("visit", d("2024-05-20", "2024-05-22", "2024년 5월 20일부터 22일까지"), loc("대전", "KR"), [KAZNU, CNU],
           ["KR", "KZ"], "알파라비 카자흐국립대학교(KazNU) 대표단이 2024년 5월 20일부터 22일까지 대전 캠퍼스를 방문했다고"),
        ev("agreement", d("2024-05-20", text="방문 첫날"), None, [CNU, KAZNU], ["KR", "KZ"],
           "방문 첫날 양 대학은 교환학생 및 공동연구에 관한 학술교류협정을 체결했다"),
        ev("forum", d("2024-05-21", text="21일"), None, [KAZNU, CNU], ["KR", "KZ"],
           "대표단은 21일 충남대 국제교류본부 주최로 열린 '한-카자흐 고등교육 세미나'에 참석해"),
        ev("opening", d("2024", text="하반기 중"), loc("알마티", "KZ"),
           [CNU, org("충남대 알마티 사무소", "KZ", "알마티 사무소")], ["KR", "KZ"],
           "충남대는 하반기 중 알마티에 '충남대 알마티 사무소'를 개설할 예정이다", status="planned"),
    ],
}


# ------------------------------------------------------------------ 025 (dates across a month boundary)
MOF = org("해양수산부", "KR", "해수부")
RU_FISH = org("러시아 연방수산청", "RU", "연방수산청")
DOCS["025_mof_russia_fisheries.txt"] = {
    "doc_date": "2020-03-04",
    "must_keep": ["총 6만 2천 톤의 어획 할당량을 확보했다"],
    "must_drop": [],
    "events": [
        ev("meeting", d("2020-02-28", "2020-03-02", "지난달 28일부터 이달 2일까지"), loc("모스크바", "RU"),
           [MOF, RU_FISH], ["KR", "RU"],
           "지난달 28일부터 이달 2일까지 모스크바에서 열린 '제30차 한-러 어업위원회'에서"),
        ev("agreement", d("2020-02-28", "2020-03-02", "지난달 28일부터 이달 2일까지"), loc("모스크바", "RU"),
           [MOF, RU_FISH], ["KR", "RU"],
           "러시아 연방수산청과 올해 우리 어선의 러시아 수역 조업 조건에 합의하고 의정서에 서명했다고",
           figures=[fig(62000, "톤", "total catch quota"), fig(40000, "톤", "pollock quota")]),
        ev("visit", d("2020-05", text="오는 5월"), loc("부산", "KR"), [RU_FISH], ["KR", "RU"],
           "러시아 연방수산청 대표단은 오는 5월 부산을 방문해", status="planned"),
    ],
}

# ------------------------------------------------------------------ 026 (HTML, EUC-KR bytes)
KECO = org("한국환경공단", "KR", "환경공단", "K-eco")
MN_MET2 = org("몽골 환경관광부", "MN", "환경관광부")
DOCS["026_keco_mongolia_afforestation_euckr.html"] = {
    "doc_date": "2023-03-15",
    "must_keep": ["대기질 측정망 구축 사업' 이행 협약을 체결했다고", "돈드고비주 조림 예정지를 찾아"],
    "must_drop": ["관련기사", "산림청, 몽골 사막화 방지 협력 20년", "All rights reserved", "회원가입", "대전 흐림 6.3℃"],
    "events": [
        ev("agreement", d("2023-03-14", text="14일"), loc("울란바토르", "MN"),
           [KECO, MN_MET2, per("김수현", "KR"), per("엥흐바야르", "MN")], ["KR", "MN"],
           "한국환경공단은 14일 울란바토르에서 몽골 환경관광부와"),
        ev("project", d("2023", "2027", "2023년부터 2027년까지"), None, [KECO, KOICA, MN_MET2], ["KR", "MN"],
           "사업은 2023년부터 2027년까지 5년간 진행되며, 사업비 1,500만 달러는 KOICA가 지원한다",
           figures=[fig(15000000, "달러", "project budget")]),
        ev("visit", d("2023-03-13", text="13일"), loc("돈드고비주", "MN"), [KECO], ["KR", "MN"],
           "이에 앞서 환경공단 대표단은 13일 돈드고비주 조림 예정지를 찾아 현장을 점검했다"),
    ],
}

# ------------------------------------------------------------------ 027 (dates inherited from a visit range)
VAST = org("베트남 과학기술한림원", "VN", "VAST", "과학기술한림원")
DOCS["027_kisti_vast_hanoi_centre.txt"] = {
    "doc_date": None,
    "must_keep": ["센터 공동운영 인력 확충에 뜻을 모았다"],
    "must_drop": [],
    "events": [
        ev("visit", d("2019-11-18", "2019-11-21", "2019년 11월 18일부터 21일까지"), loc("하노이", "VN"), [KISTI],
           ["KR", "VN"], "방문단은 2019년 11월 18일부터 21일까지 베트남 하노이를 방문했다"),
        ev("opening", d("2019-11-18", "2019-11-21", "이번 방문 기간 중"), loc("VAST 본원", "VN"),
           [org("한-베 과학기술정보센터", "VN", "과학기술정보센터"), KISTI, VAST], ["KR", "VN"],
           "VAST 본원에 '한-베 과학기술정보센터'를 열고"),
        ev("forum", d("2019-11-18", "2019-11-21", "이번 방문 기간 중"), None, [KISTI, VAST], ["KR", "VN"],
           "제2회 한-베 과학데이터 워크숍을 공동 개최했다"),
        ev("project", d("2018", text="2018년부터"), None, [KISTI], ["KR", "VN"],
           "센터는 KISTI가 2018년부터 추진해 온 '아세안 과학기술정보 인프라 지원사업'의 하나로 설치됐다"),
        ev("meeting", d("2019-11-18", "2019-11-21", "이번 방문 기간 중"), None,
           [per("최성민", "KR"), KISTI, per("쩐 반 하이", "VN"), VAST], ["KR", "VN"],
           "방문단을 이끈 최성민 KISTI 부원장은 쩐 반 하이 VAST 부원장과 면담하고"),
    ],
}

# ------------------------------------------------------------------ 028 (Korean bodies named by acronym only)
KERI = org("한국전기연구원", "KR", "KERI", "전기연구원")
KIAT = org("한국산업기술진흥원", "KR", "KIAT")
DOCS["028_keri_kiat_uzbek_smartgrid.txt"] = {
    "doc_date": "2021-07-09",
    "must_keep": ["착수 회의를 화상으로 열었다"],
    "must_drop": [],
    "events": [
        ev("meeting", d("2021-07-08", text="8일"), None,
           [KERI, KIAT, org("우즈베키스탄 에너지부", "UZ", "에너지부")], ["KR", "UZ"],
           "KERI와 KIAT는 8일 우즈베키스탄 에너지부와 '페르가나 스마트그리드 실증사업' 착수 회의를 화상으로 열었다"),
        ev("project", d("2021-07", "2024-06", "2021년 7월부터 2024년 6월까지"), None, [KIAT, KERI], ["KR", "UZ"],
           "사업은 KIAT의 국제공동기술개발 프로그램으로 2021년 7월부터 2024년 6월까지 36억 원 규모로 진행된다",
           figures=[fig(3600000000, "원", "project budget")]),
        ev("agreement", d("2021-05", text="지난 5월"), None,
           [KERI, org("LS일렉트릭", "KR", "LS ELECTRIC"), org("우즈베키스탄 국영 송전회사", "UZ", "UzNEG")],
           ["KR", "UZ"], "앞서 KERI는 지난 5월 LS일렉트릭, 우즈베키스탄 국영 송전회사 UzNEG와 실증 컨소시엄 협약을 체결했다"),
        ev("visit", d("2021-08", text="다음 달"), loc("페르가나", "UZ"), [KERI], ["KR", "UZ"],
           "KERI 연구진 6명은 다음 달 페르가나 실증 현장에 파견된다",
           figures=[fig(6, "명", "researchers dispatched")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 029 (awards, one only implied by "에 이어")
BAPPENAS = org("인도네시아 국가개발기획부", "ID", "BAPPENAS", "국가개발기획부")
DOCS["029_koica_indonesia_award.txt"] = {
    "doc_date": None,
    "must_keep": ["'개발협력 공로상'을 받았다고"],
    "must_drop": [],
    "events": [
        ev("award", d("2019-08-27", text="2019년 8월 27일"), None, [KOICA, BAPPENAS], ["KR", "ID"],
           "2019년 8월 27일 인도네시아 국가개발기획부(BAPPENAS)로부터 '개발협력 공로상'을 받았다고"),
        ev("award", d("2015", text="2015년"), None, [KOICA], ["KR", "ID"],
           "KOICA가 인도네시아 정부로부터 상을 받은 것은 2015년에 이어 두 번째다"),
        ev("award", d("2019-08", text="같은 달"), None,
           [per("이민재", "KR"), org("서울대학교병원", "KR", "서울대병원"), org("몽골 정부", "MN")], ["KR", "MN"],
           "같은 달 몽골 정부는 서울대학교병원 이민재 교수에게 북극성 훈장을 수여했다"),
        ev("project", d("2010", text="2010년부터"), None, [per("이민재", "KR"), org("서울대학교병원", "KR", "서울대병원")],
           ["KR", "MN"], "이 교수는 2010년부터 몽골 현지에서 의료진 200여 명을 교육해 왔다",
           figures=[fig(200, "명", "Mongolian medical staff trained (about)")]),
    ],
}

# ------------------------------------------------------------------ 030 (events only in the related-links block)
DOCS["030_festival_related_links_no_event.txt"] = {
    "doc_date": "2023-07-22",
    "must_keep": ["'보령머드축제'가 개막했다", "20만 명이 찾을 것으로"],
    "must_drop": ["KOTRA, 타슈켄트서 한-우즈벡 비즈니스 상담회 개최", "몽골 울란바토르에 농업협력센터 개소",
                  "많이 본 뉴스", "무단전재-재배포 금지"],
    "events": [],
}

# ------------------------------------------------------------------ 031
BEKOV = per("아슬란 베코프", "KZ", "베코프")
DOCS["031_kazakhstan_deputy_pm_visit.txt"] = {
    "doc_date": "2025-04-10",
    "must_keep": ["6건의 협력 문서에 서명했다"],
    "must_drop": [],
    "events": [
        ev("visit", d("2025-04-08", "2025-04-10", "지난 8일부터 10일까지"), loc("한국", "KR"), [BEKOV], ["KR", "KZ"],
           "아슬란 베코프 카자흐스탄 제1부총리가 이끄는 대표단이 지난 8일부터 10일까지 한국을 공식 방문했다"),
        ev("meeting", d("2025-04-09", text="9일"), loc("정부서울청사", "KR"), [BEKOV, per("최지훈", "KR"), MOEF],
           ["KR", "KZ"], "베코프 제1부총리는 9일 정부서울청사에서 최지훈 부총리 겸 기획재정부 장관과 회담을 갖고"),
        ev("agreement", d("2025-04-09", text="회담 직후"), None, [], ["KR", "KZ"],
           "회담 직후 양국 정부는 핵심광물 공급망 협력 양해각서 등 6건의 협력 문서에 서명했다",
           figures=[fig(6, "건", "cooperation documents signed")]),
        ev("forum", d("2025-04-09", text="같은 날 오후"), loc("서울", "KR"),
           [org("대한상공회의소", "KR", "대한상의", "상의"), BEKOV], ["KR", "KZ"],
           "같은 날 오후 대한상공회의소는 서울 상의회관에서 '한-카자흐스탄 비즈니스 포럼'을 개최했으며",
           figures=[fig(300, "명", "business people attending (about)")]),
        ev("visit", d("2025-04-10", text="10일"), None, [BEKOV, org("삼성전자", "KR")], ["KR", "KZ"],
           "베코프 제1부총리는 10일 삼성전자 평택캠퍼스를 방문한 뒤 출국했다"),
    ],
}

# ------------------------------------------------------------------ 032 (scrape-damaged, no byline)
UZ_MOH = org("우즈베키스탄 보건부", "UZ", "보건부")
MOHW = org("보건복지부", "KR", "복지부")
DOCS["032_khidi_tashkent_checkup_centre_damaged.txt"] = {
    "doc_date": None,
    "must_keep": ["한-우즈벡 건강검진센터 개소식을 열었다"],
    "must_drop": [],
    "events": [
        ev("opening", d("2022-10-05", text="2022 10 5"), loc("타슈켄트", "UZ"),
           [org("한-우즈벡 건강검진센터", "UZ", "건강검진센터"), KHIDI, MOHW], ["KR", "UZ"],
           "한국보건산업진흥원은 2022 10 5 우즈베키스탄 타슈켄트에서 한-우즈벡 건강검진센터 개소식을 열었다"),
        ev("agreement", d("2020", text="2020"), None, [KHIDI, UZ_MOH], ["KR", "UZ"],
           "보건산업진흥원 우즈베키스탄 보건부가 2020 체결한 양해각서에 따라"),
        ev("meeting", d("2022-10-06", text="이튿날"), None, [MOHW, UZ_MOH], ["KR", "UZ"],
           "차관은 이튿날 우즈베키스탄 보건부 장관과 1 한-우즈벡 보건의료 협력 실무회의를 가졌다"),
    ],
}

# ------------------------------------------------------------------ 033 (everything planned but one past agreement)
BUSAN = org("부산광역시", "KR", "부산시")
GDANSK = org("그단스크시", "PL", "그단스크")
DOCS["033_busan_gdansk_planned_visit.txt"] = {
    "doc_date": "2024-09-25",
    "must_keep": ["예산 문제로 무산됐다"],
    "must_drop": [],
    "events": [
        ev("visit", d("2024-10-07", "2024-10-10", "오는 10월 7일부터 10일까지"), loc("그단스크", "PL"), [BUSAN, GDANSK],
           ["KR", "PL"], "부산시 대표단은 오는 10월 7일부터 10일까지 폴란드 그단스크를 방문해", status="planned"),
        ev("forum", d("2024-10-07", "2024-10-10", "오는 10월 7일부터 10일까지"), loc("그단스크", "PL"), [BUSAN, GDANSK],
           ["KR", "PL"], "자매도시 결연 10주년 기념행사에 참석할 예정이라고", status="planned"),
        ev("agreement", d("2024-10-07", "2024-10-10", "방문 기간 중"), None, [BUSAN, GDANSK], ["KR", "PL"],
           "대표단은 방문 기간 중 그단스크시와 스마트항만 협력 양해각서를 체결하고", status="planned"),
        ev("forum", d("2024-10-07", "2024-10-10", "방문 기간 중"), loc("그단스크 공과대학교", "PL"),
           [BUSAN, org("그단스크 공과대학교", "PL")], ["KR", "PL"],
           "그단스크 공과대학교에서 '한-폴 해양도시 포럼'을 공동 개최할 계획이다", status="planned"),
        ev("agreement", d("2014", text="2014년"), None, [BUSAN, GDANSK], ["KR", "PL"],
           "부산시와 그단스크시는 2014년 자매도시 협정을 체결했다"),
    ],
}

# ------------------------------------------------------------------ 034 (timeline, scrape-damaged, no byline)
NU = org("나자르바예프대학교", "KZ", "NU", "나자르바예프대")
DOCS["034_kazakhstan_timeline_damaged.txt"] = {
    "doc_date": None,
    "must_keep": ["카자흐스탄 원격의료 시범사업이 시행됐다"],
    "must_drop": [],
    "events": [
        ev("meeting", d("2015-06", text="2015 6"), loc("아스타나", "KZ"), [], ["KR", "KZ"],
           "2015 6 아스타나에서 1 한-카자흐스탄 과학기술공동위원회가 열렸다"),
        ev("project", d("2015-06", text="2015 6"), None, [], ["KR", "KZ"],
           "회의 결과 양측은 2016-2018 공동연구 프로그램을 승인했다"),
        ev("visit", d("2016-09", text="2016 9"), loc("한국", "KR"), [org("카자흐스탄 교육과학부", "KZ", "교육과학부")],
           ["KR", "KZ"], "2016 9 카자흐스탄 교육과학부 장관이 한국을 방문했다"),
        ev("forum", d("2017-05-18", "2017-05-20", "2017 5 18일부터 20일까지"), loc("알마티", "KZ"),
           [NU, org("한국생산기술연구원", "KR", "KITECH")], ["KR", "KZ"],
           "2017 5 18일부터 20일까지 알마티에서 한-카자흐 나노기술 세미나가 개최됐으며"),
        ev("agreement", d("2018", text="2018"), None,
           [org("카자흐스탄 국립공학아카데미", "KZ", "국립공학아카데미"), org("한국기계연구원", "KR", "KIMM")], ["KR", "KZ"],
           "2018 카자흐스탄 국립공학아카데미는 한국기계연구원과 공동연구 협정을 체결했다"),
        ev("opening", d("2019-03", text="2019 3"), loc("아스타나", "KZ"),
           [org("KAIST-NU 첨단소재 공동연구실", "KZ", "첨단소재 공동연구실"), org("한국과학기술원", "KR", "KAIST"), NU],
           ["KR", "KZ"], "2019 3 아스타나에서 KAIST-NU 첨단소재 공동연구실이 문을 열었다"),
        ev("project", d("2021", "2023", "2021-2023년"), None, [KOICA], ["KR", "KZ"],
           "2021-2023년에는 KOICA 지원으로 카자흐스탄 원격의료 시범사업이 시행됐다"),
    ],
}


# ------------------------------------------------------------------ build (tests/golden/gold_build.py)
if __name__ == "__main__":
    sys.exit(gold_build.main(DOCS, DEV, OUT))
