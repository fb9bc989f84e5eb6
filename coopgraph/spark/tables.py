"""Rows and schemas of the Parquet tables the Spark job writes.

``documents``  one row per document (doc_id unique), partitioned by the year of ``doc_date``;
``mentions``   one row per event as extracted from one document (``json`` = the event exactly as
               ``coopgraph extract`` prints it), with the canonical ``event_id`` it was fused into;
``events``     canonical events, fused across documents (``json`` = the store's event record);
``entities``   canonical entities with their aliases;
``errors``     one row per input or document that failed, with its code and message.
"""

from __future__ import annotations

import json
from typing import Any

from coopgraph.records import DocRecord, ErrorRecord


def _year(value: str | None) -> str:
    return value[:4] if value and value[:4].isdigit() else "undated"


def schemas():
    """The Spark schema of each table (built lazily: pyspark is optional)."""
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    def s(*fields):
        return StructType([StructField(name, typ, True) for name, typ in fields])

    S, N, L, D = StringType(), IntegerType(), LongType(), DoubleType()
    A = ArrayType(StringType())
    return {
        "documents": s(("doc_id", S), ("source", S), ("url", S), ("title", S), ("doc_date", S), ("lang", S),
                       ("text", S), ("n_events", N), ("entities", S), ("file_index", L), ("record_index", L),
                       ("year", S)),
        "mentions": s(("doc_id", S), ("idx", N), ("event_id", S), ("type", S), ("date_start", S), ("date_end", S),
                      ("date_text", S), ("location", S), ("location_country", S), ("countries", A),
                      ("participants", A), ("evidence", S), ("evidence_start", N), ("evidence_end", N),
                      ("confidence", D), ("status", S), ("json", S), ("year", S)),
        "events": s(("id", S), ("type", S), ("date_start", S), ("date_end", S), ("date_text", S), ("location", S),
                    ("location_country", S), ("countries", A), ("participants", A), ("participant_ids", A),
                    ("num_sources", N), ("num_mentions", N), ("confidence", D), ("status", S), ("cameo", S),
                    ("plover", S), ("first_seen", S), ("last_seen", S), ("doc_ids", A), ("json", S), ("year", S)),
        "entities": s(("id", S), ("name", S), ("kind", S), ("country", S), ("aliases", A)),
        "errors": s(("source", S), ("code", S), ("message", S), ("doc_id", S), ("file_index", L),
                    ("record_index", L)),
    }


def document_row(order: tuple[int, int], rec: DocRecord) -> dict[str, Any]:
    return {"doc_id": rec.doc_id, "source": rec.source, "url": rec.url, "title": rec.title,
            "doc_date": rec.doc_date, "lang": rec.lang, "text": rec.text, "n_events": len(rec.events),
            "entities": json.dumps([e.to_json() for e in rec.entities], ensure_ascii=False),
            "file_index": order[0], "record_index": order[1], "year": _year(rec.doc_date)}


def mention_rows(rec: DocRecord) -> list[dict[str, Any]]:
    """The events of one document as ``coopgraph extract`` gives them, one row each (event_id filled later)."""
    rows = []
    for idx, ev in enumerate(rec.events):
        j = ev.to_json()
        date = j["date"] or {}
        rows.append({
            "doc_id": rec.doc_id, "idx": idx, "event_id": None, "type": ev.type, "date_start": date.get("start"),
            "date_end": date.get("end"), "date_text": date.get("text"),
            "location": ev.location.name if ev.location else None,
            "location_country": ev.location.country if ev.location else None,
            "countries": list(ev.countries), "participants": [p.name for p in ev.participants],
            "evidence": ev.evidence.sentence, "evidence_start": ev.evidence.begin, "evidence_end": ev.evidence.stop,
            "confidence": float(j["confidence"]), "status": ev.status,
            "json": json.dumps(j, ensure_ascii=False, sort_keys=True),
            "year": _year(date.get("start") or rec.doc_date),
        })
    return rows


def error_row(order: tuple[int, int], err: ErrorRecord) -> dict[str, Any]:
    return {"source": err.source, "code": err.code, "message": err.message, "doc_id": err.doc_id,
            "file_index": order[0], "record_index": order[1]}
