"""The web layer: a REST API and server-rendered pages over the store (``coopgraph serve``).

    from coopgraph.web import create_app
    app = create_app("sqlite:////tmp/kb.db")

See docs/web.md.
"""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(store_url: str, allow_ingest: bool = False, token: str | None = None, threads: int = 4,
               cache: bool = True):
    from coopgraph.web.app import create_app as _create

    return _create(store_url, allow_ingest=allow_ingest, token=token, threads=threads, cache=cache)
