"""Source of the held-out gold: edit the annotations here, then run

    .venv/bin/python tests/golden/build_holdout_gold.py

to rewrite tests/golden/holdout_gold.jsonl (doc_id = first 16 hex of sha256 of the
file bytes, computed here). tests/test_golden_holdout.py checks that the JSONL is what
this script writes. Conventions: tests/golden/README.md (the same as the dev set).

HELD-OUT: nobody tunes rules on these documents. They measure how the product
generalises; look at the numbers, not at the sentences.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOLDOUT = HERE / "holdout"
OUT = HERE / "holdout_gold.jsonl"


# ------------------------------------------------------------------ helpers (same shapes as build_dev_gold.py)
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
        ev("opening", None, loc("이키토스", "PE"),
           [org("한-페루 생물자원 공동연구센터", "PE", "생물자원 공동연구센터"), KRIBB, IIAP], ["KR", "PE"],
           "이키토스에 '한-페루 생물자원 공동연구센터'를 설립할 예정이다", status="planned"),
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


# ------------------------------------------------------------------ build
def read_text(path: Path) -> str:
    """The document's characters: UTF-8, else CP949."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp949")


def doc_id(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def records() -> list[dict]:
    out = []
    for name in sorted(DOCS):
        spec = DOCS[name]
        out.append({
            "doc_id": doc_id(HOLDOUT / name),
            "source": f"tests/golden/holdout/{name}",
            "doc_date": spec["doc_date"],
            "must_keep": spec["must_keep"],
            "must_drop": spec["must_drop"],
            "events": spec["events"],
        })
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def problems() -> list[str]:
    """Annotation errors: documents without an entry, strings that are not in their document."""
    out = []
    files = {p.name for p in HOLDOUT.iterdir() if p.is_file()}
    out += [f"documents without annotation: {n}" for n in sorted(files - set(DOCS))]
    out += [f"annotation without document: {n}" for n in sorted(set(DOCS) - files)]
    for name, spec in DOCS.items():
        if name not in files:
            continue
        text = read_text(HOLDOUT / name)
        for e in spec["events"]:
            if e["evidence"]["sentence"] not in text:
                out.append(f"{name}: evidence not in text: {e['evidence']['sentence']!r}")
        for s in spec["must_keep"] + spec["must_drop"]:
            if s not in text:
                out.append(f"{name}: boilerplate string not in file: {s!r}")
    return out


def main() -> int:
    errors = problems()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    OUT.write_text(render(), encoding="utf-8")
    n = sum(len(s["events"]) for s in DOCS.values())
    print(f"wrote {OUT.name}: {len(DOCS)} documents, {n} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
