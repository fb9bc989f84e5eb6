"""Boilerplate removal for plain text already stripped from HTML.

trafilatura cannot help once the markup is gone, and crawls are full of such
text: weather tickers, menus, share buttons, "관련기사 / 많이 본 뉴스" link
lists, bylines and footers, all flattened into lines. This remover labels
every line, using two kinds of evidence:

* **markers** (``coopgraph/data/boilerplate.yaml``): block headings, button
  and menu words, copyright and footer words, weather words, byline keywords;
* **structure**: short lines without a sentence ending, runs of look-alike
  lines (a bullet, a place and a temperature), link-like lines after a
  heading, Hangul-free lines at the edges of a Korean page, a lone date with
  a weekday next to a widget (the page's render date).

The rules are biased towards keeping: a line that reads like an article
sentence (it ends like one and is long enough) is only dropped for a
copyright marker, and then only the part after the sentence. Dropping an
article sentence costs more than keeping a stray menu word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coopgraph.clean.captions import bigrams, caption_sign, retold, trim_line
from coopgraph.clean.datelines import (
    date_only,
    dated_lead,
    dateline_rest,
    ends_sentence,
    find_dates,
    is_byline_line,
    is_reporter_line,
    keyword_only,
    split_dated_line,
    story_dateline,
    titled_date,
)
from coopgraph.clean.markers import fold, line_cache, load_finders, load_markers
from coopgraph.clean.tables import (
    TRAILING_DATE,
    cell_table_rows,
    chronology_run,
    dated_table_row,
    heads_rows,
    pipe_table_rows,
    slash_table_rows,
)

_HANGUL = re.compile(r"[가-힣]")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
_LATIN = re.compile(r"[A-Za-z]")
_WORDISH = re.compile(r"[\w]", re.UNICODE)
_SPLIT_TOKENS = re.compile(r"[\s|·•∙ㆍ/>›»:,\[\]()<>]+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BULLET = re.compile(r"^[\s•·∙ㆍ▶▷►◆◇■□●○\-*–—]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_BREADCRUMB = re.compile(r"\s[>›»]\s")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def normalise_line(line: str) -> str:
    return _SPACES.sub(" ", line).strip()


@line_cache  # asked twice of a line on average
def article_like(line: str) -> bool:
    """Reads like a sentence of running text (not a headline, menu or label)."""
    return ends_sentence(line) and (len(line) >= 25 or line.count(" ") >= 4)


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # normalised
    label: str  # "content", "blank", "heading", "date", "byline", or "drop:<reason>"
    date: str | None = None
    weekday: bool = False
    signed: bool = False  # a dated line that also names a reporter or outlet
    timed: bool = False  # a date with a clock time and no weekday: a timestamp, unless beside a widget
    caption: bool = False  # the line as given bore a sign of a photo caption (captions.caption_sign)
    footer: bool = False  # a byline keyword that is also a footer word ("등록일자 2009.03.10"), no clock time
    fields: bool = False  # such a footer byline naming more than its date ("작성자 관리자 | 등록일 … | 조회수 12")


@dataclass(frozen=True, slots=True)
class StrippedText:
    """Result of :func:`strip_boilerplate`."""

    text: str
    title: str | None
    doc_date: str | None
    date_source: str | None  # "byline" | "dateline" | None
    dropped: tuple[tuple[str, str], ...]  # (reason, line) for --explain and tests


def _label(line: str) -> Line:
    mk = load_markers()
    fd = load_finders()
    s = normalise_line(line)
    if not s:
        return Line(s, "blank")
    key = fold(s)
    if not _WORDISH.search(s):
        return Line(s, "drop:punctuation")
    sentence = ends_sentence(s)
    short = len(s) <= 40
    # weather widgets and tickers
    if key in mk.weather_credit:
        return Line(s, "drop:weather")
    if short and not sentence and fd.temperature_units.search(s) and _NUMBER.search(s):
        return Line(s, "drop:weather")
    body = _BULLET.sub("", s)
    if short and not sentence and body.startswith(mk.weather_words) and _NUMBER.search(body) and len(body) <= 20:
        return Line(s, "drop:weather")
    if short and not sentence and fd.ticker_symbols.search(s) and _NUMBER.search(s):
        return Line(s, "drop:ticker")
    # copyright and footer lines
    if fd.copyright.search(key):
        # "…밝혔다. <저작권자 © … 무단전재 금지>" on one line: keep the sentence part
        keep = None
        for m in re.finditer(r"[.?!…][\"'”’」)]*\s", s):
            head, tail = s[: m.end()].strip(), fold(s[m.end():])
            if fd.copyright.search(fold(head)):
                break
            if fd.copyright.search(tail):
                keep = head
        if keep:
            # a dated credit in the dropped tail ("… 참석했다. ⓒ한빛일보 2019.11.28") may date the page
            dated = find_dates(s[len(keep):])
            return Line(keep, "content", date=dated[0] if len(dated) == 1 else None)
        if len(s) <= 300:
            return Line(s, "drop:copyright")
    hits = [m for m in mk.footer if m in key] if fd.footer.search(key) else []
    if len(s) <= 150 and _TABLE_SUMMARY.search(s):
        return Line(s, "drop:table-summary")  # an accessible table's summary: "… 조회할 수 있는 표입니다."
    n_footer = sum(1 for m in hits if not any(m != o and m in o for o in hits))  # "등록일자" is one word, not two
    if n_footer >= 2 and not article_like(s):
        return Line(s, "drop:footer")
    if n_footer == 1 and not sentence and len(s) <= 120 and re.search(r"[\d:：]", s):
        is_byline, pub = is_byline_line(s)
        if not is_byline:
            return Line(s, "drop:footer")
        # "등록일 2019-08-30 14:00" is a byline; "등록일자 2009.03.10" may also be the outlet's registration
        # in the footer: without a clock time it dates the article only above the body (see rule_labels)
        return Line(s, "byline", date=pub, footer=not _CLOCK.search(s), fields=_other_fields(s, hits))
    # dates and bylines
    d = date_only(s)
    if d is not None:  # a timestamp without a weekday ("2021.06.23 17:28:13") is the article's
        return Line(s, "date", date=d[0], weekday=d[1], timed=not d[1] and bool(_CLOCK.search(s)))
    is_byline, pub = is_byline_line(s)
    if is_byline:
        return Line(s, "byline", date=pub)
    lead = dated_lead(s, mk.reporter_titles)
    if lead is not None:
        # "[한빛일보 김민수 기자] 2023.04.05 14:20 부산시는 …": the lead dates the article, the rest is text
        return Line(lead[1], "content", date=lead[0], signed=True)
    dated = split_dated_line(s)
    if dated is not None and _dated_list_item(s) and not is_reporter_line(dated[2], mk.reporter_titles):
        dated = None  # "- 투자보장협정 (1998.8.21)": an item of a list, not a dateline ("- 홍길동 기자 …" still is)
    clock = bool(_CLOCK.search(s))
    if dated is not None and not sentence and dateline_rest(dated[2], mk.reporter_titles,
                                                            timed=clock or bool(re.search(r"[|│/]", s))):
        # "2019년 07월 03일 (수) 11:02:15 이수민 기자", "2023-07-22 08:30 | 충청타임즈", "관리자 / 2020-02-11 / 9";
        # a timestamp without a weekday ("2021.06.23 17:28:13") is the article's, not a render date
        return Line(s, "date", date=dated[0], weekday=dated[1], signed=bool(dated[2]), timed=clock and not dated[1])
    if not sentence and dated_table_row(s):
        return Line(s, "content")  # "사증면제협정 | 1981.9.16 | 1981.10.1": a row of a table, kept whole
    titled = None if sentence else titled_date(s)
    if titled is not None:  # "… 정상회담 (외교부 2009.06.02)", a board post's row "… 결과 2012.02.08 | No.14"
        return Line(titled[0], "content", date=titled[1], signed=titled[2])
    if _HASHTAGS.fullmatch(s):
        return Line(s, "drop:tags")  # "#인도 #협약 #스마트시티"
    if len(s) <= 150 and fd.site_notices.search(key) \
            or not sentence and len(s) <= 80 and fd.site_labels.search(key):
        return Line(s, "drop:site-notice")  # "이 누리집은 … 공식 전자정부 누리집입니다.", "담당부서 : 국제교류과"
    if is_reporter_line(s, mk.reporter_titles):
        return Line(s, "byline")
    if _is_link_line(s, mk.link_arrows):
        return Line(s, "drop:link")
    if _is_attachment_line(s, mk.attachment_markers):
        return Line(s, "attachment")
    # headings of link blocks, buttons, menus, English navigation
    if key in mk.block_headings or fold(_NAV_ARROWS.sub("", s)) in mk.block_headings:
        return Line(s, "heading")
    if not sentence and len(s) <= 100 and _NAV_ARROWS.sub("", s).casefold().startswith(
            fd.nav_prefixes_folded) and _nav_prefix_ends(s, mk.nav_prefixes):
        return Line(s, "drop:prev-next")  # "이전글 시, 몽골과 협력", "다음 기사 ▶ …"
    if not sentence and _all_buttons(s, mk.button_words):
        return Line(s, "drop:menu")
    if not sentence and len(s) <= 60 and len(_BREADCRUMB.findall(s)) >= 2:
        return Line(s, "drop:menu")  # "홈 > 국제 > 외교"
    if not sentence and _pipe_menu(s):
        return Line(s, "drop:menu")  # "홈 | 뉴스 | 기획·연재 | 포럼 | 지역"
    if key in mk.english_nav or fold(s.rstrip(" >»›")) in mk.english_nav:
        return Line(s, "drop:nav")
    return Line(s, "content")


# the summary an accessible web table carries: "협정명, 발효일자를 조회 할 수 있는 표 입니다.",
# "보도일시, 담당자를 알려주는 보도자료 요약", "… 목록으로 구성된 표"
_TABLE_SUMMARY = re.compile(r"(?:는|은|된|한|인)\s*(?:표|목록|게시판)\s*(?:입니다)?\s*\.?$"
                            r"|(?:알려주는|보여주는|나타내는|제공하는)\s+\S{1,10}\s*요약\s*\.?$")
_HASHTAGS = re.compile(r"(?:#[^\s#]+\s*){2,}")
_NAV_ARROWS = re.compile(r"^[\s◀▶◁▷<>«»‹›←→◂▸△▽▲▼∧∨]+|[\s◀▶◁▷<>«»‹›←→◂▸△▽▲▼∧∨]+$")
_ATTACH_LEAD = re.compile(r"^[\s※*•·ㆍ\-\[(<【〔]+")


def _pipe_menu(s: str) -> bool:
    """Four or more short items between '|' and no digits: a flattened menu bar."""
    items = [x.strip() for x in s.split("|")]
    return (len(items) >= 4 and all(0 < len(x) <= 10 and len(x.split()) <= 2 for x in items)
            and not any(c.isdigit() for c in s))


def _nav_prefix_ends(s: str, prefixes: tuple[str, ...]) -> bool:
    """The prefix is a whole word: "이전글 …", "다음 기사 ▶", not "다음기사들은" or "nextgen"."""
    body = _NAV_ARROWS.sub("", s)
    for p in prefixes:
        if body.casefold().startswith(p.casefold()):
            rest = body[len(p):]
            return not rest or not (rest[0].isalnum())
    return False


def _is_attachment_line(s: str, markers: tuple[str, ...]) -> bool:
    """'붙임 1. 협약서 1부.', '[첨부파일] 사진.jpg', '※ 사진 첨부': a press release's attachment line."""
    if len(s) > 120 or article_like(s) and re.search(r"(?:다|요)[.!]?\s*$", s):
        return False
    body = _ATTACH_LEAD.sub("", s)
    for m in markers:
        if body.startswith(m):
            rest = body[len(m):]
            return not rest or bool(re.match(r"[\s\d:：.)\]>】〕#]", rest))
    return s.startswith("※") and len(s) <= 40 and any(fold(m) in fold(s) for m in markers)


