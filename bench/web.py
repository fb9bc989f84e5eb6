"""Web API benchmark: latency and throughput of /api/events and /api/graph under 50 concurrent clients.

    .venv/bin/python bench/web.py --db sqlite:////tmp/web-bench.db [--events 100000] [--clients 50]

The store is filled (once; an existing store at --db is reused) with the
generated records of bench/store.py (tests/kb_records.py: 12 organisations,
6 countries, 7 types, 2005-2024, 30 % of events re-reported): 80,000
documents, then more until the store holds 100,000 canonical events. The
server is `coopgraph serve` (--workers processes, default 2) in its own
processes on 127.0.0.1 (never another interface). The clients are plain HTTP/1.1
keep-alive connections on one asyncio loop in this process (no HTTP library: a
request is one write, an answer one read of its headers and Content-Length
bytes), each sending its next request as soon as the last one is answered; the
client's own CPU and the server's are printed with every row, since all of
them share the machine's cores.

Each events row draws every request (seeded, the same in every run) from a set
of filters built from the store's values (every pair, country, organisation
name and alias, type and sort, year ranges, words of the evidence sentences,
random combinations and offsets: pools()), so the server's per-filter caches
see first requests and repeats, not one filter answered from its cache; the
first request of each filter is reported apart. --fixed repeats one filter per
row instead (the rows of earlier sessions' tables).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

# (name, fixed request, how the varied requests are drawn). By default each row draws every request from a
# set of filters built from the store's own values (pools()), the same way for every run (seeded); --fixed
# repeats the one fixed request instead (the rows of earlier sessions). "walk:": each client pages through
# its filter with next_cursor, then starts again with another filter of the set.
SCENARIOS = [
    ("events: no filter (first page of 50)", "/api/events", "none"),
    ("events: type (7 types x 2 sorts)", "/api/events?type=agreement", "type"),
    ("events: pair (every pair in the store)", "/api/events?pair=KR-UZ", "pair"),
    ("events: country, sort=-date (every country)", "/api/events?country=BY&sort=-date", "country"),
    ("events: org (every name and alias of an organisation)", "/api/events?org=KISTI", "org"),
    ("events: from/to (ranges of 1-4 years)", "/api/events?from=2015&to=2016", "dates"),
    ("events: pair+type+from/to", "/api/events?pair=KR-BY&type=meeting&from=2010&to=2020", "combo"),
    ("events: org+type, offset 0-250", "/api/events?org=KOICA&type=project&offset=100", "offset"),
    ("events: q (words of the evidence sentences)", "/api/events?q=%EC%96%91%ED%95%B4%EA%B0%81%EC%84%9C", "q"),
    ("events: pair, walking pages (next_cursor)", "walk:/api/events?pair=KR-UZ", "pair"),
    ("events: q, walking pages (next_cursor)", "walk:/api/events?q=%EC%96%91%ED%95%B4%EA%B0%81%EC%84%9C", "q-walk"),
    ("graph: no filter", "/api/graph", "none"),
    ("graph: pair=KR-BY", "/api/graph?pair=KR-BY", "none"),
]
TYPES = ("agreement", "meeting", "visit", "forum", "opening", "project", "award")


def pools(url: str, seed: int = 10) -> dict[str, list[str]]:
    """The filters each row draws its requests from, read from the store at --db: every country pair (with at
    least 50 events), country and organisation name or alias, the types, year ranges over the stored dates,
    and the 200 commonest words of a sample of evidence sentences (300 combinations for the mixed rows)."""
    from urllib.parse import urlencode

    from coopgraph.store import open_store

    rng = random.Random(seed)
    store = open_store(url, mode="ro")
    try:
        conn = store.conn
        pairs = sorted(f"{a}-{b}" for a, b, _ in conn.query(
            "SELECT c1.country, c2.country, count(*) FROM event_countries c1 JOIN event_countries c2 "
            "ON c2.event_id = c1.event_id AND c1.country < c2.country GROUP BY c1.country, c2.country "
            "HAVING count(*) >= 50"))
        countries = sorted(c for (c,) in conn.query("SELECT DISTINCT country FROM event_countries"))
        orgs = sorted({a for (a,) in conn.query("SELECT a.alias FROM entity_aliases a JOIN entities n "
                                                "ON n.id = a.entity_id WHERE n.kind = 'org'")})
        lo, hi = conn.query("SELECT min(substr(date_start, 1, 4)), max(substr(date_start, 1, 4)) FROM events")[0]
        years = list(range(int(lo or 2000), int(hi or 2024) + 1))
        words: collections.Counter = collections.Counter()
        for (sentence,) in conn.query("SELECT evidence FROM mentions WHERE rowid % 97 = 0 LIMIT 3000"):
            words.update(w.strip(".,\"'()[]") for w in sentence.split())
        common = sorted((w for w in words if len(w) >= 2), key=lambda w: (-words[w], w))[:200]
    finally:
        store.close()

    def q(**params) -> str:
        return "/api/events?" + urlencode({k: v for k, v in params.items() if v is not None})

    ranges = [(y, y + span) for span in range(4) for y in years if y + span <= years[-1]]
    return {
        "type": [q(type=t, sort=s) for t in TYPES for s in ("date", "-date")],
        "pair": [q(pair=p) for p in pairs],
        "country": [q(country=c, sort="-date") for c in countries],
        "org": [q(org=o) for o in orgs],
        "dates": [q(**{"from": a, "to": b}) for a, b in ranges],
        "combo": sorted({q(pair=rng.choice(pairs), type=rng.choice(TYPES), **dict(zip(("from", "to"),
                                                                                     rng.choice(ranges))))
                         for _ in range(300)}),
        "offset": sorted({q(org=rng.choice(orgs), type=rng.choice(TYPES), offset=50 * rng.randrange(6) or None)
                          for _ in range(300)}),
        "q": [q(q=w) for w in common],
        "q-walk": [q(q=w) for w in common[:20]],
    }


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


def start_server(url: str, port: int, workers: int, threads: int, cache: bool, code: str | None = None,
                 legacy: bool = False) -> subprocess.Popen:
    """``coopgraph serve`` on 127.0.0.1:``port``; ``code``: import coopgraph from that source tree (an older
    commit's ``git archive``); ``legacy``: one uvicorn process started as this benchmark did before ``serve``
    had --workers (``create_app(url, workers=threads, cache=cache)``), for before/after runs."""
    if legacy:
        cmd = [sys.executable, "-c", "import uvicorn; from coopgraph.web import create_app; "
               f"uvicorn.run(create_app({url!r}, workers={threads}, cache={cache}), host='127.0.0.1', port={port}, "
               "log_level='warning')"]
    else:
        cmd = [sys.executable, "-m", "coopgraph", "serve", "--db", url, "--host", "127.0.0.1", "--port", str(port),
               "--workers", str(workers), "--threads", str(threads)]
        if not cache:
            cmd.append("--no-cache")
    env = dict(os.environ)
    if code:
        env["PYTHONPATH"] = os.pathsep.join([str(Path(code).resolve()), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.Popen(cmd, start_new_session=True, env=env, cwd=code or None)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                pass
            time.sleep(2 if workers > 1 else 0.2)  # the other worker processes start too
            settle(proc.pid)
            return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the server exited before listening") from None
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def settle(pid: int, most: float = 60.0) -> float:
    """Wait until the server's processes are idle (under 5 % of a core over two 0.25 s windows in a row): the
    work each process does once at startup (importing, building its in-memory event index in a thread) is then
    done, and not counted in the first row. Returns the seconds waited; prints them."""
    t0 = time.monotonic()
    quiet, last = 0, cpu_seconds(pid)
    while quiet < 2 and time.monotonic() - t0 < most:
        time.sleep(0.25)
        now = cpu_seconds(pid)
        quiet = quiet + 1 if now - last < 0.0125 else 0
        last = now
    waited = time.monotonic() - t0
    print(f"server idle after {waited:.1f} s more (startup work: {last:.1f} s of CPU in all)", flush=True)
    return waited


def stop_server(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)  # uvicorn's supervisor stops its workers
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:
                pass
    return out


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its descendants (Linux /proc; 0 elsewhere)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


class Connection:
    """One keep-alive HTTP/1.1 connection: GET, read the headers, read Content-Length (or chunked) bytes."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n\r\n".encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            body = b"".join(p[:-2] for p in parts)
        else:
            raise RuntimeError(f"an answer without a length from {path}")
        if headers.get("connection", "").lower() == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


NEXT_CURSOR = re.compile(rb'"next_cursor":"([A-Za-z0-9_-]+)"')


async def scenario(port: int, paths: list[str], clients: int, requests: int, walk: bool = False,
                   server_pid: int | None = None, seed: int = 10, warm: str | None = None) -> dict:
    """``clients`` connections sending ``requests`` GETs in all, each the next of a seeded random draw from
    ``paths``. ``walk``: each client pages through its filter with next_cursor, drawing the next filter when the
    last page is reached. ``warm``: the warm-up request (default: the first of ``paths``); its uncached work is
    not counted. A request is a first one when its filter was not asked for before in the row (client side:
    with several server processes, each process's own first request of a filter is not always the row's)."""
    latencies: list[float] = []
    first: list[float] = []
    seen: set[str] = set()
    errors = 0
    left = requests
    rng = random.Random(seed)

    async def warm_up():  # plans, caches: on several connections, so that every server process gets some
        conn = Connection("127.0.0.1", port)
        for _ in range(2):
            await conn.get(warm or paths[0])
        await conn.close()

    await asyncio.gather(*(warm_up() for _ in range(min(clients, 8))))

    async def worker():
        nonlocal left, errors
        conn = Connection("127.0.0.1", port)
        start = rng.choice(paths)
        nxt = start
        try:
            while left > 0:
                left -= 1
                if not walk:
                    nxt = start = rng.choice(paths)
                t = time.perf_counter()
                status, body = await conn.get(nxt)
                took = (time.perf_counter() - t) * 1000
                latencies.append(took)
                if nxt == start and start not in seen:  # a walk's first page: its filter's first request
                    seen.add(start)
                    first.append(took)
                if status != 200:
                    errors += 1
                if walk:
                    m = NEXT_CURSOR.search(body)
                    if m:
                        nxt = f"{start}{'&' if '?' in start else '?'}cursor={m.group(1).decode()}"
                    else:
                        nxt = start = rng.choice(paths)
        finally:
            await conn.close()

    s0 = cpu_seconds(server_pid) if server_pid else 0.0  # after the warm-up: its uncached work is not counted
    t0, c0 = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(clients)))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    server_cpu = cpu_seconds(server_pid) - s0 if server_pid else 0.0
    latencies.sort()
    first.sort()
    return {"p50": statistics.median(latencies), "p95": _p95(latencies), "rps": len(latencies) / wall,
            "n": len(latencies), "errors": errors, "wall": wall, "client_cpu": cpu, "server_cpu": server_cpu,
            "filters": len(paths), "first": len(first), "first_p50": statistics.median(first) if first else 0.0,
            "first_p95": _p95(first) if first else 0.0}


