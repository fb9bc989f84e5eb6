"""The one conftest: shared fixtures, heavy ones session-scoped."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; skip when it is absent, fail in CI (which always has it)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must have ../shared, but {path} is missing")
        pytest.skip(f"{path} is not here (a user's clone has no ../shared)")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    return shared_path()


@pytest.fixture(scope="session")
def pipeline():
    from coopgraph.pipeline import Pipeline

    return Pipeline()
