"""The error layer at the CLI edge: one stderr line, a documented exit code, no traceback, no stray file.

Every case runs `python -m coopgraph` in a subprocess from an empty working directory, so a file
created by mistake (``./foo:/bar``, an empty ``nope.db``) is seen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kb_records import corpus

from coopgraph.errors import EXIT_CODES, EXIT_NOTHING, EXIT_STORE, EXIT_USAGE
from coopgraph.store import open_store, parse_url

ROOT = Path(__file__).resolve().parent.parent


def run(cwd: Path, *args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    full_env = dict(os.environ, PYTHONPATH=str(ROOT), COOPGRAPH_DB=str(cwd / "default-store.db"), **(env or {}))
    return subprocess.run([sys.executable, "-m", "coopgraph", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=full_env)


def one_line_error(proc: subprocess.CompletedProcess, code: int) -> str:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("coopgraph: ")
    return lines[0]


def records_file(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in corpus()), encoding="utf-8")
    return path


@pytest.fixture
def cwd(tmp_path):
    d = tmp_path / "cwd"
    d.mkdir()
    return d


# ------------------------------------------------------------------ store URLs
@pytest.mark.parametrize("url", ["foo://bar", "mysql://u@h/db", "sqlite:/x.db", "sqlite://x.db", "http://h/x", ""])
@pytest.mark.parametrize("command", ["events", "timeline", "ingest"])
def test_bad_store_url_is_a_usage_error_and_creates_nothing(cwd, url, command):
    args = [command, "--db", url] + (["--records", "nothing.jsonl"] if command == "ingest" else [])
    line = one_line_error(run(cwd, *args), EXIT_USAGE)
    assert "URL" in line
    assert list(cwd.iterdir()) == []


@pytest.mark.parametrize("url,want", [
    ("sqlite:///rel/x.db", ("sqlite", "rel/x.db")), ("sqlite:////abs/x.db", ("sqlite", "/abs/x.db")),
    ("sqlite://", ("sqlite", ":memory:")), ("x.db", ("sqlite", "x.db")), ("dir/x:1.db", ("sqlite", "dir/x:1.db")),
    ("postgresql://u@h/db", ("postgres", "postgresql://u@h/db")), ("postgres://h/db", ("postgres", "postgres://h/db")),
])
def test_parse_url(url, want):
    assert parse_url(url) == want


@pytest.mark.parametrize("command", [["events"], ["timeline"], ["entities-top"], ["search", "협력"],
                                     ["export", "--format", "jsonl", "-o", "out.jsonl"]])
def test_query_on_a_missing_sqlite_store_exits_3_and_creates_nothing(cwd, command):
    line = one_line_error(run(cwd, *command, "--db", "nope.db"), EXIT_STORE)
    assert "no store at nope.db" in line and "ingest" in line
    assert list(cwd.iterdir()) == []


def test_query_on_a_file_that_is_not_a_store(cwd):
    (cwd / "notes.txt").write_text("not a database\n" * 100)
    one_line_error(run(cwd, "events", "--db", "notes.txt"), EXIT_STORE)
    assert (cwd / "notes.txt").read_text() == "not a database\n" * 100


def test_query_on_an_empty_sqlite_file_is_no_store(cwd):
    (cwd / "empty.db").write_bytes(b"")
    line = one_line_error(run(cwd, "events", "--db", "empty.db"), EXIT_STORE)
    assert "no coopgraph store" in line


@pytest.mark.parametrize("url", ["postgresql://nobody@127.0.0.1:9/x", "postgresql://nobody@no-such-host.invalid/x"])
@pytest.mark.parametrize("command", ["events", "ingest"])
def test_postgres_down_or_unresolvable_is_one_line_exit_3(cwd, url, command):
    args = [command, "--db", url] + (["--records", "nothing.jsonl"] if command == "ingest" else [])
    line = one_line_error(run(cwd, *args), EXIT_STORE)
    assert "cannot connect to PostgreSQL" in line


def test_postgres_query_on_a_database_without_a_store(pg_server, cwd):
    url = pg_server.new_database()
    line = one_line_error(run(cwd, "events", "--db", url), EXIT_STORE)
    assert "no coopgraph store" in line
    import psycopg

    with psycopg.connect(url) as conn:  # and nothing was created in it
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


@pytest.mark.postgres
def test_postgres_store_queries_read_only_and_ingest_works(pg_server, cwd, tmp_path):
    url = pg_server.new_database()
    proc = run(cwd, "ingest", "--records", str(records_file(tmp_path)), "--db", url, "--no-progress")
    assert proc.returncode == 0, proc.stderr
    proc = run(cwd, "events", "--db", url, "--format", "jsonl")
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) >= 3, proc.stderr
    s = open_store(url, mode="ro")
    try:
        with pytest.raises(Exception, match="read-only"):
            s.conn.execute("DELETE FROM documents")
    finally:
        s.close()


# ------------------------------------------------------------------ read-only stores
def _make_store(tmp_path: Path) -> Path:
    path = tmp_path / "ro" / "store.db"
    path.parent.mkdir()
    s = open_store(f"sqlite:///{path}")
    s.ingest(corpus())
    s.close()
    return path


def _immutable(path: Path) -> bool:
    """Make ``path`` unwritable even for root (chattr +i) or, for a user, by its mode bits."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return True
    return shutil.which("chattr") is not None and subprocess.run(["chattr", "+i", str(path)]).returncode == 0


