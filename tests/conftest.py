"""The one conftest: shared fixtures, heavy ones session-scoped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skip when it is absent, fail in CI (which always has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have ../shared, but {path} is missing")
        pytest.skip(f"{path} is not here (a user's clone has no ../shared)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def pipeline():
    from coopgraph.pipeline import Pipeline

    return Pipeline()


# --- store: a real PostgreSQL server started by the tests (tests/pg.py) -------------------------
@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session; skip without one, fail in CI (which installs it)."""
    import subprocess

    from pg import PgUnavailable, start_server

    try:
        server = start_server()
    except (PgUnavailable, OSError, subprocess.SubprocessError) as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the PostgreSQL tests, but no server could be started: {exc}")
        pytest.skip(f"no PostgreSQL server can be started here: {exc}")
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A fresh, empty store URL on each backend: the same test runs against SQLite and PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_server").new_database()


def hand_analysis(text: str, mentions=(), doc_date: str | None = None):
    """An Analysis of ``text`` whose mentions are given by hand as (surface, kind, country), every
    occurrence of each surface; sentences, dates and figures come from the real stages. For tests of
    the event and list readers alone, whatever the entity recogniser finds."""
    from datetime import date

    from coopgraph.recognise.dates import find_dates
    from coopgraph.recognise.figures import find_figures
    from coopgraph.records import Analysis, CleanDoc, Mention
    from coopgraph.text.sentences import split_sentences

    found = []
    for surface, kind, country in mentions:
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            found.append(Mention(start, start + len(surface), surface, kind, country=country, strategy="test"))
            start = text.find(surface, start + len(surface))
    found.sort(key=lambda m: m.begin)
    ref = date.fromisoformat(doc_date) if doc_date else None
    doc = CleanDoc(source="t.txt", doc_id="t", text=text, doc_date=doc_date)
    return Analysis(doc=doc, sentences=split_sentences(text), dates=find_dates(text, ref=ref),
                    mentions=tuple(found), figures=find_figures(text))