def _p95(ordered: list[float]) -> float:
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="store URL; filled with generated records when empty")
    ap.add_argument("--events", type=int, default=100_000, help="canonical events the store must hold (default 100,000)")
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--requests", type=int, default=500, help="requests per scenario (default 500)")
    ap.add_argument("--workers", type=int, default=2, help="server processes (coopgraph serve --workers; default 2)")
    ap.add_argument("--threads", type=int, default=4, help="database threads per server process (default 4)")
    ap.add_argument("--only", help="run only scenarios whose name contains this")
    ap.add_argument("--no-cache", action="store_true",
                    help="serve with --no-cache: no cached totals or aggregates, every request runs all its queries")
    ap.add_argument("--proposed-indexes", action="store_true",
                    help="first add the two sort indexes (already there since store migration 7) and ANALYZE")
    ap.add_argument("--code", metavar="DIR", help="run the server from this coopgraph source tree (e.g. an older "
                                                  "commit's git archive) for before/after runs; the store at --db "
                                                  "is used as it is (not built nor migrated)")
    ap.add_argument("--legacy-server", action="store_true",
                    help="start the server as before serve had --workers: one uvicorn process, "
                         "create_app(url, workers=THREADS, cache=...) (with --code of such a commit)")
    ap.add_argument("--fixed", action="store_true",
                    help="repeat one fixed filter per row (as earlier sessions did) instead of drawing each request "
                         "from the row's set of filters")
    ap.add_argument("--stories", action="store_true",
                    help="keep the store's near-duplicate grouping while building (very slow on generated text)")
    args = ap.parse_args()
    if not args.code:  # an older server gets its store as it is (this code would migrate it to its schema)
        build(args.db, args.events, args.stories)
    if args.proposed_indexes:
        add_proposed_indexes(args.db)
    port = free_port()
    load0 = os.getloadavg()[0]
    server = start_server(args.db, port, args.workers, args.threads, not args.no_cache, args.code, args.legacy_server)
    drawn = {} if args.fixed else pools(args.db)
    results = []
    try:
        for name, path, pool in SCENARIOS:
            if args.only and args.only not in name:
                continue
            walk = path.startswith("walk:")
            path = path.removeprefix("walk:")
            if args.fixed or pool == "none":
                paths, warm = [path], None
                if pool != "none":
                    name = f"{name.split(' (')[0].split(', ')[0]}, fixed: {unquote(path)}"
            else:
                paths, warm = drawn[pool], "/api/events?limit=1"  # the warm-up asks for none of the row's filters
                name = f"{name}, {len(paths)} filters"
            r = asyncio.run(scenario(port, paths, args.clients, args.requests, walk, server.pid, warm=warm))
            results.append((name, r))
            print(f"{name}: p50 {r['p50']:.0f} ms, p95 {r['p95']:.0f} ms, {r['rps']:.1f} req/s, "
                  f"{r['errors']} errors; first request of a filter ({r['first']}): p50 {r['first_p50']:.0f} ms, "
                  f"p95 {r['first_p95']:.0f} ms; CPU per request: client {1000 * r['client_cpu'] / r['n']:.2f} ms, "
                  f"server {1000 * r['server_cpu'] / r['n']:.2f} ms; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        stop_server(server)
    cores = os.cpu_count() or 1
    print(f"\n{cores} CPUs (load average {load0:.1f} before, {os.getloadavg()[0]:.1f} after), {args.clients} "
          f"concurrent clients, {args.requests} requests per row, "
          f"{'1 server process (legacy start)' if args.legacy_server else f'{args.workers} server processes'} x "
          f"{args.threads} database threads, cache {'off' if args.no_cache else 'on'}"
          f"{', one fixed filter per row' if args.fixed else ', filters drawn per request'}"
          f"{f', server code from {args.code}' if args.code else ''}\n")
    print("| request | p50 / p95 ms | first request of a filter: n, p50 / p95 ms | requests/s "
          "| server CPU per request | server CPU share | client CPU share |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in results:
        print(f"| {name} | {r['p50']:.0f} / {r['p95']:.0f} | {r['first']}: {r['first_p50']:.0f} / "
              f"{r['first_p95']:.0f} | {r['rps']:.1f} | {1000 * r['server_cpu'] / r['n']:.2f} ms | "
              f"{100 * r['server_cpu'] / r['wall'] / cores:.0f} % | {100 * r['client_cpu'] / r['wall'] / cores:.0f} % |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