def _mutable(path: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)])
    path.chmod(0o644)


def test_read_only_file_is_queried_and_ingest_refuses_before_the_pipeline(tmp_path, cwd):
    path = _make_store(tmp_path)
    if not _immutable(path):
        pytest.skip("cannot make a file read-only for root here (no chattr)")
    try:
        before = path.read_bytes()
        proc = run(cwd, "events", "--db", str(path), "--format", "jsonl")
        assert proc.returncode == 0, proc.stderr
        assert len(proc.stdout.splitlines()) >= 3
        (cwd / "page.txt").write_text("서울에서 협력 회의가 열렸다.\n", encoding="utf-8")
        line = one_line_error(run(cwd, "ingest", "page.txt", "--db", str(path), "--no-progress"), EXIT_STORE)
        assert "read-only" in line
        assert path.read_bytes() == before
    finally:
        _mutable(path)


def _ro_mount_available() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind /tmp /tmp && mount -o remount,bind,ro /tmp"],
                           capture_output=True)
    return probe.returncode == 0


def test_store_on_a_read_only_mount_can_be_queried(tmp_path):
    if os.geteuid() != 0:
        # a user cannot mount; a directory without write permission has the same effect on SQLite
        path = _make_store(tmp_path)
        path.parent.chmod(0o555)
        try:
            proc = subprocess.run([sys.executable, "-m", "coopgraph", "events", "--db", str(path), "--format",
                                   "jsonl"], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        finally:
            path.parent.chmod(0o755)
    else:
        if not _ro_mount_available():
            pytest.skip("no mount namespace here (unshare -m) to make a read-only mount")
        path = _make_store(tmp_path)
        for extra in path.parent.glob("store.db-*"):
            extra.unlink()  # as it is on a copied read-only medium: no -wal/-shm beside the file
        d = path.parent
        script = (f"mount --bind {d} {d} && mount -o remount,bind,ro {d} && "
                  f"exec {sys.executable} -m coopgraph events --db {path} --format jsonl")
        proc = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                              env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) >= 3


def test_open_store_ro_never_writes(tmp_path):
    path = _make_store(tmp_path)
    s = open_store(str(path), mode="ro")
    try:
        with pytest.raises(Exception, match="readonly|read-only"):
            s.conn.execute("DELETE FROM documents")
        assert s.counts()["documents"] == len(corpus())
    finally:
        s.close()


