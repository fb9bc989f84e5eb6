"""Frozen records that flow through the pipeline.

Every stage takes records and returns new ones; nothing is mutated in place,
so a stage can be tested alone and a Spark task retried safely. Every span
carries character offsets (``begin``/``stop``) into the text it was found in.

The SPEC.md output (section 2) is produced by :meth:`DocRecord.to_json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RawDoc:
    """Bytes (or already-decoded text) as they arrived, before any cleaning.

    ``kind`` is a hint from the reader: "html", "text" or None (sniff it).
    """

    source: str
    doc_id: str
    data: bytes
    kind: str | None = None
    url: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True, slots=True)
class CleanDoc:
    """Main text of a document after boilerplate removal.

    ``strategy`` names what produced ``text`` (e.g. "trafilatura",
    "text-boilerplate"); ``date_source`` names what fixed ``doc_date``.
    """

    source: str
    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    doc_date: str | None = None
    strategy: str = ""
    date_source: str | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    begin: int
    stop: int
    text: str


@dataclass(frozen=True, slots=True)
class Token:
    """One Kiwi morpheme: ``form``/``tag`` as Kiwi gives them, offsets into the document text."""

    form: str
    tag: str
    begin: int
    stop: int


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression: ``text == doc_text[begin:stop]``.

    ``start``/``end`` are ISO strings at the precision the text gives
    ("2019", "2019-04", "2019-04-09"), or None when the expression fixes no
    calendar date on its own (e.g. a relative date without a reference).
    """

    begin: int
    stop: int
    text: str
    start: str | None
    end: str | None
    rule: str = ""
    relative: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "begin": self.begin, "stop": self.stop}

    def value(self) -> dict[str, Any] | None:
        """The SPEC event ``date`` object, or None when nothing is fixed."""
        if not self.start:
            return None
        return {"start": self.start, "end": self.end or self.start, "text": self.text}


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity (knowledge-base entry or one discovered in text)."""

    id: str
    name: str
    kind: str  # org | person | country | place
    country: str | None = None
    aliases: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "country": self.country,
                "aliases": list(self.aliases)}


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised name in the text, linked (when possible) to an entity.

    ``strategy`` records what found it: "gazetteer", "pattern", "ner", ...
    """

    begin: int
    stop: int
    text: str
    kind: str  # org | person | country | place
    entity_id: str | None = None
    name: str | None = None  # canonical name when linked
    country: str | None = None
    strategy: str = ""
    score: float = 1.0
    title: str | None = None  # a person's title as written next to the name ("장관", "재무이사")
    affiliation: str | None = None  # a person's organisation: its surface, then (after linking) its entity id


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    unit: str
    what: str | None = None
    begin: int = 0
    stop: int = 0
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        value: Any = int(self.value) if float(self.value).is_integer() else self.value
        return {"value": value, "unit": self.unit, "what": self.what}


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    kind: str  # org | person
    country: str | None = None
    aliases: tuple[str, ...] = ()
    entity_id: str | None = None
    role: str | None = None  # signer|host|visitor|organiser|recipient|giver where the text says it (SPEC 2)

    def to_json(self) -> dict[str, Any]:
        out = {"name": self.name, "aliases": list(self.aliases), "kind": self.kind, "country": self.country}
        if self.role:
            out["role"] = self.role
        return out


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: the city (or country) as its name, the venue and other spellings as
    aliases (SPEC.md section 5)."""

    name: str
    country: str | None = None
    aliases: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        if self.aliases:
            return {"name": self.name, "aliases": list(self.aliases), "country": self.country}
        return {"name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    begin: int
    stop: int

    def to_json(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.begin, "end": self.stop}


@dataclass(frozen=True, slots=True)
class Event:
    type: str  # agreement|meeting|visit|forum|opening|project|award
    evidence: Evidence
    date: DateExpr | None = None
    location: Location | None = None
    participants: tuple[Participant, ...] = ()
    countries: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    confidence: float = 0.5
    status: str = "happened"
    explain: tuple[tuple[str, str], ...] = ()  # (key, value) cues for --explain
    trigger_span: tuple[int, int] | None = None  # offsets of the trigger word in the document text, when known

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "date": self.date.value() if self.date else None,
            "location": self.location.to_json() if self.location else None,
            "participants": [p.to_json() for p in self.participants],
            "countries": list(self.countries),
            "figures": [f.to_json() for f in self.figures],
            "evidence": self.evidence.to_json(),
            "confidence": round(self.confidence, 3),
            "status": self.status,
        }
        if explain:
            out["explain"] = dict(self.explain)
        return out


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the recognisers found in one cleaned document."""

    doc: CleanDoc
    sentences: tuple[Sentence, ...] = ()
    dates: tuple[DateExpr, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    tokens: tuple[Token, ...] = ()  # Kiwi morphemes of every line, when the splitter kept them (else empty)
    ref_date: str | None = None  # the date relative dates resolve against: the page's own, else the run's --ref


@dataclass(frozen=True, slots=True)
class DocRecord:
    """The SPEC.md section 2 document record."""

    doc_id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    doc_date: str | None = None
    lang: str = "ko"
    events: tuple[Event, ...] = ()
    entities: tuple[Entity, ...] = ()

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "doc_date": self.doc_date,
            "lang": self.lang,
            "text": self.text,
            "events": [e.to_json(explain=explain) for e in self.events],
            "entities": [e.to_json() for e in self.entities],
        }


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A document that could not be processed; the batch goes on."""

    source: str
    code: str
    message: str
    doc_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "error": {"code": self.code, "message": self.message}}
        if self.doc_id:
            out["doc_id"] = self.doc_id
        return out
