"""One frozen Settings object, built at the edge (CLI, API) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path


def default_db_url() -> str:
    """SQLite file in the user's data directory, unless COOPGRAPH_DB says otherwise."""
    env = os.environ.get("COOPGRAPH_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return "sqlite:///" + str(Path(user_data_dir("coopgraph")) / "coopgraph.db")


MiB = 1024 * 1024


def demo_db_url() -> str:
    """The demo's own SQLite store, beside the default one: `coopgraph demo` never writes the user's store."""
    from platformdirs import user_data_dir

    return "sqlite:///" + str(Path(user_data_dir("coopgraph")) / "demo.db")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run may be told; the limits are documented in docs/reliability.md (and --help).

    Every limit is enforced while reading (streaming), and an input over it becomes a ``too_large`` (or
    ``timeout``) error record that names the limit; the batch goes on.
    """

    max_bytes: int = 10 * MiB  # one document larger than this is refused (too_large): trafilatura needs ~1.6 s/MB
    max_member_bytes: int = 10 * MiB  # a compressed member (WARC payload, .gz file) may inflate to this much
    max_line_bytes: int = 32 * MiB  # one JSON Lines line (a document escaped as JSON is longer than its bytes)
    max_stdin_bytes: int = 10 * MiB  # a single document read from stdin ('-'); containers on stdin stream
    max_depth: int = 200  # HTML elements nested deeper than this are flattened (text kept): libxml2 stops at 256
    timeout: float | None = 300.0  # seconds one document may take in the pipeline (None: no limit)
    ref_date: str | None = None  # reference date for relative dates when a document has none
    use_ner: bool = True  # statistical NER on top of gazetteer and patterns
    explain: bool = False
    db_url: str | None = None

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()
