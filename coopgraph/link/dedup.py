"""Near-duplicate documents: the same story syndicated or re-published with small edits.

A document's *signature* is a MinHash over its character shingles (``SHINGLE``
characters of the text with whitespace removed): every shingle is hashed once
(blake2b, 64 bits), and ``K`` universal hash functions ``(a*x + b) >> 32`` are
minimised over the shingles (numpy, in blocks, so memory stays small). The share
of equal positions of two signatures estimates the Jaccard similarity of the
shingle sets (Broder 1997); two documents whose estimate reaches ``THRESHOLD``
are copies of one story.

Finding candidates is locality-sensitive hashing: the signature is cut into
``BANDS`` bands of ``ROWS`` values, each band hashed to one key; the store keeps
the keys (table ``doc_sketch``), and documents sharing a key are candidates. Two
copies with similarity 0.8 share a band with probability 1 - (1 - 0.8^4)^16 > 0.999;
unrelated pages that share common phrases rarely do, so the look-up stays small.
Pure functions, no database here.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

import numpy as np

SHINGLE = 5  # characters per shingle (Korean syllables carry a lot: 5 is a short phrase)
K = 64  # signature length
BANDS, ROWS = 16, 4  # BANDS * ROWS == K
THRESHOLD = 0.8  # estimated Jaccard similarity at or above which two documents are one story
MASK = (1 << 63) - 1  # band keys fit a signed 64-bit column on both backends
BLOCK = 8192  # shingles per numpy block

_SPACE = re.compile(r"\s+")


def _h(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


# fixed coefficients (derived from their index, so every process and version agrees)
_A = np.array([_h(f"minhash-a-{i}") | 1 for i in range(K)], dtype=np.uint64)
_B = np.array([_h(f"minhash-b-{i}") for i in range(K)], dtype=np.uint64)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The character ``size``-grams of ``text`` with whitespace removed (the whole text when shorter)."""
    flat = _SPACE.sub("", text or "").casefold()
    if len(flat) <= size:
        return {flat} if flat else set()
    return {flat[i:i + size] for i in range(len(flat) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of ``text``: ``K`` 32-bit values, or () for a text without characters."""
    sig = _signature(text)
    return () if sig is None else tuple(int(x) for x in sig)


def _signature(text: str) -> np.ndarray | None:
    sh = shingles(text)
    if not sh:
        return None
    hashes = np.fromiter((_h(s) for s in sh), dtype=np.uint64, count=len(sh))
    mins = np.full(K, np.iinfo(np.uint64).max, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(0, len(hashes), BLOCK):
            block = hashes[i:i + BLOCK, None] * _A[None, :] + _B[None, :]
            mins = np.minimum(mins, (block >> np.uint64(32)).min(axis=0))
    return mins.astype(">u4")


def similarity(a, b) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0.0 when either is empty).

    A signature is a sequence of ints, or its :func:`encode` text.
    """
    a, b = _array(a), _array(b)
    if a is None or b is None or len(a) != len(b) or not len(a):
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def _array(sig) -> np.ndarray | None:
    if sig is None or (not isinstance(sig, np.ndarray) and not len(sig)):
        return None
    if isinstance(sig, str):
        return np.frombuffer(bytes.fromhex(sig), dtype=">u4")
    return np.asarray(sig, dtype=np.uint64)


def same_story(a, b, threshold: float = THRESHOLD) -> bool:
    return similarity(a, b) >= threshold


def band_keys(sig) -> list[int]:
    """One LSH key per band of the signature (empty for an empty signature)."""
    if not sig:
        return []
    return [_h(f"{b}:" + ",".join(str(v) for v in sig[b * ROWS:(b + 1) * ROWS])) & MASK for b in range(BANDS)]


def encode(sig) -> str:
    """A signature as text for the store (8 hex digits a value)."""
    if sig is None or not len(sig):
        return ""
    return np.asarray(sig, dtype=np.uint64).astype(">u4").tobytes().hex()


def decode(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    return tuple(int(x) for x in np.frombuffer(bytes.fromhex(text), dtype=">u4"))


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
