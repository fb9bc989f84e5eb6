"""The knowledge base: documents, canonical events and entities in SQLite or PostgreSQL.

    store = open_store("sqlite:////tmp/kb.db")       # or postgresql://…, default: the user data dir
    store.ingest(records)                               # idempotent, one transaction per batch
    store.events(EventFilter(pair=("KR", "BY"), type="agreement"))
    ro = open_store("sqlite:////tmp/kb.db", mode="ro")  # queries: never creates, never writes

Both backends run the same SQL (:mod:`coopgraph.store.sql`); reports of one
happening from many documents are fused by :mod:`coopgraph.link.fusion`.

Store URLs are parsed strictly (:func:`parse_url`): ``sqlite:///PATH``
(``sqlite:////abs/path``), ``sqlite://`` (in memory), ``postgresql://…`` or
``postgres://…``, or a bare file path meaning SQLite. Anything else
(``foo://bar``, ``mysql://…``, ``sqlite:/x.db``) is a
:class:`~coopgraph.errors.UsageError`, and no file is created.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from coopgraph.errors import StoreError, UsageError
from coopgraph.records import DocRecord, ErrorRecord
from coopgraph.store.protocol import EventFilter, IngestStats, Store
from coopgraph.store.sql import SQLStore

__all__ = ["EventFilter", "IngestStats", "SQLStore", "Store", "default_mode", "demo_report", "open_store",
           "parse_url"]

MODES = ("rw", "ro")
# how open_store opens a store when the caller does not say: the CLI sets "ro" around query commands
_DEFAULT_MODE: ContextVar[str] = ContextVar("coopgraph_store_mode", default="rw")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_DB_SCHEMES = {"mysql", "mariadb", "mssql", "oracle", "mongodb", "redis", "http", "https", "file", "ftp", "jdbc",
               "postgresql+psycopg", "postgresql+psycopg2", "sqlite3", "duckdb"}


@contextmanager
def default_mode(mode: str) -> Iterator[None]:
    """Within the block, :func:`open_store` without ``mode`` opens stores in ``mode`` ("rw" or "ro")."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    token = _DEFAULT_MODE.set(mode)
    try:
        yield
    finally:
        _DEFAULT_MODE.reset(token)


def parse_url(url: str) -> tuple[str, str]:
    """``(backend, target)``: ("postgres", url) or ("sqlite", file path or ":memory:").

    Raises:
        UsageError: an unknown scheme, a malformed ``sqlite:`` URL or an empty URL.
    """
    hint = "use sqlite:///PATH, a file path, or postgresql://USER@HOST/DB"
    if not url or not url.strip():
        raise UsageError("empty store URL", hint)
    if url.startswith(("postgresql://", "postgres://")):
        return "postgres", url
    if url.startswith("sqlite:"):
        if url in ("sqlite://", "sqlite:///:memory:"):
            return "sqlite", ":memory:"
        if url.startswith("sqlite:///") and len(url) > len("sqlite:///"):
            return "sqlite", url[len("sqlite:///"):]
        raise UsageError(f"malformed SQLite URL {url!r}",
                         "write sqlite:///relative/path.db or sqlite:////absolute/path.db")
    m = _SCHEME.match(url)
    if m and (url[m.end():].startswith("//") or m.group(1).lower() in _DB_SCHEMES):
        raise UsageError(f"unsupported store URL {_redact(url)!r} (scheme {m.group(1)!r})", hint)
    return "sqlite", url


def _redact(url: str) -> str:
    """The URL with any password replaced by ***, for messages."""
    return re.sub(r"(//[^/:@]*:)[^/@]*@", r"\1***@", url)


def open_store(url: str | None = None, mode: str | None = None) -> SQLStore:
    """Open the store at ``url``.

    Args:
        url: see :func:`parse_url`; None means :func:`coopgraph.settings.default_db_url`.
        mode: "rw" (default) creates the store when missing, migrates it, and
            checks that it can be written before returning (so ``ingest`` fails
            before running the pipeline); "ro" opens an EXISTING store read-only
            (a read-only file or mount is fine) and never creates or changes
            anything. None: "rw", or what :func:`default_mode` set.

    Raises:
        UsageError: the URL is malformed (nothing is created).
        StoreError: the store cannot be reached, does not exist ("ro"), is
            read-only ("rw"), is not a coopgraph store or has a newer schema.
    """
    if url is None:
        from coopgraph.settings import default_db_url

        url = default_db_url()
    mode = mode or _DEFAULT_MODE.get()
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    backend, target = parse_url(url)
    if backend == "postgres":
        from coopgraph.store.postgres import connect
    else:
        from coopgraph.store.sqlite import connect
    conn = connect(url, readonly=(mode == "ro"))  # raises StoreError when it cannot
    try:
        if mode == "rw":
            conn.check_writable()  # before any migration writes, and before ingest runs the pipeline
        return SQLStore(conn, url)
    except BaseException as exc:
        conn.close()
        if type(exc).__module__.split(".")[0] in ("sqlite3", "psycopg"):
            raise StoreError(f"store {_redact(url)} is unusable: {_first_line(exc)}",
                             "check --db (a coopgraph store?) and its permissions") from exc
        raise


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def demo_report(records: Iterable[DocRecord | ErrorRecord], db_url: str, limit: int = 10) -> str:
    """Ingest ``records`` into the store at ``db_url``; return the timeline and the most active organisations."""
    from coopgraph.store.report import format_stats, format_timeline, format_top

    store = open_store(db_url, mode="rw")
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