# ------------------------------------------------------------------ usage errors and the --debug flag
@pytest.mark.parametrize("args", [["bogus"], ["events", "--limit", "x"], ["events", "--country"],
                                  ["extract"], ["dates", "2020년", "--ref", "yesterday"]])
def test_usage_errors_are_one_line_exit_2(cwd, args):
    one_line_error(run(cwd, *args), EXIT_USAGE)


def test_debug_shows_the_traceback(cwd):
    proc = run(cwd, "--debug", "events", "--db", "nope.db")
    assert proc.returncode == EXIT_STORE and "Traceback" in proc.stderr
    proc = run(cwd, "events", "--db", "nope.db", "--debug")  # also after the command
    assert proc.returncode == EXIT_STORE and "Traceback" in proc.stderr


def test_invalid_utf8_in_an_argument_is_a_usage_error(cwd):
    proc = subprocess.run([sys.executable, "-m", "coopgraph", "dates", os.fsdecode(b"2020\xff")], cwd=cwd,
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "UTF-8" in one_line_error(proc, EXIT_USAGE)


def test_exit_codes_are_documented():
    doc = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    for code in EXIT_CODES:
        assert f"| {code} |" in doc, code
    assert "exit codes" in run(ROOT, "--help").stdout


def test_empty_directory_is_nothing_to_read(cwd):
    (cwd / "empty").mkdir()
    proc = run(cwd, "extract", "empty", "--no-progress")
    assert proc.returncode == EXIT_NOTHING and "nothing to read" in proc.stderr and "Traceback" not in proc.stderr
    assert proc.stdout == ""


# ------------------------------------------------------------------ the demo keeps to its own store
@pytest.mark.slow
def test_demo_never_writes_the_default_store(cwd, tmp_path):
    data_home = tmp_path / "xdg"
    env = {"XDG_DATA_HOME": str(data_home)}
    default = cwd / "default-store.db"  # what COOPGRAPH_DB (set by run()) names: the user's own store
    proc = run(cwd, "demo", env=env)
    assert proc.returncode == 0, proc.stderr
    demo_db = data_home / "coopgraph" / "demo.db"
    assert str(demo_db) in proc.stdout and demo_db.exists()
    assert not default.exists()  # the user's store was not even created
    assert one_line_error(run(cwd, "events", env=env), EXIT_STORE)  # so queries on it find no store
    # with a store of their own, queries return only their own events, never the demo's
    proc = run(cwd, "ingest", "--records", str(records_file(tmp_path)), "--no-progress", env=env)
    assert proc.returncode == 0, proc.stderr
    assert run(cwd, "demo", env=env).returncode == 0
    mine = [json.loads(x) for x in run(cwd, "events", "--format", "jsonl", env=env).stdout.splitlines()]
    demo = [json.loads(x) for x in run(cwd, "events", "--db", str(demo_db), "--format", "jsonl",
                                       env=env).stdout.splitlines()]
    assert mine and demo
    mine_docs = {s["doc_id"] for e in mine for s in e["sources"]}
    demo_docs = {s["doc_id"] for e in demo for s in e["sources"]}
    assert mine_docs == {r.doc_id for r in corpus() if r.events} and not mine_docs & demo_docs


def test_unwritable_output_is_one_line_exit_74(cwd):
    (cwd / "page.txt").write_text("서울에서 협력 회의가 열렸다.\n", encoding="utf-8")
    line = one_line_error(run(cwd, "extract", "page.txt", "-o", "/nonexistent/dir/out.jsonl"), 74)
    assert "/nonexistent/dir/out.jsonl" in line


def test_an_unexpected_exception_is_one_line_naming_the_bug(capsys, monkeypatch):
    from coopgraph import cli

    def broken(args):
        raise KeyError("surprise")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["dates"].set_defaults(func=broken)
    assert cli.main(["dates", "2020년"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (a bug): KeyError" in err and "--debug" in err
    assert cli.main(["--debug", "dates", "2020년"]) == 70
    assert "Traceback" in capsys.readouterr().err
