"""Bytes in: files, directories, stdin, JSON Lines and WARC/WET archives.

:func:`read_inputs` turns command-line paths into a stream of
:class:`~coopgraph.records.RawDoc` (one per document) and
:class:`~coopgraph.records.ErrorRecord` (one per thing that could not be read).
The container format is sniffed from the bytes, not only from the file name:
a ``.txt`` file that holds a WARC archive is read as a WARC archive.

Sources name where a document came from so that a person can find it again:

* a plain file: the path as given, or ``DIR/relative/path`` under a directory;
* a JSON Lines record: ``path:LINE`` (1-based line number);
* a WARC/WET record: ``path@OFFSET`` (byte offset of the record, as warcio
  and ``warcio extract`` use it).

Every read is bounded (:mod:`coopgraph.ingest.limits`, the ``max_*`` fields of
:class:`~coopgraph.settings.Settings`): nothing is read whole before its size
is known to be within the limit. ``.jsonl.gz`` and ``.txt.gz``/``.html.gz``
inputs are inflated as a stream. Inputs that are not regular files (a FIFO, a
device), symlink loops and unreadable directories become ``unreadable`` error
records instead of blocking or vanishing.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
import zlib
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import BinaryIO

from coopgraph.ingest.jsonl import read_jsonl
from coopgraph.ingest.limits import gunzip, mib, prefixed, read_bounded
from coopgraph.ingest.sniff import _JSONL_SUFFIXES, GZIP_MAGIC, gunzip_head, inner_name, sniff_container
from coopgraph.ingest.warc import read_warc
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

__all__ = ["doc_id_of", "read_inputs", "iter_files"]

_HEAD = 64 * 1024


def doc_id_of(data: bytes) -> str:
    """sha256 of a document's raw bytes, first 16 hex digits."""
    return hashlib.sha256(data).hexdigest()[:16]


def _doc_id_of_stream(fh: BinaryIO) -> str:
    h = hashlib.sha256()
    while chunk := fh.read(1 << 20):
        h.update(chunk)
    return h.hexdigest()[:16]


def _walk(path: str) -> list[str | ErrorRecord]:
    """Files under a directory (sorted like a tree listing) and an ErrorRecord per directory that cannot be listed."""
    found: list[tuple[tuple[str, ...], str | ErrorRecord]] = []

    def failed(exc: OSError) -> None:
        where = exc.filename or path
        found.append((Path(where).parts, ErrorRecord(
            source=str(where), code="unreadable",
            message=f"cannot list the directory {where}: {exc.strerror or exc}; its files were not read")))

    for root, dirs, files in os.walk(path, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = os.path.relpath(root, path)
        for name in files:
            if name.startswith("."):
                continue
            full = os.path.join(path, name) if rel == "." else os.path.join(path, rel, name)
            found.append((Path(full).parts, full))
    # sort on path components so "a/b" < "a-b/c" orders like a tree listing
    found.sort(key=lambda item: item[0])
    return [item for _, item in found]


def iter_files(path: str) -> Iterator[str]:
    """Files under a directory, recursively, in a stable (sorted) order.

    Hidden files and directories (name starting with ".") are skipped. The
    paths returned start with ``path`` exactly as given, so that a source
    reads like the command line that produced it.
    """
    return iter([f for f in _walk(path) if isinstance(f, str)])


def read_inputs(paths: list[str], settings: Settings | None = None,
                skip: Collection[str] = ()) -> Iterator[RawDoc | ErrorRecord]:
    """Yield one RawDoc per document found under ``paths``, or an ErrorRecord.

    Args:
        paths: files, directories (read recursively) or ``-`` for stdin.
        settings: the ``max_*`` limits (see :class:`~coopgraph.settings.Settings`).
        skip: real paths of files a directory walk passes over (the command's own output file,
            written while the directory is read, must not be read back as an input).

    Yields:
        RawDoc or ErrorRecord, in input order; never raises for a bad file.
    """
    settings = settings or Settings()
    for p in paths:
        if p == "-":
            yield from _read_stdin(settings)
            continue
        if os.path.isdir(p):
            for f in _walk(p):
                if isinstance(f, ErrorRecord):
                    yield f
                elif not (skip and os.path.realpath(f) in skip):
                    yield from _read_file(f, settings)
        elif os.path.lexists(p):
            yield from _read_file(p, settings)
        else:
            yield ErrorRecord(source=p, code="not_found", message=f"no such file or directory: {p}")


def _stat_error(source: str, exc: OSError) -> ErrorRecord:
    if exc.errno == errno.ELOOP:
        return ErrorRecord(source=source, code="unreadable", message=f"{source} is a symlink loop")
    if exc.errno == errno.ENOENT:
        return ErrorRecord(source=source, code="not_found",
                           message=f"{source} is a symlink to nothing (dangling)" if os.path.islink(source)
                           else f"no such file or directory: {source}")
    return ErrorRecord(source=source, code="unreadable", message=f"cannot read {source}: {exc.strerror or exc}")


def _read_file(source: str, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    try:
        st = os.stat(source)
    except OSError as exc:
        yield _stat_error(source, exc)
        return
    if not stat.S_ISREG(st.st_mode):
        what = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode) else "a socket" if stat.S_ISSOCK(st.st_mode)
                else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "not a regular file")
        yield ErrorRecord(source=source, code="unreadable", message=f"{source} is {what}: skipped, not read")
        return
    try:
        fh = open(source, "rb")  # noqa: SIM115 - closed in finally; the generator may stop early
    except OSError as exc:
        yield _stat_error(source, exc)
        return
    try:
        yield from _read_stream(source, fh, os.path.basename(source), settings, size=st.st_size)
    except OSError as exc:
        yield ErrorRecord(source=source, code="unreadable", message=f"cannot read {source}: {exc.strerror or exc}")
    finally:
        fh.close()


