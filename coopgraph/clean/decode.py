"""Bytes -> str: refuse binary data, then find the encoding.

Order (first that works wins): a byte-order mark; a charset declared in the
HTML/XML head (when the bytes really decode with it); strict UTF-8; strict
CP949 (a superset of EUC-KR) when the result reads as Korean; finally
charset-normalizer. Measured here: charset-normalizer alone returned nothing,
or Japanese, for CP949 Korean pages, so it comes last.

A document cut off in the middle of a multi-byte character (truncated
download) still decodes: the broken last character is dropped.
"""

from __future__ import annotations

import re

from coopgraph.errors import CoopgraphError

# magic bytes of common non-text formats -> what to tell the user
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB file)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data that is not a WARC archive"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00", "binary data"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""", re.I)
# names pages use for Korean encodings -> the codec that decodes all of them
_ALIASES = {
    "euc-kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "ksc5601": "cp949",
    "x-windows-949": "cp949", "windows-949": "cp949", "ms949": "cp949", "uhc": "cp949", "korean": "cp949",
    "utf8": "utf-8", "unicode": "utf-8", "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8",
    "ascii": "utf-8",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_HANGUL = re.compile(r"[가-힣ㄱ-ㅎㅏ-ㅣ]")


def refuse_binary(data: bytes) -> None:
    """Raise ``binary`` for bytes that are plainly not a text document."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise CoopgraphError("binary", f"the bytes are {what}, not text or HTML")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text legitimately contains NUL bytes
    head = data[:65536]
    if b"\x00" in head:
        raise CoopgraphError("binary", "the bytes contain NUL characters: binary data, not text or HTML")


def _strict(data: bytes, codec: str) -> str | None:
    """Strict decode; a multi-byte character cut off at the very end is dropped."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:
            try:
                return data[: exc.start].decode(codec)
            except UnicodeDecodeError:
                return None
        return None
    except LookupError:
        return None


def _declared(data: bytes) -> str | None:
    m = _DECLARED.search(data[:8192])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii").strip().lower()
    return _ALIASES.get(name, name)


def _reads_korean(text: str) -> bool:
    non_ascii = [c for c in text[:20000] if ord(c) > 127]
    if not non_ascii:
        return True
    return sum(1 for c in non_ascii if _HANGUL.match(c)) >= 0.5 * len(non_ascii)


def decode(data: bytes) -> tuple[str, str]:
    """Decode a document's bytes.

    Returns:
        (text, encoding name).

    Raises:
        CoopgraphError: ``binary`` for non-text bytes, ``encoding`` when no
            encoding decodes them into plausible text.
    """
    refuse_binary(data)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            if text is not None:
                return text.lstrip("\ufeff"), codec.removesuffix("-sig")
    declared = _declared(data)
    if declared:
        text = _strict(data, declared)
        if text is not None and (declared != "cp1252" or _strict(data, "utf-8") is None):
            return _check(text, declared)
    text = _strict(data, "utf-8")
    if text is not None:
        return _check(text, "utf-8")
    cp949 = _strict(data, "cp949")
    if cp949 is not None and _reads_korean(cp949):
        return _check(cp949, "cp949")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is not None and best.encoding:
        text = data.decode(best.encoding, errors="replace")
        return _check(text, best.encoding)
    if cp949 is not None:
        return _check(cp949, "cp949")
    raise CoopgraphError("encoding", "no text encoding decodes the bytes (tried BOM, declared charset, "
                                     "UTF-8, CP949, charset-normalizer)")


def _check(text: str, encoding: str) -> tuple[str, str]:
    """Refuse text that decoded but is mostly control characters (binary junk)."""
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample))
    if sample and bad > max(8, 0.02 * len(sample)):
        raise CoopgraphError("binary", f"the bytes decode as {encoding} but {bad} of the first "
                                       f"{len(sample)} characters are control characters: binary junk")
    return text, encoding
