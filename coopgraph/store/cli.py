"""Store subcommands of `coopgraph`: ingest, events, show, doc, timeline, entities-top, search, export,
curate, reprocess.

Argument parsing and printing only; the work is done by :mod:`coopgraph.store`.
"""

from __future__ import annotations

import argparse
import json
import sys

from coopgraph.errors import EXIT_FAILED_DOCS, UsageError
from coopgraph.ingest.options import add_input_flags, settings_from_args
from coopgraph.ingest.options import positive_int as _positive
from coopgraph.progress import add_progress_flags, progress_bar
from coopgraph.store import validate
from coopgraph.store.protocol import EventFilter

TYPES = validate.TYPES
DB_HELP = ("database URL: sqlite:////path/file.db, a file path, or postgresql://user@host/db "
           "(default: $COOPGRAPH_DB, else coopgraph.db in the user data directory)")
EVENT_COLUMNS = ("date", "type", "countries", "participants", "location", "status", "sources", "outlets", "documents",
                 "mentions", "confidence", "cameo", "plover", "evidence", "id")
DEFAULT_COLUMNS = "date,type,countries,participants,location,status,sources,id"


def _checked(check, what: str):
    """An argparse type from a validate function (its ValueError becomes argparse's one-line error)."""
    def parse(s: str):
        try:
            return check(s)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    parse.__name__ = what
    return parse


_country = _checked(validate.country, "country")
_pair = _checked(validate.pair, "pair")
_when = _checked(validate.when, "date")


def _query_text(name: str):
    return _checked(lambda s: validate.text(s, name), name)


def _ref(s: str) -> str:
    from datetime import date

    try:
        date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from None
    return s


