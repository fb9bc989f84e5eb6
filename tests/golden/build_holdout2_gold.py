"""Source of the second held-out gold: edit the annotations here, then run

    .venv/bin/python tests/golden/build_holdout2_gold.py

to rewrite tests/golden/holdout2_gold.jsonl (doc_id = first 16 hex of sha256 of the
file bytes). The machinery shared with the other builders lives in gold_build.py.
tests/test_golden_holdout2.py checks that the JSONL is what this script writes.
Conventions: tests/golden/README.md (the same as the dev and first held-out sets).

HELD-OUT: nobody tunes rules on these documents. They measure how the product
generalises to longer, mixed-topic pages; look at the numbers, not at the sentences.
"""

from __future__ import annotations

import sys
from pathlib import Path

import gold_build
from gold_build import d, ev, fig, loc, org, per

HERE = Path(__file__).resolve().parent
HOLDOUT2 = HERE / "holdout2"
OUT = HERE / "holdout2_gold.jsonl"


KOTRA = org("대한무역투자진흥공사", "KR", "KOTRA", "코트라")
KOICA = org("한국국제협력단", "KR", "KOICA", "코이카")
KIAT = org("한국산업기술진흥원", "KR", "KIAT")
NIPA = org("정보통신산업진흥원", "KR", "NIPA")
KEIT = org("한국산업기술평가관리원", "KR", "KEIT")

DOCS: dict[str, dict] = {}

