"""Rows of lists and tables that the cleaner keeps whole: a chronology's or table's dated rows, the
headings over them, and rows flattened with '|' or ' / ' (used by :mod:`coopgraph.clean.boilerplate`).

The shapes of a year heading ("2019년", "[2019]", "'98") are shared with the list reader
(:mod:`coopgraph.extract.chronology_lines`), so the cleaner keeps exactly the headings it reads.
"""

from __future__ import annotations

import itertools
import re

from coopgraph.clean.datelines import date_only, ends_sentence, keyword_only
from coopgraph.clean.lines import furniture_word, has_full_date, starts_with_date

_HANGUL_WORD = re.compile(r"[가-힣]{2,}")

# a year heading over the rows of a list: "2019", "2019년", "2017년도", "[2019년]", "<2018>", "'98"
YEAR_HEADING = re.compile(r"\s*[■□●○◆◇▶▷•·\-]?\s*[\[<〈《【(]?\s*((?:1[89]|20)\d\d)\s*(?:년도?|年)?\s*[\]>〉》】)]?\s*[:.]?\s*")
SHORT_YEAR_HEADING = re.compile(r"\s*[■□●○◆◇▶▷•·\-]?\s*[\[<〈《【(]?\s*['’‘](\d\d)\s*(?:년도?|年)?\s*[\]>〉》】)]?\s*[:.]?\s*")

# the date closing a listed line: "… 2001. 3. 15.", "… (72.5)", "… (03.01)"
TRAILING_DATE = re.compile(r"[(\[]?\s*(?:(?:19|20)\d{2}|\d{2})[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s*[)\]]?$"
                           r"|[(\[]\s*(?:0?[1-9]|1[0-2])[.\-/](?:0?[1-9]|[12]\d|3[01])\s*[)\]]$")  # (03.01), not (72.5)
_ROW_FULL = re.compile(r"((?:19|20)\d{2}|\d{2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})")
_ROW_DATE = re.compile(r"((?:19|20)\d{2}|\d{2})\s*[.\-/년]\s*(\d{1,2})(?=\D|$)")
# a board's number or counter cell: "14", "No.14", "조회 123"
_COUNT_CELL = re.compile(r"(?:No\.?\s*|[가-힣]{1,3}\s*:?\s*)?\d+")
# the cells before a table row's date: one to three words of letters only ("센다이시 일본")
_TABLE_CELLS = re.compile(r"[가-힣A-Za-z]{1,10}(?: [가-힣A-Za-z]{1,10}){0,2}")
# a row led by a month or a date, after at most a bullet ("3월 12일 X 회담", "- 03.05 X", "'99.12.14 X")
_ROW_START = re.compile(r"\s*(?:[-–•·∙ㆍοoㅇ○●◦▪□■*※▶►◆◇>]+\s*)?"
                        r"(?:\d{1,2}\s*월|\d{1,2}\s*[./]\s*\d{1,2}(?!\d)|['’]?\d{2,4}\s*[./]\s*\d{1,2})")
# the label before a row's dates: "- 대통령 : 2004.6(국빈), 2009.11(실무)"
_ROW_LABEL = re.compile(r"^\W{0,3}[가-힣A-Za-z][가-힣A-Za-z ]{0,11}\s*[:：]\s*")
# a date cell alone on its line: "2019.4.9", "2019. 4.", "'99.12.14~17", "2019.3~2021.12"
_DATE_CELL = re.compile(r"\s*['’]?\d{2,4}\s*[.\-/년]\s*\d{1,2}\s*(?:[.\-/월]\s*(?:\d{1,2}\s*[.일]?)?)?"
                        r"(?:\s*[~∼\-–]\s*[\d.\s'’년월일]{1,12})?\s*")
# a table's column-name row: two to five short words, no digits ("도시명 국가 체결일")
_COLUMN_NAMES = re.compile(r"[가-힣A-Za-z]{1,6}(?: [가-힣A-Za-z]{1,6}){1,4}")


def year_line(s: str) -> bool:
    """The whole line is a year heading ("2019년", "[2019]", "'98")."""
    return bool(YEAR_HEADING.fullmatch(s) or SHORT_YEAR_HEADING.fullmatch(s))


def row_year(s: str) -> int | None:
    """The year of the date that closes a listed line ("… (72.5)", "… 2001. 3. 15."), None without one."""
    m = TRAILING_DATE.search(s)
    if not m:
        return None
    d = _ROW_DATE.search(m.group(0))
    if not d or int(d.group(2)) > 12 and len(d.group(1)) == 2:
        return None
    y = int(d.group(1))
    return y if y >= 100 else (2000 + y if y <= 39 else 1900 + y)


