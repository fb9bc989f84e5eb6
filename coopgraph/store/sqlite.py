"""SQLite backend: one file, WAL journal, FTS5 trigram index (migrations/sqlite)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def path_of(url: str) -> str:
    """The file behind a URL, SQLAlchemy style.

    ``sqlite:////abs/file.db`` (absolute), ``sqlite:///rel/file.db`` (relative),
    ``sqlite://`` or ``sqlite:///:memory:`` (in memory), or a bare path.
    """
    for prefix in ("sqlite:///", "sqlite://"):
        if url.startswith(prefix):
            return url[len(prefix):] or ":memory:"
    return url


class SQLiteConnection:
    dialect = "sqlite"

    def __init__(self, url: str):
        path = path_of(url)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT)
        self._db = sqlite3.connect(path, isolation_level=None, timeout=60)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # durable against a killed process
        self._db.execute("PRAGMA busy_timeout=60000")
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._db.execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self._db.execute(sql, params).fetchall()

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        yield from self._db.execute(sql, params)

    @contextmanager
    def transaction(self):
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")
        finally:
            self._depth = 0

    def script(self, sql: str) -> None:
        """Run several statements inside the current transaction (executescript would commit)."""
        buf = ""
        for line in sql.splitlines(keepends=True):
            buf += line
            if sqlite3.complete_statement(buf):
                stmt = buf.strip()
                if stmt and not all(ln.strip().startswith("--") or not ln.strip() for ln in stmt.splitlines()):
                    self._db.execute(stmt)
                buf = ""
        if buf.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in buf.splitlines()):
            self._db.execute(buf)

    def close(self) -> None:
        self._db.close()


def connect(url: str) -> SQLiteConnection:
    return SQLiteConnection(url)
