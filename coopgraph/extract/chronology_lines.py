"""The lines of a list as the list reader sees them (used by :mod:`coopgraph.extract.chronology`):
year headings over the rows below them ("2019년", "2019", "'98", "2019년 주요 인사교류") and the
cells of a table flattened one a line, joined back into rows.
"""

from __future__ import annotations

import re

from coopgraph.clean.tables import SHORT_YEAR_HEADING, YEAR_HEADING
from coopgraph.extract.chronology_dates import _BULLET, _VERBAL_END
from coopgraph.extract.chronology_page import Page, item_dates
from coopgraph.records import DateExpr, Sentence

_TITLED_YEAR = re.compile(r"\s*[■□●○◆◇▶▷•·\-]?\s*[\[<〈《【(]?\s*((?:1[89]|20)\d\d)\s*년도?\s+([^\d\]>〉》】)]{2,24}?)\s*[\]>〉》】)]?\s*")


def year_heading(page: Page, s: Sentence) -> tuple[DateExpr, list] | None:
    """The year a heading line gives the lines below it ("2019년", "2019", "'99", "2019년 주요 인사교류"),
    with the heading's act if it names one; None for any other line (a dated row "2019년 X 포럼 개최")."""
    m = YEAR_HEADING.fullmatch(s.text)
    year, acts = (m.group(1), []) if m else (None, [])
    if m is None:
        m = SHORT_YEAR_HEADING.fullmatch(s.text)
        if m:
            yy = int(m.group(1))
            year = f"{2000 + yy if yy <= page.pivot else 1900 + yy:04d}"
    if m is None:
        m = _TITLED_YEAR.fullmatch(s.text)
        if m is None or _VERBAL_END.search(s.text) or page.acts(s.begin + m.start(2), s.begin + m.end(2), line=True) \
                or item_dates(page, s) and len(item_dates(page, s)) > 1:
            return None
        year, acts = m.group(1), page.header_acts(m.group(2))
    at = s.begin + m.start(1)
    return DateExpr(at, s.begin + m.end(1), s.text[m.start(1):m.end(1)], year, year, rule="list-heading-year"), acts
# a line led by a month ("3월 5일 X", "- 11월 X") or a dotted month and day ("- 3.5 X", "- 10.21~25 X")
_MONTH_LED = re.compile(r"\s*[■□●○◆◇▶▷•·\-]?\s*\d{1,2}\s*(?:월|[./]\s?\d{1,2}\.?(?:\s?\([월화수목금토일]\))?(?:\s?[~∼\-–]\s?\d{1,2}\.?)?\s)")


def joined_cells(page: Page, sentences: list[Sentence]) -> list[Sentence]:
    """A table flattened one cell a line: a line holding only a date ("2019.4.9") and the short
    line after it with no date ("투자보장협정 서명") are one row. Lines that alternate the other way,
    each short line closed by the date below it ("X 포럼 개최" / "2023.06.10" / "Y MOU 체결" /
    "2023.05.30"), are headlines with their dates: a row each when the dates run forward, none
    when they run back (a news page's list of related articles, newest first)."""
    text = page.text
    trailing = _trailing_dates(page, sentences)
    out: list[Sentence] = []
    i = 0
    while i < len(sentences):
        s = sentences[i]
        if i in trailing:
            if trailing[i]:
                stop = sentences[i + 1].stop
                out.append(Sentence(s.begin, stop, text[s.begin:stop]))
            i += 2  # (a headline list's lines are no rows at all)
            continue
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt is not None and len(nxt.text.strip()) <= 60 and not _VERBAL_END.search(nxt.text) \
                and not (YEAR_HEADING.fullmatch(s.text) and _MONTH_LED.match(nxt.text)) \
                and "\n" in text[s.stop:nxt.begin + 1]:
            anchors = item_dates(page, s)
            lead = _BULLET.match(text, s.begin)
            rest = text[anchors[-1].stop:s.stop] if anchors else "x"
            if anchors and anchors[0].begin == (lead.end() if lead else s.begin) and \
                    re.fullmatch(r"[\s,.~\-년월일]*", rest) and not item_dates(page, nxt):
                # a row of three or four cells ("2019.3" / "응우옌 쑤언 푹" / "총리"): the short cells
                # up to the next date line, a heading or prose
                j = i + 2
                while j < len(sentences) and j < i + 4 and _cell(page, sentences[j - 1], sentences[j]):
                    j += 1
                stop = sentences[j - 1].stop
                out.append(Sentence(s.begin, stop, text[s.begin:stop]))
                i = j
                continue
        out.append(s)
        i += 1
    return out


def _cell(page: Page, prev: Sentence, s: Sentence) -> bool:
    """``s`` is one more short cell of the row above it: its own line, no verb, no date, no heading."""
    t = s.text.strip()
    return 0 < len(t) <= 30 and "\n" in page.text[prev.stop:s.begin + 1] and not _VERBAL_END.search(t) \
        and not item_dates(page, s) and not page.header_acts(t) and not YEAR_HEADING.fullmatch(s.text) \
        and not re.search(r"\d", t)


def _date_line(page: Page, s: Sentence) -> DateExpr | None:
    """The date of a line holding nothing else ("2023.06.10", "- 2019. 4. 9."), else None."""
    anchors = item_dates(page, s)
    if len(anchors) != 1:
        return None
    lead = _BULLET.match(page.text, s.begin)
    d = anchors[0]
    if d.begin != (lead.end() if lead else s.begin) or not re.fullmatch(r"[\s,.~\-년월일]*", page.text[d.stop:s.stop]):
        return None
    return d


def _trailing_dates(page: Page, sentences: list[Sentence]) -> dict[int, bool]:
    """Short lines each followed by a date line, two or more pairs in a row, the run starting with a
    short line and closing with a date: the first line of each pair -> whether the pair is a row (the
    dates run forward in time) or a listed headline (they run back)."""
    text = page.text
    dated = [_date_line(page, s) if "\n" in text[s.stop:s.stop + 2] or s.stop >= len(text.rstrip()) else None
             for s in sentences]
    out: dict[int, bool] = {}
    i = 0
    while i + 1 < len(sentences):
        pairs = []
        j = i
        while j + 1 < len(sentences) and dated[j] is None and dated[j + 1] is not None \
                and _short(page, sentences[j]) and (j == i or dated[j - 1] is not None):
            pairs.append(j)
            j += 2
        # the run closes with a date: no short line of a row follows its last date
        closes = j >= len(sentences) or dated[j] is None and not _short(page, sentences[j]) or \
            dated[j] is not None
        starts = i == 0 or dated[i - 1] is None
        if len(pairs) >= 2 and closes and starts:
            starts_at = [dated[k + 1].start for k in pairs]
            forward = all(a <= b for a, b in zip(starts_at, starts_at[1:]))
            out.update({k: forward for k in pairs})
            i = j
        else:
            i += 1
    return out


def _short(page: Page, s: Sentence) -> bool:
    t = s.text.strip()
    return 0 < len(t) <= 60 and not _VERBAL_END.search(t) and not item_dates(page, s)
