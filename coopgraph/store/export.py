"""Export canonical events: JSON Lines, CSV, Parquet, and the organisation network as GraphML."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

from coopgraph.store.protocol import ALL, EventFilter

FORMATS = ("jsonl", "csv", "parquet", "graphml")

FLAT_COLUMNS = ("id", "type", "date_start", "date_end", "date_text", "location", "location_country", "countries",
                "participants", "participant_ids", "cameo", "plover", "plover_mode", "confidence", "status",
                "num_sources", "num_mentions", "first_seen", "last_seen", "evidence", "evidence_doc_id",
                "source_urls")


def flat(ev: dict[str, Any]) -> dict[str, Any]:
    """One row of the flat events table (lists joined with ';' for CSV)."""
    date = ev["date"] or {}
    loc = ev["location"] or {}
    evidence = ev["evidence"] or {}
    return {
        "id": ev["id"], "type": ev["type"], "date_start": date.get("start"), "date_end": date.get("end"),
        "date_text": date.get("text"), "location": loc.get("name"), "location_country": loc.get("country"),
        "countries": ";".join(ev["countries"]),
        "participants": ";".join(p["name"] for p in ev["participants"]),
        "participant_ids": ";".join(p["id"] for p in ev["participants"]),
        "cameo": ev["cameo"], "plover": ev["plover"], "plover_mode": ev["plover_mode"],
        "confidence": ev["confidence"], "status": ev["status"], "num_sources": ev["num_sources"],
        "num_mentions": ev["num_mentions"], "first_seen": ev["first_seen"], "last_seen": ev["last_seen"],
        "evidence": evidence.get("sentence"), "evidence_doc_id": evidence.get("doc_id"),
        "source_urls": ";".join(s["url"] for s in ev["sources"] if s["url"]),
    }


def export(store, fmt: str, path: str | Path, flt: EventFilter = ALL) -> int:
    """Write the canonical events matching ``flt`` to ``path``; return how many events were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    path = Path(path)
    events = store.iter_events(flt)
    n = 0
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as out:
            for ev in events:
                out.write(json.dumps(ev, ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
            writer.writeheader()
            for ev in events:
                writer.writerow(flat(ev))
                n += 1
    elif fmt == "parquet":
        n = _parquet(events, path)
    else:
        n = write_graphml(events, path)
    return n


def _parquet(events, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"confidence": pa.float64(), "num_sources": pa.int64(), "num_mentions": pa.int64()}
    lists = ("countries", "participants", "participant_ids", "source_urls")
    schema = pa.schema([(c, pa.list_(pa.string()) if c in lists else types.get(c, pa.string()))
                        for c in FLAT_COLUMNS])
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: dict[str, list] = {c: [] for c in FLAT_COLUMNS}
        for ev in events:
            row = flat(ev)
            for c in FLAT_COLUMNS:
                v = row[c]
                batch[c].append((v.split(";") if v else []) if c in lists else v)
            n += 1
            if len(batch["id"]) >= 10000:
                writer.write_table(pa.table(batch, schema=schema))
                batch = {c: [] for c in FLAT_COLUMNS}
        if batch["id"] or n == 0:
            writer.write_table(pa.table(batch, schema=schema))
    return n


def write_graphml(events, path: Path) -> int:
    """Organisation network: nodes = entities, edges = events they share (weight, years).

    Written with the standard library and parsed back before returning, so a
    file that Gephi or networkx would reject is never left behind silently.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: {"weight": 0, "years": set(), "types": set()})
    n = 0
    for ev in events:
        n += 1
        year = ((ev["date"] or {}).get("start") or "")[:4]
        ids = sorted({p["id"] for p in ev["participants"]})
        for p in ev["participants"]:
            node = nodes.setdefault(p["id"], {"name": p["name"], "kind": p["kind"], "country": p["country"] or "",
                                              "events": 0})
            node["events"] += 1
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                e = edges[(a, b)]
                e["weight"] += 1
                if year:
                    e["years"].add(year)
                e["types"].add(ev["type"])
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    keys = [("name", "node", "string"), ("kind", "node", "string"), ("country", "node", "string"),
            ("events", "node", "int"), ("weight", "edge", "double"), ("years", "edge", "string"),
            ("first_year", "edge", "int"), ("last_year", "edge", "int"), ("types", "edge", "string")]
    for name, domain, typ in keys:
        ET.SubElement(root, f"{{{ns}}}key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                              "attr.type": typ})
    graph = ET.SubElement(root, f"{{{ns}}}graph", {"id": "coopgraph", "edgedefault": "undirected"})
    for nid in sorted(nodes):
        el = ET.SubElement(graph, f"{{{ns}}}node", {"id": nid})
        for k in ("name", "kind", "country", "events"):
            ET.SubElement(el, f"{{{ns}}}data", {"key": f"n_{k}"}).text = str(nodes[nid][k])
    for i, ((a, b), e) in enumerate(sorted(edges.items())):
        el = ET.SubElement(graph, f"{{{ns}}}edge", {"id": f"e{i}", "source": a, "target": b})
        years = sorted(e["years"])
        data = {"weight": str(float(e["weight"])), "years": ";".join(years), "types": ";".join(sorted(e["types"]))}
        if years:
            data["first_year"], data["last_year"] = years[0], years[-1]
        for k, v in data.items():
            ET.SubElement(el, f"{{{ns}}}data", {"key": f"e_{k}"}).text = v
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    ET.parse(path)  # raises if what we wrote is not well-formed XML
    return n
