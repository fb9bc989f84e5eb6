"""Cleaning: raw bytes -> main article text, title and document date.

PLACEHOLDER: the ingest/clean helper replaces this with trafilatura + the
stripped-text boilerplate remover.
"""

from __future__ import annotations

from coopgraph.errors import CoopgraphError
from coopgraph.records import CleanDoc, RawDoc
from coopgraph.settings import Settings


def clean(raw: RawDoc, settings: Settings) -> CleanDoc:
    for enc in ("utf-8", "cp949"):
        try:
            text = raw.data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CoopgraphError("encoding", "neither UTF-8 nor CP949 decodes the bytes")
    if not text.strip():
        raise CoopgraphError("empty", "the document has no text")
    return CleanDoc(source=raw.source, doc_id=raw.doc_id, text=text, url=raw.url, strategy="plain")
