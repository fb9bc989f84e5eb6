"""Sentence splitting with offsets. PLACEHOLDER: line-based until the Kiwi splitter lands."""

from __future__ import annotations

import re

from coopgraph.records import Sentence


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append(Sentence(m.start(), m.end(), m.group()))
    return tuple(out)