_FINAL_STOP = re.compile(r"[.?!…。][\"'”’」』)\]]*\s*$")
_TAG = re.compile(r"^[\[【<〈]\s*([^\]】>〉]{1,10}?)\s*[\]】>〉]")
_LIST_BULLET = re.compile(r"^(?:[-–—•·∙ㆍοoㅇ○●◦▪□■*]\s+|[-–—•·∙ㆍοㅇ○●◦▪□■*](?=[가-힣]))")
def _dated_list_item(s: str) -> bool:
    """A bulleted item naming something with its date ("- 투자보장협정 (1998.8.21)"): content, never a dateline."""
    m = _LIST_BULLET.match(s)
    return bool(m) and len(_HANGUL_WORD.findall(s[m.end():])) >= 1 and not _CLOCK.search(s)


def _is_link_line(s: str, arrows: tuple[str, ...]) -> bool:
    """'▶ 원자력연, 몽골과 교육 협력', '☞ 관련 기사 보기': an arrow, a headline, no sentence, no label."""
    return (s.startswith(arrows) and len(s) <= 80 and not _FINAL_STOP.search(s)
            and not re.search(r"[:：]", s))


def _headline_like(s: str) -> bool:
    """A listed headline: short, no final stop, with a trailing date or an opening tag ('[포토] …')."""
    if len(s) > 90 or _FINAL_STOP.search(s) and not TRAILING_DATE.search(s):
        return False
    head = TRAILING_DATE.sub("", s).strip()
    if head != s and _HANGUL.search(head) and not _FINAL_STOP.search(head) and len(head) >= 6:
        return True
    m = _TAG.match(s)
    return bool(m) and fold(m.group(1)) in load_markers().headline_tags and not _FINAL_STOP.search(s)


