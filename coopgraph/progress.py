"""The --progress/--no-progress flags of the long-running commands (extract, ingest) and their bar.

Kept apart from coopgraph/cli.py so that coopgraph/store/cli.py, which cli.py imports, can use
it without importing cli.py back.
"""

from __future__ import annotations

import argparse
import sys


def add_progress_flags(p: argparse.ArgumentParser) -> None:
    """Add --progress / --no-progress (dest ``progress``: True, False, or None for "when stderr is a terminal")."""
    prog = p.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="show a progress bar on stderr (default: when stderr is a terminal)")
    prog.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")


def progress_bar(args: argparse.Namespace, desc: str):
    """A tqdm bar counting documents on stderr, or None when the flags (or a non-terminal stderr) say no bar."""
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, desc=desc)
