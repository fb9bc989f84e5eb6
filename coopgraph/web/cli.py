"""`coopgraph serve`: the REST API and the browser UI over a store (uvicorn)."""

from __future__ import annotations

import argparse
import json
import os
import sys


def _port(s: str) -> int:
    if not s.isdigit() or not 0 < int(s) < 65536:
        raise argparse.ArgumentTypeError(f"not a TCP port (1-65535): {s!r}")
    return int(s)


def _cmd_serve(args: argparse.Namespace) -> int:
    from coopgraph.errors import CommandError, UsageError
    from coopgraph.settings import default_db_url
    from coopgraph.store import open_store

    url = args.db or default_db_url()
    token = args.token or os.environ.get("COOPGRAPH_TOKEN")
    try:
        if args.allow_ingest and not token:
            raise UsageError("--allow-ingest needs a token", "give --token TOKEN or set COOPGRAPH_TOKEN")
        # fail now, in one line, rather than on the first request: the store must exist (or be creatable
        # when ingest is allowed) and have a schema this version reads
        open_store(url, mode="rw" if args.allow_ingest else "ro").close()
    except CommandError as exc:
        print(f"coopgraph: {exc.line()}", file=sys.stderr)
        return exc.exit_code
    import uvicorn

    workers = args.workers or os.cpu_count() or 1
    print(f"coopgraph: serving {url} on http://{args.host}:{args.port}/ "
          f"({'ingest allowed with a token' if args.allow_ingest else 'read-only'}; {workers} server "
          f"process{'es' if workers > 1 else ''} of {args.threads} database threads); Ctrl-C stops", file=sys.stderr)
    if workers == 1:
        from coopgraph.web import create_app

        app = create_app(url, allow_ingest=args.allow_ingest, token=token, threads=args.threads,
                         cache=not args.no_cache)
        server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level))
        server.run()
        return 0 if server.started else 1
    # several processes: uvicorn starts each from the app factory, which reads its settings from the environment
    from coopgraph.web.app import CONFIG_ENV

    os.environ[CONFIG_ENV] = json.dumps({"url": url, "allow_ingest": args.allow_ingest, "threads": args.threads,
                                         "cache": not args.no_cache})
    if token:
        os.environ["COOPGRAPH_TOKEN"] = token
    uvicorn.run("coopgraph.web.app:app_from_env", factory=True, workers=workers, host=args.host, port=args.port,
                log_level=args.log_level)
    return 0


def _count(s: str) -> int:
    if not s.isdigit() or int(s) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number >= 1: {s!r}")
    return int(s)


def register(sub) -> None:
    """Add `serve` to the `coopgraph` parser's subparsers."""
    p = sub.add_parser("serve", help="browse and query the store in a web browser, or over a JSON API",
                       description="Serve the store over HTTP: pages for people (home, events with facets, event, "
                                   "entity, graph, document) and a JSON API under /api (OpenAPI at /docs). "
                                   "Read-only unless --allow-ingest is given.")
    p.add_argument("--db", metavar="URL", help="database URL: sqlite:////path/file.db, a file path, or "
                                               "postgresql://user@host/db (default: $COOPGRAPH_DB, else the "
                                               "user data directory's coopgraph.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=_port, default=8000, help="TCP port (default 8000)")
    p.add_argument("--workers", type=_count, default=None, metavar="N",
                   help="server processes (uvicorn workers), each opening the store on its own "
                        "(default: the number of CPU cores)")
    p.add_argument("--threads", type=_count, default=4, metavar="N",
                   help="database threads per process, each with its own connection (default 4)")
    p.add_argument("--no-cache", action="store_true",
                   help="keep no totals or aggregate answers between requests (for benchmarks)")
    p.add_argument("--allow-ingest", action="store_true",
                   help="add POST /api/documents: run the pipeline on posted HTML/text/JSONL and store it")
    p.add_argument("--token", metavar="TOKEN", help="bearer token POST /api/documents requires "
                                                    "(default: $COOPGRAPH_TOKEN)")
    p.add_argument("--log-level", default="warning", choices=("critical", "error", "warning", "info", "debug"),
                   help="uvicorn's log level (default warning)")
    p.set_defaults(func=_cmd_serve)
