"""Source of the team-written dev gold: edit the annotations here, then run

    .venv/bin/python tests/golden/build_dev_gold.py

to rewrite tests/golden/dev_gold.jsonl (doc_id = first 16 hex of sha256 of the
file bytes, computed here). tests/test_golden_dev.py checks that the JSONL is
what this script writes, so the two never drift apart.
Conventions: tests/golden/README.md.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE / "dev"
OUT = HERE / "dev_gold.jsonl"


# ------------------------------------------------------------------ helpers
def org(name, country, *aliases):
    return {"name": name, "aliases": list(aliases), "kind": "org", "country": country}


def per(name, country, *aliases):
    return {"name": name, "aliases": list(aliases), "kind": "person", "country": country}


def d(start, end=None, text=""):
    return {"start": start, "end": end or start, "text": text}


def loc(name, country):
    return {"name": name, "country": country}


def fig(value, unit, what):
    return {"value": value, "unit": unit, "what": what}


def ev(type_, date, location, participants, countries, evidence, figures=(), status="happened"):
    return {"type": type_, "date": date, "location": location, "participants": list(participants),
            "countries": list(countries), "figures": list(figures), "evidence": {"sentence": evidence},
            "status": status}


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
        ev("visit", None, None, [KIST, CENTRE_015], ["KR", "RU"],
           "KIST는 센터에 연구원 4명을 상주 파견하고", figures=[fig(4, "명", "researchers posted")],
           status="planned"),
        ev("forum", None, None, [KIST, SKOLTECH], ["KR", "RU"],
           "매년 한 차례 서울과 모스크바를 오가며 공동 심포지엄을 열 계획이다", status="planned"),
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


# ------------------------------------------------------------------ build
def doc_id(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def records() -> list[dict]:
    out = []
    for name in sorted(DOCS):
        spec = DOCS[name]
        path = DEV / name
        out.append({
            "doc_id": doc_id(path),
            "source": f"tests/golden/dev/{name}",
            "doc_date": spec["doc_date"],
            "must_keep": spec["must_keep"],
            "must_drop": spec["must_drop"],
            "events": spec["events"],
        })
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main() -> int:
    missing = sorted(p.name for p in DEV.iterdir() if p.is_file() and p.name not in DOCS)
    if missing:
        print(f"documents without annotation: {missing}", file=sys.stderr)
        return 1
    for name, spec in DOCS.items():
        text = (DEV / name).read_text(encoding="utf-8")
        for e in spec["events"]:
            if e["evidence"]["sentence"] not in text:
                print(f"{name}: evidence not in text: {e['evidence']['sentence']!r}", file=sys.stderr)
                return 1
        for s in spec["must_keep"] + spec["must_drop"]:
            if s not in text:
                print(f"{name}: boilerplate string not in file: {s!r}", file=sys.stderr)
                return 1
    OUT.write_text(render(), encoding="utf-8")
    n = sum(len(s["events"]) for s in DOCS.values())
    print(f"wrote {OUT.name}: {len(DOCS)} documents, {n} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