# ------------------------------------------------------------------ 001 (HTML, regional paper, 도 delegation, 상담회 counts, other 도정 news after 한편)
JEONBUK = org("전북특별자치도", "KR", "전북자치도", "전북도")
MN_MOFALI = org("몽골 식품농업경공업부", "MN", "식품농업경공업부")
OH_MS = per("오민석", "KR", "오 부지사")
DOCS["001_jeonbuk_mongolia_trade_mission.html"] = {
    "doc_date": "2024-06-14",
    "must_keep": ["상담 85건, 계약 추진액 320만 달러의 실적을 올렸다", "농생명 분야 인력 교류와 종자 연구 협력을 위한 업무협약을 맺었다",
                  "여름철 폭염 종합대책을 발표했다"],
    "must_drop": ["전주 맑음 29.3℃", "새만금개발청, 튀르키예 투자청과 투자유치 MOU", "전주시, 몽골 다르항시와 자매결연 30주년 기념식",
                  "전주 한옥마을 주말 관광객 역대 최다", "All rights reserved", "URL복사", "여름 보양식 특가 기획전"],
    "events": [
        ev("visit", d("2024-06-10", "2024-06-13", "지난 10일부터 13일까지"), loc("울란바토르", "MN"), [JEONBUK, OH_MS],
           ["KR", "MN"], "도내 중소기업 12개사로 구성된 무역사절단이 지난 10일부터 13일까지 몽골 울란바토르를 방문했다고",
           figures=[fig(12, "개사", "companies in the trade mission")]),
        ev("forum", d("2024-06-11", text="11일"), loc("울란바토르", "MN"), [JEONBUK], ["KR", "MN"],
           "사절단은 11일 울란바토르 시내 한 호텔에서 현지 바이어 40여 개사가 참가한 '전북-몽골 수출상담회'를 열었다",
           figures=[fig(40, "개사", "local buyers (about)"), fig(85, "건", "consultations"),
                    fig(3200000, "달러", "contracts pursued")]),
        ev("agreement", d("2024-06-11", text="현장에서"), None,
           [org("한결식품", "KR"), org("차강유통", "MN")], ["KR", "MN"],
           "완주에 있는 식품기업 한결식품은 몽골 유통기업 차강유통과 50만 달러 규모의 수출 업무협약(MOU)을 현장에서 체결했다",
           figures=[fig(500000, "달러", "export deal")]),
        ev("visit", d("2024-06-12", text="12일"), None, [JEONBUK, OH_MS, MN_MOFALI], ["KR", "MN"],
           "오민석 전북자치도 경제부지사는 12일 몽골 식품농업경공업부를 찾아"),
        ev("meeting", d("2024-06-12", text="12일"), None, [OH_MS, JEONBUK, per("바트에르덴", "MN"), MN_MOFALI], ["KR", "MN"],
           "바트에르덴 차관과 면담하고 농식품 검역 절차 간소화 방안을 논의했다"),
        ev("agreement", d("2024-06-12", text="같은 자리에서"), None, [JEONBUK, MN_MOFALI], ["KR", "MN"],
           "같은 자리에서 전북자치도와 몽골 식품농업경공업부는 농생명 분야 인력 교류와 종자 연구 협력을 위한 업무협약을 맺었다"),
        ev("forum", d("2024-10", text="오는 10월"), loc("전주", "KR"), [JEONBUK], ["KR", "MN"],
           "도는 오는 10월 전주에서 몽골 바이어를 대상으로 한 2차 수출상담회를 열 계획이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 002 (HTML, university news page: MOU + exchange programme, campus news mixed in)
PKNU = org("부경대학교", "KR", "부경대", "PKNU")
VUT = org("브르노공과대학교", "CZ", "VUT", "체코 브르노공과대학교", "브르노공대")
CTU = org("체코공과대학교", "CZ", "CTU")
DOCS["002_pknu_brno_student_exchange.html"] = {
    "doc_date": "2023-09-21",
    "must_keep": ["학술교류 및 학생교환 협정을 체결했다고", "'한-체코 공학 교환학생 프로그램'을 운영한다",
                  "하반기 채용박람회가 열린다"],
    "must_drop": ["부경대, 필리핀 해양대학과 선박운항 교육 MOU", "이전글 부경대 해양과학 연구팀", "ALL RIGHTS RESERVED",
                  "이메일무단수집거부", "첨부파일: 협정식_사진.jpg", "2024학년도 수시모집 경쟁률 발표"],
    "events": [
        ev("agreement", d("2023-09-19", text="지난 19일"), None,
           [PKNU, VUT, per("윤태호", "KR", "윤 총장"), per("라디슬라프 야네크", "CZ")], ["KR", "CZ"],
           "부경대학교는 지난 19일 체코 브르노공과대학교(VUT) 본관에서 학술교류 및 학생교환 협정을 체결했다고",
           figures=[fig(20, "명", "attendees (about)")]),
        ev("project", d("2024", text="2024학년도 1학기부터"), None, [PKNU, VUT], ["KR", "CZ"],
           "양 대학은 2024학년도 1학기부터 매 학기 학부생 5명씩을 서로 보내는 '한-체코 공학 교환학생 프로그램'을 운영한다",
           figures=[fig(5, "명", "exchange students per semester")], status="planned"),
        ev("visit", d("2023-09-18", text="이에 앞서 18일"), loc("프라하", "CZ"), [PKNU, CTU], ["KR", "CZ"],
           "부경대 대표단은 이에 앞서 18일 프라하의 체코공과대학교(CTU)를 찾아"),
        ev("meeting", d("2023-09-18", text="18일"), None, [PKNU, CTU, per("파벨 노보트니", "CZ")], ["KR", "CZ"],
           "파벨 노보트니 부총장과 만나 해양 로봇 분야 공동연구 방안을 논의했다"),
        ev("agreement", d("2017", text="2017년"), None, [PKNU, org("마사리크대학교", "CZ", "체코 마사리크대학교")], ["KR", "CZ"],
           "부경대는 2017년 체코 마사리크대학교와 학술교류 협정을 맺은 바 있으며"),
    ],
}

# ------------------------------------------------------------------ 003 (HTML, ODA page: 착수식, R/D, 준공식, 기술연수, a planned project elsewhere)
TZ_WATER = org("탄자니아 수자원부", "TZ", "수자원부")
TZ_HEALTH = org("탄자니아 보건부", "TZ", "보건부")
KOICA_TZ = org("한국국제협력단", "KR", "KOICA", "코이카", "KOICA 탄자니아사무소")
KIM_DY = per("김도윤", "KR", "김도윤 소장")
KILOSA = org("킬로사 모자보건센터", "TZ", "센터")
DOCS["003_koica_tanzania_water_health.html"] = {
    "doc_date": "2022-11-24",
    "must_keep": ["'도도마주 농촌 식수 개선 사업' 착수식을 개최했다고", "신생아 응급처치 기술연수를 실시했다",
                  "고객만족도 조사에서 '우수' 등급을 받았다"],
    "must_drop": ["USD 1,318.40", "KOICA, 르완다 농촌 전력화 사업 준공", "가나 보건부 장관 방한…KOICA와 협력 논의",
                  "아프리카 어린이 합창단 서울 공연", "무단 전재를 금합니다", "#KOICA #탄자니아"],
    "events": [
        ev("forum", d("2022-11-22", text="지난 22일"), loc("도도마", "TZ"),
           [KOICA_TZ, TZ_WATER, KIM_DY, per("아미나 음웨냐", "TZ")], ["KR", "TZ"],
           "KOICA는 지난 22일 탄자니아 도도마에서 탄자니아 수자원부와 '도도마주 농촌 식수 개선 사업' 착수식을 개최했다고",
           figures=[fig(70, "명", "attendees (about)")]),
        ev("project", d("2022", "2026", "2022년부터 2026년까지"), None, [KOICA, TZ_WATER], ["KR", "TZ"],
           "이 사업은 2022년부터 2026년까지 총 1,200만 달러를 들여 도도마주 4개 군에 관정 120곳과 소규모 정수시설 8곳을 짓는 사업이다",
           figures=[fig(12000000, "달러", "grant"), fig(120, "곳", "wells"), fig(8, "곳", "water treatment plants")]),
        ev("agreement", d("2022-11-22", text="착수식에 앞서"), None, [KOICA, TZ_WATER], ["KR", "TZ"],
           "양측은 착수식에 앞서 사업 이행을 위한 협의의사록(R/D)에 서명했다"),
        ev("opening", d("2022-11-23", text="이튿날인 23일"), loc("킬로사", "TZ"),
           [KILOSA, KOICA, TZ_HEALTH, per("조이스 키웰루", "TZ")], ["KR", "TZ"],
           "이튿날인 23일에는 모로고로주 킬로사에서 '킬로사 모자보건센터' 준공식이 열렸다"),
        ev("project", d("2019", "2022", "2019년부터 2022년까지"), None, [KOICA, KILOSA], ["KR", "TZ"],
           "센터는 KOICA가 2019년부터 2022년까지 600만 달러를 지원한 '모로고로주 모자보건 강화 사업'으로 지어졌으며",
           figures=[fig(6000000, "달러", "grant")]),
        ev("project", d("2022-09", "2022-10", "지난 9월부터 두 달간"), None, [KOICA, KILOSA], ["KR", "TZ"],
           "KOICA는 센터에서 일할 현지 간호사와 조산사 30명을 대상으로 지난 9월부터 두 달간 신생아 응급처치 기술연수를 실시했다",
           figures=[fig(30, "명", "nurses and midwives trained")]),
        ev("visit", d("2022-08", text="지난 8월"), loc("한국", "KR"), [TZ_WATER, org("한국수자원공사", "KR", "K-water")],
           ["KR", "TZ"], "탄자니아 수자원부 공무원 12명은 지난 8월 한국을 방문해 한국수자원공사(K-water)에서 2주간 상수도 운영 기술연수를 받았다",
           figures=[fig(12, "명", "Tanzanian officials")]),
        ev("project", d("2023", text="내년 상반기"), loc("쿠마시", "GH"), [KOICA], ["KR", "GH"],
           "KOICA는 내년 상반기 가나 쿠마시에서 직업기술훈련원 건립 사업에 착수할 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 004 (HTML, sports and culture round-up: no cooperation event)
DOCS["004_weekend_sports_culture_no_event.html"] = {
    "doc_date": "2024-10-07",
    "must_keep": ["브라질 출신 공격수 헤나투는", "남미 투어 첫 공연을 열고"],
    "must_drop": ["문체부, 브라질 문화부와 콘텐츠 교류 양해각서 체결", "대한체육회, 몽골 올림픽위원회와 스포츠 협력 MOU",
                  "한-칠레 수교 기념 문화주간 산티아고서 개막", "배추값 한 달 새 30% 올라", "All rights reserved",
                  "서울 구름조금 18.2℃"],
    "events": [],
}

# ------------------------------------------------------------------ 005 (HTML, English-mixed Korean, parties named by acronym only)
GITA = org("조지아 혁신기술청", "GE", "GITA", "Georgia's Innovation and Technology Agency")
MOESD = org("조지아 경제지속가능발전부", "GE", "MoESD")
MHTI = org("아르메니아 하이테크산업부", "AM", "MHTI")
DOCS["005_kiat_nipa_keit_caucasus_acronyms.html"] = {
    "doc_date": "2023-05-26",
    "must_keep": ["digital manufacturing 협력을 위한 MOU를 체결했다", "공동 연구개발 과제 기획에 관한 MOU를 체결했다",
                  "클라우드 바우처 2차 공모"],
    "must_drop": ["KOSPI 2,554.69", "KOTRA, Tashkent에서 K-Beauty 상담회 개최", "MSIT, Uzbekistan과 디지털 정부 협력 강화",
                  "생성형 AI 규제 가이드라인 초안 공개", "All Rights Reserved", "URL 복사"],
    "events": [
        ev("visit", d("2023-05-22", "2023-05-24", "22~24일"), loc("트빌리시", "GE"), [KIAT, NIPA, KEIT], ["KR", "GE"],
           "'K-Tech 대표단'은 22~24일 조지아 트빌리시를 찾은 데 이어"),
        ev("visit", d("2023-05-25", text="25일"), loc("예레반", "AM"), [KIAT, NIPA, KEIT], ["KR", "AM"],
           "25일 아르메니아 예레반을 방문했다"),
        ev("agreement", d("2023-05-24", text="24일"), loc("트빌리시", "GE"), [KIAT, GITA], ["KR", "GE"],
           "KIAT는 24일 트빌리시에서 GITA(Georgia's Innovation and Technology Agency)와 digital manufacturing 협력을 위한 MOU를 체결했다"),
        ev("agreement", d("2023-05-24", text="같은 날"), None, [NIPA, GITA], ["KR", "GE"],
           "같은 날 NIPA도 GITA와 AI·SW 인재 양성 프로그램 공동 운영에 관한 MOU를 맺었다"),
        ev("forum", d("2023-05-23", text="앞서 23일"), None, [GITA], ["KR", "GE"],
           "앞서 23일 GITA 본부에서 열린 'Korea-Georgia ICT Day'에는 양국 기업 50여 개사가 참가해 B2B 상담 62건을 진행했다",
           figures=[fig(50, "개사", "companies (about)"), fig(62, "건", "B2B consultations")]),
        ev("meeting", d("2023-05-24", text="24일"), None, [KIAT, MOESD], ["KR", "GE"],
           "KIAT 원장은 24일 MoESD 차관과 면담하고"),
        ev("project", d("2023", text="올 하반기부터"), None, [KIAT, GITA], ["KR", "GE"],
           "KIAT와 GITA는 올 하반기부터 현지 제조기업 10곳을 대상으로 'K-Smart Factory PoC' 사업을 공동 추진한다",
           figures=[fig(10, "곳", "local manufacturers")], status="planned"),
        ev("agreement", d("2023-05-25", text="25일"), loc("예레반", "AM"), [KEIT, MHTI], ["KR", "AM"],
           "KEIT는 25일 예레반에서 Armenia의 MHTI와 공동 연구개발 과제 기획에 관한 MOU를 체결했다"),
    ],
}


# ------------------------------------------------------------------ build (tests/golden/gold_build.py)
if __name__ == "__main__":
    sys.exit(gold_build.main(DOCS, HOLDOUT2, OUT))
