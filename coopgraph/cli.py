"""The `coopgraph` command: parses arguments and dispatches to the library."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date

from coopgraph import __version__
from coopgraph.progress import add_progress_flags, progress_bar
from coopgraph.settings import Settings


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _cmd_extract(args: argparse.Namespace) -> int:
    from coopgraph.pipeline import extract
    from coopgraph.records import ErrorRecord

    settings = Settings(ref_date=args.ref, use_ner=not args.no_ner, explain=args.explain)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    n_ok = n_err = 0
    bar = progress_bar(args, "extract")
    try:
        for rec in extract(args.paths, settings):
            out.write(_dump(rec.to_json(explain=args.explain)) + "\n")
            out.flush()
            if isinstance(rec, ErrorRecord):
                n_err += 1
                print(f"coopgraph: {rec.source}: {rec.code}: {rec.message}", file=sys.stderr)
            else:
                n_ok += 1
            if bar is not None:
                bar.update(1)
                bar.set_postfix(ok=n_ok, failed=n_err)
    finally:
        if bar is not None:
            bar.close()
        if args.output:
            out.close()
    if args.output or n_err:
        print(f"coopgraph: {n_ok} documents extracted, {n_err} failed", file=sys.stderr)
    return 1 if n_err and not n_ok else 0


def _cmd_dates(args: argparse.Namespace) -> int:
    from coopgraph.recognise.dates import find_dates

    ref = date.fromisoformat(args.ref) if args.ref else None
    print(_dump([d.to_json() for d in find_dates(args.text, ref=ref)]))
    return 0


def _cmd_entities(args: argparse.Namespace) -> int:
    from coopgraph.link.entities import link_mentions
    from coopgraph.recognise.entities import find_mentions
    from coopgraph.text.sentences import split_sentences

    mentions, _ = link_mentions(find_mentions(args.text, split_sentences(args.text),
                                              use_ner=not args.no_ner), args.text)
    print(_dump([{"begin": m.begin, "stop": m.stop, "text": m.text, "kind": m.kind, "id": m.entity_id,
                  "name": m.name, "country": m.country, "strategy": m.strategy} for m in mentions]))
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    """Run the pipeline on the examples shipped inside the package, store them, show what was found."""
    from importlib.resources import files

    from coopgraph.pipeline import extract
    from coopgraph.records import ErrorRecord
    from coopgraph.store import demo_report

    root = files("coopgraph") / "examples"
    paths = sorted(str(p) for p in root.iterdir() if p.is_file() and not p.name.startswith(("_", ".")))
    settings = Settings(db_url=args.db)
    print(f"coopgraph demo: {len(paths)} example files from {root}")
    records = []
    for rec in extract(paths, settings):
        records.append(rec)
        name = rec.source.rsplit("/", 1)[-1]
        if isinstance(rec, ErrorRecord):
            print(f"\n== {name}: ERROR {rec.code}: {rec.message}")
            continue
        print(f"\n== {name}\n   title: {rec.title}\n   doc_date: {rec.doc_date}   text: {len(rec.text)} chars,"
              f" {len(rec.entities)} entities, {len(rec.events)} events")
        for ev in rec.events:
            j = ev.to_json()
            when = (j["date"] or {}).get("start") or "?"
            end = (j["date"] or {}).get("end")
            if end and end != when:
                when += ".." + end
            who = ", ".join(p["name"] for p in j["participants"][:4])
            where = f" @ {j['location']['name']}" if j["location"] else ""
            print(f"   [{j['type']:<9}] {when:<22} {who}{where}  ({j['status']})")
    db_url = settings.resolved_db_url()
    print(f"\nStored in {db_url}\n")
    print(demo_report(records, db_url))
    print("\nNext: coopgraph events --db URL, coopgraph timeline, coopgraph export --format csv -o events.csv")
    return 0


def _iso_date(s: str) -> str:
    try:
        date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from exc
    return s


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="coopgraph", description=(
        "Turn Korean news and web pages about international cooperation into "
        "source-linked event records (see SPEC.md)."))
    ap.add_argument("--version", action="version", version=f"coopgraph {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="run the pipeline on files/directories/stdin; one JSON record a line",
                       description="Read HTML, text, JSON Lines and WARC/WET files (directories recursively, "
                                   "'-' for stdin) and write one JSON record a line: a SPEC document "
                                   "record, or {source, error: {code, message}} for a document that failed.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write records here instead of stdout")
    p.add_argument("--ref", type=_iso_date, metavar="YYYY-MM-DD",
                   help="reference date for relative dates when a document has no date of its own")
    p.add_argument("--explain", action="store_true", help="add per event the trigger, rule and cues that produced it")
    p.add_argument("--no-ner", action="store_true", help="skip the statistical NER model (gazetteer and patterns only)")
    add_progress_flags(p)
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("dates", help="print the date expressions found in TEXT as JSON",
                       description="Print a JSON list of {start, end, text, begin, stop}: start/end carry the "
                                   "precision the text gives, begin/stop are character offsets.")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--ref", type=_iso_date, metavar="YYYY-MM-DD", help="reference date for relative expressions")
    p.set_defaults(func=_cmd_dates)

    p = sub.add_parser("entities", help="print the linked entity mentions found in TEXT as JSON")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--no-ner", action="store_true", help="gazetteer and patterns only")
    p.set_defaults(func=_cmd_entities)

    p = sub.add_parser("demo", help="run the pipeline on the bundled examples, store them and print a timeline",
                       description="Extract events from the Korean example documents shipped inside the package, "
                                   "ingest them into the store (default: the embedded SQLite file in the user "
                                   "data directory, or COOPGRAPH_DB) and print the timeline and the most active "
                                   "organisations.")
    p.add_argument("--db", metavar="URL", help="database URL (sqlite:///PATH or postgresql://...)")
    p.set_defaults(func=_cmd_demo)

    from coopgraph.store.cli import register as register_store

    register_store(sub)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("coopgraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
