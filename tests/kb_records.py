"""Hand-built document records for the store and fusion tests (our own Korean sentences)."""

from __future__ import annotations

import random

from coopgraph.records import DateExpr, DocRecord, Entity, Event, Evidence, Location, Participant

MSIT = Entity(id="org1", name="과학기술정보통신부", kind="org", country="KR",
              aliases=("과기정통부", "MSIT", "미래창조과학부"))
KISTI = ("한국과학기술정보연구원", "KR", ("KISTI",))
GKNT = ("벨라루스 국가과학기술위원회", "BY", ("GKNT",))
NASB = ("벨라루스 국립과학아카데미", "BY", ("NASB",))
UZ_ACAD = ("우즈베키스탄 과학아카데미", "UZ", ())


def event(typ: str, text: str, sentence: str, start: str | None = None, end: str | None = None,
          parts=(), countries=(), place: str | None = None, place_country: str | None = None,
          confidence: float = 0.8, date_text: str | None = None) -> Event:
    """An Event whose evidence and date offsets point into ``text``."""
    b = text.index(sentence)
    date = None
    if start:
        surface = date_text or start
        db = text.find(surface)
        date = DateExpr(begin=max(db, 0), stop=max(db, 0) + len(surface) if db >= 0 else 0,
                        text=surface, start=start, end=end or start)
    return Event(type=typ, evidence=Evidence(sentence, b, b + len(sentence)), date=date,
                 participants=tuple(Participant(name=n, kind="org", country=c, aliases=tuple(a)) for n, c, a in parts),
                 countries=tuple(countries), confidence=confidence,
                 location=Location(place, place_country) if place else None)


def doc(doc_id: str, text: str, events=(), doc_date: str | None = None, entities=(), url: str | None = None,
        title: str | None = None) -> DocRecord:
    return DocRecord(doc_id=doc_id, source=f"{doc_id}.txt", text=text, url=url, title=title, doc_date=doc_date,
                     events=tuple(events), entities=tuple(entities))


# --- one joint committee reported twice in different words, and the next one two years later ---------
T_MINISTRY = ("과학기술정보통신부는 벨라루스 국가과학기술위원회와 2019년 4월 9일부터 10일까지 민스크에서 "
              "제3차 한-벨라루스 과학기술공동위원회를 개최했다고 밝혔다.")
T_NEWS = ("과기정통부가 이달 9일 벨라루스 수도 민스크에서 양국 과학기술 공동위를 열고 "
          "공동연구 확대 방안을 논의했다.")
T_NEXT = ("2021년 6월 15일 서울에서 열린 제4차 한-벨라루스 과학기술공동위원회에서 과기정통부와 "
          "벨라루스 국가과학기술위원회는 인공지능 분야 협력에 합의했다.")


def committee_2019_ministry() -> DocRecord:
    ev = event("meeting", T_MINISTRY, T_MINISTRY, "2019-04-09", "2019-04-10",
               parts=[("과학기술정보통신부", "KR", ()), GKNT], countries=["KR", "BY"], place="민스크",
               place_country="BY", date_text="2019년 4월 9일부터 10일까지", confidence=0.9)
    return doc("d-ministry", T_MINISTRY, [ev], doc_date="2019-04-11", entities=[MSIT], url="https://gov.example/a")


def committee_2019_news() -> DocRecord:
    ev = event("meeting", T_NEWS, T_NEWS, "2019-04-09", "2019-04-09", parts=[("과기정통부", "KR", ())],
               countries=["KR", "BY"], place="민스크", place_country="BY", date_text="이달 9일", confidence=0.7)
    return doc("d-news", T_NEWS, [ev], doc_date="2019-04-12", url="https://news.example/b", title="과학기술 공동위 개최")


def committee_2021() -> DocRecord:
    ev = event("meeting", T_NEXT, T_NEXT, "2021-06-15", parts=[("과기정통부", "KR", ()), GKNT], countries=["KR", "BY"],
               place="서울", place_country="KR", date_text="2021년 6월 15일")
    return doc("d-2021", T_NEXT, [ev], doc_date="2021-06-16")


# --- agreements ---------------------------------------------------------------------------------------
T_MOU = "한국과학기술정보연구원(KISTI)은 2018년 5월 3일 벨라루스 국립과학아카데미와 정보 협력 양해각서를 체결했다."
T_MOU_SHORT = "KISTI는 지난달 벨라루스 국립 과학아카데미와 MOU를 맺었다."
T_MOU_UZ = "KISTI는 같은 날 우즈베키스탄 과학아카데미와도 협약을 맺었다."


