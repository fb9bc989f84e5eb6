"""YAML data files read with libyaml's C parser when PyYAML has it (the same values, ~10x faster).

The lexicons in coopgraph/data/*.yaml are read once per process, before the first record: with the
pure-Python parser that was ~0.5 s of ``coopgraph extract``'s start (boilerplate.yaml alone was
parsed four times). :func:`load_yaml` is ``yaml.safe_load`` with ``CSafeLoader``; both build the
values with the same safe constructor, and tests/test_speed_identity.py checks that every shipped
data file reads the same either way.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, by the C parser when it is installed."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)


@functools.cache
def data_yaml(name: str) -> Any:
    """The parsed ``coopgraph/data/<name>``, read once per process (callers must not change it)."""
    return load_yaml((files("coopgraph") / "data" / name).read_text(encoding="utf-8"))
