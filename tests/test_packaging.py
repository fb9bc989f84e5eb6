"""Every data file the code reads is shipped: pyproject's package-data covers it."""

from __future__ import annotations

import tomllib

from conftest import ROOT

PKG = ROOT / "coopgraph"


def test_package_data_covers_every_non_python_file():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = conf["tool"]["setuptools"]["package-data"]["coopgraph"]
    shipped = {p for pat in patterns for p in PKG.glob(pat) if p.is_file()}
    needed = {p for p in PKG.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")
              and "__pycache__" not in p.parts}
    missing = sorted(str(p.relative_to(PKG)) for p in needed - shipped)
    assert not missing, f"not in package-data, so missing from a wheel install: {missing}"


def test_model_and_knowledge_base_are_present():
    assert any((PKG / "models").glob("*.crfsuite"))
    assert (PKG / "data" / "kb.compiled.json").is_file()
    assert (ROOT / "NOTICE").is_file() and "CC BY-SA 4.0" in (ROOT / "NOTICE").read_text(encoding="utf-8")
