"""SPEC JSON (``coopgraph extract`` output) back into frozen records, for ``ingest --records``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from coopgraph.records import (
    DateExpr,
    DocRecord,
    Entity,
    ErrorRecord,
    Event,
    Evidence,
    Figure,
    Location,
    Participant,
)


def event_from_json(obj: dict[str, Any], text: str = "") -> Event:
    ev = obj.get("evidence") or {}
    date = obj.get("date")
    dexpr = None
    if date and date.get("start"):
        surface = date.get("text") or ""
        begin = text.find(surface) if surface else -1
        begin, stop = (begin, begin + len(surface)) if begin >= 0 else (0, 0)
        dexpr = DateExpr(begin=begin, stop=stop, text=surface, start=date["start"], end=date.get("end"))
    loc = obj.get("location")
    return Event(
        type=obj["type"],
        evidence=Evidence(sentence=ev.get("sentence", ""), begin=int(ev.get("start", 0)), stop=int(ev.get("end", 0))),
        date=dexpr,
        location=Location(name=loc["name"], country=loc.get("country"), aliases=tuple(loc.get("aliases") or ()))
        if loc and loc.get("name") else None,
        participants=tuple(Participant(name=p["name"], kind=p.get("kind", "org"), country=p.get("country"),
                                       aliases=tuple(p.get("aliases") or ()), entity_id=p.get("id"),
                                       role=p.get("role") or None)
                           for p in obj.get("participants") or ()),
        countries=tuple(obj.get("countries") or ()),
        figures=tuple(Figure(value=f["value"], unit=f.get("unit", ""), what=f.get("what"))
                      for f in obj.get("figures") or ()),
        confidence=float(obj.get("confidence", 0.5)),
        status=obj.get("status") or "happened",
    )


def record_from_json(obj: dict[str, Any], source: str = "") -> DocRecord | ErrorRecord:
    if "error" in obj:
        err = obj["error"] or {}
        return ErrorRecord(source=obj.get("source", source), code=err.get("code", "internal"),
                           message=err.get("message", ""), doc_id=obj.get("doc_id"))
    text = obj.get("text") or ""
    return DocRecord(
        doc_id=obj["doc_id"], source=obj.get("source") or source, text=text, url=obj.get("url"),
        title=obj.get("title"), doc_date=obj.get("doc_date"), lang=obj.get("lang") or "ko",
        events=tuple(event_from_json(e, text) for e in obj.get("events") or ()),
        entities=tuple(Entity(id=e["id"], name=e["name"], kind=e.get("kind", "org"), country=e.get("country"),
                              aliases=tuple(e.get("aliases") or ())) for e in obj.get("entities") or ()),
    )


def read_records(paths: Iterable[str]) -> Iterator[DocRecord | ErrorRecord]:
    """Records from JSON Lines files of SPEC document records; a bad line becomes an error record."""
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            if not f.exists():
                yield ErrorRecord(source=str(f), code="not_found", message=f"no such file or directory: {f}")
                continue
            with f.open(encoding="utf-8") as fh:
                for lineno, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        yield record_from_json(json.loads(line), source=f"{f}:{lineno}")
                    except (ValueError, KeyError, TypeError) as exc:
                        yield ErrorRecord(source=f"{f}:{lineno}", code="bad_json", message=str(exc))
