"""The storage protocol every backend implements, and the values it exchanges.

One SQL implementation (:class:`coopgraph.store.sql.SQLStore`) serves both
SQLite and PostgreSQL; a backend only supplies a :class:`Connection` that
speaks the common SQL dialect (``?`` placeholders, ``ON CONFLICT``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from coopgraph.records import DocRecord, ErrorRecord


class Connection(Protocol):
    """A database connection seen through the common dialect."""

    dialect: str  # "sqlite" | "postgres"

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int: ...
    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def script(self, sql: str) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters of ``coopgraph events`` (all optional, combined with AND).

    ``EventFilter(pair="KR-UZ", type="agreement", date_from="2022", date_to="2022")``:
    country codes are ISO 3166-1 alpha-2 in any case, ``pair`` a tuple or a
    string ``"KR-UZ"``; dates YYYY[-MM[-DD]]. A value that cannot be right (an
    unknown country, ``date_from`` after ``date_to``, a NUL character, a
    confidence outside 0..1) raises ValueError instead of matching nothing or
    everything.
    """

    country: str | None = None  # ISO alpha-2 among the event's countries
    pair: tuple[str, str] | str | None = None  # both countries: ("KR", "UZ") or "KR-UZ"
    type: str | None = None
    org: str | None = None  # a participant's name, alias or acronym
    date_from: str | None = None  # YYYY[-MM[-DD]]: events ending on/after
    date_to: str | None = None  # YYYY[-MM[-DD]]: events starting on/before
    text: str | None = None  # substring of an evidence sentence
    min_sources: int = 1  # distinct stories (near-copies of one story count once)
    status: str | None = None  # happened | planned
    min_confidence: float | None = None
    location: str | None = None  # the event's place (city), any spelling with the same name key

    def __post_init__(self):
        from coopgraph.store.validate import check_filter

        for name, value in check_filter(self).items():
            object.__setattr__(self, name, value)


ALL = EventFilter()  # no filter


@dataclass(slots=True)
class IngestStats:
    stored: int = 0  # new documents written
    present: int = 0  # documents already in the store (skipped)
    failed: int = 0  # error records (stored in the errors table)
    mentions: int = 0  # document events written
    new_events: int = 0  # canonical events created
    merged: int = 0  # document events fused into an existing canonical event
    errors: list[ErrorRecord] = field(default_factory=list)

    def add(self, other: IngestStats) -> None:
        for name in ("stored", "present", "failed", "mentions", "new_events", "merged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)


class Store(Protocol):
    """What the CLI, the demo and the web layer use."""

    def has_document(self, doc_id: str) -> bool: ...
    def ingest(self, records: Iterable[DocRecord | ErrorRecord], batch_size: int = 50) -> IngestStats: ...
    def events(self, flt: EventFilter = ALL, limit: int | None = None) -> list[dict[str, Any]]: ...
    def iter_events(self, flt: EventFilter = ALL) -> Iterator[dict[str, Any]]: ...
    def timeline(self, flt: EventFilter = ALL) -> list[tuple[str, str, int]]: ...
    def entities_top(self, pair: tuple[str, str] | None = None, limit: int = 10,
                     kind: str = "org") -> list[dict[str, Any]]: ...
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...
    def counts(self) -> dict[str, int]: ...
    def close(self) -> None: ...
