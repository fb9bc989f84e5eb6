"""Source of the second held-out gold: edit the annotations here, then run

    .venv/bin/python tests/golden/build_holdout2_gold.py

to rewrite tests/golden/holdout2_gold.jsonl (doc_id = first 16 hex of sha256 of the
file bytes). The machinery shared with the other builders lives in gold_build.py.
tests/test_golden_heldout.py checks that the JSONL is what this script writes.
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
KEIT = org("한국산업기술기획평가원", "KR", "KEIT", "한국산업기술평가관리원")

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


# ------------------------------------------------------------------ 006 (HTML, postponed joint committee, postponed signing, cancelled workshop, a video call instead)
MOEF = org("기획재정부", "KR", "기재부")
JO_MOPIC = org("요르단 기획국제협력부", "JO", "기획국제협력부")
DOCS["006_jordan_joint_committee_postponed.html"] = {
    "doc_date": "2024-03-08",
    "must_keep": ["현지 사정으로 연기하기로 요르단 측과 합의했다고", "지난 6일 화상회의를 열고", "2월 소비자물가 상승률은 3.1%로"],
    "must_drop": ["코스피 2,647.62", "산업부, 요르단과 수소 협력 MOU 체결", "한-튀르키예 FTA 개선 협상 1차 회의 개최",
                  "봄맞이 여의도 벚꽃길 정비", "무단전재 및 재배포 금지", "PDF 지면보기"],
    "events": [
        ev("meeting", d("2024-03-06", text="지난 6일"), None,
           [MOEF, JO_MOPIC, per("정승민", "KR", "정 차관보"), per("라나 하다드", "JO")], ["KR", "JO"],
           "대신 양측 수석대표인 정승민 기재부 차관보와 라나 하다드 요르단 기획국제협력부 차관은 지난 6일 화상회의를 열고"),
        ev("meeting", d("2022", text="2022년"), loc("서울", "KR"), [], ["KR", "JO"],
           "양국은 2022년 서울에서 열린 제6차 공동위에서"),
        ev("project", d("2022", text="2022년"), None, [], ["KR", "JO"],
           "암만 대중교통 개선을 위한 경제발전경험공유사업(KSP)을 승인한 바 있다"),
        ev("forum", d("2024-03-20", text="오는 20일"), loc("암만", "JO"),
           [org("대한무역투자진흥공사", "KR", "KOTRA", "코트라", "KOTRA 암만무역관", "암만무역관")], ["KR", "JO"],
           "KOTRA 암만무역관이 주관하는 '한-요르단 소비재 수출상담회'는 예정대로 오는 20일 암만에서 열린다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 007 (stripped text, 시 delegation, 상담회 counts, sister-city background, domestic news)
CHANGWON = org("창원시", "KR", "창원")
BURSA = org("부르사 광역시", "TR", "부르사", "부르사 광역시청")
ITO = org("이스탄불 상공회의소", "TR")
KWON_HJ = per("권혁진", "KR", "권 부시장")
DOCS["007_changwon_turkey_machinery_mission.txt"] = {
    "doc_date": "2023-11-17",
    "must_keep": ["상담 54건, 계약 추진액 410만 달러의 성과를 올렸다", "2011년 자매도시 협정을 맺은 뒤", "2024년도 예산안 설명회를 열고"],
    "must_drop": ["경남도, 튀르키예 앙카라와 방산 협력 MOU 체결", "김해시, 칠레 발파라이소에 무역사절단 파견", "KOTRA, 이스탄불 한국상품전 개최",
                  "창원 도심 아파트값 석 달째 하락", "무단전재 및 재배포 금지", "로그인 | 회원가입 | 구독신청 | 모바일웹",
                  "글자크기 가 가 | 인쇄 | 스크랩"],
    "events": [
        ev("visit", d("2023-11-13", "2023-11-16", "지난 13일부터 16일까지"), None, [CHANGWON], ["KR", "TR"],
           "창원시는 지역 방산·기계 기업 9개사와 함께 지난 13일부터 16일까지 튀르키예 이스탄불과 부르사를 방문해",
           figures=[fig(9, "개사", "companies in the delegation")]),
        ev("forum", d("2023-11-14", text="14일"), loc("이스탄불", "TR"), [CHANGWON, ITO], ["KR", "TR"],
           "시 대표단은 14일 이스탄불 상공회의소에서 '창원-이스탄불 기계산업 수출상담회'를 열어",
           figures=[fig(35, "개사", "local buyers"), fig(54, "건", "consultations"), fig(4100000, "달러", "contracts pursued")]),
        ev("agreement", d("2023-11-14", text="상담회에 앞서"), None, [CHANGWON, ITO], ["KR", "TR"],
           "상담회에 앞서 창원시와 이스탄불 상공회의소는 기업 간 교류 확대를 위한 업무협약을 체결했다"),
        ev("visit", d("2023-11-15", text="15일"), loc("부르사", "TR"), [CHANGWON, BURSA], ["KR", "TR"],
           "대표단은 15일 부르사로 이동해 부르사 광역시청을 찾았다"),
        ev("meeting", d("2023-11-15", text="이 자리에서"), None, [KWON_HJ, CHANGWON, per("알리 아이든", "TR"), BURSA], ["KR", "TR"],
           "권혁진 창원시 제1부시장은 이 자리에서 알리 아이든 부르사 부시장과 만나 자동차 부품 산업 협력 방안을 논의했다"),
        ev("agreement", d("2011", text="2011년"), None, [CHANGWON, BURSA], ["KR", "TR"],
           "창원시와 부르사는 2011년 자매도시 협정을 맺은 뒤"),
        ev("forum", d("2024", text="내년 상반기"), loc("창원", "KR"), [CHANGWON, BURSA], ["KR", "TR"],
           "양 도시는 내년 상반기 창원에서 '한-튀르키예 기계산업 포럼'을 공동 개최하기로 했다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 008 (stripped text, Q&A interview: mostly past background, one hypothetical)
KRC = org("한국농어촌공사", "KR", "KRC", "농어촌공사", "공사")
LA_MAF = org("라오스 농림부", "LA", "농림부")
NAFRI = org("라오스 국립농업임업연구원", "LA", "NAFRI", "국립농업임업연구원")
DOCS["008_krc_laos_interview_feature.txt"] = {
    "doc_date": "2021-07-12",
    "must_keep": ["관개시설 현대화 협력 양해각서를 체결한 바 있다", "사반나켓에 농업기술훈련센터를 열 계획이다",
                  "우기에는 길이 끊겨"],
    "must_drop": ["농식품부, 캄보디아와 농업협력 양해각서 개정", "KRC, 몽골 고비 지역 지하수 개발 사업 착수", "7월 쌀값 동향",
                  "무단 전재 및 재배포 금지", "페이스북 | 트위터 | 카카오톡 | 밴드 | 인쇄"],
    "events": [
        ev("project", d("2016", "2020", "2016년부터 2020년까지"), loc("비엔티안주", "LA"), [KRC], ["KR", "LA"],
           "공사는 2016년부터 2020년까지 비엔티안주 농촌 마을 12곳에서 관개시설 개선 사업을 수행했다",
           figures=[fig(12, "곳", "villages"), fig(48, "km", "new canals"), fig(1500, "헥타르", "paddies double-cropped")]),
        ev("agreement", d("2019", text="지난 2019년"), None, [KRC, LA_MAF], ["KR", "LA"],
           "공사는 지난 2019년 라오스 농림부와 관개시설 현대화 협력 양해각서를 체결한 바 있다"),
        ev("visit", d("2018", text="그 전해인 2018년"), loc("한국", "KR"), [LA_MAF, KRC], ["KR", "LA"],
           "그 전해인 2018년에는 라오스 농림부 장관이 방한해 새만금 간척지와 공사 본사를 둘러봤다"),
        ev("forum", d("2020-12", text="지난해 12월"), loc("비엔티안", "LA"), [KRC], ["KR", "LA"],
           "지난해 12월 비엔티안에서 '한-라오스 농업기술 세미나'를 열었는데",
           figures=[fig(80, "명", "local officials (about)")]),
        ev("agreement", d("2021-06", text="지난달 말"), None, [KRC, NAFRI], ["KR", "LA"],
           "지난달 말 라오스 국립농업임업연구원(NAFRI)과 가뭄에 강한 벼 종자를 함께 개발하는 공동연구 협약을 새로 맺었다"),
        ev("project", None, None, [KRC, NAFRI], ["KR", "LA"], "앞으로 3년간 시험 재배를 한다", status="planned"),
        ev("opening", d("2022", text="내년"), loc("사반나켓", "LA"), [KRC, org("농업기술훈련센터", "LA")], ["KR", "LA"],
           "내년에는 사반나켓에 농업기술훈련센터를 열 계획이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 009 (stripped text, a ministerial trip next month: everything planned, one past meeting)
MSS = org("중소벤처기업부", "KR", "중기부")
KIM_TY = per("김태윤", "KR", "김 장관")
PH_DTI = org("필리핀 통상산업부", "PH", "DTI", "필리핀 DTI")
KSC_PH = org("K-스타트업센터 필리핀", "PH", "센터")
DOCS["009_mss_philippines_next_month_plans.txt"] = {
    "doc_date": "2025-02-20",
    "must_keep": ["다음 달 10일부터 사흘간 필리핀 마닐라를 방문한다고", "'K-스타트업센터 필리핀'을 개소한다",
                  "소상공인 정책자금 3조 원을"],
    "must_drop": ["중기부, 베트남 호찌민에 글로벌 창업센터 열어", "필리핀 DTI 장관 \"한국 제조업 투자 환영\"",
                  "소상공인 전기요금 특별지원 신청 방법", "AI학습 이용 금지", "회사소개 | 기사제보 | 광고안내"],
    "events": [
        ev("visit", d("2025-03-10", "2025-03-12", "다음 달 10일부터 사흘간"), loc("마닐라", "PH"), [MSS, KIM_TY], ["KR", "PH"],
           "김태윤 장관이 다음 달 10일부터 사흘간 필리핀 마닐라를 방문한다고", status="planned"),
        ev("meeting", d("2025-03-11", text="11일"), None, [KIM_TY, MSS, PH_DTI], ["KR", "PH"],
           "김 장관은 11일 필리핀 통상산업부(DTI) 장관과 회담을 갖고", status="planned"),
        ev("agreement", d("2025-03-11", text="이 자리에서"), None, [MSS, PH_DTI], ["KR", "PH"],
           "이 자리에서 양 부처는 스타트업 교류 협력 양해각서(MOU)를 체결할 예정이다", status="planned"),
        ev("opening", d("2025-03-12", text="방문 마지막 날인 12일"), loc("마카티", "PH"), [KSC_PH, MSS], ["KR", "PH"],
           "방문 마지막 날인 12일에는 마닐라 마카티에 'K-스타트업센터 필리핀'을 개소한다", status="planned"),
        ev("forum", d("2025-03-12", text="같은 날"), None, [MSS, KSC_PH], ["KR", "PH"],
           "같은 날 센터에서는 국내 스타트업 15개사가 현지 투자자를 상대로 사업 계획을 발표하는 '한-필리핀 스타트업 투자설명회(IR)'도 열린다",
           figures=[fig(15, "개사", "Korean startups")], status="planned"),
        ev("meeting", d("2024-11", text="지난해 11월"), loc("서울", "KR"), [MSS, PH_DTI], ["KR", "PH"],
           "중기부는 지난해 11월 서울에서 필리핀 DTI와 제1차 중소기업 정책협의회를 열고"),
        ev("forum", d("2025-03", text="다음 달 말"), loc("마닐라", "PH"),
           [org("대한무역투자진흥공사", "KR", "KOTRA", "코트라", "KOTRA 마닐라무역관", "마닐라무역관")], ["KR", "PH"],
           "KOTRA 마닐라무역관도 다음 달 말 마닐라에서 국내 식품기업 20개사가 참가하는 'K-푸드 바이어 상담회'를 연다",
           figures=[fig(20, "개사", "Korean food companies")], status="planned"),
    ],
}

# ------------------------------------------------------------------ 010 (stripped text, weekly round-up: three countries under ■ headings, a postponed visit, domestic items)
KEXIM = org("한국수출입은행", "KR", "수출입은행", "수은")
GH_MOF = org("가나 재무부", "GH", "재무부")
KOSPO = org("한국남부발전", "KR", "남부발전", "KOSPO")
ONEE = org("모로코 국립전력수도청", "MA", "ONEE", "국립전력수도청")
MN_MET = org("몽골 환경관광부", "MN", "환경관광부", "몽골 환경관광부 대표단")
KFS = org("산림청", "KR")
DOCS["010_weekly_cooperation_roundup.txt"] = {
    "doc_date": "2022-04-15",
    "must_keep": ["차관 공여 약정을 체결했다", "그린수소 생산 공동 타당성조사에 착수하기로 했다", "'제9차 한-몽 산림협력위원회'를 열었다",
                  "ODA 기본법 개정안을 심사한다"],
    "must_drop": ["코이카, 우간다 교육사업 중간평가 결과 공개", "수출입은행, 캄보디아 농촌도로 차관 약정", "원조 효과성, 숫자 너머를 보자",
                  "무단전재·재배포 금지", "홈 | 뉴스 | 정책 | 현장 | 브리핑 | 기고 | 전체메뉴"],
    "events": [
        ev("agreement", d("2022-04-11", text="11일"), loc("아크라", "GH"), [KEXIM, GH_MOF], ["KR", "GH"],
           "한국수출입은행은 11일 가나 아크라에서 가나 재무부와 쿠마시 지역 종합병원 건립을 위한 대외경제협력기금(EDCF) 차관 공여 약정을 체결했다",
           figures=[fig(75000000, "달러", "EDCF loan")]),
        ev("forum", d("2022-04-12", "2022-04-13", "12~13일"), loc("라바트", "MA"), [KOSPO], ["KR", "MA"],
           "한국남부발전은 12~13일 모로코 라바트에서 열린 '아프리카 그린수소 포럼'에 참가해"),
        ev("meeting", d("2022-04-12", "2022-04-13", "포럼 기간"), None, [KOSPO, ONEE], ["KR", "MA"],
           "남부발전은 포럼 기간 모로코 국립전력수도청(ONEE)과 만나 협력 방안을 협의했으며"),
        ev("project", d("2022", text="올해 하반기"), None, [KOSPO, ONEE], ["KR", "MA"],
           "양측은 올해 하반기 그린수소 생산 공동 타당성조사에 착수하기로 했다", status="planned"),
        ev("visit", d("2022-04-13", text="13일"), loc("한국", "KR"), [MN_MET, KFS], ["KR", "MN"],
           "13일 방한한 몽골 환경관광부 대표단은"),
        ev("meeting", d("2022-04-14", text="14일"), loc("정부대전청사", "KR"), [MN_MET, KFS], ["KR", "MN"],
           "14일 정부대전청사에서 산림청과 '제9차 한-몽 산림협력위원회'를 열었다"),
        ev("project", d("2022-04-14", text="이날"), None, [KFS, MN_MET], ["KR", "MN"],
           "양측은 이날 울란바토르 도시숲 조성 2단계 사업(2022~2026년)을 승인하고"),
        ev("visit", d("2022-04-15", text="15일"), None, [MN_MET, org("국립산림과학원", "KR")], ["KR", "MN"],
           "대표단은 15일 국립산림과학원을 찾아 산불 감시 시스템을 둘러봤다"),
    ],
}

# ------------------------------------------------------------------ 011 (stripped text, research institute abroad: MOU, workshop, meeting, award, site visit, domestic news)
KIGAM = org("한국지질자원연구원", "KR", "KIGAM", "지질연")
SERNA = org("칠레 지질광업청", "CL", "SERNAGEOMIN", "지질광업청")
CL_MIN = org("칠레 광업부", "CL", "광업부")
CHO_HW = per("조현우", "KR", "조 원장")
DOCS["011_kigam_chile_lithium.txt"] = {
    "doc_date": "2023-12-07",
    "must_keep": ["리튬 자원 공동탐사 협약을 체결했다고", "감사패를 받았다", "창립 105주년 기념식을 열고"],
    "must_drop": ["지질연, 아르헨티나 후후이주와 리튬 협력 MOU", "산업부, 칠레 광업부와 핵심광물 공급망 협의",
                  "포스코홀딩스, 칠레 리튬 프로젝트 지분 투자 검토", "출연연 내년 예산 2.3% 감소", "무단전재 및 재배포금지",
                  "좋아요 0 | 댓글 0 | 공유"],
    "events": [
        ev("agreement", d("2023-12-04", text="지난 4일"), loc("산티아고", "CL"),
           [KIGAM, SERNA, CHO_HW, per("마르셀라 로하스", "CL")], ["KR", "CL"],
           "KIGAM은 지난 4일 칠레 산티아고에서 칠레 지질광업청(SERNAGEOMIN)과 리튬 자원 공동탐사 협약을 체결했다고"),
        ev("project", d("2024", "2027", "2024년부터 2027년까지"), None, [KIGAM, SERNA], ["KR", "CL"],
           "양 기관은 2024년부터 2027년까지 아타카마 염호 주변 지역의 리튬 부존량을 함께 조사하고 탐사 자료를 공유한다",
           status="planned"),
        ev("forum", d("2023-12-04", text="협약식에 이어"), loc("산티아고", "CL"), [KIGAM, SERNA], ["KR", "CL"],
           "협약식에 이어 열린 '한-칠레 핵심광물 워크숍'에는 양국 연구자와 기업 관계자 60여 명이 참석해",
           figures=[fig(60, "명", "participants (about)")]),
        ev("meeting", d("2023-12-04", text="같은 날"), None, [CHO_HW, KIGAM, CL_MIN], ["KR", "CL"],
           "조 원장은 같은 날 칠레 광업부 차관과 면담하고"),
        ev("award", d("2023-12-04", text="이날"), None, [CHO_HW, KIGAM, CL_MIN], ["KR", "CL"],
           "조 원장은 이날 칠레 광업부로부터 양국 광물자원 협력에 기여한 공로로 감사패를 받았다"),
        ev("visit", d("2023-12-05", text="5일"), loc("안토파가스타", "CL"), [KIGAM, org("안토파가스타대학교", "CL")], ["KR", "CL"],
           "KIGAM 연구진은 5일 안토파가스타로 이동해 안토파가스타대학교 광산공학과를 방문했다"),
        ev("agreement", d("2015", text="2015년"), None, [KIGAM, SERNA], ["KR", "CL"],
           "KIGAM은 2015년 SERNAGEOMIN과 지질자원 정보 교환 양해각서를 맺은 바 있다"),
    ],
}

# ------------------------------------------------------------------ 012 (stripped text, workshop abroad, MOU within its span, planned dispatch, relative-clause past opening, undecided import)
RDA = org("농촌진흥청", "KR", "농진청", "RDA")
EMBRAPA = org("브라질 농업연구공사", "BR", "Embrapa", "농업연구공사")
KWON_EC = per("권은채", "KR", "권 청장")
DOCS["012_rda_brazil_tropical_crops.txt"] = {
    "doc_date": "2024-08-29",
    "must_keep": ["열대 작물 육종 공동연구 업무협약을 맺었다", "연구원 2명을 Embrapa에 파견한다", "벼 작황이 평년 수준을 회복할 것으로"],
    "must_drop": ["농진청, 파라과이 KOPIA센터 10주년 기념행사", "브라질 농축산공급부 장관 방한 예정", "추석 앞두고 사과값 다시 올라",
                  "무단전재 및 재배포 금지", "메인 | 농정 | 기술 | 유통 | 축산 | 해외 | 포토 | 영상"],
    "events": [
        ev("forum", d("2024-08-26", "2024-08-28", "26일부터 28일까지"), loc("브라질리아", "BR"), [RDA], ["KR", "BR"],
           "농촌진흥청은 26일부터 28일까지 브라질 브라질리아에서 '한-브라질 농업기술협력 워크숍'을 열었다고",
           figures=[fig(70, "명", "researchers (about)")]),
        ev("agreement", d("2024-08-26", "2024-08-28", "워크숍 기간"), None, [RDA, EMBRAPA], ["KR", "BR"],
           "워크숍 기간 농진청은 브라질 농업연구공사(Embrapa)와 열대 작물 육종 공동연구 업무협약을 맺었다"),
        ev("meeting", d("2024-08-27", text="27일"), None, [KWON_EC, RDA, org("브라질 농축산공급부", "BR", "농축산공급부")],
           ["KR", "BR"], "권은채 농진청장은 27일 브라질 농축산공급부 장관과 만나 아열대 작물 종자 교류를 늘리는 방안을 논의했다"),
        ev("visit", d("2025-03", text="내년 3월"), None, [RDA, EMBRAPA], ["KR", "BR"],
           "농진청은 내년 3월 연구원 2명을 Embrapa에 파견한다", figures=[fig(2, "명", "researchers dispatched")],
           status="planned"),
        ev("project", d("2025", "2027", "2025년부터 2027년까지"), None, [RDA, EMBRAPA], ["KR", "BR"],
           "파견 연구원들은 2025년부터 2027년까지 콩 병해충 저항성 공동연구를 수행한다", status="planned"),
        ev("opening", d("2012", text="2012년"), loc("상파울루", "BR"),
           [org("KOPIA 브라질센터", "BR", "해외농업기술개발(KOPIA) 브라질센터"), RDA], ["KR", "BR"],
           "농진청이 2012년 상파울루에 설립한 해외농업기술개발(KOPIA) 브라질센터는"),
    ],
}

# ------------------------------------------------------------------ 013 (press release, □/ㅇ bullets: ministerial visit, three MOUs by three pairs, forum, site visit)
MOF = org("해양수산부", "KR", "해수부")
OH_JH = per("오지훈", "KR", "오 장관", "오지훈 장관")
PT_MAR = org("포르투갈 해양부", "PT", "해양부")
KIOST = org("한국해양과학기술원", "KR", "KIOST")
IPMA = org("포르투갈 해양대기연구소", "PT", "IPMA", "해양대기연구소")
DOCS["013_mof_portugal_minister_visit_pr.txt"] = {
    "doc_date": "2023-10-18",
    "must_keep": ["「해양경제 협력에 관한 양해각서」에 서명하였다", "「스마트항만 협력 양해각서」를 각각 체결하였다",
                  "태풍 피해 어가 지원 대책 회의를 열었다"],
    "must_drop": ["<붙임> 1. 회담 및 서명식 사진 3부."],
    "events": [
        ev("visit", d("2023-10-16", "2023-10-18", "10월 16일(월)부터 18일(수)까지"), loc("리스본", "PT"), [MOF, OH_JH],
           ["KR", "PT"], "오지훈 장관이 10월 16일(월)부터 18일(수)까지 포르투갈 리스본을 방문하여"),
        ev("meeting", d("2023-10-17", text="10월 17일(화)"), loc("리스본", "PT"),
           [OH_JH, MOF, per("마리아 코스타", "PT"), PT_MAR], ["KR", "PT"],
           "오 장관은 10월 17일(화) 리스본에서 마리아 코스타 포르투갈 해양부 장관과 회담을 갖고"),
        ev("agreement", d("2023-10-17", text="회담 직후"), None, [MOF, PT_MAR, OH_JH, per("마리아 코스타", "PT")], ["KR", "PT"],
           "회담 직후 양국 장관은 「해양경제 협력에 관한 양해각서」에 서명하였다"),
        ev("agreement", d("2023-10-17", text="같은 자리에서"), None, [KIOST, IPMA], ["KR", "PT"],
           "같은 자리에서 한국해양과학기술원(KIOST)과 포르투갈 해양대기연구소(IPMA)는 「해양관측 공동연구 협약」을"),
        ev("agreement", d("2023-10-17", text="같은 자리에서"), None,
           [org("부산항만공사", "KR", "BPA"), org("시네스항만청", "PT", "APS")], ["KR", "PT"],
           "부산항만공사(BPA)와 시네스항만청(APS)은 「스마트항만 협력 양해각서」를 각각 체결하였다"),
        ev("project", d("2024", "2026", "2024년부터 2026년까지"), None, [KIOST, IPMA], ["KR", "PT"],
           "KIOST와 IPMA는 2024년부터 2026년까지 대서양 해양관측 부이 자료를 공동 분석하는 연구를 수행한다", status="planned"),
        ev("forum", d("2023-10-18", text="10월 18일(수)"), loc("리스본", "PT"), [MOF, OH_JH], ["KR", "PT"],
           "10월 18일(수)에는 리스본에서 열린 「제1회 한-포르투갈 해양수산 포럼」에 참석하여 기조연설을 하였다",
           figures=[fig(150, "명", "participants (about)")]),
        ev("visit", d("2023-10-18", text="같은 날 오후"), loc("시네스항", "PT"), [OH_JH, MOF], ["KR", "PT"],
           "오 장관은 같은 날 오후 시네스항을 찾아 컨테이너 터미널 자동화 시설을 둘러보았다"),
        ev("meeting", d("2024", text="2024년"), loc("서울", "KR"), [], ["KR", "PT"],
           "양국은 2024년 서울에서 「제2차 한-포르투갈 해양협력위원회」를 개최할 예정이다", status="planned"),
        ev("agreement", d("2019", text="지난 2019년"), None, [MOF, PT_MAR], ["KR", "PT"],
           "해양수산부는 지난 2019년 포르투갈 해양부와 「수산 협력 약정」을 체결한 이후"),
        ev("project", None, None, [MOF, PT_MAR], ["KR", "PT"], "매년 수산 정책 담당자 교류를 이어오고 있다"),
    ],
}

# ------------------------------------------------------------------ 014 (embassy notice, formal numbered style, plans and a postponement)
EMB_TJ = org("주타지키스탄 대한민국 대사관", "KR", "주타지키스탄대사관", "대사관")
YOON_JS = per("윤재성", "KR", "윤재성 대사")
DOCS["014_embassy_tajikistan_notice.txt"] = {
    "doc_date": "2024-05-10",
    "must_keep": ["「한국 주간」 행사를 개최하였음을 알려 드립니다", "한국학 강좌 개설에 관한 협정을 체결하였습니다",
                  "하반기로 연기되었음을 알려 드립니다"],
    "must_drop": ["이전글 : 2024년 재외선거 신고·신청 안내", "이메일무단수집거부", "All rights reserved", "조회수 : 312"],
    "events": [
        ev("forum", d("2024-05-06", "2024-05-08", "2024년 5월 6일(월)부터 8일(수)까지"), loc("두샨베", "TJ"),
           [EMB_TJ, org("타지키스탄 문화부", "TJ", "문화부")], ["KR", "TJ"],
           "2024년 5월 6일(월)부터 8일(수)까지 두샨베에서 타지키스탄 문화부와 공동으로 「한국 주간」 행사를 개최하였음을",
           figures=[fig(2000, "명", "visitors (about)")]),
        ev("agreement", d("2024-05-07", text="5월 7일(화)"), None,
           [org("한국국제교류재단", "KR", "KF"), org("타지키스탄 국립대학교", "TJ")], ["KR", "TJ"],
           "5월 7일(화)에는 한국국제교류재단(KF)과 타지키스탄 국립대학교가 한국학 강좌 개설에 관한 협정을 체결하였습니다"),
        ev("meeting", d("2024-05-08", text="5월 8일(수)"), None, [YOON_JS, EMB_TJ, org("타지키스탄 외교부", "TJ", "외교부")],
           ["KR", "TJ"], "윤재성 대사는 5월 8일(수) 타지키스탄 외교부 차관을 면담하고"),
        ev("visit", d("2024-06", text="2024년 6월 중"), loc("한국", "KR"),
           [org("타지키스탄 보건부", "TJ", "보건부", "타지키스탄 보건부 대표단"), org("한국보건산업진흥원", "KR", "KHIDI")],
           ["KR", "TJ"], "2024년 6월 중 타지키스탄 보건부 대표단이 한국보건산업진흥원(KHIDI)의 초청으로 방한할 예정입니다",
           status="planned"),
        ev("opening", d("2024-07", text="2024년 7월"), loc("두샨베", "TJ"), [org("두샨베 세종학당", "TJ", "세종학당")], ["KR", "TJ"],
           "2024년 7월 두샨베 세종학당이 개원할 예정입니다", status="planned"),
    ],
}

# ------------------------------------------------------------------ 015 (timeline list, no byline, scrape damage: dropped 년/월/차/만/과)
KEXIM_015 = org("한국수출입은행", "KR", "수출입은행")
KOICA_KH = org("한국국제협력단", "KR", "KOICA", "코이카", "KOICA 캄보디아사무소")
DOCS["015_cambodia_timeline_damaged.txt"] = {
    "doc_date": None,
    "must_keep": ["바탐방주 관개 개선 사업이 시행됐다", "모자보건 사업 협의의사록(R/D)에 서명했다"],
    "must_drop": [],
    "events": [
        ev("opening", d("2003-03", text="2003 3"), loc("프놈펜", "KH"), [KOICA_KH], ["KR", "KH"],
           "2003 3 프놈펜에 KOICA 캄보디아사무소가 문을 열었다"),
        ev("visit", d("2006-11", text="2006 11"), loc("한국", "KR"), [], ["KR", "KH"],
           "2006 11 캄보디아 총리가 한국을 공식 방문했다"),
        ev("meeting", d("2009", text="2009"), loc("프놈펜", "KH"), [], ["KR", "KH"],
           "2009 프놈펜에서 1 한-캄보디아 개발협력 정책협의회가 열렸다"),
        ev("agreement", d("2012-05", text="2012 5"), None, [KEXIM_015, org("캄보디아 경제재정부", "KH", "경제재정부")], ["KR", "KH"],
           "2012 5 한국수출입은행은 캄보디아 경제재정부와 농촌도로 건설 차관 약정을 체결했다",
           figures=[fig(42000000, "달러", "loan")]),
        ev("forum", d("2014-10-21", "2014-10-23", "2014 10 21일부터 23일까지"), loc("씨엠립", "KH"),
           [org("농촌진흥청", "KR", "농진청"), org("캄보디아 농림수산부", "KH", "농림수산부")], ["KR", "KH"],
           "2014 10 21일부터 23일까지 씨엠립에서 한-캄보디아 농업기술 세미나가 개최됐다",
           figures=[fig(60, "명", "participants (about)")]),
        ev("project", d("2016", "2020", "2016-2020년"), None, [KOICA], ["KR", "KH"],
           "2016-2020년에는 KOICA 지원으로 바탐방주 관개 개선 사업이 시행됐다"),
        ev("agreement", d("2018", text="2018"), None,
           [org("전북대학교", "KR", "전북대"), org("캄보디아 왕립농업대학교", "KH", "왕립농업대학교")], ["KR", "KH"],
           "2018 전북대학교는 캄보디아 왕립농업대학교와 학술교류 협정을 맺었다"),
        ev("opening", d("2019-06", text="2019 6"), loc("프놈펜", "KH"),
           [org("한-캄보디아 ICT 협력센터", "KH", "ICT 협력센터", "센터"), NIPA], ["KR", "KH"],
           "2019 6 프놈펜에서 한-캄보디아 ICT 협력센터가 개소했다"),
        ev("visit", d("2022-11", text="2022 11"), loc("한국", "KR"),
           [org("캄보디아 교육청소년체육부", "KH", "교육청소년체육부"), org("교육부", "KR", "한국 교육부")], ["KR", "KH"],
           "2022 11 캄보디아 교육청소년체육부 장관이 한국 교육부를 방문했다"),
        ev("agreement", d("2023", text="2023"), None, [KOICA, org("캄보디아 보건부", "KH", "보건부")], ["KR", "KH"],
           "2023 KOICA는 캄보디아 보건부와 모자보건 사업 협의의사록(R/D)에 서명했다"),
    ],
}

# ------------------------------------------------------------------ 016 (plain text, no byline but full dates; award at a forum, MOU exchanged, domestic projects)
KWATER = org("한국수자원공사", "KR", "K-water", "수자원공사")
ONEE_016 = org("모로코 국립전력수도청", "MA", "ONEE", "국립전력수도청")
DOCS["016_kwater_morocco_water_award.txt"] = {
    "doc_date": None,
    "must_keep": ["'물 협력상'을 받았다", "스마트 물관리 협력 양해각서를 교환했다", "섬 지역 비상 급수 대책을 시행하고 있으며"],
    "must_drop": [],
    "events": [
        ev("forum", d("2022-09-20", "2022-09-22", "2022년 9월 20일부터 22일까지"), loc("마라케시", "MA"), [KWATER], ["KR", "MA"],
           "K-water는 2022년 9월 20일부터 22일까지 모로코 마라케시에서 열린 '아프리카 물 포럼'에 참가했다",
           figures=[fig(30, "개국", "countries (about)"), fig(1200, "명", "participants (about)")]),
        ev("award", d("2022-09-21", text="포럼 둘째 날인 9월 21일"), None, [KWATER, ONEE_016], ["KR", "MA"],
           "K-water는 포럼 둘째 날인 9월 21일 모로코 국립전력수도청(ONEE)이 수여하는 '물 협력상'을 받았다"),
        ev("project", d("2018", "2021", "2018년부터 2021년까지"), None, [KWATER], ["KR", "MA"],
           "K-water는 2018년부터 2021년까지 모로코 페스와 메크네스 지역에서 상수도 누수 저감 사업을 수행했다"),
        ev("agreement", d("2022-09-20", "2022-09-22", "포럼 기간"), None, [KWATER, ONEE_016], ["KR", "MA"],
           "K-water와 ONEE는 포럼 기간 스마트 물관리 협력 양해각서를 교환했다"),
        ev("meeting", d("2022-09-22", text="9월 22일"), None, [KWATER, org("모로코 설비수자원부", "MA", "설비수자원부")], ["KR", "MA"],
           "K-water 사장은 9월 22일 모로코 설비수자원부 장관과 면담하고"),
        ev("opening", d("2023", text="2023년 상반기"), loc("라바트", "MA"),
           [org("K-water 북아프리카 사무소", "MA", "북아프리카 사무소", "사무소"), KWATER], ["KR", "MA"],
           "K-water는 2023년 상반기 라바트에 북아프리카 사무소를 개설할 예정이다", status="planned"),
    ],
}

# ------------------------------------------------------------------ build (tests/golden/gold_build.py)
if __name__ == "__main__":
    sys.exit(gold_build.main(DOCS, HOLDOUT2, OUT))
