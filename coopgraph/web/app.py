"""The FastAPI application: JSON under ``/api``, server-rendered pages elsewhere.

The store is opened read-only (``open_store(url, mode="ro")``) unless ingest is allowed.

    app = create_app("sqlite:////tmp/kb.db")            # read-only
    app = create_app(url, allow_ingest=True, token="…")  # adds POST /api/documents

Database work runs in a small pool of threads, each with its own store
connection (SQLite connections belong to the thread that opened them); the
event loop never blocks on the database.
"""

from __future__ import annotations

import asyncio
import csv
import hmac
import io
import json
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline

from coopgraph import __version__
from coopgraph.web import pages, views
from coopgraph.web.views import BadParameter, NotFound

WEB = files("coopgraph") / "web"


class StorePool:
    """A fixed pool of threads, each holding one open store for ``url``."""

    def __init__(self, url: str, threads: int = 4, mode: str = "ro", cache: ResultCache | None = None):
        self.url = url
        self.mode = mode
        self.cache = cache
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="coopgraph-db")
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[Any] = []

    def _store(self):
        store = getattr(self.local, "store", None)
        if store is None:
            from coopgraph.store import open_store

            store = open_store(self.url, mode=self.mode)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def _call(self, fn: Callable, args: tuple) -> Any:
        store = self._store()
        try:
            return fn(store, *args)
        except (BadParameter, NotFound):
            raise
        except Exception:
            # the connection may be broken (server restarted): the next request opens a new one
            self.local.store = None
            try:
                store.close()
            except Exception:  # noqa: BLE001 - closing a broken connection may fail as well
                pass
            raise

    async def run(self, fn: Callable, *args: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, self._call, fn, args)

    async def cached(self, fn: Callable, *args: Any) -> Any:
        """``run(fn, *args)`` through the result cache (when the app has one)."""
        if self.cache is None:
            return await self.run(fn, *args)
        return await self.run(self.cache.call, fn, *args)

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        if self.cache is not None:
            self.cache.close()
        for store in self.opened:
            try:
                store.close()
            except Exception:  # noqa: BLE001 - a SQLite connection refuses to close from another thread
                pass


INDEX_INLINE = 20_000  # a store of at most this many events builds its event index inline (web.index)
INDEX_SPACING = 4  # after a build of t seconds, the next starts at least 4 t later
LIST_MAX = 50_000  # a filter's ordered event list is kept when at most this many events match
LIST_BYTES = 64 << 20  # the kept lists of one process, at most (SQLite: 8 bytes an event, else ~80)


