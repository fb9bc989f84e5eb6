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


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int = 10 * 1024 * 1024  # one document larger than this is refused (too_large): trafilatura needs ~1.6 s/MB
    ref_date: str | None = None  # reference date for relative dates when a document has none
    use_ner: bool = True  # statistical NER on top of gazetteer and patterns
    explain: bool = False
    db_url: str | None = None

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    def resolved_db_url(self) -> str:
        return self.db_url or default_db_url()
