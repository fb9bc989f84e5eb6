"""The knowledge base: documents, canonical events and entities in SQLite or PostgreSQL.

    store = open_store("sqlite:////tmp/kb.db")       # or postgresql://…, default: the user data dir
    store.ingest(records)                               # idempotent, one transaction per batch
    store.events(EventFilter(pair=("KR", "BY"), type="agreement"))

Both backends run the same SQL (:mod:`coopgraph.store.sql`); reports of one
happening from many documents are fused by :mod:`coopgraph.link.fusion`.
"""

from __future__ import annotations

from collections.abc import Iterable

from coopgraph.records import DocRecord, ErrorRecord
from coopgraph.store.protocol import EventFilter, IngestStats, Store
from coopgraph.store.sql import SQLStore

__all__ = ["EventFilter", "IngestStats", "SQLStore", "Store", "demo_report", "open_store"]


def open_store(url: str | None = None) -> SQLStore:
    """Open (creating and migrating as needed) the store at ``url``.

    ``postgresql://…`` / ``postgres://…`` selects PostgreSQL; ``sqlite:///…``
    or a bare file path selects SQLite; None means :func:`coopgraph.settings.default_db_url`.
    """
    if url is None:
        from coopgraph.settings import default_db_url

        url = default_db_url()
    if url.startswith(("postgresql://", "postgres://")):
        from coopgraph.store.postgres import connect
    else:
        from coopgraph.store.sqlite import connect
    return SQLStore(connect(url), url)


def demo_report(records: Iterable[DocRecord | ErrorRecord], db_url: str, limit: int = 10) -> str:
    """Ingest ``records`` into the store at ``db_url``; return the timeline and the most active organisations."""
    from coopgraph.store.report import format_stats, format_timeline, format_top

    store = open_store(db_url)
    try:
        stats = store.ingest(records)
        lines = [format_stats(stats, store.counts()), "", "Timeline (canonical events by year and type)",
                 format_timeline(store.timeline()), "", "Most active organisations",
                 format_top(store.entities_top(limit=limit, by_pair=False))]
        by_pair = store.entities_top(limit=3, by_pair=True)
        if by_pair:
            lines += ["", "Most active organisations per country pair", format_top(by_pair)]
        return "\n".join(lines)
    finally:
        store.close()
