"""Flatten HTML nested deeper than a limit, keeping all of its text.

libxml2 (under lxml and trafilatura) stops building the tree at a fixed depth
(256), so a page of 100,000 nested ``<div>``s used to lose its article text
and come out as ``no_text``. Before parsing, the tags of elements nested deeper
than ``max_depth`` are dropped (their text stays, in order), and the caller
reports how many were dropped.
"""

from __future__ import annotations

import re

_TAG = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})(?:\s[^<>]*)?(/?)>")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr".split())
# elements whose start tag closes an open element of the same name (HTML's implied end tags)
_SELF_CLOSING_SIBLINGS = frozenset(b"p li dt dd tr td th option".split())


def flatten_deep_html(data: bytes, max_depth: int) -> tuple[bytes, int]:
    """``(data, 0)`` when no element is nested deeper than ``max_depth``; else the flattened bytes and the
    number of tags dropped. Works on the raw bytes of any ASCII-compatible encoding (UTF-8, CP949)."""
    if max_depth <= 0 or data.count(b"<") <= max_depth:
        return data, 0
    stack: list[tuple[bytes, bool]] = []  # (tag name, dropped)
    drop: list[tuple[int, int]] = []
    for m in _TAG.finditer(data):
        closing, name, selfclose = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == name:
                    if stack[i][1]:
                        drop.append(m.span())
                    del stack[i:]
                    break
            continue
        if name in _VOID or selfclose:
            continue
        if name in _SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == name:
            stack.pop()
        deep = len(stack) >= max_depth
        if deep:
            drop.append(m.span())
        stack.append((name, deep))
    if not drop:
        return data, 0
    out, last = [], 0
    for begin, end in drop:
        out.append(data[last:begin])
        out.append(b" ")
        last = end
    out.append(data[last:])
    return b"".join(out), len(drop)
