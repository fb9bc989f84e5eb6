"""Store subcommands of `coopgraph`: ingest, events, timeline, entities-top, search, export.

Argument parsing and printing only; the work is done by :mod:`coopgraph.store`.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys

from coopgraph.progress import add_progress_flags, progress_bar
from coopgraph.store.protocol import EventFilter

TYPES = ("agreement", "meeting", "visit", "forum", "opening", "project", "award")
DB_HELP = ("database URL: sqlite:////path/file.db, a file path, or postgresql://user@host/db "
           "(default: $COOPGRAPH_DB, else coopgraph.db in the user data directory)")


def _country(s: str) -> str:
    if not re.fullmatch(r"[A-Za-z]{2}", s):
        raise argparse.ArgumentTypeError(f"not an ISO 3166-1 alpha-2 code: {s!r}")
    return s.upper()


def _pair(s: str) -> tuple[str, str]:
    m = re.fullmatch(r"([A-Za-z]{2})[-_/,]([A-Za-z]{2})", s)
    if not m:
        raise argparse.ArgumentTypeError(f"not a country pair like KR-BY: {s!r}")
    return m.group(1).upper(), m.group(2).upper()


def _when(s: str) -> str:
    from coopgraph.link.fusion import interval

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", s) or interval(s) is None:
        raise argparse.ArgumentTypeError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {s!r}")
    return s


def _filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(country=args.country, pair=args.pair, type=args.type, org=args.org, date_from=args.date_from,
                       date_to=args.date_to, text=args.text, min_sources=args.min_sources)


def _open(args: argparse.Namespace):
    from coopgraph.store import open_store

    return open_store(args.db)


def _cmd_ingest(args: argparse.Namespace) -> int:
    from coopgraph.records import ErrorRecord
    from coopgraph.settings import Settings
    from coopgraph.store.report import format_stats

    store = _open(args)
    bar = progress_bar(args, "ingest")
    skipped = 0

    def not_stored(items):
        nonlocal skipped
        for item in items:
            if not isinstance(item, ErrorRecord) and store.has_document(item.doc_id):
                skipped += 1  # resumed run: do not even run the pipeline on it again
                if bar is not None:
                    bar.update(1)
                continue
            yield item

    if args.records:
        from coopgraph.store.records_io import read_records

        records = not_stored(read_records(args.paths))
    else:
        from coopgraph.ingest import read_inputs
        from coopgraph.pipeline import Pipeline

        settings = Settings(ref_date=args.ref, use_ner=not args.no_ner, db_url=args.db)
        records = Pipeline(settings).stream(not_stored(read_inputs(list(args.paths))))

    def committed(rec, stats):
        if isinstance(rec, ErrorRecord):
            print(f"coopgraph: {rec.source}: {rec.code}: {rec.message}", file=sys.stderr)
        if bar is not None:
            bar.update(1)
            bar.set_postfix(stored=stats.stored, failed=stats.failed)

    try:
        stats = store.ingest(records, batch_size=args.batch_size, on_record=committed)
        stats.present += skipped
        counts = store.counts()
    finally:
        if bar is not None:
            bar.close()
        store.close()
    print("coopgraph: " + format_stats(stats, counts).replace("\n", "\ncoopgraph: "), file=sys.stderr)
    return 1 if stats.failed and not (stats.stored or stats.present) else 0


def _cmd_events(args: argparse.Namespace) -> int:
    from coopgraph.store.export import FLAT_COLUMNS, flat
    from coopgraph.store.report import format_events

    store = _open(args)
    try:
        if args.format == "table":
            print(format_events(store.events(_filter(args), limit=args.limit)))
        elif args.format == "jsonl":
            for ev in store.events(_filter(args), limit=args.limit):
                print(json.dumps(ev, ensure_ascii=False))
        else:
            writer = csv.DictWriter(sys.stdout, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            for ev in store.events(_filter(args), limit=args.limit):
                writer.writerow(flat(ev))
    finally:
        store.close()
    return 0


def _query(args: argparse.Namespace, ask):
    """``ask(store)`` on the store ``--db`` names, which is closed afterwards."""
    store = _open(args)
    try:
        return ask(store)
    finally:
        store.close()


def _print_rows(args: argparse.Namespace, rows, table, as_json=lambda row: row) -> int:
    """``rows`` as one JSON object a line (``--format jsonl``) or as the ``table(rows)`` text."""
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(as_json(row), ensure_ascii=False))
    else:
        print(table(rows))
    return 0


def _cmd_timeline(args: argparse.Namespace) -> int:
    from coopgraph.store.report import format_timeline

    rows = _query(args, lambda store: store.timeline(_filter(args)))
    return _print_rows(args, rows, format_timeline, lambda row: {"year": row[0], "type": row[1], "events": row[2]})


def _cmd_top(args: argparse.Namespace) -> int:
    from coopgraph.store.report import format_top

    rows = _query(args, lambda store: store.entities_top(pair=args.pair, limit=args.limit, kind=args.kind,
                                                         by_pair=not args.overall))
    return _print_rows(args, rows, format_top)


def _cmd_search(args: argparse.Namespace) -> int:
    from coopgraph.store.report import format_search

    return _print_rows(args, _query(args, lambda store: store.search(args.query, limit=args.limit)), format_search)


def _cmd_export(args: argparse.Namespace) -> int:
    from coopgraph.store.export import export

    n = _query(args, lambda store: export(store, args.format, args.output, _filter(args)))
    print(f"coopgraph: {n} events written to {args.output} ({args.format})", file=sys.stderr)
    return 0


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters (combined with AND)")
    g.add_argument("--country", type=_country, metavar="CC", help="events involving this country (ISO alpha-2, e.g. BY)")
    g.add_argument("--pair", type=_pair, metavar="CC-CC", help="events involving both countries, e.g. KR-BY")
    g.add_argument("--type", choices=TYPES, help="event type")
    g.add_argument("--org", metavar="NAME", help="a participating organisation or person: name, acronym or old name")
    g.add_argument("--from", dest="date_from", type=_when, metavar="DATE",
                   help="events ending on or after YYYY[-MM[-DD]] (undated events are left out)")
    g.add_argument("--to", dest="date_to", type=_when, metavar="DATE",
                   help="events starting on or before YYYY[-MM[-DD]] (undated events are left out)")
    g.add_argument("--text", metavar="WORDS", help="an evidence sentence contains this text (e.g. 양해각서)")
    g.add_argument("--min-sources", type=int, default=1, metavar="N", help="reported by at least N documents")


def register(sub) -> None:
    """Add the store subcommands to the `coopgraph` parser's subparsers."""
    p = sub.add_parser("ingest", help="run the pipeline on files and store documents and events in the database",
                       description="Read HTML, text, JSON Lines and WARC/WET files (directories recursively), run "
                                   "the pipeline and store documents, mentions, entities and fused events. "
                                   "Idempotent and resumable: documents already stored are skipped, each batch is "
                                   "one transaction. With --records, PATHs are JSON Lines of SPEC document records "
                                   "(the output of `coopgraph extract`).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or directory")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--records", action="store_true", help="PATHs hold SPEC JSON records: store them as they are")
    p.add_argument("--batch-size", type=int, default=50, metavar="N", help="documents per transaction (default 50)")
    p.add_argument("--ref", metavar="YYYY-MM-DD", help="reference date for documents without a date")
    p.add_argument("--no-ner", action="store_true", help="gazetteer and patterns only")
    add_progress_flags(p)
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("events", help="list canonical events matching filters",
                       description="List the fused (canonical) events in the store, oldest first.")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    _add_filters(p)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table", help="output format (default table)")
    p.add_argument("--limit", type=int, metavar="N", help="at most N events")
    p.set_defaults(func=_cmd_events)

    p = sub.add_parser("timeline", help="count canonical events by year and type")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    _add_filters(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("entities-top", help="most active organisations per country pair")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--pair", type=_pair, metavar="CC-CC", help="only this country pair, e.g. KR-BY")
    p.add_argument("--kind", choices=("org", "person", "any"), default="org", help="entity kind (default org)")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="entities per pair (default 10)")
    p.add_argument("--overall", action="store_true", help="one ranking over all events instead of per pair")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.set_defaults(func=_cmd_top)

    p = sub.add_parser("search", help="full-text search over stored documents (Korean substrings, particles ok)")
    p.add_argument("query", metavar="QUERY", help="words that must all occur (substrings: 협력 finds 협력을)")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N documents (default 20)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.set_defaults(func=_cmd_search)

    p = sub.add_parser("export", help="write canonical events as jsonl, csv, parquet, or the network as graphml",
                       description="jsonl: one event a line, SPEC fields plus id, CAMEO/PLOVER codes and every "
                                   "source; csv/parquet: the flat events table; graphml: the organisation network "
                                   "(nodes = entities, edges = shared events with weight and years).")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet", "graphml"), required=True, help="output format")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write")
    _add_filters(p)
    p.set_defaults(func=_cmd_export)
