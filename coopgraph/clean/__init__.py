"""Cleaning: raw bytes -> main article text, title and the article's date.

``clean(raw, settings)`` checks the size, refuses binary data, decodes
(:mod:`coopgraph.clean.decode`), tells HTML from text by content, and runs

* HTML: :func:`coopgraph.clean.html.extract_html` (trafilatura + htmldate
  checked against bylines), or
* plain text: :func:`coopgraph.clean.boilerplate.strip_boilerplate`.

Every failure is a :class:`~coopgraph.errors.CoopgraphError` with a code from
:mod:`coopgraph.errors`; the pipeline turns it into an error record.
"""

from __future__ import annotations

import re
import unicodedata

from coopgraph.clean.decode import decode
from coopgraph.errors import CoopgraphError
from coopgraph.records import CleanDoc, RawDoc
from coopgraph.settings import Settings

__all__ = ["clean", "looks_like_html"]

_TAGS = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|br|span|a|table|script|article|h[1-6])\b",
                   re.I)
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


def looks_like_html(text: str) -> bool:
    """HTML by content: a doctype/<html> at the start, or several tags in the head."""
    head = text[:65536]
    start = head.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in head.lower():
        return True
    return len(_TAGS.findall(head, 0, 65536)) >= 3


def normalise_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def clean(raw: RawDoc, settings: Settings) -> CleanDoc:
    """Clean one raw document.

    Args:
        raw: bytes and reader hints (``kind``: "html", "text" or None).
        settings: ``max_bytes`` bounds the document size.

    Returns:
        CleanDoc with the main text (one paragraph a line), title, doc_date,
        and the names of the strategies that produced text and date.

    Raises:
        CoopgraphError: ``too_large``, ``empty``, ``binary``, ``encoding``, ``no_text``.
    """
    size = len(raw.data)
    if size > settings.max_bytes:
        raise CoopgraphError("too_large", f"{size:,} bytes is over the limit of {settings.max_bytes:,} bytes")
    if not raw.data.strip():
        raise CoopgraphError("empty", "the document has no bytes" if not size else "the document is only whitespace")
    text, encoding = decode(raw.data)
    text = normalise_text(text)
    if not text.strip():
        raise CoopgraphError("empty", "the document has no text")
    is_html = looks_like_html(text) if raw.kind != "text" else looks_like_html(text[:4096]) and "<body" in text
    if is_html:
        from coopgraph.clean.html import extract_html

        res = extract_html(text, url=raw.url)
        body, title, doc_date, date_source, strategy = res.text, res.title, res.doc_date, res.date_source, res.strategy
    else:
        from coopgraph.clean.boilerplate import strip_boilerplate

        res = strip_boilerplate(text)
        body, title, doc_date, date_source, strategy = res.text, res.title, res.doc_date, res.date_source, \
            "text-boilerplate"
    if not body.strip():
        raise CoopgraphError("no_text", f"cleaning ({strategy}) left no article text")
    return CleanDoc(source=raw.source, doc_id=raw.doc_id, text=body, url=raw.url, title=title, doc_date=doc_date,
                    strategy=strategy, date_source=date_source, encoding=encoding)