def _confidence(s: str) -> float:
    try:
        c = float(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {s!r}") from None
    if not 0.0 <= c <= 1.0:
        raise argparse.ArgumentTypeError(f"a confidence is between 0 and 1, not {s}")
    return c


def _columns(s: str) -> list[str]:
    cols = [c.strip() for c in s.split(",") if c.strip()]
    bad = [c for c in cols if c not in EVENT_COLUMNS]
    if bad or not cols:
        raise argparse.ArgumentTypeError(f"unknown column {bad[0] if bad else s!r} (choose from "
                                         f"{','.join(EVENT_COLUMNS)})")
    return cols


def _filter(args: argparse.Namespace) -> EventFilter:
    try:
        return EventFilter(country=getattr(args, "country", None), pair=getattr(args, "pair", None),
                           type=getattr(args, "type", None), org=getattr(args, "org", None),
                           date_from=args.date_from, date_to=args.date_to, text=getattr(args, "text", None),
                           min_sources=getattr(args, "min_sources", 1), status=getattr(args, "status", None),
                           min_confidence=getattr(args, "min_confidence", None),
                           location=getattr(args, "location", None))
    except ValueError as exc:
        msg = str(exc).replace("date_from", "--from").replace("date_to", "--to")
        raise UsageError(f"coopgraph {args.command}: {msg}", f"see coopgraph {args.command} --help") from None


def _open(args: argparse.Namespace):
    from coopgraph.store import open_store

    return open_store(args.db)


def _query(args: argparse.Namespace, ask):
    """``ask(store)`` on the store ``--db`` names, which is closed afterwards."""
    store = _open(args)
    try:
        return ask(store)
    finally:
        store.close()


def _say(line: str) -> None:
    print("coopgraph: " + line.replace("\n", "\ncoopgraph: "), file=sys.stderr)


# ------------------------------------------------------------------ ingest
def _cmd_ingest(args: argparse.Namespace) -> int:
    from coopgraph.records import ErrorRecord, RawDoc
    from coopgraph.store.report import format_stats

    curation = text = None
    if args.curation:
        from coopgraph.store.curation import load

        curation, text = load(args.curation)  # a bad file is a usage error before anything runs
    store = _open(args)
    bar = progress_bar(args, "ingest")
    skipped = 0
    raws: dict[str, RawDoc] = {}

    def not_stored(items):
        nonlocal skipped
        for item in items:
            if not isinstance(item, ErrorRecord) and store.has_document(item.doc_id):
                skipped += 1  # resumed run: do not even run the pipeline on it again
                if bar is not None:
                    bar.update(1)
                continue
            if isinstance(item, RawDoc):
                raws[item.doc_id] = item  # kept until the record is stored, for `coopgraph reprocess`
            yield item

    if args.records:
        from coopgraph.store.records_io import read_records

        records = not_stored(read_records(args.paths))
    else:
        from coopgraph import pipeline as pl
        from coopgraph.ingest import read_inputs

        settings = settings_from_args(args, ref_date=args.ref, use_ner=not args.no_ner, db_url=args.db)
        items = not_stored(read_inputs(list(args.paths), settings))
        records = pl.run_parallel(items, settings, jobs=args.jobs)  # jobs=1: in this process

    def committed(rec, stats):
        raws.pop(getattr(rec, "doc_id", None) or "", None)
        if isinstance(rec, ErrorRecord):
            print(f"coopgraph: {rec.source}: {rec.code}: {rec.message}", file=sys.stderr)
        for note in getattr(rec, "warnings", ()):
            print(f"coopgraph: {rec.source}: warning: {note}", file=sys.stderr)
        if bar is not None:
            bar.update(1)
            bar.set_postfix(stored=stats.stored, failed=stats.failed)

    try:
        if curation is not None:
            from coopgraph.store.curation import keep

            keep(store, text, str(args.curation))
        stats = store.ingest(records, batch_size=args.batch_size, on_record=committed, raw=raws.get)
        stats.present += skipped
        cur_done = None
        from coopgraph.store.curation import apply_to_store, stored_curation

        cur = stored_curation(store)
        if cur:
            cur_done = apply_to_store(store, cur)
        counts = store.counts()
    finally:
        if bar is not None:
            bar.close()
        store.close()
    _say(format_stats(stats, counts))
    if cur_done is not None:
        from coopgraph.store.report import format_curation

        _say(format_curation(cur_done))
    return EXIT_FAILED_DOCS if stats.failed else 0  # some documents failed: exit 1 (docs/reliability.md)


# ------------------------------------------------------------------ looking
def _cmd_events(args: argparse.Namespace) -> int:
    from coopgraph.store.export import FLAT_COLUMNS, flat, write_csv
    from coopgraph.store.report import format_events

    flt = _filter(args)
    events = _query(args, lambda store: store.events(flt, limit=args.limit))
    if args.format == "table":
        print(format_events(events, args.columns))
    elif args.format == "jsonl":
        for ev in events:
            print(json.dumps(ev, ensure_ascii=False))
    else:
        write_csv((flat(ev) for ev in events), "-", FLAT_COLUMNS, raw_cells=args.raw_cells)
    return 0


def _color(args: argparse.Namespace) -> bool:
    import os

    if args.color == "always":
        return True
    if args.color == "never":
        return False
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _print_one(args: argparse.Namespace, fetch, fmt) -> int:
    """One stored thing (event or document) as JSON or as coloured/bracketed terminal text."""
    found = _query(args, fetch)
    print(json.dumps(found, ensure_ascii=False, indent=2) if args.json else fmt(found, _color(args)))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from coopgraph.store.inspect import event_detail
    from coopgraph.store.report import format_event_detail

    return _print_one(args, lambda store: event_detail(store, args.event_id), format_event_detail)


def _cmd_doc(args: argparse.Namespace) -> int:
    from coopgraph.store.inspect import document_view
    from coopgraph.store.report import format_document

    return _print_one(args, lambda store: document_view(store, args.doc_id), format_document)


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

    flt = _filter(args)
    rows = _query(args, lambda store: store.timeline(flt, by=args.by, group=args.group))
    return _print_rows(args, rows, lambda r: format_timeline(r, by=args.by, group=args.group),
                       lambda row: {args.by: row[0], args.group: row[1], "events": row[2]})


def _cmd_top(args: argparse.Namespace) -> int:
    from coopgraph.store.report import format_top

    flt = _filter(args)
    rows = _query(args, lambda store: store.entities_top(pair=args.pair, limit=args.limit, kind=args.kind,
                                                         by_pair=not args.overall, flt=flt))
    return _print_rows(args, rows, lambda r: format_top(r, kind=args.kind))


def _cmd_search(args: argparse.Namespace) -> int:
    from coopgraph.store.report import format_search

    return _print_rows(args, _query(args, lambda store: store.search(args.query, limit=args.limit)), format_search)


def _cmd_export(args: argparse.Namespace) -> int:
    from coopgraph.store.export import export

    flt = _filter(args)
    if args.format == "graphml" and args.table != "events":
        raise UsageError("coopgraph export: graphml exports the network of events", "use --table events")
    n = _query(args, lambda store: export(store, args.format, args.output, flt, table=args.table, excel=args.excel,
                                          raw_cells=args.raw_cells))
    where = "stdout" if args.output == "-" else args.output
    _say(f"{n} {args.table} rows written to {where} ({args.format})")
    return 0


# ------------------------------------------------------------------ correcting
def _cmd_curate(args: argparse.Namespace) -> int:
    from coopgraph.store.curation import apply_to_store, keep, load, stored_curation
    from coopgraph.store.report import format_curation

    loaded = [load(path) for path in args.files]  # every file checked before the store is touched
    store = _open(args)
    try:
        for (_, text), path in zip(loaded, args.files, strict=True):
            keep(store, text, str(path))
        done = apply_to_store(store, stored_curation(store))
    finally:
        store.close()
    _say(format_curation(done))
    return 0


def _cmd_reprocess(args: argparse.Namespace) -> int:
    from coopgraph.settings import Settings
    from coopgraph.store.reprocess import format_report, reprocess

    if args.since is not None and not any(ch.isdigit() for ch in args.since):
        raise UsageError(f"coopgraph reprocess: --since {args.since!r} is not a version like 0.1.0",
                         "see coopgraph --version")
    store = _open(args)
    bar = progress_bar(args, "reprocess")

    def step(doc_id, outcome):
        if outcome != "ok":
            _say(f"{doc_id}: {outcome}")
        if bar is not None:
            bar.update(1)

    try:
        report = reprocess(store, since=args.since, on_doc=step, jobs=args.jobs,
                           settings=Settings(ref_date=args.ref, use_ner=not args.no_ner))
    finally:
        if bar is not None:
            bar.close()
        store.close()
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_report(report))
    return 0


