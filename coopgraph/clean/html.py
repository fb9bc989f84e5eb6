"""HTML -> main text, title and publication date.

Strategies, in order (the one used is recorded in ``CleanDoc.strategy``):

1. ``trafilatura``: the main-text extractor; its output then goes through the
   stripped-text remover, which only drops lines that are clearly not
   article text (tickers, copyright, link lists that slipped through).
2. ``html-text``: when trafilatura finds nothing (tiny or truncated pages),
   the page's visible text, one block element a line, through the
   stripped-text remover.

The date: a byline in the visible page text ("입력 2019.04.11 09:11") wins;
else htmldate restricted to the page's metadata and markup (no free-text
search), unless the date it found is one the page shows in a "today" widget
(a render date). Measured here: htmldate's extensive search picked a page's
"today" widget date over the article's byline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopgraph.clean.boilerplate import normalise_line, strip_boilerplate
from coopgraph.clean.datelines import byline_dates, date_only, find_dates
from coopgraph.clean.markers import fold, load_markers

_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
               "header", "footer", "dd", "dt", "td", "th", "blockquote", "pre", "table", "ul", "ol", "nav")
_SITE_SUFFIX = re.compile(r"\s+(?:[|:<>\-–—]|::)\s+[^|:<>\-–—]{1,30}$")


@dataclass(frozen=True, slots=True)
class HtmlResult:
    text: str
    title: str | None
    doc_date: str | None
    date_source: str | None
    strategy: str


def extract_html(html: str, url: str | None = None) -> HtmlResult:
    """Main text, title and date of an HTML page (see the module docstring)."""
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        return _from_plain(_strip_tags(html), None)
    visible = _visible_text(tree)
    title = _title(tree)
    pub, source = _page_date(tree, visible, url)

    main = trafilatura.extract(tree, url=url, output_format="txt", include_comments=False, include_tables=True,
                               favor_recall=True, deduplicate=False, with_metadata=False)
    if main and main.strip():
        main = _restore_lines(main, visible)
        stripped = strip_boilerplate(main)
        strategy = "trafilatura"
        if not stripped.text.strip():
            stripped = strip_boilerplate(visible)
            strategy = "html-text"
    else:
        stripped = strip_boilerplate(visible)
        strategy = "html-text"
    text = stripped.text
    head = [h for h in (title, _subtitle(tree)) if h and normalise_line(h) not in text[: len(h) + 300]]
    if text and head:
        text = "\n".join(normalise_line(h) for h in head) + "\n" + text
    if pub is None and stripped.doc_date:
        pub, source = stripped.doc_date, stripped.date_source
    return HtmlResult(text=text, title=title or stripped.title, doc_date=pub, date_source=source,
                      strategy=strategy)


_FLAT_SENTENCE = re.compile(r"(?:다|요)[.!?][\"'”’)]*\s")


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _restore_lines(main: str, visible: str) -> str:
    """Give back the page's line breaks to a flattened extraction.

    When trafilatura falls back to its baseline (e.g. an article whose end
    holds a list of links), it joins every paragraph, heading and link of the
    article into one line; link lists then cannot be told from sentences. If a
    line holds several sentences, it is rebuilt from the visible lines of the
    page it is made of (compared without blanks), in page order.
    """
    lines = main.splitlines()
    if not any(len(ln) > 150 and len(_FLAT_SENTENCE.findall(ln)) >= 3 for ln in lines):
        return main
    vis = [v for v in (normalise_line(x) for x in visible.splitlines()) if v]
    sq = [_squash(v) for v in vis]
    out: list[str] = []
    i = 0
    for ln in lines:
        t = _squash(ln)
        if len(ln) <= 150 or not t:
            out.append(ln)
            continue
        pos, pieces, k = 0, [], i
        while pos < len(t) and k < len(vis):
            if sq[k] and t.startswith(sq[k], pos):
                pieces.append(vis[k])
                pos += len(sq[k])
            k += 1
        if pos < len(t) or not pieces:  # the page's lines do not add up to this one: keep it
            out.append(ln)
            continue
        out.extend(pieces)
        i = k
    return "\n".join(out)


def _from_plain(text: str, title: str | None) -> HtmlResult:
    stripped = strip_boilerplate(text)
    return HtmlResult(stripped.text, title or stripped.title, stripped.doc_date, stripped.date_source, "html-text")


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style|noscript)\b.*?(</\1>|$)", " ", html)
    html = re.sub(r"(?i)<(?:/?(?:p|div|br|li|tr|h\d)\b)[^>]*>", "\n", html)
    return re.sub(r"<[^>]*>", " ", html)


def _visible_text(tree) -> str:
    """Text of the page without scripts and styles, one block element a line."""
    from lxml import etree

    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "template", "svg", "head") or not isinstance(el.tag, str):
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    try:
        walk(root)
    except (ValueError, etree.LxmlError):  # pragma: no cover - lxml oddities
        return root.text_content() if hasattr(root, "text_content") else ""
    return "".join(parts)


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for el in tree.iterfind(f".//meta[@property='{name}']"):
            if el.get("content", "").strip():
                return el.get("content").strip()
        for el in tree.iterfind(f".//meta[@name='{name}']"):
            if el.get("content", "").strip():
                return el.get("content").strip()
    return None


def _title(tree) -> str | None:
    """og:title, else the first h1, else <title> without a " | Site" suffix."""
    t = _meta(tree, "og:title", "twitter:title")
    if not t:
        h1 = tree.find(".//h1")
        if h1 is not None:
            t = " ".join(h1.itertext())
    if not t:
        el = tree.find(".//title")
        if el is not None and el.text:
            t = el.text
    if not t:
        return None
    t = normalise_line(t)
    short = _SITE_SUFFIX.sub("", t)
    return (short if len(short) >= 8 else t) or None


def _subtitle(tree) -> str | None:
    """A short h2/h3/h4 right after the page's h1 (a deck line that extractors often skip)."""
    h1 = tree.find(".//h1")
    if h1 is None:
        return None
    nxt = h1.getnext()
    if nxt is None or nxt.tag not in ("h2", "h3", "h4"):
        return None
    sub = normalise_line(" ".join(nxt.itertext()))
    if not sub or len(sub) > 150 or fold(sub) in load_markers().block_headings:
        return None
    return sub


def _render_dates(tree, visible: str) -> set[str]:
    """Dates the page shows as "today": in widget elements, or with a weekday on a line of their own."""
    hints = load_markers().render_date_hints
    found: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        cls = f"{el.get('class', '')} {el.get('id', '')}".casefold()
        if cls.strip() and any(h in cls for h in hints):
            found.update(find_dates(" ".join(el.itertext())[:500]))
    for line in visible.splitlines():
        d = date_only(line)
        if d and d[0] and d[1]:
            found.add(d[0])
    return found


def _page_date(tree, visible: str, url: str | None) -> tuple[str | None, str | None]:
    bylines = byline_dates(visible)
    hd = _htmldate(tree, url)
    if bylines:
        first = bylines[0][1]
        return first, "byline+htmldate" if hd == first else "byline"
    if hd and hd not in _render_dates(tree, visible):
        return hd, "htmldate"
    return None, None


def _htmldate(tree, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - htmldate failing must not lose the document
        return None
