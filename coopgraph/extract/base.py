"""What the extract modules share: the candidate record, the document view, quoting and the
participant helpers (a mention as a participant, the body sending a delegation, country names).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from coopgraph.extract.merge import same_party
from coopgraph.extract.triggers import Lexicon, Tok, Trigger, load_lexicon
from coopgraph.records import DateExpr, Entity, Location, Mention, Participant

_QUOTED = re.compile(r"[\"“”][^\"“”\n]{1,120}[\"“”]|[「『《〈][^」』》〉\n]{1,120}[」』》〉]"
                     r"|‘[^’\n]{1,80}’|(?<![가-힣A-Za-z0-9])'[^'\n]{1,80}'")
# a photo caption retells the story's act: it may only join an event of the body
_CAPTION = re.compile(r"^\s*[▲△▷]|[(\[]사진|사진\s?=|/사진|사진제공")
_BARE_YEARISH = re.compile(r"^\d{4}(?:\s*[-~–]\s*\d{2,4})?$")
_QUOTE_CHARS = "\"“”"



Place = Location  # a location with its aliases (the venue, other spellings); the name stays for readers


@dataclass
class Cand:
    """A candidate event while the document is read (internal, mutable)."""

    type: str
    trigger: Trigger
    sent_index: int
    para: int
    clause: tuple[int, int]  # char span
    sentence: tuple[int, int]
    participants: list[Participant] = field(default_factory=list)
    location: Location | None = None
    date: DateExpr | None = None
    date_rule: str = "none"
    explicit_date: bool = False
    status: str = "happened"
    figures: list = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    headline: bool = False
    target: str | None = None  # opened centre / governed compound, for merging
    cues: list[str] = field(default_factory=list)
    confidence: float = 0.5
    merged: int = 0
    evidence_text: str = ""
    open_ended: bool = False  # 2018년부터 ... with no end: weaker than a closed range when merging
    weak_date: bool = False  # the date only comes from the page's year, not from the text about this act
    placed_in: Cand | None = None  # the act this one happened within (회의에서, 공동위원회 계기로)
    bound: bool = False  # dated by a date bound to its adnominal trigger (2010 11 7 체결된 양해각서)
    told_again: list[tuple[int, int]] = field(default_factory=list)  # sentences that tell more of it (char spans)


@dataclass
class _Doc:
    text: str
    toks: tuple[Tok, ...]
    starts: list[int]
    lex: Lexicon
    mentions: tuple[Mention, ...]
    entities: dict[str, Entity]
    dates: tuple[DateExpr, ...]
    para_starts: list[int]
    date_starts: list[int] | None = None  # the dates' begin offsets when they are in text order
    date_source: tuple[DateExpr, ...] | None = None  # the dates those offsets were taken from

    def date_range(self, lo: int, hi: int) -> range:
        """Indices of the dates that begin in [lo, hi), in text order: a bisection, not a scan of the page
        (every index when the dates are not in text order; callers keep their own full test)."""
        if self.date_source is not self.dates:  # the reader may replace its dates (joined ranges)
            starts = [de.begin for de in self.dates]
            self.date_starts = starts if all(x <= y for x, y in zip(starts, starts[1:])) else None
            self.date_source = self.dates
        if self.date_starts is None:
            return range(len(self.dates))
        return range(bisect.bisect_left(self.date_starts, lo), bisect.bisect_left(self.date_starts, hi))

    def tok_range(self, begin: int, stop: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, begin), bisect.bisect_left(self.starts, stop)

    def para(self, offset: int) -> int:
        """Index of the (non-empty) line holding ``offset``: paragraphs are lines."""
        return bisect.bisect_right(self.para_starts, offset) - 1

_BYLINE = re.compile(r"[\[(【][^\])】\n]{0,40}(?:기자|특파원|통신원)[^\])】\n]{0,10}[\])】]")
_NOT_PARTICIPANT_TITLES = ("기자", "특파원", "통신원", "앵커")


@functools.cache
def _countries() -> tuple[tuple[str, str], ...]:
    """(name, ISO code) for every country name and alias in the knowledge base, longest first."""
    from coopgraph.link.kb import load_kb

    pairs = {(n, code) for code, e in load_kb().country_by_code.items()
             for n in (e.name, *e.aliases) if n and len(n) >= 2}
    return tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True))


class _Names(tuple):
    """A tuple of names whose ``in`` is a set lookup (callers test membership often)."""

    def __new__(cls, names):
        self = super().__new__(cls, names)
        self._set = frozenset(self)
        return self

    def __contains__(self, name) -> bool:
        try:
            return name in self._set
        except TypeError:  # unhashable: compare as a tuple would
            return tuple.__contains__(self, name)


@functools.cache
def _country_names() -> tuple[str, ...]:
    """Country names and aliases (대한민국, 한국, 벨라루스 ...), longest first (``in`` is a set lookup)."""
    return _Names(dict.fromkeys(n for n, _ in _countries()))


@functools.lru_cache(maxsize=8192)
def _without_country(name: str) -> str | None:
    """'대한민국 행정자치부' -> '행정자치부': the same organisation without its country prefix.

    The longest country name (or alias) that ``name`` starts with, followed by a space and more than one
    character: each space of ``name``, right to left, cuts a prefix that is looked up.
    """
    names = _country_names()
    p = name.rfind(" ")
    while p > 0:
        if p + 2 < len(name) and name[:p] in names:
            return name[p + 1:]
        p = name.rfind(" ", 0, p)
    return None


def _sending_body(name: str) -> str | None:
    """'대구시 대표단', '경기도 무역사절단', '충북 시장개척단' -> the body that sends the delegation."""
    lex = load_lexicon()
    for suf in lex.group_suffixes:
        if name.endswith(suf) and len(name) > len(suf):
            body = name[: -len(suf)].rstrip()
            for mod in lex.group_modifiers:
                if body.endswith(mod) and len(body) > len(mod):
                    body = body[: -len(mod)].rstrip()
                    break
            if (len(body) >= 2 and not body.startswith(lex.generic_group_prefixes) and body not in _country_names()
                    and body.endswith(lex.body_endings)):
                return body  # a body (부산시, 경기도, 한국무역협회), not a field (보건의료 사절단)
    return None


def _participant(m: Mention, entities: dict[str, Entity]) -> Participant:
    ent = entities.get(m.entity_id or "")
    name = m.name or (ent.name if ent else None) or m.text
    body = _sending_body(name) if m.kind == "org" else None
    if body is not None:  # the delegation stands for its body; its own name stays an alias
        ent, name = None, body
    aliases = []
    for a in ((ent.aliases if ent else ()) + (m.text, _without_country(m.text) or "", _without_country(name) or "")):
        if a and a != name and a not in aliases:
            aliases.append(a)
    country = m.country or (ent.country if ent else None)
    return Participant(name=name, kind="person" if m.kind == "person" else "org", country=country,
                       aliases=tuple(aliases), entity_id=m.entity_id)


def _add(parts: list[Participant], new: Participant) -> None:
    for i, p in enumerate(parts):
        if same_party(p, new):
            if len(new.aliases) > len(p.aliases) and p.entity_id is None and new.entity_id:
                parts[i] = new
            return
    parts.append(new)


def _quoted_spans(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    return [(begin + m.start(), begin + m.end()) for m in _QUOTED.finditer(text[begin:stop])]


def _in_spans(b: int, e: int, spans) -> bool:
    return any(s <= b and e <= t for s, t in spans)


def _after_text(text: str, stop: int, n: int = 8) -> str:
    return text[stop:stop + n]


def _object_of(between: str) -> bool:
    """'을', ' 조림 예정지를': what lies between a named place and its verb is its object phrase."""
    words = between.split()
    if not words or not re.search(r"[을를]$", words[-1]):
        return False
    return not any(re.search(r"(?:은|는|이|가|에|에서|와|과|도|로|으로)$", w) for w in words[:-1])
