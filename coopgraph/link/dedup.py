"""Near-duplicate documents: the same story syndicated or re-published with small edits.

A document's *sketch* is a bottom-k MinHash over its character shingles: every
shingle (``SHINGLE`` characters of the text with whitespace removed) is hashed
once with a 63-bit hash, and the ``K`` smallest hashes are kept. For two
documents, the share of the ``K`` smallest hashes of the union of both sketches
that occur in both estimates the Jaccard similarity of their shingle sets
(Broder 1997); two documents whose estimate reaches ``THRESHOLD`` are copies of
one story.

The store keeps every sketch value with its document (table ``doc_sketch``), so
finding candidates is one indexed look-up: documents sharing at least
``MIN_SHARED`` of the new document's values. Pure functions, no database here.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

SHINGLE = 5  # characters per shingle (Korean syllables carry a lot: 5 is a short phrase)
K = 64  # sketch size
THRESHOLD = 0.8  # estimated Jaccard similarity at or above which two documents are one story
MIN_SHARED = 16  # candidate look-up: sketch values two near-copies surely share (J >= 0.8 -> about 57 of 64)
MASK = (1 << 63) - 1  # fits a signed 64-bit column on both backends

_SPACE = re.compile(r"\s+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The character ``size``-grams of ``text`` with whitespace removed (the whole text when shorter)."""
    flat = _SPACE.sub("", text or "").casefold()
    if len(flat) <= size:
        return {flat} if flat else set()
    return {flat[i:i + size] for i in range(len(flat) - size + 1)}


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") & MASK


def sketch(text: str, k: int = K) -> tuple[int, ...]:
    """The bottom-``k`` MinHash sketch of ``text``: its ``k`` smallest shingle hashes, ascending."""
    return tuple(sorted({_h(s) for s in shingles(text)})[:k])


def similarity(a: Iterable[int], b: Iterable[int], k: int = K) -> float:
    """Estimated Jaccard similarity of the texts behind two sketches (0.0 when either is empty)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0
    union = sorted(sa | sb)[:k]
    return sum(1 for h in union if h in sa and h in sb) / len(union)


def same_story(a: Iterable[int], b: Iterable[int], threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold


def outlet(url: str | None) -> str | None:
    """The outlet of a document: the host of its url without ``www.`` / ``m.``, or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    for prefix in ("www.", "m.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
    return host or None
