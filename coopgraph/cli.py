"""The `coopgraph` command: parses arguments and dispatches to the library."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date

from coopgraph import __version__
from coopgraph.errors import (
    EXIT_BUG,
    EXIT_FAILED_DOCS,
    EXIT_INTERRUPTED,
    EXIT_IO,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    CommandError,
    FileAccessError,
    NothingToRead,
    UsageError,
)
from coopgraph.ingest.options import add_input_flags
from coopgraph.progress import add_progress_flags, progress_bar
from coopgraph.settings import Settings


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _open_output(path: str | None):
    if not path or path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise FileAccessError(f"cannot write {path}: {exc.strerror or exc}",
                              "check that the directory exists and is writable") from None


def _cmd_extract(args: argparse.Namespace) -> int:
    from coopgraph.ingest import read_inputs
    from coopgraph.ingest.options import settings_from_args
    from coopgraph.pipeline import run_parallel
    from coopgraph.records import ErrorRecord

    settings = settings_from_args(args, ref_date=args.ref, use_ner=not args.no_ner, explain=args.explain)
    skip = _output_not_input(args.output, args.paths)
    out = _open_output(args.output)
    n_ok = n_err = unreadable = 0
    bar = progress_bar(args, "extract")
    if bar is not None:
        bar.total = _expected_documents(args.paths)  # tqdm then shows the total, the rate and the time left
    try:
        for rec in run_parallel(read_inputs(list(args.paths), settings, skip=skip), settings, jobs=args.jobs):
            out.write(_dump(rec.to_json(explain=args.explain)) + "\n")
            out.flush()
            if isinstance(rec, ErrorRecord):
                n_err += 1
                unreadable += rec.code in ("not_found", "unreadable")
                print(f"coopgraph: {rec.source}: {rec.code}: {rec.message}", file=sys.stderr)
            else:
                n_ok += 1
                for note in getattr(rec, "warnings", ()):
                    print(f"coopgraph: {rec.source}: warning: {note}", file=sys.stderr)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(ok=n_ok, failed=n_err)
    finally:
        if bar is not None:
            bar.close()
        if out is not sys.stdout:
            out.close()
    if not n_ok and not n_err:
        raise NothingToRead(f"nothing to read in {' '.join(args.paths)}",
                            "no file found (empty directory, or only hidden files)")
    if not n_ok and unreadable == n_err:
        raise NothingToRead(f"nothing to read: none of the {n_err} inputs could be read", "see the lines above")
    if args.output or n_err:
        print(f"coopgraph: {n_ok} documents extracted, {n_err} failed", file=sys.stderr)
    return EXIT_FAILED_DOCS if n_err else EXIT_OK


def _output_not_input(output: str | None, paths: Sequence[str]) -> frozenset[str]:
    """The output file's real path, for the directory walk to pass over (it is written while
    the inputs are read); a usage error when an input named on the command line is the output
    itself, which opening the output would empty before it is read."""
    if not output or output == "-":
        return frozenset()
    real = os.path.realpath(output)
    for p in paths:
        if p != "-" and not os.path.isdir(p) and os.path.realpath(p) == real:
            raise UsageError(f"{output} is both an input and the output: writing it would erase it first",
                             "write the output to another file (-o OTHER.jsonl)")
    return frozenset({real})


_CONTAINER_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines", ".warc", ".wet", ".arc", ".gz")


def _expected_documents(paths: list[str]) -> int | None:
    """The number of documents to expect when every input is a single-document file; None when unknown
    (stdin, or a file whose name says it holds many: JSON Lines, WARC/WET, gzip)."""
    from coopgraph.ingest import iter_files

    n = 0
    for p in paths:
        if p == "-":
            return None
        files = list(iter_files(p)) if os.path.isdir(p) else [p]
        if any(f.lower().endswith(_CONTAINER_SUFFIXES) for f in files):
            return None
        n += len(files)
    return n


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
    from coopgraph.settings import demo_db_url

    settings = Settings(db_url=args.db or demo_db_url())  # never the user's own store
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
    print(f"\nStored in the demo store {db_url} (your own store is untouched)\n")
    print(demo_report(records, db_url))
    print(f"\nNext: coopgraph events --db {db_url}, coopgraph timeline --db {db_url}; "
          "your own pages: coopgraph ingest DIR, then coopgraph events")
    return 0


def _iso_date(s: str) -> str:
    try:
        date.fromisoformat(s)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from exc
    return s


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="coopgraph", description=(
        "Turn Korean news and web pages about international cooperation into "
        "source-linked event records (see SPEC.md)."), epilog=(
        "exit codes: 0 ok, 1 some documents failed, 2 usage error, 3 store unreachable or unusable, "
        "4 nothing to read, 70 internal error (a bug), 74 a file could not be read or written, "
        "130 interrupted (docs/reliability.md)"))
    ap.add_argument("--version", action="version", version=f"coopgraph {__version__}")
    ap.add_argument("--debug", action="store_true",
                    help="show the Python traceback of an error (also allowed after the command; "
                         "or set COOPGRAPH_DEBUG=1)")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="run the pipeline on files/directories/stdin; one JSON record a line",
                       description="Read HTML, text, JSON Lines and WARC/WET files, also gzip-compressed "
                                   "(.jsonl.gz, .txt.gz, .html.gz, .warc.gz; directories recursively, '-' for stdin) "
                                   "and write one JSON record a line, in input order: a SPEC document record, or "
                                   "{source, error: {code, message}} for a document that failed. Exit 0 when all "
                                   "were read, 1 when some failed, 4 when there was nothing to read.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write records here instead of stdout")
    p.add_argument("--ref", type=_iso_date, metavar="YYYY-MM-DD",
                   help="reference date for relative dates when a document has no date of its own")
    p.add_argument("--explain", action="store_true", help="add per event the trigger, rule and cues that produced it")
    p.add_argument("--no-ner", action="store_true", help="skip the statistical NER model (gazetteer and patterns only)")
    add_progress_flags(p)
    add_input_flags(p)
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
                                   "ingest them into a demo store of their own (default: demo.db in the user "
                                   "data directory, beside the default store, which the demo never touches; "
                                   "COOPGRAPH_DB is ignored) and print the timeline and the most active "
                                   "organisations.")
    p.add_argument("--db", metavar="URL", help="demo store URL (sqlite:///PATH or postgresql://...; default: "
                                               "demo.db in the user data directory)")
    p.set_defaults(func=_cmd_demo)

    from coopgraph.store.cli import register as register_store

    register_store(sub)
    from coopgraph.spark.cli import register as register_spark
    register_spark(sub)
    from coopgraph.web.cli import register as register_web
    register_web(sub)
    return ap


# commands that only read a store: it is opened read-only and never created (see coopgraph.store.open_store)
READ_ONLY_COMMANDS = frozenset({"events", "timeline", "entities-top", "search", "export", "show", "doc"})


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors as one line: what is wrong, and where to look."""

    def error(self, message: str):  # noqa: D102 - argparse API
        command = self.prog.removeprefix("coopgraph").strip()
        raise UsageError(f"{command}: {message}" if command else message, f"see {self.prog} --help")


