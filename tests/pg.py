"""Start a throw-away PostgreSQL server for tests and benchmarks (Debian's postgresql package).

``initdb`` into a temporary directory and ``pg_ctl start`` on a free loopback
port with its socket in that directory; :meth:`PgServer.stop` removes it all.
initdb refuses to run as root, so as root the server runs as the ``postgres``
OS user (created by the Debian package) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class PgUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (binaries missing, no postgres user, ...)."""


def _bindir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    dirs = [d for d in dirs if Path(d, "initdb").exists()]
    if not dirs:
        raise PgUnavailable("PostgreSQL binaries (initdb, pg_ctl) not found; apt-get install postgresql")
    return Path(dirs[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self, durable: bool = False):
        self.bindir = _bindir()
        self.prefix: list[str] = []
        self.root = Path(tempfile.mkdtemp(prefix="coopgraph-pg-"))
        if os.geteuid() == 0:
            import pwd

            try:
                pw = pwd.getpwnam("postgres")
            except KeyError as exc:
                raise PgUnavailable("running as root and there is no 'postgres' OS user for initdb") from exc
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.data = self.root / "data"
        self.port = _free_port()
        self.durable = durable
        self.started = False

    def _run(self, *args: str, timeout: float = 120) -> None:
        proc = subprocess.run([*self.prefix, *args], capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise PgUnavailable(f"{Path(args[0]).name} failed ({proc.returncode}): {proc.stderr.strip()[-800:]}")

    def start(self) -> PgServer:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=30"
        if not self.durable:  # tests: nothing here has to survive a power cut
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"), "-w", "-t", "60",
                  "-o", opts, "start")
        self.started = True
        return self

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self.started:
            subprocess.run([*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                            "stop"], capture_output=True, timeout=60)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


def start_server(durable: bool = False) -> PgServer:
    server = PgServer(durable=durable)
    try:
        return server.start()
    except Exception:
        server.stop()
        raise