def chronology_run(texts: list[str]) -> bool:
    """Rows of a chronology or dated table, not listed headlines: their dates run forward in time over
    more than a year (a news page's related-article list is recent and newest first), or three or more
    rows of a table, a name or two before each date ("메단시 인도네시아 1997. 9. 30.": tables are often
    ordered by name, and a headline has more words or punctuation)."""
    if len(texts) >= 2 and _pipe_table(texts):
        return True
    years = [row_year(t) for t in texts]
    if len(texts) < 2 or any(y is None for y in years):
        return False
    if len(texts) >= 3 and all(_TABLE_CELLS.fullmatch(TRAILING_DATE.sub("", t).strip()) for t in texts):
        return True
    if all(a <= b for a, b in zip(years, years[1:])) and years[-1] > years[0]:  # type: ignore[operator]
        return True
    # three or more rows strictly forward in time within a year ("X 회담 - 2019.3.5", "Y 방한 - 2019.11.22", ...)
    days = [_row_day(t) for t in texts]
    return len(texts) >= 3 and all(days) and all(a < b for a, b in zip(days, days[1:]))  # type: ignore[operator]


def _row_day(s: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the full date closing a listed line, None without one."""
    m = TRAILING_DATE.search(s)
    d = _ROW_FULL.search(m.group(0)) if m else None
    if d is None:
        return None
    y = int(d.group(1))
    return (y if y >= 100 else (2000 + y if y <= 39 else 1900 + y)), int(d.group(2)), int(d.group(3))


def _pipe_table(texts: list[str]) -> bool:
    """Rows of one table between '|' (the same number of cells), in whatever order: each row has two date
    cells ("항공협정 | 1993.5.20 | 1993.8.2", signed and in force), or three or more rows whose other cells
    are all short names ("항공협정 | 1993.5.20"). A board's listed posts carry a number or a widget word."""
    if not all(dated_table_row(t) for t in texts) or len({t.count("|") for t in texts}) != 1:
        return False
    rows = [[c.strip() for c in t.split("|")] for t in texts]
    if not _name_cells(texts):
        return False
    if all(sum(date_only(c) is not None for c in r) >= 2 for r in rows):
        return True
    return len(rows) >= 3 and all(_TABLE_CELLS.fullmatch(c) for r in rows for c in r if date_only(c) is None)


def dated_table_row(s: str) -> bool:
    """Three or more cells between '|', each short, one a date on its own and one a name: a table row
    ("항공협정 | 1993.5.20 | 1993.8.2"), not a board post's "제목 2012.02.08 | No.14" nor a menu."""
    cells = [c.strip() for c in s.split("|")]
    return (len(cells) >= 3 and all(0 < len(c) <= 40 for c in cells)
            and any(date_only(c) is not None for c in cells)
            and any(_HANGUL_WORD.search(c) and not any(ch.isdigit() for ch in c) for c in cells))


def _slash_cells(s: str) -> int:
    """Cells of a row written "2012 / X대학교 / 베트남" (three or more short cells between spaced slashes), else 0."""
    cells = s.split(" / ")
    return len(cells) if len(cells) >= 3 and all(0 < len(c.strip()) <= 25 for c in cells) else 0


def slash_table_rows(texts: list[str], labels: list[str]) -> set[int]:
    """Kept lines that are rows of a table flattened with slashes: two or more in a row (blank lines
    between allowed) with the same number of cells. Not photo credits ("2019.11.27 / 뉴스1"), which the
    caption trimming would cut."""
    rows: set[int] = set()
    run: list[int] = []
    for i in [*range(len(texts)), -1]:
        if i >= 0 and labels[i] == "blank":
            continue
        k = _slash_cells(texts[i]) if i >= 0 and labels[i] == "content" else 0
        if k and run and _slash_cells(texts[run[-1]]) == k:
            run.append(i)
            continue
        if len(run) >= 2:
            rows.update(run)
        run = [i] if k else []
    return rows


def heads_rows(texts: list[str], labels: list[str], i: int, depth: int = 0) -> bool:
    """Line ``i`` is the heading of the list or table below it, which the list reader needs, whatever
    the line model says of so short a line: a year line over rows led by a month or a date ("2019년" /
    "3월 12일 X 회담", "2019" / "- 03.05 X"), or a short heading over dated rows ("○ 방한" over
    "- 2019.4.9 …", "자매도시" over a column-name row and a dated row)."""
    s = texts[i]
    if _in_cell_rows(texts, labels, i):
        return True
    if year_line(s):
        nxt = next((j for j in range(i + 1, len(texts)) if labels[j] != "blank"), None)
        if nxt is not None and _ROW_START.match(texts[nxt]):
            return True
        if nxt is not None and _undated_row(texts[nxt]):
            # "[2018년]" over rows with no date of their own ("X 포럼 개최 (4월, 리마)", "Y 정상회담 개최")
            after = _walk(labels, nxt, 1, 1)
            return not after or _undated_row(texts[after[0]]) or year_line(texts[after[0]])
    if len(s) > 20 or ends_sentence(s) or furniture_word(s):  # not "컨텐츠 바로가기", "… 더보기"
        return False
    after = list(itertools.islice((j for j in range(i + 1, len(texts))
                                   if labels[j] != "blank" and not labels[j].startswith("drop:")), 2))
    if not after:
        return False
    row = texts[after[0]]
    if depth == 0 and not year_line(s) and not starts_with_date(row) and heads_rows(texts, labels, after[0], 1):
        return True  # the title over a heading over the rows: "한-몽골 인사교류" / "○ 방한" / "- 대통령 : 2004.6"
    if starts_with_date(row) or starts_with_date(_ROW_LABEL.sub("", row, count=1)):
        # a row naming an act after its date ("- 대통령 : 2004.6(국빈)" after its label), not running text nor a bare date
        return len(row) <= 100 and not ends_sentence(row) and date_only(row) is None
    if len(after) == 2 and all(TRAILING_DATE.search(texts[x]) for x in after) and chronology_run([texts[x] for x in after]):
        return True  # "자매도시 현황" over rows closed by their dates ("X시 페루 2011.5.10", "Y시 페루 2015.9.3")
    return len(after) == 2 and bool(_COLUMN_NAMES.fullmatch(row)) and has_full_date(texts[after[1]])


def _undated_row(t: str) -> bool:
    """A short row of a list with no verb and no full date: words and at most a bracketed note."""
    return 4 <= len(t) <= 80 and not ends_sentence(t) and not furniture_word(t) and not year_line(t) \
        and not has_full_date(t) and date_only(t) is None and len(_HANGUL_WORD.findall(t)) >= 2


def _date_cell(t: str) -> bool:
    """A line holding only a year or a date: a table's date cell flattened onto a line of its own."""
    return year_line(t) or date_only(t) is not None or bool(_DATE_CELL.fullmatch(t))


def _in_cell_rows(texts: list[str], labels: list[str], i: int) -> bool:
    """Line ``i`` belongs to a table flattened one cell a line, each date or year cell followed by the
    row's other cells ("1993" / "항공협정 서명" / "2003.2.15" / "자유무역협정 서명", or "2015.03.10" /
    "X대학교" / "인도"): two or more such rows in a row with the same number of cells (two to four), the
    other cells short and no sentence, no date, no year."""

    def cell(x: int) -> bool:
        t = texts[x]
        return 0 < len(t) <= 60 and not ends_sentence(t) and not _date_cell(t) and not starts_with_date(t)

    if _headline_dates(texts, labels, i, cell):
        return True
    if _date_cell(texts[i]):
        first, at = i, 0
    else:
        if not cell(i):
            return False
        back = _walk(labels, i, -1, 3)
        k = next((n for n, x in enumerate(back) if not cell(x)), None)
        if k is None or not _date_cell(texts[back[k]]):
            return False
        first, at = back[k], k + 1  # the row's date cell, and how many cells after it line i stands
    after = _walk(labels, first, 1, 7)
    before = _walk(labels, first, -1, 4)
    for width in range(max(2, at + 1), 5):  # cells a row
        own = after[:width - 1]
        if len(own) < width - 1 or not all(cell(x) for x in own):
            break
        nxt = after[width - 1:2 * width - 1]
        if len(nxt) == width and _date_cell(texts[nxt[0]]) and all(cell(x) for x in nxt[1:]):
            return True
        prev = before[:width]
        if len(prev) == width and _date_cell(texts[prev[-1]]) and all(cell(x) for x in prev[:-1]):
            return True
    return False


def cell_table_rows(texts: list[str], labels: list[str]) -> set[int]:
    """The date cells of a table flattened one cell a line ("1993.6.3" / "투자보장협정" / "리마" / "2005.3.15" /
    ...), which a dateline check alone would take for the page's date: each a date alone on its line, in a
    run of two or more rows of the same width (:func:`_in_cell_rows`) whose dates run forward in time (a
    related-articles list runs newest first). Not a timestamp (a clock time or a weekday) nor a date beside
    a byline word ("입력" / "2023.03.14 15:20" / "수정" / ...)."""
    cells: list[tuple[int, int]] = []
    for i, t in enumerate(texts):
        if labels[i] == "blank" or labels[i].startswith("drop:") or date_only(t) is None:
            continue
        if _CLOCK_OR_DAY.search(t) or any(keyword_only(texts[j]) for j in (*_walk(labels, i, -1, 1), *_walk(labels, i, 1, 1))):
            continue
        day = _ROW_FULL.search(t) or _ROW_DATE.search(t)
        if day is None or not _in_cell_rows(texts, labels, i) or _headline_dates(texts, labels, i, _cell_of(texts)):
            # (a date below its act, "문화협정 서명" / "2003.5.1", stays the dated headline the list reader pairs)
            continue
        y = int(day.group(1))
        cells.append((i, (y if y >= 100 else (2000 + y if y <= 39 else 1900 + y)) * 10000 + int(day.group(2)) * 100
                      + (int(day.group(3)) if day.re is _ROW_FULL else 0)))
    keys = [k for _, k in cells]
    if len(cells) < 2 or any(a > b for a, b in zip(keys, keys[1:])) or keys[-1] == keys[0]:
        return set()
    return {i for i, _ in cells}


def _cell_of(texts: list[str]):
    def cell(x: int) -> bool:
        t = texts[x]
        return 0 < len(t) <= 60 and not ends_sentence(t) and not _date_cell(t) and not starts_with_date(t)

    return cell


_CLOCK_OR_DAY = re.compile(r"\d{1,2}:\d{2}|\(\s*[월화수목금토일]\s*\)")


def _headline_dates(texts: list[str], labels: list[str], i: int, cell) -> bool:
    """Line ``i`` is a short line or the date line below it, two or more such pairs in a row ("무역협정 서명"
    / "1993.2.13" / "문화협정 서명" / "2003.5.1"): the list reader pairs them (and reads none when the dates
    run back, as in a list of related articles)."""
    first = i if cell(i) else next(iter(_walk(labels, i, -1, 1)), None)
    if first is None or not cell(first):
        return False
    nxt = _walk(labels, first, 1, 3)
    prev = _walk(labels, first, -1, 2)
    if not nxt or not _date_cell(texts[nxt[0]]) or first != i and nxt[0] != i:
        return False
    return len(nxt) == 3 and cell(nxt[1]) and _date_cell(texts[nxt[2]]) or \
        len(prev) == 2 and _date_cell(texts[prev[0]]) and cell(prev[1])


def _walk(labels: list[str], i: int, step: int, n: int) -> list[int]:
    """Up to ``n`` kept lines from line ``i`` on (not itself), going ``step`` (1 or -1), blank lines skipped."""
    out: list[int] = []
    j = i + step
    while 0 <= j < len(labels) and len(out) < n:
        if labels[j] != "blank" and not labels[j].startswith("drop:"):
            out.append(j)
        j += step
    return out


def pipe_table_rows(texts: list[str], labels: list[str]) -> set[int]:
    """Lines that are rows of one table between '|' (two or more in a row, the same number of cells, each
    with a date cell and a name cell: "베트남 | 하노이시 | 2015.03.10", "1993.2.13 | 무역협정 서명"), which a dateline check alone would
    take for "outlet | date" lines. A lone row, or rows with a board's counters, are not."""
    rows: set[int] = set()
    run: list[int] = []
    for i in [*range(len(texts)), -1]:
        if i >= 0 and labels[i] == "blank":
            continue
        ok = i >= 0 and "|" in texts[i] and (dated_table_row(texts[i]) or _dated_pair(texts[i]))
        if ok and run and texts[run[-1]].count("|") == texts[i].count("|"):
            run.append(i)
            continue
        if len(run) >= 2 and _name_cells([texts[k] for k in run]):
            rows.update(run)
        run = [i] if ok else []
    return rows


def _dated_pair(s: str) -> bool:
    """Two cells, a date and what happened on it: "1993.2.13 | 무역협정 서명"."""
    cells = [c.strip() for c in s.split("|")]
    return len(cells) == 2 and any(date_only(c) is not None for c in cells) and \
        any(date_only(c) is None and 0 < len(c) <= 80 and _HANGUL_WORD.search(c) for c in cells)


def _name_cells(texts: list[str]) -> bool:
    """Every cell of the rows that is no date is a name: no counter ("조회 12", "No.14"), no widget word."""
    return not any(furniture_word(c) or _COUNT_CELL.fullmatch(c)
                   for t in texts for c in (x.strip() for x in t.split("|")) if date_only(c) is None)
