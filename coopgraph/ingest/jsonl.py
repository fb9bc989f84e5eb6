"""JSON Lines of ``{url, html|text, fetched_at}``: one document a line.

A bad line becomes an ErrorRecord whose source names the line
(``file.jsonl:17``); the lines around it are still read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import BinaryIO

from coopgraph.ingest.limits import bounded_lines, mib
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings


def read_jsonl(fh: BinaryIO, source: str, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    """Yield a RawDoc per valid line of ``fh`` and an ErrorRecord per bad one.

    ``doc_id`` is the hash of the document's own bytes (the ``html`` or
    ``text`` value in UTF-8), so the same page read from a file or from a
    JSON Lines dump gets the same id.
    """
    limit = settings.max_line_bytes
    for lineno, line, size in bounded_lines(fh, limit):
        where = f"{source}:{lineno}"
        if line is None:  # never held whole: skipped in chunks
            yield ErrorRecord(source=where, code="too_large",
                              message=f"line of {size:,} bytes is over the limit of {mib(limit)} "
                                      "(max_line_bytes, --max-line-bytes)")
            continue
        if not line.strip():
            continue
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield ErrorRecord(source=where, code="bad_json", message=f"line {lineno} is not valid JSON: {exc}")
            continue
        if not isinstance(obj, dict):
            yield ErrorRecord(source=where, code="bad_json",
                              message=f"line {lineno} is a JSON {type(obj).__name__}, not an object")
            continue
        kind = "html" if isinstance(obj.get("html"), str) else "text" if isinstance(obj.get("text"), str) else None
        if kind is None:
            yield ErrorRecord(source=where, code="bad_json",
                              message=f"line {lineno} has no string 'html' or 'text' field")
            continue
        data = obj[kind].encode("utf-8", "surrogatepass")
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        fetched = obj.get("fetched_at")
        yield RawDoc(source=where, doc_id=hashlib.sha256(data).hexdigest()[:16], data=data, kind=kind,
                     url=url, fetched_at=str(fetched) if fetched is not None else None)
