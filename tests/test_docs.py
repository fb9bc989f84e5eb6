"""README and --help stay true to what the CLI does."""

from __future__ import annotations

import re
import shlex

import pytest
from conftest import ROOT

from coopgraph.cli import build_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subcommands() -> dict:
    parser = build_parser()
    (action,) = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    return action.choices


def _readme_command_lines() -> list[str]:
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if line.startswith(".venv/bin/coopgraph "):
                lines.append(line[len(".venv/bin/coopgraph "):])
    return lines


def test_readme_opens_with_the_two_commands():
    head = README[:1200]
    assert "make demo" in head and "make test" in head


def test_every_command_is_documented_with_help():
    for name, sub in _subcommands().items():
        assert f"coopgraph {name}" in README or name == "demo", f"README does not show `coopgraph {name}`"
        assert sub.format_help().strip(), name


@pytest.mark.parametrize("line", _readme_command_lines())
def test_readme_examples_parse(line):
    args = build_parser().parse_args(shlex.split(line))
    assert callable(args.func)


def test_makefile_targets_named_in_readme_exist():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test"):
        assert re.search(rf"^{target}:", makefile, flags=re.M), target
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
