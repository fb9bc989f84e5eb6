"""Helpers shared by the golden tests (test_golden_dev.py, test_golden_holdout.py, test_golden_seeds.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent
GOLDEN = TESTS / "golden"


def load_module(path: Path, name: str) -> ModuleType:
    """Execute the Python file ``path`` as a module called ``name`` (not registered in sys.modules)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_builder(name: str) -> ModuleType:
    """tests/golden/<name>.py, a gold builder; they import gold_build.py from their own folder."""
    if str(GOLDEN) not in sys.path:
        sys.path.insert(0, str(GOLDEN))
    return load_module(GOLDEN / f"{name}.py", name)
