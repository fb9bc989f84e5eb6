"""Web API benchmark: latency and throughput of /api/events and /api/graph under 50 concurrent clients.

    .venv/bin/python bench/web.py --db sqlite:////tmp/web-bench.db [--events 100000] [--clients 50]

The store is filled (once; an existing store at --db is reused) with the
generated records of bench/store.py (tests/kb_records.py: 12 organisations,
6 countries, 7 types, 2005-2024, 30 % of events re-reported): 80,000
documents, then more until the store holds 100,000 canonical events. The
server is `coopgraph.web` under uvicorn in its own process on 127.0.0.1 (never another interface); the clients
are httpx on one asyncio loop in this process, each sending its next request
as soon as the last one is answered.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

SCENARIOS = [
    ("events: no filter (first page of 50)", "/api/events"),
    ("events: type=agreement", "/api/events?type=agreement"),
    ("events: pair=KR-UZ", "/api/events?pair=KR-UZ"),
    ("events: country=BY, sort=-date", "/api/events?country=BY&sort=-date"),
    ("events: org=KISTI", "/api/events?org=KISTI"),
    ("events: from=2015&to=2016", "/api/events?from=2015&to=2016"),
    ("events: pair+type+from/to", "/api/events?pair=KR-BY&type=meeting&from=2010&to=2020"),
    ("events: org+type, page 3", "/api/events?org=KOICA&type=project&offset=100"),
    ("events: q=양해각서 (evidence text)", "/api/events?q=%EC%96%91%ED%95%B4%EA%B0%81%EC%84%9C"),
    ("graph: no filter", "/api/graph"),
    ("graph: pair=KR-BY", "/api/graph?pair=KR-BY"),
]


def build(url: str, events: int, stories: bool = False) -> None:
    """Fill the store with generated documents until it holds ``events`` canonical events."""
    from kb_records import generated

    from coopgraph.store import open_store

    store = open_store(url)
    if not stories:
        # The generated documents are copies of one sentence template, so the store's near-duplicate
        # look-up (SQLStore._assign_story) finds thousands of candidates per document and ingest slows
        # to a crawl; every document is its own story here (no effect on the events and entities served).
        store._assign_story = lambda doc_id, text: doc_id
    try:
        have = store.counts()["events"]
        t = time.perf_counter()
        part = 0 if have == 0 else 1  # a new seed for every top-up: new happenings, not re-reports
        while have < events:
            docs = 80_000 if part == 0 and have == 0 else max(1000, int((events - have) * 0.9))
            # 2 mentions a document, 30 % re-reported: about 0.6 canonical events per mention
            records = generated(docs, events_per_doc=2, seed=2024 + part, prefix=f"g{part}-")
            stats = store.ingest(records, batch_size=200)
            have = store.counts()["events"]
            print(f"+{stats.stored:,} documents, {stats.mentions:,} mentions -> {have:,} canonical events "
                  f"({time.perf_counter() - t:.0f} s)", flush=True)
            part += 1
        print(f"store at {url}: {store.counts()}", flush=True)
    finally:
        store.close()


# The two sort indexes this benchmark proposed; store migration 7 (0007_event_order.sql) now creates them,
# so on a migrated store this only runs ANALYZE (IF NOT EXISTS). Both dialects accept them.
PROPOSED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_order ON events ((date_start IS NULL), date_start, date_end, id)",
    "CREATE INDEX IF NOT EXISTS events_type_order ON events (type, (date_start IS NULL), date_start, date_end, id)",
)


def add_proposed_indexes(url: str) -> None:
    from coopgraph.store import open_store

    store = open_store(url)
    try:
        with store.conn.transaction():
            for sql in PROPOSED_INDEXES:
                store.conn.execute(sql)
        if store.conn.dialect == "sqlite":
            store.conn.execute("ANALYZE")
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, port: int, workers: int, cache: bool) -> subprocess.Popen:
    code = ("import uvicorn; from coopgraph.web import create_app; "
            f"uvicorn.run(create_app({url!r}, workers={workers}, cache={cache}), host='127.0.0.1', port={port}, "
            "log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the server exited before listening") from None
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


async def scenario(base: str, path: str, clients: int, requests: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    left = requests
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as client:
        await client.get(path)  # warm up (plans, caches)

        async def worker():
            nonlocal left, errors
            while left > 0:
                left -= 1
                t = time.perf_counter()
                r = await client.get(path)
                latencies.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    errors += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        wall = time.perf_counter() - t0
    latencies.sort()
    return {"p50": statistics.median(latencies), "p95": latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
            "rps": len(latencies) / wall, "n": len(latencies), "errors": errors}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="store URL; filled with generated records when empty")
    ap.add_argument("--events", type=int, default=100_000, help="canonical events the store must hold (default 100,000)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--requests", type=int, default=500, help="requests per scenario (default 500)")
    ap.add_argument("--workers", type=int, default=4, help="the server's database threads (default 4)")
    ap.add_argument("--only", help="run only scenarios whose name contains this")
    ap.add_argument("--no-cache", action="store_true",
                    help="serve without the aggregate cache (graph, facets, timeline): every request runs its queries")
    ap.add_argument("--proposed-indexes", action="store_true",
                    help="first add the two sort indexes (already there since store migration 7) and ANALYZE")
    ap.add_argument("--stories", action="store_true",
                    help="keep the store's near-duplicate grouping while building (very slow on generated text)")
    args = ap.parse_args()
    build(args.db, args.events, args.stories)
    if args.proposed_indexes:
        add_proposed_indexes(args.db)
    port = free_port()
    server = start_server(args.db, port, args.workers, not args.no_cache)
    results = []
    try:
        base = f"http://127.0.0.1:{port}"
        for name, path in SCENARIOS:
            if args.only and args.only not in name:
                continue
            r = asyncio.run(scenario(base, path, args.clients, args.requests))
            results.append((name, r))
            print(f"{name}: p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, {r['rps']:.1f} req/s, "
                  f"{r['errors']} errors", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"\n{os.cpu_count()} CPUs (load average {os.getloadavg()[0]:.1f}), {args.clients} concurrent clients, "
          f"{args.requests} requests per row, {args.workers} database threads, "
          f"cache {'off' if args.no_cache else 'on'}, proposed indexes {'on' if args.proposed_indexes else 'off'}\n")
    print("| request | p50 ms | p95 ms | requests/s |")
    print("|---|---:|---:|---:|")
    for name, r in results:
        print(f"| {name} | {r['p50']:.0f} | {r['p95']:.0f} | {r['rps']:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