def mou_2018() -> DocRecord:
    ev = event("agreement", T_MOU, T_MOU, "2018-05-03", parts=[KISTI, NASB], countries=["KR", "BY"],
               date_text="2018년 5월 3일")
    return doc("d-mou", T_MOU, [ev], doc_date="2018-05-04")


def mou_2018_again() -> DocRecord:
    """The same MOU a month later, month precision, different spelling of both names."""
    text = T_MOU_SHORT + " " + T_MOU_UZ
    a = event("agreement", text, T_MOU_SHORT, "2018-05", parts=[("KISTI", "KR", ()), ("벨라루스 국립 과학아카데미", "BY", ())],
              countries=["KR", "BY"], date_text="지난달", confidence=0.6)
    b = event("agreement", text, T_MOU_UZ, "2018-05", parts=[("KISTI", "KR", ()), UZ_ACAD], countries=["KR", "UZ"],
              date_text="지난달", confidence=0.6)
    return doc("d-mou2", text, [a, b], doc_date="2018-06-02")


def corpus() -> list[DocRecord]:
    return [committee_2019_ministry(), committee_2019_news(), committee_2021(), mou_2018(), mou_2018_again()]


# --- a larger generated corpus (kill -9 test, benchmark) -------------------------------------------------
ORGS = [("한국과학기술정보연구원", "KR", ("KISTI",)), ("한국과학기술연구원", "KR", ("KIST",)),
        ("한국국제협력단", "KR", ("KOICA",)), ("대한무역투자진흥공사", "KR", ("KOTRA",)),
        ("과학기술정보통신부", "KR", ("과기정통부",)), ("산업통상자원부", "KR", ("산업부",)),
        ("벨라루스 국립과학아카데미", "BY", ("NASB",)), ("벨라루스 국가과학기술위원회", "BY", ("GKNT",)),
        ("우즈베키스탄 혁신개발부", "UZ", ()), ("카자흐스탄 교육과학부", "KZ", ()),
        ("베트남 과학기술부", "VN", ("MOST",)), ("몽골 교육과학부", "MN", ())]
PLACES = {"BY": "민스크", "UZ": "타슈켄트", "KZ": "아스타나", "VN": "하노이", "MN": "울란바토르", "KR": "서울"}
TYPES = ["agreement", "meeting", "visit", "forum", "opening", "project", "award"]
VERBS = {"agreement": "양해각서를 체결했다", "meeting": "공동위원회를 열었다", "visit": "대표단을 파견했다",
         "forum": "포럼을 개최했다", "opening": "협력센터를 개소했다", "project": "공동연구 사업을 시작했다",
         "award": "공로상을 받았다"}


def generated(n_docs: int, events_per_doc: int = 2, seed: int = 7, prefix: str = "g") -> list[DocRecord]:
    """Deterministic synthetic documents; some report the same happening as earlier ones."""
    rng = random.Random(seed)
    out = []
    happenings = []
    for i in range(n_docs):
        sentences, evs = [], []
        for _ in range(events_per_doc):
            if happenings and rng.random() < 0.3:
                typ, day, kr, other = rng.choice(happenings)  # another report of a known happening
            else:
                typ = rng.choice(TYPES)
                day = f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                kr = rng.choice(ORGS[:6])
                other = rng.choice(ORGS[6:])
                happenings.append((typ, day, kr, other))
            y, m, d = day.split("-")
            s = f"{kr[0]}은 {int(y)}년 {int(m)}월 {int(d)}일 {PLACES[other[1]]}에서 {other[0]}와 {VERBS[typ]}."
            sentences.append(s)
            evs.append((typ, s, day, kr, other))
        text = " ".join(sentences)
        events = [event(typ, text, s, day, parts=[kr, other], countries=["KR", other[1]], place=PLACES[other[1]],
                        place_country=other[1], confidence=round(0.5 + rng.random() / 2, 3),
                        date_text="{}년 {}월 {}일".format(*(int(x) for x in day.split("-"))))
                  for typ, s, day, kr, other in evs]
        out.append(doc(f"{prefix}{i:07d}", text, events, doc_date=max(e[2] for e in evs),
                       url=f"https://news{i % 17}.example/{i}"))
    return out