def _sentence_in_list(s: str) -> bool:
    """Inside a link block, a line ends it only when it is surely running text."""
    return article_like(s) and (bool(_FINAL_STOP.search(s)) or len(s) >= 60)


def _all_buttons(s: str, words: frozenset[str]) -> bool:
    tokens = [t.casefold() for t in _SPLIT_TOKENS.split(s) if t]
    real = [t for t in tokens if not _NUMBER.fullmatch(t)]
    return bool(real) and all(t in words for t in real)


def _is_menu_run_item(line: Line) -> bool:
    s = line.text
    return (line.label == "content" and len(s) <= 12 and not ends_sentence(s)
            and not any(c.isdigit() for c in s))


def rule_labels(text: str) -> tuple[list[Line], list[str], str | None, str | None]:
    """The rule filter: every line with its label ("content", "blank", "drop:<reason>"), and the date found.

    Returns (lines, labels, doc_date, date_source); the line model then judges the "content" lines.
    """
    lines = [_label(raw) for raw in text.splitlines()]
    labels = [ln.label for ln in lines]
    n = len(lines)
    texts = [ln.text for ln in lines]
    for i in pipe_table_rows(texts, labels) | cell_table_rows(texts, labels):
        if labels[i] == "date":  # a table's dated rows ("몽골 | X대학교 | 2015.03.10", "2015.03.10" / "X대학교"), no datelines
            lines[i] = replace(lines[i], label="content", date=None)
            labels[i] = "content"
    nonblank = [i for i in range(n) if labels[i] != "blank"]

    # 1. link blocks after a heading: drop link-like lines up to the first
    #    article-like line; a line directly followed by a byline/date is a
    #    title and ends the block too.
    i = 0
    while i < n:
        if labels[i] != "heading":
            i += 1
            continue
        labels[i] = "drop:heading"
        j = i + 1
        while j < n:
            lab, s = labels[j], lines[j].text
            if lab == "blank" or lab.startswith("drop:") or lab in ("heading", "date"):
                if lab == "heading":
                    labels[j] = "drop:heading"
                elif lab == "date":
                    labels[j] = "drop:list-date"
                j += 1
                continue
            if lab == "byline" or _sentence_in_list(s) or _starts_article(s) or _is_title_before_byline(j, lines):
                break
            labels[j] = "drop:link-list"
            j += 1
        i = j

    # 1b. an attachment line and the list under it ("붙임 1. 협약서 1부." / "2. 사진 3매. 끝."),
    #     up to a sentence ending in 다/요
    for i in range(n):
        if labels[i] != "attachment":
            continue
        labels[i] = "drop:attachment"
        j = i + 1
        while j < n and labels[j] != "heading" and labels[j] != "attachment":
            lab, s = labels[j], lines[j].text
            if lab == "content":
                if len(s) > 120 or re.search(r"(?:다|요)[.!]?[\"'”’)]*\s*$", s):
                    break
                labels[j] = "drop:attachment"
            j += 1

    # 2. runs of short look-alike lines (menus, tag clouds): 4 or more in a row;
    #    the last one stays when running text follows it (a section heading)
    run: list[int] = []
    for i in [*nonblank, n]:
        if i < n and labels[i] == "content" and _is_menu_run_item(lines[i]):
            run.append(i)
            continue
        if len(run) >= 4:
            if i < n and labels[i] == "content" and article_like(lines[i].text):
                run.pop()
            for k in run:
                labels[k] = "drop:menu-run"
        run = []

    # 3. Hangul-free short lines at the start and end of a Korean page
    content = [i for i in range(n) if labels[i] == "content"]
    korean = [i for i in content if _HANGUL.search(lines[i].text)]
    n_hangul = sum(len(_HANGUL.findall(lines[i].text)) for i in content)
    n_latin = sum(len(_LATIN.findall(lines[i].text)) for i in content)
    if korean and 2 * n_hangul >= n_latin:  # a syllable carries about as much as 2-3 letters
        first, last = korean[0], korean[-1]
        for i in content:
            s = lines[i].text
            if (i < first or i > last) and not _HANGUL.search(s) and len(s.split()) <= 8 and not s.endswith("."):
                labels[i] = "drop:nav"

    # 4a. a byline split over two lines ("입력" / "2023.03.14 15:20", table cells
    #     "보도시점" / "2023. 5. 14.(일) 12:00"): the keyword line dates the next one
    for i in range(n):
        if labels[i] not in ("content", "heading", "drop:menu", "drop:link-list") or not keyword_only(lines[i].text):
            continue
        j = i + 1
        while j < n and labels[j] == "blank":
            j += 1
        # board cells under a menu word ("뉴스" / "작성일" / "2019-11-28") were read as a link list
        if j < n and (labels[j] == "date" or labels[i] == "drop:link-list" and labels[j] == "drop:list-date") and not any(
                labels[k] in ("drop:weather", "drop:ticker") for k in _neighbours(j, labels, 2)):
            labels[i] = labels[j] = "byline"
            is_pub = is_byline_line(f"{lines[i].text} {lines[j].text}")[1] is not None
            lines[j] = Line(lines[j].text, "byline", date=lines[j].date if is_pub else None)

    # 3b. rows of a dated list or table ("투자보장협정 1996년 03월 01일", three or more named dates
    #     without a clock time) are content, not datelines
    rows = [i for i in range(n) if labels[i] == "date" and lines[i].signed and not _CLOCK.search(lines[i].text)
            and not date_only(lines[i].text)]
    if len(rows) >= 3:
        for i in rows:
            labels[i] = "content"
            lines[i] = Line(lines[i].text, "content")
    # ... and so are three or more lone dates after the first content line (a chronology: "2019.04.09" / "협정 서명")
    first = next((i for i in range(n) if labels[i] == "content"), n)
    lone = [i for i in range(first, n) if labels[i] == "date" and not lines[i].signed and not lines[i].timed
            and not lines[i].weekday]
    if len(lone) >= 3:
        for i in lone:
            labels[i] = "content"
            lines[i] = Line(lines[i].text, "content")

    # 4. dates: a lone date before the title or next to a widget is the page's
    #    render date; one under the title is a dateline.
    doc_date, date_source = None, None
    body_from = next((i for i in range(n) if labels[i] == "content" and article_like(lines[i].text)), n)
    bylines = [lines[i].date for i in range(n) if labels[i] == "byline" and lines[i].date
               and not (lines[i].footer and i > body_from)]
    if bylines:
        doc_date, date_source = bylines[0], "byline"
    seen_content = 0
    n_signed = sum(1 for i in range(n) if labels[i] == "content" and lines[i].signed and lines[i].date)
    signed_page = any(labels[i] == "byline" or (labels[i] == "content" and _starts_article(lines[i].text))
                      for i in range(n))
    for i in range(n):
        lab = labels[i]
        if lab == "content":
            seen_content += 1
            if lines[i].date and doc_date is None and (seen_content <= 3 or lines[i].signed and n_signed == 1):
                doc_date, date_source = lines[i].date, "byline"
        elif lab == "date":
            # the page's render date sits before the title or beside a weather/market widget;
            # a date signed with a reporter or outlet always dates the article
            near_widget = any(labels[k] in ("drop:weather", "drop:ticker") for k in _neighbours(i, labels, 2))
            if not lines[i].signed and (seen_content == 0 and not lines[i].timed or near_widget):
                labels[i] = "drop:render-date"
            else:
                labels[i] = "drop:dateline"
                # a page signed by a reporter ("(서울=통신) 홍길동 기자 =") may give its date with a time
                # at the end of the story ("2023.04.05 14:20 송고")
                timed = signed_page and bool(_CLOCK.search(lines[i].text))
                if doc_date is None and (seen_content <= 3 or timed) and lines[i].date:
                    doc_date, date_source = lines[i].date, "dateline"
        elif lab == "byline":
            labels[i] = "drop:byline"
    if date_source == "dateline":  # two stories stamped on one page: the article is the longer one
        doc_date = story_dateline([(i, lines[i].date) for i in range(n) if labels[i] == "drop:dateline" and lines[i].date
                                   and (lines[i].signed or lines[i].timed)],
                                  [len(ln.text) if lab == "content" and article_like(ln.text) else 0
                                   for ln, lab in zip(lines, labels)]) or doc_date
    if doc_date is None:
        # no byline and no dateline under the title: a signed date further down ("연합뉴스 2022.10.04",
        # "관리자 / 2021-09-03 / 12") dates the article; else the page's one lone date line, when
        # it has only one (a chronology has many)
        signed = [i for i in range(n) if labels[i] == "drop:dateline" and (lines[i].signed or lines[i].timed)
                  and lines[i].date]
        lone = [i for i in range(n) if labels[i] == "drop:dateline" and not lines[i].signed and not lines[i].timed]
        pick = signed[0] if signed else lone[0] if len(lone) == 1 and lines[lone[0]].date else None
        if pick is not None:
            doc_date, date_source = lines[pick].date, "dateline"

    if doc_date is None:
        # a board's byline under the body ("작성자 관리자 | 등록일 2019-11-28 | 조회수 120") when it is the
        # page's one dated byline and no footer line stands beside it (the outlet's registration
        # "등록일자 2009.03.10" sits among the footer's lines)
        late = [i for i in range(n) if labels[i] == "drop:byline" and lines[i].footer and lines[i].date
                and lines[i].fields]
        if len(late) == 1 and not any(labels[k] in ("drop:footer", "drop:copyright")
                                      for k in _neighbours(late[0], labels, 1)):
            doc_date, date_source = lines[late[0]].date, "byline"

    # 4b. listed headlines ("… 협력 (2023.03.01)", "[포토] …"): two or more in a
    #     row anywhere, and the run of headline-ish lines after the last sentence
    content = [i for i in range(n) if labels[i] == "content"]
    run = []
    for i in [*content, n]:
        if i < n and _headline_like(lines[i].text):
            run.append(i)
            continue
        if len(run) >= 2 and not chronology_run([lines[k].text for k in run]):
            for k in run:
                labels[k] = "drop:headline-list"
        run = []
    content = [i for i in range(n) if labels[i] == "content"]
    last_sentence = max((i for i in content if _FINAL_STOP.search(lines[i].text) and article_like(lines[i].text)),
                        default=None)
    if last_sentence is not None:
        tail = [i for i in content if i > last_sentence]
        if tail and all(len(lines[i].text) <= 90 and not _FINAL_STOP.search(lines[i].text) for i in tail) \
                and any(_headline_like(lines[i].text) for i in tail) \
                and not chronology_run([lines[i].text for i in tail if TRAILING_DATE.search(lines[i].text)]):
            for k in tail:
                labels[k] = "drop:headline-list"

    # 6. file names, caption marks, photo credits and lead tags cut from the kept lines (before
    #    the line model judges them: a caption telling an act is then plain text)
    table = slash_table_rows([ln.text for ln in lines], labels)
    for i in range(n):
        if labels[i] == "content" and i not in table:
            cut = trim_line(lines[i].text)
            if cut is None:
                labels[i] = "drop:caption"
            elif cut != lines[i].text or caption_sign(lines[i].text):
                lines[i] = replace(lines[i], text=cut, caption=caption_sign(lines[i].text))
    return lines, labels, doc_date, date_source