# ------------------------------------------------------------------ parser
def _add_filters(p: argparse.ArgumentParser, only: tuple[str, ...] | None = None) -> None:
    g = p.add_argument_group("filters (combined with AND)")

    def want(name):
        return only is None or name in only

    if want("country"):
        g.add_argument("--country", type=_country, metavar="CC",
                       help="events involving this country (ISO 3166-1 alpha-2, e.g. UZ)")
    if want("pair"):
        g.add_argument("--pair", type=_pair, metavar="CC-CC", help="events involving both countries, e.g. KR-UZ")
    if want("type"):
        g.add_argument("--type", choices=TYPES, help="event type")
    if want("org"):
        g.add_argument("--org", type=_query_text("--org"), metavar="NAME",
                       help="a participating organisation or person: name, acronym or old name")
    g.add_argument("--from", dest="date_from", type=_when, metavar="DATE",
                   help="events ending on or after YYYY[-MM[-DD]] (undated events are left out)")
    g.add_argument("--to", dest="date_to", type=_when, metavar="DATE",
                   help="events starting on or before YYYY[-MM[-DD]] (undated events are left out)")
    if want("text"):
        g.add_argument("--text", type=_query_text("--text"), metavar="WORDS",
                       help="an evidence sentence contains this text (e.g. 양해각서)")
    if want("min_sources"):
        g.add_argument("--min-sources", type=_positive, default=1, metavar="N",
                       help="reported by at least N distinct stories (near-copies of one story count once)")
    if want("status"):
        g.add_argument("--status", choices=validate.STATUSES, help="happened, or planned (scheduled, 예정)")
    if want("min_confidence"):
        g.add_argument("--min-confidence", type=_confidence, metavar="X", help="confidence at least X (0..1)")
    if want("location"):
        g.add_argument("--location", type=_query_text("--location"), metavar="PLACE",
                       help="the event took place here (a city, e.g. 타슈켄트)")


