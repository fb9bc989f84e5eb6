"""Words and patterns the date reader consults (:mod:`coopgraph.extract.dating`): the 'during' links that
name an act told before ('포럼 기간', '방문 첫날'), one pattern per event type, the nouns a relative clause names
a time or occasion with. Compiled once per process.
"""

from __future__ import annotations

import functools
import re

from coopgraph.extract.triggers import load_lexicon

# "방문 기간 중", "방문 첫날", "회담에 앞서": a later act placed within an act told before
_DURING = r"\s?(?:기간|중|첫날|둘째 날|마지막 날|계기|에 이어|직후|에 앞서|의 일환|을 계기|를 계기|에서)"


@functools.cache
def _time_heads() -> frozenset[str]:
    """Nouns a relative clause names a time or occasion with ('때', '자리'): coopgraph/data/dates.yaml."""
    from coopgraph.text.yamlfile import data_yaml

    return frozenset(str(w) for w in data_yaml("dates.yaml").get("relative_time_heads") or ())


_STOP_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SW"})  # punctuation ends a relative clause's head
_AFTER_NAMED = re.compile(r"식?['’\"”]?" + _DURING)


def _named_in(word: str, before: str) -> bool:
    """``re.search(re.escape(word) + r"식?['’\"”]?" + _DURING, before)`` with no pattern built per word
    (a page's own act words filled the regex cache and pushed the fixed patterns out)."""
    i = before.find(word)
    while i >= 0:
        if _AFTER_NAMED.match(before, i + len(word)):
            return True
        i = before.find(word, i + 1)
    return False


@functools.cache
def _type_words(typ: str) -> re.Pattern:
    """Built once per process and type (it was rebuilt for every document)."""
    lex = load_lexicon()
    nouns = sorted({n for n, cls in lex.nouns if lex.noun_types.get(cls) == typ and len(n) >= 2},
                   key=len, reverse=True)
    alt = "|".join(map(re.escape, nouns)) or "(?!)"
    return re.compile(rf"(?:{alt})['’\"”]?" + _DURING, re.IGNORECASE)
