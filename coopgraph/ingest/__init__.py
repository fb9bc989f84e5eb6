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
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from coopgraph.ingest.jsonl import read_jsonl
from coopgraph.ingest.sniff import sniff_container
from coopgraph.ingest.warc import read_warc
from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

__all__ = ["doc_id_of", "read_inputs", "iter_files"]

_CHUNK = 1 << 20


def doc_id_of(data: bytes) -> str:
    """sha256 of a document's raw bytes, first 16 hex digits."""
    return hashlib.sha256(data).hexdigest()[:16]


def _doc_id_of_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()[:16]


def iter_files(path: str) -> Iterator[str]:
    """Files under a directory, recursively, in a stable (sorted) order.

    Hidden files and directories (name starting with ".") are skipped. The
    paths returned start with ``path`` exactly as given, so that a source
    reads like the command line that produced it.
    """
    found: list[str] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = os.path.relpath(root, path)
        for name in files:
            if name.startswith("."):
                continue
            found.append(os.path.join(path, name) if rel == "." else os.path.join(path, rel, name))
    # sort on path components so "a/b" < "a-b/c" orders like a tree listing
    found.sort(key=lambda p: Path(p).parts)
    return iter(found)


def read_inputs(paths: list[str], settings: Settings | None = None) -> Iterator[RawDoc | ErrorRecord]:
    """Yield one RawDoc per document found under ``paths``, or an ErrorRecord.

    Args:
        paths: files, directories (read recursively) or ``-`` for stdin.
        settings: ``max_bytes`` bounds a single-document file; a larger file
            is reported as ``too_large`` without being read into memory.
            Archives (WARC/WET, JSON Lines) are streamed and may be any size.

    Yields:
        RawDoc or ErrorRecord, in input order; never raises for a bad file.
    """
    settings = settings or Settings()
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            yield from _read_bytes("-", data, settings)
            continue
        path = Path(p)
        if path.is_dir():
            for f in iter_files(p):
                yield from _read_file(f, settings)
        elif path.exists():
            yield from _read_file(p, settings)
        else:
            yield ErrorRecord(source=p, code="not_found", message=f"no such file or directory: {p}")


def _read_file(source: str, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    path = Path(source)
    try:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
        size = path.stat().st_size
    except OSError as exc:
        yield ErrorRecord(source=source, code="unreadable", message=f"cannot read {source}: {exc.strerror or exc}")
        return
    kind = sniff_container(head, path.name)
    try:
        if kind == "warc":
            with path.open("rb") as fh:
                yield from read_warc(fh, source, settings)
        elif kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl(fh, source, settings)
        elif size > settings.max_bytes:
            yield ErrorRecord(source=source, code="too_large", doc_id=_doc_id_of_file(path),
                              message=f"{size:,} bytes is over the limit of {settings.max_bytes:,} bytes")
        else:
            data = path.read_bytes()
            yield RawDoc(source=source, doc_id=doc_id_of(data), data=data, kind=kind)
    except OSError as exc:
        yield ErrorRecord(source=source, code="unreadable", message=f"cannot read {source}: {exc.strerror or exc}")


def _read_bytes(source: str, data: bytes, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    """Stdin: the same sniffing as for files, over bytes already in memory."""
    import io

    kind = sniff_container(data[: 64 * 1024], "")
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source, settings)
    elif kind == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source, settings)
    else:
        yield RawDoc(source=source, doc_id=doc_id_of(data), data=data, kind=kind)