def strip_boilerplate(text: str, model: bool = True) -> StrippedText:
    """Remove boilerplate lines from stripped text; find the title and the article's date.

    Args:
        text: decoded plain text, lines separated by newlines.
        model: also apply the line classifier (:mod:`coopgraph.clean.lines`)
            to the lines the rules keep.

    Returns:
        :class:`StrippedText` whose ``text`` holds the kept lines (normalised
        spaces, one paragraph a line) and whose ``doc_date`` comes only from a
        byline or a dateline under the title, never from a render date.
    """
    lines, labels, doc_date, date_source = rule_labels(text)
    n = len(lines)
    if model:
        _apply_line_model(lines, labels)
    _drop_retold_captions(lines, labels)

    # 5. a short title line repeated right after itself
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    for i in range(n):
        lab, s = labels[i], lines[i].text
        if lab == "content" and kept and s == kept[-1] and not article_like(s):
            lab = "drop:duplicate"
        if lab == "content":
            kept.append(s)
        elif lab.startswith("drop:"):
            dropped.append((lab[5:], s))
    title = kept[0] if kept and not article_like(kept[0]) and len(kept[0]) <= 120 else None
    return StrippedText(text="\n".join(kept), title=title, doc_date=doc_date, date_source=date_source,
                        dropped=tuple(dropped))