def _check_text_args(args: argparse.Namespace) -> None:
    """Arguments that are not file names must be valid UTF-8 (a lone surrogate cannot be searched or printed)."""
    for name, value in vars(args).items():
        if name in ("paths", "output", "db") or not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise UsageError(f"argument --{name.replace('_', '-')} is not valid UTF-8 (byte {exc.start})",
                             "check the terminal's encoding") from None


def _split_debug(argv: Sequence[str]) -> tuple[list[str], bool]:
    """``--debug`` is global and may stand anywhere before ``--``."""
    out, debug, rest = [], False, False
    for a in argv:
        if a == "--":
            rest = True
        if a == "--debug" and not rest:
            debug = True
            continue
        out.append(a)
    return out, debug


def _say(line: str) -> None:
    print(f"coopgraph: {line}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure of the command as a whole is one stderr line and an exit code.

    Exit codes: :data:`coopgraph.errors.EXIT_CODES` (docs/reliability.md).
    """
    argv, debug = _split_debug(sys.argv[1:] if argv is None else argv)
    debug = debug or os.environ.get("COOPGRAPH_DEBUG", "") not in ("", "0")
    try:
        args = _parse(argv, debug)
        mode = "ro" if args.command in READ_ONLY_COMMANDS else "rw"
        from coopgraph.store import default_mode

        with default_mode(mode):
            return args.func(args)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except CommandError as exc:
        if debug:
            traceback.print_exc()
        _say(exc.line())
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - the one place that turns any failure into one line
        if debug:
            traceback.print_exc()
        code, line = _classify(exc)
        _say(line)
        return code


def _parse(argv: list[str], debug: bool) -> argparse.Namespace:
    """Parse the command line; a usage error is one line and SystemExit(2), as argparse callers expect."""
    try:
        args = build_parser().parse_args(argv)
        _check_text_args(args)
    except UsageError as exc:
        if debug:
            traceback.print_exc()
        _say(exc.line())
        raise SystemExit(EXIT_USAGE) from None
    return args


def _classify(exc: Exception) -> tuple[int, str]:
    """(exit code, one line) for an exception that is not a CommandError."""
    root = type(exc).__module__.split(".")[0]
    first = (str(exc).strip().splitlines() or [""])[0]
    if root in ("sqlite3", "psycopg"):
        return EXIT_STORE, f"store error: {type(exc).__name__}: {first}: check --db, or rerun with --debug"
    if isinstance(exc, MemoryError):
        return EXIT_BUG, "out of memory: lower the limits (--max-bytes) or --jobs, or rerun with --debug"
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return EXIT_IO, f"cannot access{where}: {exc.strerror or first}: check the path and its permissions"
    tb = traceback.extract_tb(exc.__traceback__)
    at = f" at {tb[-1].filename.rsplit('/', 1)[-1]}:{tb[-1].lineno}" if tb else ""
    return EXIT_BUG, (f"internal error (a bug): {type(exc).__name__}: {first}{at}; rerun with --debug for the "
                      "traceback and report it")


def _quiet_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush does not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