def _color_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print the record as JSON instead of text")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="highlight with ANSI colours (auto: when stdout is a terminal); never: mark with brackets "
                        "[participant] {date} <place> *trigger*")


def register(sub) -> None:
    """Add the store subcommands to the `coopgraph` parser's subparsers."""
    p = sub.add_parser("ingest", help="run the pipeline on files and store documents and events in the database",
                       description="Read HTML, text, JSON Lines and WARC/WET files (directories recursively), run "
                                   "the pipeline and store documents (with their raw bytes, for reprocess), mentions, "
                                   "entities and fused events. Idempotent and resumable: documents already stored "
                                   "are skipped, each batch is one transaction. With --records, PATHs are JSON Lines "
                                   "of SPEC document records (the output of `coopgraph extract`).")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or directory")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--records", action="store_true", help="PATHs hold SPEC JSON records: store them as they are")
    p.add_argument("--curation", metavar="FILE",
                   help="a curation YAML file (see coopgraph curate): kept in the store and applied to this and "
                        "every later ingest and reprocess")
    p.add_argument("--batch-size", type=_positive, default=50, metavar="N",
                   help="documents per transaction (default 50)")
    p.add_argument("--ref", type=_ref, metavar="YYYY-MM-DD", help="reference date for documents without a date")
    p.add_argument("--no-ner", action="store_true", help="gazetteer and patterns only")
    add_input_flags(p)
    add_progress_flags(p)
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("events", help="list canonical events matching filters",
                       description="List the fused (canonical) events in the store, oldest first. sources counts "
                                   "distinct stories (near-copies of one story count once), outlets distinct web "
                                   "sites, documents every copy.")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    _add_filters(p)
    p.add_argument("--format", choices=("table", "jsonl", "csv"), default="table", help="output format (default table)")
    p.add_argument("--columns", type=_columns, default=_columns(DEFAULT_COLUMNS), metavar="A,B,...",
                   help=f"table columns, from {','.join(EVENT_COLUMNS)} (default {DEFAULT_COLUMNS})")
    p.add_argument("--raw-cells", action="store_true",
                   help="csv: keep cells starting with = + - @ as they are (default: prefixed with ' so that "
                        "spreadsheets do not run them)")
    p.add_argument("--limit", type=_positive, metavar="N", help="at most N events")
    p.set_defaults(func=_cmd_events)

    p = sub.add_parser("show", help="one canonical event: every source and its evidence, highlighted",
                       description="Print one canonical event with every source (url, title, date) and each "
                                   "evidence sentence with its participants, date, place and trigger highlighted.")
    p.add_argument("event_id", metavar="EVENT_ID", help="an event id from coopgraph events (a unique prefix will do)")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    _color_flags(p)
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("doc", help="one stored document: its cleaned text with every span found in it",
                       description="Print a stored document's cleaned text with the evidence sentences, "
                                   "participants, dates, places and triggers found in it highlighted, then its "
                                   "event mentions.")
    p.add_argument("doc_id", metavar="DOC_ID", help="a document id (from show, search or events --format jsonl)")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    _color_flags(p)
    p.set_defaults(func=_cmd_doc)

    p = sub.add_parser("timeline", help="count canonical events by year or month and by type or country pair")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--by", choices=("year", "month"), default="year", help="period of a row (default year)")
    p.add_argument("--group", choices=("type", "pair"), default="type",
                   help="columns: event types or country pairs (default type)")
    _add_filters(p)
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.set_defaults(func=_cmd_timeline)

    p = sub.add_parser("entities-top", help="most active organisations (or persons) per country pair")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--pair", type=_pair, metavar="CC-CC", help="only this country pair, e.g. KR-UZ")
    p.add_argument("--kind", choices=("org", "person", "any"), default="org", help="entity kind (default org)")
    _add_filters(p, only=("type", "status", "min_sources", "country"))
    p.add_argument("--limit", type=_positive, default=10, metavar="N", help="entities per pair (default 10)")
    p.add_argument("--overall", action="store_true", help="one ranking over all events instead of per pair")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.set_defaults(func=_cmd_top)

    p = sub.add_parser("search", help="full-text search over stored documents (Korean substrings, particles ok)")
    p.add_argument("query", type=_query_text("QUERY"), metavar="QUERY",
                   help="words that must all occur (substrings: 협력 finds 협력을)")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N documents (default 20)")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.set_defaults(func=_cmd_search)

    p = sub.add_parser("export", help="write events, mentions, documents or entities (jsonl, csv, parquet), "
                                      "or the network (graphml)",
                       description="jsonl: one row a line (events: SPEC fields plus id, CAMEO/PLOVER codes, roles "
                                   "and every source); csv/parquet: flat tables (parquet list columns are real "
                                   "lists); graphml: the organisation network (nodes = entities with label, kind, "
                                   "country; edges = shared events with weight, event ids, types, dates). Filters "
                                   "choose events, and the mentions, documents and entities of those events. "
                                   "Files are written whole or not at all.")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet", "graphml"), required=True, help="output format")
    p.add_argument("--table", choices=("events", "mentions", "documents", "entities"), default="events",
                   help="what to export (default events)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="file to write, or - for stdout")
    p.add_argument("--excel", action="store_true", help="csv: start with a UTF-8 byte-order mark (Excel)")
    p.add_argument("--raw-cells", action="store_true",
                   help="csv: keep cells starting with = + - @ as they are (default: prefixed with ' so that "
                        "spreadsheets do not run them as formulas)")
    _add_filters(p)
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("curate", help="correct entities with a curation file, kept in the store",
                       description="Apply curation YAML files to the store and keep them there: they are applied "
                                   "again to every later ingest and after every reprocess. Sections (all optional): "
                                   "aliases {name: [more names]}, countries {name: CC}, merge [[name, name, ...]] "
                                   "(the first is kept), split [{from: name, names: [...], country: CC}], "
                                   "not_entities [name, ...]. An entity is named by any of its names or its id.")
    p.add_argument("files", nargs="+", metavar="FILE", help="curation YAML file")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.set_defaults(func=_cmd_curate)

    p = sub.add_parser("reprocess", help="rerun the current pipeline over the stored documents (after an upgrade)",
                       description="Rerun the pipeline over every stored document (from the raw bytes kept at "
                                   "ingest, else its stored text). Event and entity ids stay the same where the "
                                   "happening is the same; prints the events added, removed and changed. Stored "
                                   "curations are applied again.")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--since", metavar="VERSION",
                   help="only documents last processed by this coopgraph version or an older one")
    p.add_argument("--ref", type=_ref, metavar="YYYY-MM-DD", help="reference date for documents without a date")
    p.add_argument("--no-ner", action="store_true", help="gazetteer and patterns only")
    p.add_argument("--jobs", type=_positive, default=1, metavar="N", help="pipeline worker processes (default 1)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="report format (default text)")
    add_progress_flags(p)
    p.set_defaults(func=_cmd_reprocess)
