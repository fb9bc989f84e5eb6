"""Store benchmark: ingest throughput and query latency on a generated corpus, SQLite and PostgreSQL.

    .venv/bin/python bench/store.py --events 100000 [--backends sqlite,postgres] [--batch-size 200]

Records are generated directly (tests/kb_records.py: 12 organisations, 6
countries, 7 types, 2005-2024, 30 % of events re-reported by a later
document), not run through the NLP pipeline. PostgreSQL is a throw-away
server started like the tests do (tests/pg.py), with durable settings (fsync on).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from kb_records import generated  # noqa: E402

from coopgraph.store import EventFilter, open_store  # noqa: E402

QUERIES = [
    ("--country BY", lambda s: s.events(EventFilter(country="BY"), limit=100)),
    ("--pair KR-UZ", lambda s: s.events(EventFilter(pair=("KR", "UZ")), limit=100)),
    ("--type agreement", lambda s: s.events(EventFilter(type="agreement"), limit=100)),
    ("--org KISTI", lambda s: s.events(EventFilter(org="KISTI"), limit=100)),
    ("--from 2015 --to 2016", lambda s: s.events(EventFilter(date_from="2015", date_to="2016"), limit=100)),
    ("--text 양해각서", lambda s: s.events(EventFilter(text="양해각서"), limit=100)),
    ("all filters", lambda s: s.events(EventFilter(pair=("KR", "BY"), type="agreement", org="KISTI",
                                                   date_from="2015", date_to="2020", text="양해각서"), limit=100)),
    ("timeline", lambda s: s.timeline()),
    ("entities-top", lambda s: s.entities_top(limit=10)),
    ("search 국립과학아카데미 (3+ chars)", lambda s: s.search("국립과학아카데미", limit=20)),
    ("search 협력센터를 개소 (two terms)", lambda s: s.search("협력센터를 개소", limit=20)),
    ("search 하노 (2 chars)", lambda s: s.search("하노", limit=20)),
]


def run(url: str, records, batch_size: int, repeat: int) -> dict:
    store = open_store(url)
    n_events = sum(len(r.events) for r in records)
    t0 = time.perf_counter()
    stats = store.ingest(records, batch_size=batch_size)
    secs = time.perf_counter() - t0
    out = {"docs": stats.stored, "mentions": n_events, "canonical": store.counts()["events"], "secs": secs,
           "docs_per_s": stats.stored / secs, "events_per_s": n_events / secs, "queries": {}}
    for name, q in QUERIES:
        q(store)  # warm up
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            q(store)
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        out["queries"][name] = (statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))])
    store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000, help="event mentions to generate (2 per document)")
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=40, help="runs per query")
    args = ap.parse_args()
    t = time.perf_counter()
    records = generated(args.events // 2, events_per_doc=2, seed=2024)
    print(f"generated {len(records)} documents / {args.events} events in {time.perf_counter() - t:.1f} s",
          flush=True)
    results = {}
    for backend in args.backends.split(","):
        if backend == "sqlite":
            tmp = tempfile.mkdtemp(prefix="coopgraph-bench-")
            results[backend] = run(f"sqlite:///{tmp}/bench.db", records, args.batch_size, args.repeat)
        else:
            from pg import start_server

            server = start_server(durable=True)
            try:
                results[backend] = run(server.new_database(), records, args.batch_size, args.repeat)
            finally:
                server.stop()
        r = results[backend]
        print(f"\n{backend}: {r['docs']} docs, {r['mentions']} event mentions -> {r['canonical']} canonical events "
              f"in {r['secs']:.1f} s = {r['docs_per_s']:.0f} docs/s ({r['events_per_s']:.0f} events/s)", flush=True)
    print("\n| query (limit 100 events / 20 docs) | " + " | ".join(f"{b} p50 / p95 ms" for b in results) + " |")
    print("|---|" + "---|" * len(results))
    for name, _ in QUERIES:
        cells = [f"{results[b]['queries'][name][0]:.1f} / {results[b]['queries'][name][1]:.1f}" for b in results]
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
