"""Versioned schema migrations: ``migrations/<dialect>/NNNN_name.sql``.

Each file is applied once, in order, inside its own transaction, and recorded
in ``schema_version``; a database newer than this code is refused rather than
guessed at.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from importlib.resources import files

from coopgraph.errors import StoreError
from coopgraph.store.protocol import Connection

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class SchemaError(StoreError):
    """The schema cannot be used: newer than this code, or (read-only) missing or older."""


def available(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration shipped for ``dialect``, in order."""
    root = files("coopgraph.store") / "migrations" / dialect
    out = []
    for entry in root.iterdir():
        m = _NAME.match(entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    out.sort()
    versions = [v for v, _, _ in out]
    if versions != list(range(1, len(versions) + 1)):
        raise SchemaError(f"migrations for {dialect} are not numbered 1..n: {versions}")
    return out


def current_version(conn: Connection) -> int:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    rows = conn.query("SELECT max(version) FROM schema_version")
    return rows[0][0] or 0


def migrate(conn: Connection) -> int:
    """Bring the schema up to date; return the version now in place."""
    todo = available(conn.dialect)
    latest = todo[-1][0] if todo else 0
    if getattr(conn, "readonly", False):
        return _check_readonly(conn, latest)
    if conn.dialect == "postgres":  # two processes migrating at once: one waits
        with conn.transaction():
            conn.query("SELECT pg_advisory_xact_lock(4242)")
            have = current_version(conn)
    else:  # a plain read: SQLite in WAL mode never makes it wait for a running ingest's write lock
        have = current_version(conn)
    if have > latest:
        raise SchemaError(f"the database has schema version {have}, this coopgraph knows up to {latest}",
                          "upgrade coopgraph")
    for version, name, sql in todo:
        if version <= have:
            continue
        with conn.transaction():
            if conn.dialect == "postgres":
                conn.query("SELECT pg_advisory_xact_lock(4242)")
            if conn.query("SELECT 1 FROM schema_version WHERE version = ?", (version,)):
                continue  # another process got here first
            conn.script(sql)
            conn.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                         (version, name, datetime.now(UTC).isoformat(timespec="seconds")))
    return max(have, latest)


def _check_readonly(conn: Connection, latest: int) -> int:
    """A store opened read-only is read as it is: it must exist and have exactly this code's schema."""
    where = getattr(conn, "path", None) or getattr(conn, "url", "the database")
    try:
        if conn.dialect == "postgres":
            exists = conn.query("SELECT to_regclass('schema_version') IS NOT NULL")[0][0]
        else:
            exists = bool(conn.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        have = (conn.query("SELECT max(version) FROM schema_version")[0][0] or 0) if exists else 0
    except Exception as exc:  # noqa: BLE001 - any driver error here means "not a store we can read"
        raise SchemaError(f"cannot read the schema of {where}: {exc}".splitlines()[0], "check --db") from exc
    if not have:
        raise SchemaError(f"no coopgraph store in {where}", "run coopgraph ingest first, or check --db")
    if have > latest:
        raise SchemaError(f"{where} has schema version {have}, this coopgraph knows up to {latest}",
                          "upgrade coopgraph")
    if have < latest:
        raise SchemaError(f"{where} has the older schema version {have} (this coopgraph needs {latest})",
                          "run coopgraph ingest on it once (with write access) to upgrade it")
    return have
