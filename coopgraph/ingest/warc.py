"""WARC and WET archives (gzip-compressed or not), read with warcio.

One RawDoc per ``response`` record with a textual payload (HTML or plain
text) and per ``conversion`` record (the extracted text of a WET file);
``resource`` records are treated like responses. Requests, metadata and
images are skipped. A truncated or corrupt archive keeps every record read
before the damage and adds one ``bad_warc`` ErrorRecord for the rest.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from coopgraph.ingest.limits import mib, read_bounded
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

_TEXTUAL = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")


def _kind_of(content_type: str | None, rec_type: str) -> str | None:
    if rec_type == "conversion":
        return "text"
    ct = (content_type or "").split(";", 1)[0].strip().lower()
    if not ct:
        return None  # let the cleaner sniff it
    if ct.startswith(_TEXTUAL):
        return "text" if ct == "text/plain" else "html"
    return "skip"


def read_warc(fh: BinaryIO, source: str, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    """Yield the documents of one WARC/WET stream; see the module docstring."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    it = ArchiveIterator(fh)
    offset = 0
    try:
        for record in it:
            rec_type = record.rec_type
            if rec_type not in ("response", "conversion", "resource"):
                continue
            content_type = None
            if rec_type == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue
                content_type = record.http_headers.get_header("Content-Type")
            elif rec_type != "conversion":
                content_type = record.rec_headers.get_header("Content-Type")
            kind = _kind_of(content_type, rec_type)
            if kind == "skip":
                continue
            length = int(record.rec_headers.get_header("Content-Length") or 0)
            if length > settings.max_bytes:
                # the offset is known only once the record has been read past: warcio skips it in chunks
                offset = it.get_record_offset()
                yield ErrorRecord(source=f"{source}@{offset}", code="too_large",
                                  message=f"record of {length:,} bytes is over the limit of {mib(settings.max_bytes)} "
                                          "(max_bytes, --max-bytes)")
                continue
            # the payload may be gzip/deflate/chunked encoded: inflate it only up to the limit
            limit = min(settings.max_member_bytes, settings.max_bytes)
            data, over = read_bounded(record.content_stream(), limit)
            if over:
                offset = it.get_record_offset()
                yield ErrorRecord(source=f"{source}@{offset}", code="too_large",
                                  message=f"payload inflates to more than the limit of {mib(limit)} "
                                          "(max_member_bytes/max_bytes, --max-member-bytes/--max-bytes)")
                continue
            if getattr(record.raw_stream, "limit", 0):
                # fewer bytes than Content-Length: the archive ends inside this record
                raise EOFError(f"record at byte {it.get_record_offset()} is cut off")
            offset = it.get_record_offset()  # only valid after the content was read
            where = f"{source}@{offset}"
            n += 1
            yield RawDoc(source=where, doc_id=hashlib.sha256(data).hexdigest()[:16], data=data, kind=kind,
                         url=record.rec_headers.get_header("WARC-Target-URI"),
                         fetched_at=record.rec_headers.get_header("WARC-Date"))
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as exc:
        yield ErrorRecord(source=source, code="bad_warc",
                          message=f"archive is truncated or corrupt after {n} documents "
                                  f"(near byte {offset}): {type(exc).__name__}: {exc}")
        return
    rest = _unread_tail(fh, it)
    if rest:
        yield ErrorRecord(source=source, code="bad_warc",
                          message=f"archive is truncated after {n} documents: {rest:,} bytes after the last "
                                  "complete record could not be read")


def _unread_tail(fh: BinaryIO, it) -> int:
    """Bytes left after the last complete record (warcio drops a cut-off record silently)."""
    info = getattr(it, "member_info", None)
    try:
        end = info[0] + info[1] if info else 0
        fh.seek(end)
        rest = fh.read()
    except (OSError, ValueError, TypeError):
        return 0
    return len(rest) if rest.strip(b"\r\n\t \x00") else 0