def _apply_line_model(lines: list[Line], labels: list[str]) -> None:
    """Drop the rule-kept lines the line model calls boilerplate (a higher bar for sentence-like lines)."""
    from coopgraph.clean.lines import exempt, model_drops

    texts = [ln.text if labels[i] != "blank" else "" for i, ln in enumerate(lines)]
    which = [i for i, lab in enumerate(labels) if lab == "content"]
    if not which:
        return
    # dated items and the headings of lists are never judged (asked only of the lines the model could drop)
    for i in model_drops(texts, which, labels, spared=lambda i: exempt(lines[i].text) or heads_rows(texts, labels, i)):
        labels[i] = "drop:model"


def _drop_retold_captions(lines: list[Line], labels: list[str]) -> None:
    """Drop the photo captions whose words the kept lines that are no captions already tell, and the
    later copies of a caption repeated word for word (a picture's alt text and its caption)."""
    kept = [i for i, lab in enumerate(labels) if lab == "content"]
    if not any(lines[i].caption for i in kept):
        return
    body = bigrams("\n".join(lines[i].text for i in kept if not lines[i].caption))  # once a page
    seen: set[str] = set()
    for i in kept:
        if not lines[i].caption:
            continue
        s = lines[i].text
        if s in seen or retold(s, body):
            labels[i] = "drop:caption-retold"
        seen.add(s)


