"""PostgreSQL backend through psycopg 3, speaking the same SQL as SQLite.

Statements are written once with ``?`` placeholders; this adapter turns them
into psycopg's ``%s``. Full text uses pg_trgm (migrations/postgres).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from coopgraph.errors import StoreError, UsageError

CONNECT_TIMEOUT = 10  # seconds: a host that does not answer is an error, not a hang


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@lru_cache(maxsize=1024)
def _convert(sql: str) -> str:
    # the common dialect has no '?' inside literals; '%' must be doubled for psycopg
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresConnection:
    dialect = "postgres"

    def __init__(self, url: str, readonly: bool = False):
        import psycopg

        from coopgraph.store import _redact

        self.url = _redact(url)
        self.readonly = readonly
        try:
            self._db = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
            if readonly:
                self._db.execute("SET default_transaction_read_only = on")
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {self.url}: {_first_line(exc)}",
                             "check that the server is running and that host, port, user and database are "
                             "right") from exc
        except (ValueError, UnicodeError) as exc:  # a malformed URL (bad port, bad escape)
            raise UsageError(f"malformed PostgreSQL URL {self.url!r}: {exc}",
                             "write postgresql://USER[:PASSWORD]@HOST[:PORT]/DB") from exc
        self._tx = None

    def check_writable(self) -> None:
        """Fail before any work when the session cannot write (a read-only replica or role)."""
        if self.readonly or self._db.execute("SHOW transaction_read_only").fetchone()[0] == "on":
            raise StoreError(f"the PostgreSQL store {self.url} is read-only",
                             "ingest needs a writable primary server and a role that may write")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cur = self._db.execute(_convert(sql), params)
        return cur.rowcount

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self._db.cursor() as cur:
                cur.executemany(_convert(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self._db.execute(_convert(sql), params).fetchall()

    def iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple]:
        if self._tx is not None:
            yield from self.query(sql, params)
            return
        with self._db.transaction(), self._db.cursor(name="coopgraph_iter") as cur:
            cur.itersize = 2000
            cur.execute(_convert(sql), params)
            yield from cur

    @contextmanager
    def transaction(self):
        if self._tx is not None:
            yield
            return
        with self._db.transaction() as tx:
            self._tx = tx
            try:
                yield
            finally:
                self._tx = None

    def script(self, sql: str) -> None:
        self._db.execute(sql)  # no parameters: psycopg sends it as one multi-statement query

    def close(self) -> None:
        self._db.close()


def connect(url: str, readonly: bool = False) -> PostgresConnection:
    return PostgresConnection(url, readonly=readonly)
