"""SQLite backend: one file, WAL journal, FTS5 trigram index (migrations/sqlite)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from coopgraph.errors import StoreError


def path_of(url: str) -> str:
    """The file behind a URL, SQLAlchemy style (see :func:`coopgraph.store.parse_url`).

    ``sqlite:////abs/file.db`` (absolute), ``sqlite:///rel/file.db`` (relative),
    ``sqlite://`` or ``sqlite:///:memory:`` (in memory), or a bare path.
    """
    from coopgraph.store import parse_url

    return parse_url(url)[1]


def _sqlite_error(path: str, exc: sqlite3.Error, readonly: bool) -> StoreError:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return StoreError(f"the SQLite store {path} is read-only",
                          "ingest needs write access to the file and its directory; queries can read it")
    if "not a database" in text:
        return StoreError(f"{path} is not a SQLite database", "check --db")
    if "unable to open" in text:
        return StoreError(f"cannot open the SQLite store {path}",
                          "check that the directory exists and is writable" if not readonly else "check --db")
    return StoreError(f"the SQLite store {path} is unusable: {text}", "check --db")


# Reads through a memory map of the file (SQLite's mmap_size): pages come from the OS page cache, shared by
# every connection and process, instead of a read() into each connection's own 2 MB page cache. A filtered
# event list probing a few thousand rows spent ~30 % of its CPU in those read() calls (kernel time).
MMAP_SIZE = 1 << 30


class SQLiteConnection:
    dialect = "sqlite"

    def __init__(self, url: str, readonly: bool = False):
        path = path_of(url)
        self.path = path
        self.readonly = readonly
        memory = path == ":memory:"
        if readonly and not memory:
            if not Path(path).is_file():
                what = "a directory" if Path(path).is_dir() else "no store"
                raise StoreError(f"{what} at {path}", "run coopgraph ingest first, or check --db")
            self._db = self._open_readonly(path)
            self._db.execute(f"PRAGMA mmap_size={MMAP_SIZE}")
            self._depth = 0
            return
        if not memory:
            if Path(path).is_dir():
                raise StoreError(f"{path} is a directory, not a SQLite store", "give a file path in --db")
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the directory of the SQLite store {path}: {exc.strerror or exc}",
                                 "check --db and permissions") from exc
        # autocommit mode: transactions are explicit (BEGIN IMMEDIATE ... COMMIT)
        try:
            self._db = sqlite3.connect(path, isolation_level=None, timeout=60)
            self._db.execute("PRAGMA busy_timeout=60000")
            if self._db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # durable against a killed process
            if not memory:
                self._db.execute(f"PRAGMA mmap_size={MMAP_SIZE}")
        except sqlite3.Error as exc:
            raise _sqlite_error(path, exc, False) from exc
        self._depth = 0

    @staticmethod
    def _open_readonly(path: str) -> sqlite3.Connection:
        """``mode=ro``, no pragma that writes; on a read-only directory a WAL file is opened immutable."""
        uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=60)
            db.execute("PRAGMA busy_timeout=60000")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.Error as exc:
            if "not a database" in str(exc):
                raise _sqlite_error(path, exc, True) from exc
            first = exc
        # a WAL database on a read-only mount: the -shm file cannot be made; nobody can write there either
        try:
            db = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.Error:
            raise _sqlite_error(path, first, True) from first

    def check_writable(self) -> None:
        """Fail now, before any work, when the file or its directory cannot be written.

        Asks the operating system (a read-only file, an immutable file, a read-only mount, a directory where
        the journal cannot be created) instead of taking SQLite's write lock, so it never waits for a
        running ingest.
        """
        if self.readonly:
            raise StoreError(f"the SQLite store {self.path} was opened read-only", "open it with mode='rw'")
        if self.path == ":memory:":
            return
        hint = "ingest needs write access to the file and its directory; queries can still read it"
        try:
            fd = os.open(self.path, os.O_RDWR)
            os.close(fd)
        except OSError as exc:
            raise StoreError(f"the SQLite store {self.path} is read-only ({exc.strerror})", hint) from exc
        if not os.access(Path(self.path).resolve().parent, os.W_OK):
            raise StoreError(f"the directory of the SQLite store {self.path} is read-only", hint)

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


def connect(url: str, readonly: bool = False) -> SQLiteConnection:
    return SQLiteConnection(url, readonly=readonly)
