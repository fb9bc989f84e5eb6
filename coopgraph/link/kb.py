"""The knowledge base of known entities, loaded lazily from its compiled copy.

The YAML files under ``coopgraph/data/kb/`` are the source; ``scripts/build_data.py``
compiles them into ``coopgraph/data/kb.compiled.json`` (a test checks the two
agree). Lookups go through :func:`norm_key`, which ignores spacing, punctuation
and case, so "한국 연구 재단", "한국연구재단" and "(한국연구재단)" share one key.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from coopgraph.records import Entity

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
_HANGUL = re.compile(r"[가-힣]")


@functools.lru_cache(maxsize=1 << 17)
def norm_key(text: str) -> str:
    """Normalised lookup key: NFKC, case-folded, without spaces or punctuation.

    Idempotent: ``norm_key(norm_key(s)) == norm_key(s)``. Cached: a name is
    normalised once per process however often it is looked up.
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", text).casefold())


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One knowledge-base entity with its name history."""

    id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...]
    history: tuple[tuple[str, str | None, str | None], ...] = ()  # (name, from, to)
    valid_from: str | None = None
    valid_to: str | None = None
    successor: str | None = None
    short: tuple[str, ...] = ()

    def entity(self, extra_aliases: tuple[str, ...] = ()) -> Entity:
        seen: dict[str, None] = {}
        for a in (*self.aliases, *(h[0] for h in self.history), *extra_aliases):
            if a and a != self.name:
                seen.setdefault(a, None)
        return Entity(id=self.id, name=self.name, kind=self.kind, country=self.country, aliases=tuple(seen))


class KnowledgeBase:
    """Read-only lookup tables over the compiled knowledge base."""

    def __init__(self, data: dict[str, Any]):
        self.entries: dict[str, KBEntry] = {}
        for eid, e in data["entities"].items():
            self.entries[eid] = KBEntry(
                id=eid, name=e["name"], kind=e["kind"], country=e.get("country"),
                aliases=tuple(e.get("aliases", ())),
                history=tuple((h["name"], h.get("from"), h.get("to")) for h in e.get("history", ())),
                valid_from=e.get("valid_from"), valid_to=e.get("valid_to"), successor=e.get("successor"),
                short=tuple(e.get("short", ())))
        self.keys: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data["keys"].items()}
        self.disambiguation: dict[str, dict[str, Any]] = data.get("disambiguation", {})
        self.short: dict[str, str] = data.get("short", {})
        self.lexicon: dict[str, list[str]] = data.get("lexicon", {})
        self.country_by_code = {e.country: e for e in self.entries.values() if e.kind == "country"}

    def lookup(self, surface: str) -> tuple[str, ...]:
        """Entity ids whose name, alias or former name has this key."""
        return self.keys.get(norm_key(surface), ())

    def get(self, entity_id: str) -> KBEntry | None:
        return self.entries.get(entity_id)

    def resolve(self, surface: str, countries: tuple[str, ...] = ()) -> str | None:
        """One entity id for ``surface``, using ``countries`` (most relevant first) on ambiguity.

        Args:
            surface: the name as written.
            countries: ISO codes in order of preference: the country prefix
                written before the name, then countries named nearby.
        Returns:
            An entity id, or None when the name is unknown or stays ambiguous.
        """
        key = norm_key(surface)
        ids = self.keys.get(key, ())
        rule = self.disambiguation.get(key)
        if not ids:
            return None
        if len(ids) == 1 and rule is None:
            return ids[0]
        cands = list(rule["candidates"]) if rule else list(ids)
        for c in countries:
            for eid in cands:
                if self.entries[eid].country == c:
                    return eid
        return rule.get("default") if rule else None


@functools.cache
def load_kb() -> KnowledgeBase:
    """The packaged knowledge base, parsed once per process."""
    path = files("coopgraph") / "data" / "kb.compiled.json"
    return KnowledgeBase(json.loads(path.read_text(encoding="utf-8")))


def name_at(entity_id: str, when: str | None) -> str | None:
    """The name a body bore on ``when`` ("YYYY", "YYYY-MM" or "YYYY-MM-DD").

    Government bodies are renamed with each government; an event dated 2015
    calls 과학기술정보통신부 by its name then, 미래창조과학부. Without a date,
    or for entities without a history, the canonical name is returned.
    Unknown ids give None.
    """
    entry = load_kb().get(entity_id)
    if entry is None:
        return None
    if not when or not entry.history:
        return entry.name
    day = (when + "-01-01")[:10] if len(when) == 4 else (when + "-01")[:10] if len(when) == 7 else when[:10]
    for name, start, stop in entry.history:
        if (start is None or start <= day) and (stop is None or day < stop):
            return name
    first = entry.history[0]
    if first[1] and day < first[1]:
        return first[0]
    return entry.name


def kiwi_user_words() -> list[tuple[str, str, float]]:
    """Known names to add to Kiwi's dictionary before its first analysis.

    Only single words (no spaces) of three or more characters that contain
    Hangul: Kiwi keeps these whole instead of splitting "한국과학기술정보연구원".
    """
    kb = load_kb()
    words: dict[str, None] = {}
    for e in kb.entries.values():
        for name in (e.name, *e.aliases, *(h[0] for h in e.history)):
            if " " not in name and len(name) >= 3 and _HANGUL.search(name) and re.fullmatch(r"[가-힣A-Za-z0-9]+", name):
                words.setdefault(name, None)
    return [(w, "NNP", 0.0) for w in words]
