"""Reading under a byte limit: never more than ``limit + 1`` bytes in memory, whatever the input claims.

Each reader (files, stdin, gzip, JSON Lines, WARC) goes through these helpers,
so a 1 GiB WARC record, a gzip payload that inflates to 1 GiB, one endless
JSON line or an endless stdin costs at most the limit in memory and becomes a
``too_large`` error record naming the limit.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

CHUNK = 1 << 16


def read_bounded(fh: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """Read ``fh`` to its end or to ``limit + 1`` bytes: ``(data, over)``; when over, data is cut at ``limit``."""
    parts: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = fh.read(min(CHUNK, limit + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    data = b"".join(parts)
    return (data[:limit], True) if total > limit else (data, False)


def drain(fh: BinaryIO) -> int:
    """Read ``fh`` to its end in chunks, keeping nothing; the number of bytes skipped."""
    n = 0
    while chunk := fh.read(CHUNK):
        n += len(chunk)
    return n


def bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, line or None when longer than limit, length)`` for each line of ``fh``.

    A line over the limit is skipped in chunks (never held whole); its length is
    counted so the error can say how long it was.
    """
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) <= limit or (len(line) == limit + 1 and line.endswith(b"\n")):
            yield lineno, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = fh.readline(CHUNK)
            if not line:
                break
            size += len(line)
        yield lineno, None, size


class PrefixedReader(io.RawIOBase):
    """``head`` (bytes already read, e.g. to sniff the format) followed by the rest of ``fh``."""

    def __init__(self, head: bytes, fh: BinaryIO):
        self._head = memoryview(head)
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head.nbytes:
            n = min(len(b), self._head.nbytes)
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._fh.read(len(b))
        b[: len(data)] = data
        return len(data)


def prefixed(head: bytes, fh: BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(PrefixedReader(head, fh), buffer_size=CHUNK)


class GunzipReader(io.RawIOBase):
    """Inflate a gzip stream (several members allowed) chunk by chunk, never more than asked for.

    Unlike :class:`gzip.GzipFile`, a stream cut off in the middle hands out every
    byte it could inflate before raising :class:`EOFError`, so the complete lines
    of a truncated ``.jsonl.gz`` are kept.
    """

    def __init__(self, fh: BinaryIO):
        import zlib

        self._zlib = zlib
        self._fh = fh
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""  # compressed bytes not yet fed
        self._eof = False
        self._started = False

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while True:
            if self._d.unconsumed_tail:
                src = self._d.unconsumed_tail
            elif self._pending:
                src, self._pending = self._pending, b""
            elif self._eof:
                return 0
            else:
                src = self._fh.read(CHUNK)
                if not src:
                    self._eof = True
                    if self._started and not self._d.eof:
                        raise EOFError("the gzip stream ends before its end marker (truncated)")
                    return 0
            self._started = True
            out = self._d.decompress(src, len(b))
            if self._d.eof:  # end of one member: another may follow
                rest = self._d.unused_data
                self._d = self._zlib.decompressobj(16 + self._zlib.MAX_WBITS)
                self._pending = rest.lstrip(b"\x00")
                self._started = bool(self._pending)
                if not self._pending:
                    nxt = self._fh.read(CHUNK)
                    if nxt:
                        self._pending, self._started = nxt, True
                    else:
                        self._eof = True
            if out:
                b[: len(out)] = out
                return len(out)


def gunzip(fh: BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(GunzipReader(fh), buffer_size=CHUNK)


def mib(n: int) -> str:
    """A limit for messages: "10 MiB (10,485,760 bytes)"."""
    if n >= 1 << 20 and n % (1 << 20) == 0:
        return f"{n >> 20} MiB ({n:,} bytes)"
    return f"{n:,} bytes"
