"""Dates that date the article itself: bylines ("입력 2019.04.11 09:11") and datelines.

Only what a page says about the article counts. A date shown with a weekday
beside a weather widget ("2026년 02월 17일 (화)") is the page's render date
and is never returned as the document date by the callers of this module.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from coopgraph.clean.markers import line_cache, load_markers

# 2019.04.11 / 2019-04-11 / 2019/4/11 / 2019. 4. 11. / 2019년 4월 11일
DATE = (r"(?P<y>(?:19|20)\d{2})\s*(?:[.\-/]|년)\s*(?P<m>[01]?\d)\s*(?:[.\-/]|월)\s*"
        r"(?P<d>[0-3]?\d)(?!\d)\s*(?:일|\.)?")
# after a byline keyword a two-digit year is read too: "작성일 19-04-11 09:11", "입력 19.04.11" (board software)
BYLINE_DATE = DATE.replace("(?P<y>(?:19|20)\\d{2})", "(?P<y>(?:19|20)\\d{2}|\\d{2}(?=[.\\-/]))")
WEEKDAY = r"(?:\(?\s*[월화수목금토일](?:요일)?\s*\)?|\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?)"
TIME = r"(?:(?:오전|오후|am|pm)\s*)?\d{1,2}\s*[:시]\s*\d{2}(?:\s*[:분]\s*\d{2})?\s*(?:분|초)?(?:\s*(?:am|pm|kst))?"

_DATE_RE = re.compile(DATE, re.I)
_DATE_ONLY_RE = re.compile(rf"^[\[(<]?\s*{DATE}\s*{WEEKDAY}?\s*(?:{TIME})?\s*[\])>]?$", re.I)
_WEEKDAY_AFTER = re.compile(rf"^\s*{WEEKDAY}", re.I)


def iso(m: re.Match) -> str | None:
    """ISO date from a match of :data:`DATE`, or None when it is not a calendar date."""
    y = int(m["y"])
    if y < 100:  # a two-digit year of a byline: 19-04-11 is 2019, 98.04.11 is 1998
        y += 2000 if y < 70 else 1900
    try:
        return date(y, int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


# English bylines of Korean sites: "Nov 28, 2019", "November 28, 2019 15:05", "28 November 2019", "Nov. 28. 2019"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?")
_EN_DATE = re.compile(rf"(?<![A-Za-z]){_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*[,.]?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"
                      rf"|(?<![\dA-Za-z])(?P<d2>[0-3]?\d)\s+{_MONTH.replace('mon', 'mon2')}\s*,?\s+(?P<y2>(?:19|20)\d{{2}})(?!\d)",
                      re.I)


_YEAR = re.compile(r"(?:19|20)\d{2}")  # in every match of _EN_DATE; far cheaper to look for first


@line_cache  # each line is read by up to three of the readers below
def numeric_dates(line: str) -> str:
    """A line with its English-month dates written as y.m.d ("Nov 28, 2019" -> "2019.11.28"), for the readers below."""
    if not _YEAR.search(line) or not _EN_DATE.search(line):
        return line

    def num(m: re.Match) -> str:
        mon = _MONTHS.index((m["mon"] or m["mon2"])[:3].casefold()) + 1
        return f"{m['y'] or m['y2']}.{mon}.{m['d'] or m['d2']}"

    return _EN_DATE.sub(num, line)


@line_cache  # the cleaner asks it of a line ~5 times (its label, lists, bylines, the model)
def date_only(line: str) -> tuple[str | None, bool] | None:
    """For a line that holds nothing but a date (and weekday/time): (iso, has_weekday)."""
    line = numeric_dates(line)
    m = _DATE_ONLY_RE.match(line.strip())
    if not m:
        return None
    rest = line.strip()[m.end("d"):]
    return iso(m), bool(_WEEKDAY_AFTER.match(rest.lstrip(" 일.")))


_TIME_RE = re.compile(TIME, re.I)
_WEEKDAY_RE = re.compile(WEEKDAY, re.I)


def split_dated_line(line: str) -> tuple[str | None, bool, str] | None:
    """A short line with exactly one full date, e.g. "2023-07-22 08:30 | 충청타임즈".

    Returns (iso, has_weekday, rest) where ``rest`` is what is left once the
    date, weekday, time and separators are removed (a reporter or an outlet
    name, for the caller to judge); None when the line is not like that.
    """
    s = numeric_dates(line.strip())
    if len(s) > 70:
        return None
    dates = list(_DATE_RE.finditer(s))
    if len(dates) != 1:
        return None
    m = dates[0]
    after = s[m.end():]
    wd = _WEEKDAY_AFTER.match(after.lstrip(" 일."))
    rest = s[: m.start()] + " " + after
    rest = _TIME_RE.sub(" ", rest)
    if wd:
        rest = _WEEKDAY_RE.sub(" ", rest, count=1)
    rest = re.sub(r"[\s|│ㅣ/·•,:：\[\]()<>~–—-]+", " ", rest).strip()
    return iso(m), bool(wd), rest


def _keyword_alt(words) -> str:
    """Alternation of keywords, longest first; a space in a keyword matches any blanks."""
    return "|".join(r"\s*".join(re.escape(p) for p in k.split()) for k in words)


@functools.cache
def _byline_re() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    mk = load_markers()
    kw = _keyword_alt(sorted({*mk.byline_keywords, *mk.release_keywords}, key=len, reverse=True))
    upd = _keyword_alt(mk.byline_update_keywords)
    rel = _keyword_alt(mk.release_keywords)
    # "[등록일] 2019.04.11", "Posted on …", "Posted by admin on …"
    sep = r"\s*(?:일시|시간|일자|일|시각)?\s*[\])】]?\s*[:：|]?\s*(?:by\s+[\w.@-]{1,30}\s+)?(?:on\s+)?"
    return (re.compile(rf"(?<![가-힣A-Za-z])(?:{kw}){sep}{BYLINE_DATE}", re.I),
            re.compile(rf"(?<![가-힣A-Za-z])(?:{upd}){sep}{BYLINE_DATE}", re.I),
            re.compile(rf"(?<![가-힣A-Za-z])(?:{rel}){sep}{BYLINE_DATE}", re.I))


def byline_dates(text: str) -> list[tuple[int, str]]:
    """(position, iso) of every "입력/등록/승인 … DATE" (or press-release header) in ``text``, in order."""
    pub = _byline_re()[0]
    out = []
    for m in pub.finditer(text):
        d = iso(m)
        if d:
            out.append((m.start(), d))
    return out


def is_byline_line(line: str) -> tuple[bool, str | None]:
    """Whether a line is a date byline ("입력 … | 수정 …"); and its publication date.

    The line must be short and carry nothing but keywords, dates, times,
    a reporter name and separators: a sentence that mentions "등록 2019.4.1"
    is not a byline. A press-release header ("보도시점 2023. 5. 14.(일) 12:00
    담당부서 국제협력과 …") may carry a department and a contact beside it.
    """
    s = numeric_dates(line.strip())
    pub, upd, rel = _byline_re()
    release = rel.search(s)
    if len(s) > (200 if release else 120):
        return False, None
    hits = list(pub.finditer(s)) + list(upd.finditer(s))
    if not hits:
        return False, None
    rest = s
    for m in sorted(hits, key=lambda m: -m.start()):
        rest = rest[: m.start()] + " " + rest[m.end():]
    rest = re.sub(TIME, " ", rest, flags=re.I)
    rest = re.sub(WEEKDAY, " ", rest, flags=re.I)
    rest = re.sub(r"[\s|/·•:,\[\]()<>~-]+", " ", rest).strip()
    # what is left may be a reporter name and title, or a short label
    if len(rest) > (100 if release else 30) or re.search(r"(다|요)[.!?]?$", rest):
        return False, None
    first = pub.search(s)
    if first:
        return True, iso(first)
    # "김민수 기자 | 2023.04.05 14:20 | 수정 2023.04.06 09:00": the unlabelled date before the update is the publication
    first_upd = min(m.start() for m in upd.finditer(s)) if upd.search(s) else None
    bare = _DATE_RE.search(s, 0, first_upd) if first_upd is not None else None
    if bare is None and first_upd is not None:
        # "최종 업데이트 2019.11.28" alone: the page gives no other date of the article, and an update
        # is days after it at most (a year is right far more often than none)
        bare = upd.search(s)
    return True, iso(bare) if bare else None


@functools.cache
def _keyword_only_re() -> re.Pattern:
    mk = load_markers()
    kw = _keyword_alt(sorted({*mk.byline_keywords, *mk.release_keywords, *mk.byline_update_keywords}, key=len,
                             reverse=True))
    return re.compile(rf"^[\s\-•·*|\[(]*(?:{kw})\s*(?:일시|시간|일자|일|시각)?\s*[:：|)\]]?\s*$", re.I)


def keyword_only(line: str) -> bool:
    """A line holding only a byline keyword ("입력", "- 작성일", "보도시점 :"): its date is on the next line."""
    return bool(_keyword_only_re().match(line))


def find_dates(text: str) -> list[str]:
    """Every calendar date written as y-m-d in ``text`` (ISO), in order."""
    return [d for m in _DATE_RE.finditer(text) if (d := iso(m))]


_SENT_END = re.compile(r"(?:[.?!…。]|다|요|죠)\s*[\"'”’」』)\]]*\s*$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANGUL = re.compile(r"[가-힣]")


def ends_sentence(line: str) -> bool:
    """The line closes like a sentence: a stop, or a final ending (다, 요, 죠) before closing quotes."""
    return bool(_SENT_END.search(line))


def is_reporter_line(s: str, titles: tuple[str, ...]) -> bool:
    """'홍길동 기자', '홍길동 특파원 hong@example.com', 'hong@example.com' alone on a line."""
    if len(s) > 60 or ends_sentence(s.rstrip(".")) and not s.endswith(tuple(titles)):
        return False
    rest = _EMAIL.sub(" ", s)
    rest = re.sub(r"[\s=/|·,()\[\]<>]+", " ", rest).strip()
    if not rest:
        return bool(_EMAIL.search(s))
    words = rest.split()
    # "[한의신문] 김대영 기자", "글·사진 홍길동 기자": at most 4 words, the last a title
    # (or a name + title glued: "홍길동기자")
    if len(words) > 4:
        return False
    last = words[-1]
    for t in titles:
        if last == t or (last.endswith(t) and 2 <= len(last) - len(t) <= 4 and _HANGUL.match(last)):
            return True
    return False


_COUNTER = re.compile(r"(?:^|\s)([가-힣A-Za-z]{1,4})\s*\d+(?=\s|$)")


_AGE = re.compile(r"\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전")
_WIRE = re.compile(r"[(\[]?\s*[가-힣A-Za-z]{1,10}\s*=\s*[가-힣A-Za-z0-9]{1,12}\s*[)\]]?")
_POST_NUMBER = re.compile(r"(?:^|\s)(?:no\.?|번호|글번호)\s*[:：]?\s*\d+(?=\s|$)", re.I)  # a board's post number
_VIEW_LABEL = re.compile(r"(?:^|\s)(?:조회수?|views?|hits?)\s*[:：]?\s*[\d,]+(?:\s*회)?(?=\s|$)", re.I)
_VIEWS = re.compile(r"(?:^|\s)(?:조회수?|views?|hits?|추천|댓글|공감)?\s*[:：]?\s*[\d,]+(?:\s*회)?(?=\s|$)", re.I)


@functools.cache
def _byline_keyword_pattern() -> re.Pattern:
    """Byline keywords as one whole-word alternation (longest first), compiled once per process."""
    markers = load_markers()
    kws = sorted({*markers.byline_keywords, *markers.byline_update_keywords}, key=len, reverse=True)
    return re.compile(rf"(?<![가-힣A-Za-z])(?:{'|'.join(map(re.escape, kws))})(?![가-힣A-Za-z])", re.I)


@functools.cache
def _list_row_acts() -> tuple[str, ...]:
    """Act nouns that end the one word of a dated table row ('투자보장협정'): coopgraph/data/dates.yaml."""
    from coopgraph.text.yamlfile import data_yaml

    return tuple(str(w).casefold() for w in data_yaml("dates.yaml").get("list_row_acts") or ())


@functools.cache
def _author_units() -> tuple[str, ...]:
    """Offices that sign a post beside its date ('홍보실', '국제교류팀'): coopgraph/data/dates.yaml."""
    from coopgraph.text.yamlfile import data_yaml

    return tuple(str(w).casefold() for w in data_yaml("dates.yaml").get("author_units") or ())


def dateline_rest(rest: str, titles: tuple[str, ...], timed: bool = False) -> bool:
    """What may stand beside a date on a dateline: nothing, a reporter, an outlet or author name.

    A timestamped line ("홍길동 2022-05-14 (토) 07:12 3개월전 57", "관리자 / 2021-09-03 오후 2:05:00 / 12",
    "(서울=뉴스1) 홍길동 기자 | 2019-11-28 12:00 송고", "이름 desk@example.kr | 2019. 11. 18 07:57")
    may also carry an e-mail, a wire tag, a byline keyword, an age and a view counter.
    """
    words = load_markers().button_words
    rest = _COUNTER.sub(lambda m: " " if m.group(1).casefold() in words else m.group(0), rest).strip()  # 댓글 0
    rest = _VIEW_LABEL.sub(" ", rest).strip()  # "조회 123", "hits 57": a board's view counter
    if timed:
        rest = _EMAIL.sub(" ", rest)
        rest = _WIRE.sub(" ", rest)
        rest = _AGE.sub(" ", rest)
        rest = _VIEWS.sub(" ", rest)
        rest = _POST_NUMBER.sub(" ", rest)
        rest = _byline_keyword_pattern().sub(" ", rest)
        rest = re.sub(r"[\s=|/·•,:：]+", " ", rest).strip()
        if not rest:
            return True
    if not rest:
        return True
    by = _EN_BY.match(rest)
    if by:  # 'By Kim Min-su | Nov. 28, 2019', 'Written by admin on 28 November 2019': an English author byline
        rest = _EN_ON.sub("", rest[by.end():]).replace("-", " ").strip()
        names = rest.split()
        if 1 <= len(names) <= 4 and all(w[:1].isalpha() and len(w) <= 15 for w in names):
            return True
    if any(c.isdigit() for c in rest):
        return False
    words = rest.split()
    if 2 <= len(words) <= 3 and words[-1].casefold().endswith(_author_units()) and not ends_sentence(rest):
        return True  # '한빛대학교 홍보실 2019.11.28': the office that wrote the post
    if len(words) == 1 and rest.casefold().endswith(_list_row_acts()):
        return False  # '2019.4.9 투자보장협정': a dated row of a table of acts, not a signed date
    if is_reporter_line(rest, titles) or (len(words) == 1 and len(rest) <= 12):
        return True
    # an author and an outlet ("홍길동 한빛일보"), never a phrase that reads as a headline or a sentence
    return timed and len(words) <= 3 and all(len(w) <= 12 for w in words) and not ends_sentence(rest)


_EN_BY = re.compile(r"^(?:(?:written|posted|reported|edited|photos?)\s+)?by\s+", re.I)
_EN_ON = re.compile(r"\s+on$", re.I)


_SOURCE_DATE = re.compile(rf"[(\[]\s*[가-힣A-Za-z][가-힣A-Za-z·\s]{{1,20}}?\s*[,·]?\s*{DATE}\s*[)\]]\s*$")
_POST_DATE = re.compile(rf"^(?P<title>\S.{{5,}}?)\s+{DATE}\s*{WEEKDAY}?\s*(?:{TIME})?\s*"
                        rf"(?:[|│]\s*[^\s|│]{{1,15}}|[/|│]\s*[^\s\d|│/]{{1,20}}(?:\s[^\s\d|│/]{{1,20}}){{0,3}}"
                        rf"|[|│]?\s*(?:조회수?|hits?|views?)\s*[:：]?\s*[\d,]+\s*회?)\s*$", re.I)
_LEAD_DATED = re.compile(rf"^[\[【(<]\s*(?P<who>[^\]】)>]{{2,40}}?)\s*[\]】)>]\s*{DATE}\s*{WEEKDAY}?\s*"
                         rf"(?P<time>{TIME})\s*[|·]?\s*", re.I)


# a timestamp opening a sentence of text: "2019-11-28 15:05 한빛시는 …" (a byline run into the lead)
_TIMED_LEAD = re.compile(rf"^\s*{DATE}\s*{WEEKDAY}?\s*(?P<time>{TIME})\s*[|·]?\s*(?=[가-힣\[(【])", re.I)


@functools.cache
def _dated_lead() -> re.Pattern:
    """A full date with no time opening a lead that tells of a report ('2019.11.28 한빛대학교는 … 체결했다고
    밝혔다.'); a row of a chronology ('2019.4.9 양국은 협정을 체결했다.') reports nothing."""
    from coopgraph.text.yamlfile import data_yaml

    verbs = "|".join(map(re.escape, data_yaml("dates.yaml").get("report_verbs") or ()))
    return re.compile(rf"^\s*{DATE}\s*{WEEKDAY}?\s+(?=[가-힣][^.?!]{{4,}}(?:다고|라고)\s?(?:{verbs}))", re.I)


def dated_lead(s: str, titles: tuple[str, ...]) -> tuple[str, str] | None:
    """'[매체 기자 기자] DATE TIME 본문…', '입력 DATE 본문…' or 'DATE TIME 본문…다.' on one line: (iso, the text
    after it), else None."""
    k = _keyword_lead().match(s)
    if k and len(s) - k.end() >= 10:
        d = iso(k)
        return (d, s[k.end():].strip()) if d else None
    t = _TIMED_LEAD.match(s)
    if t and len(s) - t.end() >= 20 and ends_sentence(s) and (d := iso(t)):
        return d, s[t.end():].strip()
    t = _dated_lead().match(s)
    if t and len(s) - t.end() >= 30 and ends_sentence(s) and (d := iso(t)):
        return d, s  # '2019.11.28 한빛대학교는 … 밝혔다.': the date stays in the text (it may date the act told)
    m = _LEAD_DATED.match(s)
    if not m or len(s) - m.end() < 10:
        return None
    who = m["who"].strip()
    if "=" not in who and not is_reporter_line(who, titles):
        return None
    d = iso(m)
    return (d, s[m.end():].strip()) if d else None


@functools.cache
def _keyword_lead() -> re.Pattern:
    """A byline keyword and a full date opening a line of text ("date 2025-11-18 대통령이 …")."""
    kw = "|".join(re.escape(k) for k in load_markers().byline_keywords)
    return re.compile(rf"^\s*(?:{kw})\s*[:：]?\s*{DATE}\s*{WEEKDAY}?\s*(?:{TIME})?\s*[|·]?\s*", re.I)


# a title closed by its post date: "… 교류협정 체결 2019.11.28", "… 체결 (2019-11-28 15:05)"
_TITLE_TAIL_DATE = re.compile(rf"^(?P<title>\S.{{7,}}?)\s+[(\[]?\s*{DATE}\s*{WEEKDAY}?\s*(?:{TIME})?\s*[)\]]?\s*$", re.I)


# a title opened by its date in brackets: "[2019.11.28] … 교류협정 체결", "(2019-11-28) … 체결"
_TITLE_HEAD_DATE = re.compile(rf"^[(\[【]\s*{DATE}\s*{WEEKDAY}?\s*[)\]】]\s*(?P<title>\S.{{7,}})$", re.I)


_VIEWS_TAIL = re.compile(r"\s*[|│·]?\s*(?:조회수?|hits?|views?)\s*[:：]?\s*[\d,]+\s*회?\s*$", re.I)


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def _titled(title: str, sentence_ok: bool = False) -> bool:
    """A headline: Korean words (no sentence unless ``sentence_ok``), or an English one of five words or more,
    its stop allowed ('Hanbit University signs an MOU with … University.')."""
    if _HANGUL.search(title):
        return sentence_ok or not ends_sentence(title)
    return len(_LATIN_WORD.findall(title)) >= 5 and len(title.split()) <= 25


def titled_date(s: str) -> tuple[str, str, bool] | None:
    """A title closed by its date, on a line that is no sentence: "… 정상회담 (외교부 2009.06.02)" ->
    (the line, iso, False); a board post's title row "… 개최 결과 2012.02.08 | No.14" -> (the title
    alone, iso, True: it dates the article wherever it stands, when the page has one such row)."""
    if len(s) > 120:
        return None
    src = _SOURCE_DATE.search(s)
    if src and (d := iso(src)):
        return s, d, False
    post = _POST_DATE.match(numeric_dates(s))
    if post and _titled(post["title"], sentence_ok=True) and (d := iso(post)):
        return post["title"].strip(), d, True
    head = _TITLE_HEAD_DATE.match(numeric_dates(s))
    if head and (d := iso(head)):
        title = head["title"].strip()
        if len(title.split()) >= 3 and _HANGUL.search(title) and not ends_sentence(title) and not _DATE_RE.search(title):
            return s, d, False  # '[2019.11.28] 한빛대학교, … 협정 체결': a title opened by its date
    tail = _TITLE_TAIL_DATE.match(_VIEWS_TAIL.sub("", numeric_dates(s)).replace("|", " "))
    if tail and (d := iso(tail)):
        title = tail["title"].strip()
        words = title.split()
        # a headline of three words or more, no sentence, no second date
        if len(words) >= 3 and _titled(title) and not _DATE_RE.search(title):
            return s, d, False  # the line stays whole: a dated row of a list keeps its date
    return None


def story_dateline(stamps: list[tuple[int, str]], told: list[int]) -> str | None:
    """Of a page's signed or timed datelines ``stamps`` ((line index, iso), in order), the date of the
    one over the longest story, when they give different dates; else None.

    Each dateline dates the running text after it up to the next one (``told[j]``: how much article
    text line j holds, 0 for none): a page showing an older story's stamp and lead above the article
    ('홍길동 기자 2019.03.02 10:00' / a short lead / '홍길동 기자 2021.05.04 09:00' / the article) is
    dated by the article's. Ties go to the first.
    """
    if len({d for _i, d in stamps}) < 2:
        return None
    ends = [i for i, _d in stamps[1:]] + [len(told)]
    weight = [sum(told[i + 1:e]) for (i, _d), e in zip(stamps, ends)]
    return stamps[weight.index(max(weight))][1]
