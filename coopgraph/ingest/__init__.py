"""Bytes in: files, directories, stdin (JSON Lines and WARC/WET: to come).

PLACEHOLDER: the ingest helper replaces this with the full reader.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

from coopgraph.records import ErrorRecord, RawDoc


def doc_id_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def read_inputs(paths: list[str]) -> Iterator[RawDoc | ErrorRecord]:
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read()
            yield RawDoc(source="-", doc_id=doc_id_of(data), data=data)
            continue
        path = Path(p)
        if not path.exists():
            yield ErrorRecord(source=p, code="not_found", message=f"no such file or directory: {p}")
            continue
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            data = f.read_bytes()
            yield RawDoc(source=str(f), doc_id=doc_id_of(data), data=data)