class ResultCache:
    """Answers of the aggregate views (graph, facets, timeline, home, stats), the totals of event lists and the
    ordered event lists of filters, reused while the store is unchanged: every key holds the store's data
    version (:meth:`version`), and entries of an older version are dropped when a new one is seen. Pages of
    events and single records (an event, an entity, a document) are always read."""

    def __init__(self, size: int = 1024, list_bytes: int = LIST_BYTES):
        self.size = size
        self.data: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.watchers: dict[str, sqlite3.Connection] = {}
        self.pending: dict[tuple, threading.Lock] = {}
        self.list_bytes = list_bytes
        self.lists: OrderedDict[tuple, Any] = OrderedDict()  # ordered event lists, least recently used first
        self.listed = 0  # their bytes
        self.current: tuple | None = None
        self.event_index = None  # web.index.EventIndex of some data version (SQLite file)
        self.building = False
        self.index_failed: tuple | None = None  # the version whose build raised: not tried again
        self.index_next = 0.0  # time.monotonic() before which no build starts

    def _watcher(self, path: str) -> sqlite3.Connection | None:
        with self.lock:
            if path not in self.watchers:
                from urllib.parse import quote

                try:
                    self.watchers[path] = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True,
                                                          check_same_thread=False, isolation_level=None)
                except sqlite3.Error:
                    return None
            return self.watchers[path]

    def version(self, store) -> tuple:
        """The store's data version. SQLite file: ``PRAGMA data_version`` of a connection of this cache that
        never writes, so any commit (this process's ingest, another process, another program) moves it.
        Otherwise the store's write counter (``counters.seq``, moved by every ingest, reprocess and
        curation) and the number of curations."""
        conn = store.conn
        path = getattr(conn, "path", None)
        version = None
        if conn.dialect == "sqlite" and path and path != ":memory:":
            version = self._data_version(path)
        if version is None:
            version = tuple(conn.query("SELECT (SELECT value FROM counters WHERE name = 'seq'), "
                                       "(SELECT count(*) FROM curations)")[0])
        if version != self.current:
            with self.lock:  # what an older version kept will not be asked for again
                self.current = version
                for key in [k for k in self.data if k[1] != version]:
                    del self.data[key]
                for key in [k for k in self.lists if k[1] != version]:
                    self.listed -= _list_bytes(self.lists.pop(key))
        return version

    def _data_version(self, path: str) -> tuple | None:
        """``PRAGMA data_version`` of this cache's watcher connection to the SQLite file, None if unknown."""
        watcher = self._watcher(path)
        if watcher is None:
            return None
        try:
            with self.lock:
                return ("data_version", watcher.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:  # e.g. a WAL store on a read-only mount (opened immutable): nobody writes
            return None

    def index(self, store):
        """The in-memory event index (web.index.EventIndex) of the store's current data version, or None: not
        a SQLite file, or being built. A store of more than INDEX_INLINE events builds it in a thread of its
        own (requests meanwhile take the SQL path), a smaller one in the request that first wants it."""
        conn = store.conn
        path = getattr(conn, "path", None)
        if conn.dialect != "sqlite" or not path or path == ":memory:":
            return None
        version = self.version(store)
        index = self.event_index
        if index is not None and index.version == version:
            return index
        if version[0] != "data_version" or version == self.index_failed:
            return None
        with self.lock:
            # while the store keeps changing, builds are spaced out: at most 1/(1 + INDEX_SPACING) of a core
            if self.building or time.monotonic() < self.index_next:
                return None
            self.building = True
        if (conn.query("SELECT max(rowid) FROM events")[0][0] or 0) <= INDEX_INLINE:
            self._build_index(path, version)
            index = self.event_index
            return index if index is not None and index.version == version else None
        threading.Thread(target=self._build_index, args=(path, version), name="coopgraph-index",
                         daemon=True).start()
        return None

    def _build_index(self, path: str, version: tuple) -> None:
        from coopgraph.web.index import build

        start = time.monotonic()
        try:
            index = build(version, path, lambda: self._data_version(path))
            if index is not None:
                self.event_index = index
            end = time.monotonic()
            self.index_next = end + INDEX_SPACING * (end - start)
        except Exception:  # noqa: BLE001 - the SQL path still answers; say why once
            self.index_failed = version
            logging.getLogger(__name__).exception("coopgraph: the in-memory event index could not be built")
        finally:
            with self.lock:
                self.building = False

    def indexed_ids(self, store, flt, sort: str):
        """The rowids of the events matching ``flt`` in ``sort`` order from the event index (kept as lists are,
        with no length limit), or None when there is no index yet or it does not serve this filter or sort."""
        index = self.index(store)
        if index is None or not index.serves(flt, sort):
            return None
        return self.memo(("indexed", index.version, flt, sort), lambda: index.ids(store, flt, sort), listed=True)

    def memo(self, key: tuple, compute: Callable[[], Any], listed: bool = False) -> Any:
        """The value kept under ``key``, else ``compute()`` kept; threads asking for the same key at once wait
        for one computation instead of each running it. ``listed``: an event list (kept apart, by its size)."""
        kept = self.lists if listed else self.data
        with self.lock:
            if key in kept:
                kept.move_to_end(key)
                return kept[key]
            pending = self.pending.setdefault(key, threading.Lock())
        with pending:
            with self.lock:
                if key in kept:
                    return kept[key]
            try:
                value = compute()
                with self.lock:
                    kept[key] = value
                    if listed:
                        self.listed += _list_bytes(value)
                        while self.listed > self.list_bytes and len(self.lists) > 1:
                            self.listed -= _list_bytes(self.lists.popitem(last=False)[1])
                    while len(self.data) > self.size:
                        self.data.popitem(last=False)
            finally:
                with self.lock:
                    self.pending.pop(key, None)
        return value

    def call(self, store, fn: Callable, *args: Any) -> Any:
        key = (fn.__name__, self.version(store), json.dumps(args, sort_keys=True, default=str))
        # callers add keys at the top level only (charts, layout, facets): a shallow copy keeps the cached value
        return dict(self.memo(key, lambda: dict(fn(store, *args))))

    def ids(self, store, flt, sort: str, probe: bool = False):
        """The events matching ``flt`` (a WebFilter) in ``sort`` order (``web.queries.ordered_ids``: rowids on
        SQLite, else ids), kept per (filter, sort, data version) when at most LIST_MAX match, else None.
        ``probe``: the filter's country, pair, organisation and text tests run per event of its type and date
        range (a small domain) instead of listing their events."""
        from coopgraph.web import queries as wq

        version = self.version(store)
        count_key = ("count", version, flt)
        with self.lock:
            if self.data.get(count_key, 0) > LIST_MAX:  # known to be too long: not even tried
                return None
        rank = None
        if store.conn.dialect == "sqlite" and sort in wq.ORDERED:
            rank = self.memo(("rank", version, sort), lambda: wq.date_ranks(store, sort))
        ids = self.memo(("ids", version, flt, sort), lambda: wq.ordered_ids(
            store, flt, sort, LIST_MAX, probe, rank, self.lead(store, version, flt)), listed=True)
        if ids is not None:
            with self.lock:
                self.data.setdefault(count_key, len(ids))  # the total, for the other sorts and the facets' pages
        return ids

    def count(self, store, flt) -> int:
        """The number of events matching ``flt`` (a WebFilter), kept per (filter, data version)."""
        from coopgraph.web import queries as wq

        version = self.version(store)
        return self.memo(("count", version, flt), lambda: wq.count_events(store, flt, self.lead(store, version, flt)))

    def lead(self, store, version: tuple, flt=None) -> tuple[int, int] | None:
        """``web.queries.date_lead`` of the store (SQLite), kept per data version; None for a filter without
        a date range (or another backend)."""
        from coopgraph.web import queries as wq

        if store.conn.dialect != "sqlite" or (flt is not None and not (flt.base.date_from or flt.base.date_to)):
            return None
        return self.memo(("date_lead", version), lambda: wq.date_lead(store))

    def close(self) -> None:
        with self.lock:
            for conn in self.watchers.values():
                conn.close()
            self.watchers.clear()


def _list_bytes(ids) -> int:
    """What a kept event list costs: 8 bytes a rowid (an array), ~80 an id string in a tuple, 8 for None."""
    if ids is None:
        return 8
    return len(ids) * (ids.itemsize if hasattr(ids, "itemsize") else 80) + 64


def _error(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if parameter:
        body["parameter"] = parameter
    return FastJSON(body, status_code=status)


# --- documented query parameters (OpenAPI). The handlers read them from the request and views check
# them: declaring them as FastAPI parameters would run their validation (and a thread hop per dependency)
# on every request, several times the cost of a page of events.
EVENT_FILTERS = (
    ("pair", "both countries, e.g. KR-UZ"),
    ("country", "one country (ISO 3166-1 alpha-2)"),
    ("type", "|".join(views.TYPES)),
    ("org", "an organisation or person: entity id, name, alias or former name"),
    ("from", "events ending on/after YYYY[-MM[-DD]]"),
    ("to", "events starting on/before YYYY[-MM[-DD]]"),
    ("status", "|".join(views.STATUSES)),
    ("min_sources", "reported by at least N documents"),
    ("q", "text in an evidence sentence (Korean substrings welcome)"),
    ("location", "place name"),
)
PAGING = (
    ("sort", "date (default), -date, sources, -sources, -confidence"),
    ("limit", f"page size, 1..{views.MAX_LIMIT} (default 50)"),
    ("offset", "skip this many events"),
    ("cursor", "next_cursor of the previous page (instead of offset)"),
)


def _openapi(*groups: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    return {"parameters": [{"name": name, "in": "query", "required": False, "description": text,
                            "schema": {"type": "string"}} for group in groups for name, text in group]}


class FastJSON(JSONResponse):
    """JSON encoded by orjson (UTF-8, compact): the encoding was a third of a page's CPU with json."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def _graph_page(store, params: dict[str, str]) -> dict[str, Any]:
    ctx = views.graph_view(store, params)
    ctx["layout"] = pages.graph_layout(ctx["nodes"], ctx["edges"])
    return ctx


def create_app(store_url: str, allow_ingest: bool = False, token: str | None = None, threads: int = 4,
               cache: bool = True) -> FastAPI:
    """The coopgraph web app over the store at ``store_url``.

    ``allow_ingest`` adds ``POST /api/documents``, which needs ``token`` as a bearer token.
    ``threads``: database threads of this process, each with its own connection.
    ``cache`` keeps the totals of event lists and the answers of the aggregate views (graph, facets,
    timeline, home, stats) while the store is unchanged; pages of events and single records are always read.
    """
    if allow_ingest and not token:
        raise ValueError("ingest over HTTP needs a token (--token or COOPGRAPH_TOKEN)")
    pool = StorePool(store_url, threads=threads, mode="rw" if allow_ingest else "ro",
                     cache=ResultCache() if cache else None)
    app = FastAPIOffline(title="coopgraph", version=__version__, static_url="/static-docs",
                         description="Cooperation events extracted from Korean news, with their sources.")
    app.state.pool = pool
    app.state.allow_ingest = allow_ingest
    app.router.add_event_handler("shutdown", pool.close)

    async def prepare_index():  # the event index of a large store starts building now, not at the first list
        if pool.cache is not None:
            try:
                await pool.run(pool.cache.index)
            except Exception:  # noqa: BLE001 - e.g. no store yet: requests will say so
                pass

    app.router.add_event_handler("startup", prepare_index)
    templates = Jinja2Templates(directory=str(WEB / "templates"))  # autoescape on for .html
    pages.install_filters(templates.env)
    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter):
        if request.url.path.startswith("/api/"):
            return _error(422, f"bad parameter {exc.name!r}: {exc.message}", exc.name)
        return templates.TemplateResponse(request, "error.html", {"status": 422, "parameter": exc.name,
                                                                  "message": exc.message}, status_code=422)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        if request.url.path.startswith("/api/"):
            return _error(404, str(exc))
        return templates.TemplateResponse(request, "error.html", {"status": 404, "parameter": None,
                                                                  "message": str(exc)}, status_code=404)

    def params(request: Request) -> dict[str, str]:
        return dict(request.query_params)

    def facets_view(store, p: dict[str, str]) -> dict[str, Any]:  # counted by the event index when it is there
        return views.facets_view(store, p, pool.cache.index(store) if pool.cache is not None else None)

    # ------------------------------------------------------------------ API
    @app.get("/api/events", tags=["events"], summary="canonical events matching the filters, with the total",
             openapi_extra=_openapi(EVENT_FILTERS, PAGING, (("format", "json (default) or csv"),
                                                            ("facets", "1: add the facet counts"))))
    async def api_events(request: Request):
        p = params(request)
        format = p.get("format", "json")
        if format not in ("json", "csv"):
            raise BadParameter("format", f"{format!r} is not one of json, csv")
        if format == "csv":
            rows = await pool.run(lambda s: list(views.events_csv_rows(s, p)))
            return Response(_csv(rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="events.csv"'})
        ctx = await pool.run(views.events_view, p, pool.cache)
        if p.get("facets") == "1":
            ctx["facets"] = (await pool.cached(facets_view, p))["facets"]
        return FastJSON(ctx)

    @app.get("/api/events/{event_id}", tags=["events"],
             summary="one canonical event with every source mention, its evidence and offsets")
    async def api_event(event_id: str):
        return FastJSON(await pool.run(views.event_view, event_id))

    @app.get("/api/entities", tags=["entities"], summary="entities by name/alias, kind and country")
    async def api_entities(request: Request, q: str | None = None, kind: str | None = None,
                           country: str | None = None, limit: str | None = None, offset: str | None = None):
        return FastJSON(await pool.run(views.entities_view, params(request)))

    @app.get("/api/entities/{entity_id}", tags=["entities"],
             summary="an entity: aliases, names over time, events, most frequent partners")
    async def api_entity(request: Request, entity_id: str):
        return FastJSON(await pool.run(views.entity_view, entity_id, params(request)))

    @app.get("/api/timeline", tags=["events"], summary="events per year (or month) and type",
             openapi_extra=_openapi(EVENT_FILTERS, (("by", "year (default) or month"),)))
    async def api_timeline(request: Request):
        return FastJSON(await pool.cached(views.timeline_view, params(request)))

    @app.get("/api/graph", tags=["events"], summary="organisation network of the matching events (edges carry "
             "event ids)", openapi_extra=_openapi(EVENT_FILTERS, (("max_nodes", "2..500 (default 80)"),)))
    async def api_graph(request: Request):
        return FastJSON(await pool.cached(views.graph_view, params(request)))

    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="cleaned text and the spans found in it")
    async def api_document(doc_id: str):
        return FastJSON(await pool.run(views.document_view, doc_id))

    @app.get("/api/search", tags=["documents"], summary="full-text search over documents, and matching entities")
    async def api_search(request: Request, q: str | None = None, limit: str | None = None):
        return FastJSON(await pool.run(views.search_view, params(request)))

    @app.get("/api/stats", tags=["events"], summary="counts")
    async def api_stats():
        return FastJSON(await pool.cached(views.stats_view))

    if allow_ingest:
        from coopgraph.web.ingest import install

        install(app, pool, token, hmac.compare_digest)
    else:
        @app.post("/api/documents", include_in_schema=False)
        async def read_only():
            return _error(403, "this server is read-only: start it with --allow-ingest and a token to accept documents")

    # ---------------------------------------------------------------- pages
    def page(name: str, request: Request, context: dict[str, Any]) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {**context, "allow_ingest": allow_ingest})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request):
        ctx = await pool.cached(views.home_view)
        ctx["chart"] = pages.timeline_chart(ctx["timeline"])
        return page("home.html", request, ctx)

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    async def events_page(request: Request):
        p = params(request)
        ctx = await pool.run(views.events_view, p, pool.cache)
        ctx["facets"] = (await pool.cached(facets_view, p))["facets"]
        return page("events.html", request, {**ctx, "links": pages.Links(p)})

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    async def event_page(request: Request, event_id: str):
        ctx = await pool.run(views.event_view, event_id)
        return page("event.html", request, ctx)

    @app.get("/entities", response_class=HTMLResponse, include_in_schema=False)
    async def entities_page(request: Request):
        ctx = await pool.run(views.entities_view, params(request))
        return page("entities.html", request, ctx)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    async def entity_page(request: Request, entity_id: str):
        ctx = await pool.run(views.entity_view, entity_id, params(request))
        ctx["chart"] = pages.timeline_chart(ctx["entity"]["timeline"])
        return page("entity.html", request, ctx)

    @app.get("/graph", response_class=HTMLResponse, include_in_schema=False)
    async def graph_page(request: Request):
        p = params(request)
        ctx = await pool.cached(_graph_page, p)
        return page("graph.html", request, {**ctx, "links": pages.Links(p)})

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    async def document_page(request: Request, doc_id: str):
        ctx = await pool.run(views.document_view, doc_id)
        ctx["segments"] = pages.document_segments(ctx["document"]["text"], ctx["spans"])
        return page("document.html", request, ctx)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    async def search_page(request: Request):
        ctx = await pool.run(views.search_view, params(request))
        return page("search.html", request, ctx)

    return app


CONFIG_ENV = "COOPGRAPH_SERVE_CONFIG"


def app_from_env() -> FastAPI:
    """The app of ``coopgraph serve --workers N`` (N > 1): uvicorn imports this factory in each worker
    process. The settings come from $COOPGRAPH_SERVE_CONFIG (JSON: url, allow_ingest, threads, cache),
    the token from $COOPGRAPH_TOKEN."""
    config = json.loads(os.environ[CONFIG_ENV])
    return create_app(config["url"], allow_ingest=config.get("allow_ingest", False),
                      token=os.environ.get("COOPGRAPH_TOKEN"), threads=config.get("threads", 4),
                      cache=config.get("cache", True))


def _csv(rows: list[dict[str, Any]]) -> str:
    from coopgraph.store.export import FLAT_COLUMNS, csv_cell

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    # the same cells as `coopgraph export`: a name starting with = + - @ cannot run as a spreadsheet formula
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)
    return buf.getvalue()
