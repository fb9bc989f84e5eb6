"""The command-line options of the commands that read documents (extract, ingest): limits and --jobs.

Kept out of coopgraph/cli.py so that coopgraph/store/cli.py (which cli.py
imports) can add the same options to ``ingest`` without an import circle:

    add_input_flags(p)                     # in the parser
    settings = settings_from_args(args, ref_date=args.ref, use_ner=not args.no_ner)
    records = run_parallel(read_inputs(paths, settings), settings, jobs=args.jobs)
"""

from __future__ import annotations

import argparse
import re

from coopgraph.settings import Settings

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?\s*$", re.I)
_UNITS = {"": 1, "B": 1, "K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}


def parse_size(text: str) -> int:
    """``10MiB``, ``512K``, ``1G``, ``1048576`` -> bytes (binary units)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size like 10MiB, 512K or 1048576: {text!r}")
    unit = (m.group(2) or "").upper()[:1]
    n = int(float(m.group(1)) * _UNITS[unit])
    if n <= 0:
        raise argparse.ArgumentTypeError(f"a size must be positive: {text!r}")
    return n


def positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return n


def _seconds(text: str) -> float:
    try:
        s = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if s < 0 or s != s:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more: {text!r}")
    return s


def add_input_flags(p: argparse.ArgumentParser) -> None:
    """--jobs and the resource limits (defaults from :class:`Settings`; see docs/reliability.md)."""
    p.add_argument("--jobs", "-j", type=positive_int, default=None, metavar="N",
                   help="worker processes (default: one per core); output order is input order; 1 runs in-process")
    add_limit_flags(p)


def add_limit_flags(p: argparse.ArgumentParser) -> None:
    """The resource limits alone (``coopgraph spark`` takes these but not --jobs: Spark sets the parallelism)."""
    d = Settings()
    g = p.add_argument_group("limits (an input over a limit becomes an error record naming it; docs/reliability.md)")
    g.add_argument("--max-bytes", type=parse_size, default=d.max_bytes, metavar="SIZE",
                   help="largest document (default 10MiB)")
    g.add_argument("--max-member-bytes", type=parse_size, default=d.max_member_bytes, metavar="SIZE",
                   help="most a compressed WARC payload or .gz file may inflate to (default 10MiB)")
    g.add_argument("--max-line-bytes", type=parse_size, default=d.max_line_bytes, metavar="SIZE",
                   help="longest JSON Lines line (default 32MiB)")
    g.add_argument("--max-stdin-bytes", type=parse_size, default=d.max_stdin_bytes, metavar="SIZE",
                   help="largest single document on stdin (default 10MiB; JSONL/WARC on stdin stream)")
    g.add_argument("--max-depth", type=positive_int, default=d.max_depth, metavar="N",
                   help=f"HTML nested deeper is flattened, its text kept (default {d.max_depth})")
    g.add_argument("--timeout", type=_seconds, default=d.timeout, metavar="SECONDS",
                   help=f"time limit per document, 0 = none (default {d.timeout:g}); with --jobs 1 only Python code "
                        "is interrupted")


def settings_from_args(args: argparse.Namespace, **fields) -> Settings:
    """Settings with the limits given on the command line (and any other ``fields``)."""
    return Settings(max_bytes=args.max_bytes, max_member_bytes=args.max_member_bytes,
                    max_line_bytes=args.max_line_bytes, max_stdin_bytes=args.max_stdin_bytes,
                    max_depth=args.max_depth, timeout=args.timeout or None, **fields)