def _read_stdin(settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    stdin = sys.stdin.buffer
    try:
        head = stdin.read(_HEAD)
        yield from _read_stream("-", prefixed(head, stdin), "", settings, head=head)
    except OSError as exc:
        yield ErrorRecord(source="-", code="unreadable", message=f"cannot read stdin: {exc.strerror or exc}")


def _read_stream(source: str, fh: BinaryIO, name: str, settings: Settings, size: int | None = None,
                 head: bytes | None = None) -> Iterator[RawDoc | ErrorRecord]:
    """One input stream: sniff its first bytes, then read it as WARC, JSON Lines, gzip or one document."""
    if head is None:
        head = fh.read(_HEAD)
        fh.seek(0)
    if head.startswith(GZIP_MAGIC) and not gunzip_head(head).lstrip().startswith(b"WARC/"):
        yield from _read_gzip(source, fh, name, settings)
        return
    kind = sniff_container(head, name)
    if kind == "warc":
        yield from read_warc(fh, source, settings)
    elif kind == "jsonl":
        yield from read_jsonl(fh, source, settings)
    else:
        limit = settings.max_bytes if size is not None else min(settings.max_bytes, settings.max_stdin_bytes)
        what = "max_bytes, --max-bytes" if size is not None else "max_stdin_bytes, --max-stdin-bytes"
        if size is not None and size > limit:
            yield ErrorRecord(source=source, code="too_large", doc_id=_doc_id_of_stream(fh),
                              message=f"{size:,} bytes is over the limit of {mib(limit)} ({what})")
            return
        data, over = read_bounded(fh, limit)
        if over:  # the rest is not read: stdin may never end
            yield ErrorRecord(source=source, code="too_large",
                              message=f"more than the limit of {mib(limit)} ({what}); the rest was not read")
            return
        yield RawDoc(source=source, doc_id=doc_id_of(data), data=data, kind=kind)


_DOC_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}


def _read_gzip(source: str, fh: BinaryIO, name: str, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    """``.jsonl.gz`` (streamed line by line) or a gzip-compressed document (inflated up to the member limit)."""
    gz = gunzip(fh)
    inner = inner_name(name)
    try:
        ihead = gz.peek(_HEAD)[:_HEAD]
    except (OSError, EOFError, zlib.error) as exc:
        ihead = b""
        if not inner.lower().endswith(_JSONL_SUFFIXES):
            yield ErrorRecord(source=source, code="bad_gzip", message=f"gzip data is truncated or corrupt: {exc}")
            return
    kind = sniff_container(ihead, inner)
    try:
        if kind == "jsonl":
            yield from read_jsonl(gz, source, settings)
            return
        limit = min(settings.max_member_bytes, settings.max_bytes)
        data, over = read_bounded(gz, limit)
        if over:
            yield ErrorRecord(source=source, code="too_large",
                              message=f"inflates to more than the limit of {mib(limit)} "
                                      "(max_member_bytes/max_bytes, --max-member-bytes/--max-bytes)")
            return
        doc_kind = _DOC_SUFFIXES.get(os.path.splitext(inner.lower())[1])
        yield RawDoc(source=source, doc_id=doc_id_of(data), data=data, kind=doc_kind)
    except (EOFError, zlib.error) as exc:
        yield ErrorRecord(source=source, code="bad_gzip",
                          message=f"gzip data is truncated or corrupt: {type(exc).__name__}: {exc}")
