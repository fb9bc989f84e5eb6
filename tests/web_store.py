"""A small store for the web tests: the bundled examples plus one hostile page, through the real pipeline."""

from __future__ import annotations

import html
import json
from importlib.resources import files
from pathlib import Path

XSS_TITLE = "<script>alert('title')</script> \"onerror=alert(1) 한-우즈벡 정보협력"
XSS_BODY = ("한국과학기술정보연구원(KISTI)은 2023년 5월 3일 타슈켄트에서 우즈베키스탄 과학아카데미와 "
            "<script>alert('evidence')</script> 정보 협력 양해각서를 체결했다고 4일 밝혔다. <img src=x \"onerror=alert(2)>")
XSS_URL = "javascript:alert('url')"


def hostile_page() -> str:
    """A news page whose title and text carry script and attribute payloads (as text, HTML-escaped)."""
    t, b = html.escape(XSS_TITLE), html.escape(XSS_BODY)
    return (f"<html><head><title>{t}</title></head><body><h1>{t}</h1><p class='date'>입력 2023.05.04 10:00</p>"
            f"<article><p>{b}</p><p>양 기관은 앞으로 데이터 공동연구를 추진할 계획이다. "
            f"이 협약은 두 기관의 첫 협약이다.</p></article></body></html>")


def example_paths(tmp: Path) -> list[str]:
    root = files("coopgraph") / "examples"
    paths = sorted(str(p) for p in root.iterdir() if p.is_file() and not p.name.startswith(("_", ".")))
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps({"url": XSS_URL, "html": hostile_page()}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    return [*paths, str(hostile)]


def records(tmp: Path) -> list:
    from coopgraph.pipeline import extract
    from coopgraph.records import ErrorRecord

    out = list(extract(example_paths(tmp)))
    bad = [r for r in out if isinstance(r, ErrorRecord)]
    assert not bad, f"the examples must go through the pipeline: {bad}"
    return out
