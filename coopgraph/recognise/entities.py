"""Entity mentions: gazetteer -> patterns -> statistical NER. PLACEHOLDER."""

from __future__ import annotations

from coopgraph.records import Mention, Sentence


def find_mentions(text: str, sentences: tuple[Sentence, ...], use_ner: bool = True) -> tuple[Mention, ...]:
    return ()