_LEAD = re.compile(r"^[\[【(]\s*[^\]】)]{1,30}=\s*[^\]】)]{0,20}[\]】)]")


def _starts_article(s: str) -> bool:
    """A '[매체=기자]' / '(서울=뉴스) 홍길동 기자 =' lead opens the article body."""
    return bool(_LEAD.match(s))


def _is_title_before_byline(j: int, lines: list[Line]) -> bool:
    """Line j is followed by a byline/date and then running text: it is the article's title."""
    k, n = j + 1, len(lines)
    while k < n and lines[k].label == "blank":
        k += 1
    if k >= n or lines[k].label not in ("byline", "date"):
        return False
    for i in range(k + 1, min(k + 8, n)):
        lab, s = lines[i].label, lines[i].text
        if lab in ("blank", "byline", "date") or lab.startswith("drop:"):
            continue
        return lab == "content" and (article_like(s) or _starts_article(s))
    return False


def _other_fields(line: str, words: list[str]) -> bool:
    """The line names a word besides its date, a weekday and the footer words ``words`` (a board's writer, views)."""
    rest = _WEEKDAY_MARK.sub(" ", fold(line))
    for w in sorted(words, key=len, reverse=True):
        rest = rest.replace(w, " ")
    return bool(_TWO_LETTERS.search(rest))


_WEEKDAY_MARK = re.compile(r"[(\[][월화수목금토일][)\]]")
_TWO_LETTERS = re.compile(r"[가-힣a-z]{2}")


def _neighbours(i: int, labels: list[str], k: int) -> list[int]:
    """Indices of the k nearest non-blank lines before and after i."""
    out: list[int] = []
    for step in (-1, 1):
        j, found = i + step, 0
        while 0 <= j < len(labels) and found < k:
            if labels[j] != "blank":
                out.append(j)
                found += 1
            j += step
    return out
