"""Tell containers (WARC/WET, JSON Lines) from single documents by their bytes.

The file name is only a tie-breaker: crawls rename files freely, and a WET
file called ``part-0001`` or a JSON Lines dump called ``.txt`` must still be
read as what it is. Whether a single document is HTML or text is decided
later, after decoding (:mod:`coopgraph.clean.sniff`).
"""

from __future__ import annotations

import json
import zlib

GZIP_MAGIC = b"\x1f\x8b"
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")


def gunzip_head(head: bytes, limit: int = 4096) -> bytes:
    """The first decompressed bytes of a gzip stream ("" when it is not one)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, limit)
    except zlib.error:
        return b""


def inner_name(name: str) -> str:
    """The name of what a ``.gz`` file holds: ``a.jsonl.gz`` -> ``a.jsonl`` (``.tgz`` stays as it is)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def sniff_container(head: bytes, name: str = "") -> str | None:
    """Return "warc", "jsonl" or None (a single document) for a file's first bytes.

    Args:
        head: the first bytes of the file (64 KiB is plenty).
        name: the file name, used only when the bytes leave a doubt.
    """
    if head.startswith(GZIP_MAGIC):
        return "warc" if gunzip_head(head).lstrip().startswith(b"WARC/") else None
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if body.startswith(b"WARC/"):
        return "warc"
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if body.startswith(b"{"):
        first = body.split(b"\n", 1)[0]
        try:
            obj = json.loads(first)
        except ValueError:
            return None
        if isinstance(obj, dict) and ("html" in obj or "text" in obj or "url" in obj):
            return "jsonl"
    return None
