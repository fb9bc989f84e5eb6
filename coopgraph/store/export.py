"""Export the store: events, mentions, documents or entities as JSON Lines, CSV or Parquet, and the
organisation network as GraphML.

Files are written to a temporary file next to the target and renamed into place,
so a failed export never leaves a half-written or invalid file behind; ``-``
writes to stdout. CSV cells that begin with ``=``, ``+``, ``-``, ``@`` (or a tab
or carriage return) are prefixed with ``'`` so that a spreadsheet shows them as
text instead of running them as formulas (OWASP "CSV injection");
``raw_cells=True`` keeps them as they are. ``excel=True`` starts a CSV with a
UTF-8 byte-order mark so that Excel reads Korean text right. Lists are real
lists in JSON Lines and Parquet, and ``;``-joined in CSV.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from coopgraph.errors import FileAccessError
from coopgraph.store.protocol import ALL, EventFilter

FORMATS = ("jsonl", "csv", "parquet", "graphml")
TABLES = ("events", "mentions", "documents", "entities")

FLAT_COLUMNS = ("id", "type", "date_start", "date_end", "date_text", "location", "location_country", "countries",
                "participants", "participant_ids", "participant_roles", "cameo", "plover", "plover_mode", "confidence",
                "status", "num_sources", "num_outlets", "num_documents", "num_mentions", "first_seen", "last_seen",
                "evidence", "evidence_doc_id", "source_urls")
COLUMNS = {
    "events": FLAT_COLUMNS,
    "mentions": ("event_id", "doc_id", "event_index", "type", "date_start", "date_end", "date_text", "location",
                 "status", "confidence", "participants", "participant_ids", "participant_roles", "evidence",
                 "evidence_start", "evidence_end", "url", "title", "doc_date", "outlet", "story_id"),
    "documents": ("doc_id", "source", "url", "title", "doc_date", "lang", "outlet", "story_id", "n_events",
                  "ingested_at", "processed_by", "text"),
    "entities": ("id", "name", "kind", "country", "aliases", "events"),
}
LISTS = {"countries", "participants", "participant_ids", "participant_roles", "source_urls", "aliases"}
INTS = {"num_sources", "num_outlets", "num_documents", "num_mentions", "event_index", "evidence_start", "evidence_end",
        "n_events", "events"}
FLOATS = {"confidence"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def flat(ev: dict[str, Any]) -> dict[str, Any]:
    """One row of the flat events table with lists joined by ';' (as CSV shows them; see :func:`csv_cell`)."""
    return {k: ";".join(v) if isinstance(v, list) else v for k, v in event_row(ev).items()}


def event_row(ev: dict[str, Any]) -> dict[str, Any]:
    """One row of the flat events table; list columns are lists."""
    date = ev["date"] or {}
    loc = ev["location"] or {}
    evidence = ev["evidence"] or {}
    return {
        "id": ev["id"], "type": ev["type"], "date_start": date.get("start"), "date_end": date.get("end"),
        "date_text": date.get("text"), "location": loc.get("name"), "location_country": loc.get("country"),
        "countries": list(ev["countries"]),
        "participants": [p["name"] for p in ev["participants"]],
        "participant_ids": [p["id"] for p in ev["participants"]],
        "participant_roles": [p.get("role") or "" for p in ev["participants"]],
        "cameo": ev["cameo"], "plover": ev["plover"], "plover_mode": ev["plover_mode"],
        "confidence": ev["confidence"], "status": ev["status"], "num_sources": ev["num_sources"],
        "num_outlets": ev.get("num_outlets", ev["num_sources"]), "num_documents": ev.get("num_documents"),
        "num_mentions": ev["num_mentions"], "first_seen": ev["first_seen"], "last_seen": ev["last_seen"],
        "evidence": evidence.get("sentence"), "evidence_doc_id": evidence.get("doc_id"),
        "source_urls": list(dict.fromkeys(s["url"] for s in ev["sources"] if s["url"])),
    }


def mention_rows(ev: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per source (mention) of a canonical event."""
    for s in ev["sources"]:
        date = s.get("date") or {}
        parts = s.get("participants") or []
        yield {"event_id": ev["id"], "doc_id": s["doc_id"], "event_index": s["event_index"], "type": s.get("type"),
               "date_start": date.get("start"), "date_end": date.get("end"), "date_text": date.get("text"),
               "location": s.get("location"), "status": s.get("status"), "confidence": s.get("confidence"),
               "participants": [p["name"] for p in parts], "participant_ids": [p["id"] for p in parts],
               "participant_roles": [p.get("role") or "" for p in parts], "evidence": s["evidence"]["sentence"],
               "evidence_start": s["evidence"]["start"], "evidence_end": s["evidence"]["end"], "url": s.get("url"),
               "title": s.get("title"), "doc_date": s.get("doc_date"), "outlet": s.get("outlet"),
               "story_id": s.get("story_id")}


def csv_cell(value: Any, raw_cells: bool = False) -> Any:
    """A value as a CSV cell: lists joined with ';', text that a spreadsheet would run as a formula neutralised."""
    if isinstance(value, list):
        value = ";".join("" if v is None else str(v) for v in value)
    if isinstance(value, str) and not raw_cells and value.startswith(FORMULA_START):
        return "'" + value
    return value


def xml_text(value: Any) -> str:
    """Text XML 1.0 can carry: control characters, lone surrogates and U+FFFE/U+FFFF become U+FFFD."""
    return _XML_BAD.sub("\ufffd", "" if value is None else str(value))


# ----------------------------------------------------------------- output files
@contextmanager
def output(path: str | Path, binary: bool = False, encoding: str = "utf-8") -> Iterator[IO]:
    """A file to write ``path`` through: a temporary file renamed into place on success, or stdout for ``-``.

    Raises FileAccessError (one line, exit 74) when the directory is missing or not writable.
    """
    if str(path) == "-":
        if binary:
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
        else:
            yield sys.stdout
            sys.stdout.flush()
        return
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise FileAccessError(f"cannot write {path}: it is a directory", "give a file name with -o")
    if not parent.is_dir():
        raise FileAccessError(f"cannot write {path}: the directory {parent} does not exist",
                              "create it first or choose another -o")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise FileAccessError(f"cannot write in {parent}: {exc.strerror or exc}",
                              "check the permissions or choose another -o") from None
    try:
        if binary:
            fh = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding=encoding, newline="")
        with fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


# ------------------------------------------------------------------------ rows
def table_rows(store, table: str, flt: EventFilter = ALL) -> Iterator[dict[str, Any]]:
    """Rows of one export table; a filter selects events, and the mentions, documents, entities of those."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r} (one of {', '.join(TABLES)})")
    if table == "events":
        yield from (event_row(ev) for ev in store.iter_events(flt))
    elif table == "mentions":
        for ev in store.iter_events(flt):
            yield from mention_rows(ev)
    elif table == "documents":
        yield from _documents(store, flt)
    else:
        yield from _entities(store, flt)


def _documents(store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    cols = COLUMNS["documents"]
    sql = f"SELECT {', '.join('d.' + c for c in cols)} FROM documents d"
    params: list[Any] = []
    if flt != ALL:
        from coopgraph.store import queries

        where, params = queries.where(store, flt)
        sql += (f" WHERE d.doc_id IN (SELECT m.doc_id FROM mentions m JOIN events e ON e.id = m.event_id "
                f"WHERE {where})")
    for row in store.conn.query(sql + " ORDER BY d.n", params):
        yield dict(zip(cols, row, strict=True))


def _entities(store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    params: list[Any] = []
    cond = ""
    if flt != ALL:
        from coopgraph.store import queries

        where, params = queries.where(store, flt)
        cond = f" WHERE x.event_id IN (SELECT e.id FROM events e WHERE {where})"
    counts = dict(store.conn.query(f"SELECT x.entity_id, count(*) FROM event_entities x{cond} GROUP BY x.entity_id",
                                   params))
    aliases: dict[str, list[str]] = defaultdict(list)
    for eid, alias in store.conn.query("SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias"):
        aliases[eid].append(alias)
    for eid, name, kind, country in store.conn.query("SELECT id, name, kind, country FROM entities "
                                                     "ORDER BY created_seq, id"):
        if flt != ALL and eid not in counts:
            continue
        yield {"id": eid, "name": name, "kind": kind, "country": country,
               "aliases": [a for a in aliases[eid] if a != name], "events": counts.get(eid, 0)}


# --------------------------------------------------------------------- writers
def export(store, fmt: str, path: str | Path, flt: EventFilter = ALL, table: str = "events", excel: bool = False,
           raw_cells: bool = False) -> int:
    """Write ``table`` (rows of the events matching ``flt``) to ``path`` (``-`` = stdout); return the row count.

    ``graphml`` writes the organisation network of the matching events (``table`` must be "events").
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r} (one of {', '.join(TABLES)})")
    if fmt == "graphml":
        if table != "events":
            raise ValueError("graphml exports the network of events: use --table events")
        return write_graphml(store.iter_events(flt), path)
    if fmt == "jsonl" and table == "events":
        rows: Iterable[dict[str, Any]] = store.iter_events(flt)  # the full event records
    else:
        rows = table_rows(store, table, flt)
    if fmt == "jsonl":
        n = 0
        with output(path) as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "csv":
        return write_csv(rows, path, COLUMNS[table], excel=excel, raw_cells=raw_cells)
    return _parquet(rows, path, COLUMNS[table])


def write_csv(rows: Iterable[dict[str, Any]], path: str | Path, columns: Iterable[str], excel: bool = False,
              raw_cells: bool = False) -> int:
    n = 0
    with output(path, encoding="utf-8-sig" if excel else "utf-8") as out:
        if excel and str(path) == "-":
            out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell(v, raw_cells) for k, v in row.items()})
            n += 1
    return n


def _parquet(rows: Iterable[dict[str, Any]], path: str | Path, columns: tuple[str, ...]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def typ(c):
        if c in LISTS:
            return pa.list_(pa.string())
        return pa.int64() if c in INTS else pa.float64() if c in FLOATS else pa.string()

    schema = pa.schema([(c, typ(c)) for c in columns])
    n = 0
    with output(path, binary=True) as raw:
        sink = io.BytesIO() if str(path) == "-" else raw
        with pq.ParquetWriter(sink, schema) as writer:
            batch: dict[str, list] = {c: [] for c in columns}
            for row in rows:
                for c in columns:
                    batch[c].append(row.get(c))
                n += 1
                if len(batch[columns[0]]) >= 10000:
                    writer.write_table(pa.table(batch, schema=schema))
                    batch = {c: [] for c in columns}
            if batch[columns[0]] or n == 0:
                writer.write_table(pa.table(batch, schema=schema))
        if sink is not raw:
            raw.write(sink.getvalue())
    return n


def write_graphml(events, path: str | Path) -> int:
    """Organisation network: nodes = entities (label, kind, country), edges = events they share.

    Edges carry the weight (shared events), the event ids, types, dates and
    years. Every text is made XML-safe, and the document is parsed back before
    it replaces ``path``, so a file that Gephi or networkx would reject is never left behind.
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = defaultdict(
        lambda: {"weight": 0, "years": set(), "types": set(), "events": [], "dates": []})
    n = 0
    for ev in events:
        n += 1
        date = (ev["date"] or {}).get("start") or ""
        ids = sorted({p["id"] for p in ev["participants"]})
        for p in ev["participants"]:
            node = nodes.setdefault(p["id"], {"label": p["name"], "kind": p["kind"], "country": p["country"] or "",
                                              "events": 0})
            node["events"] += 1
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                e = edges[(a, b)]
                e["weight"] += 1
                if date:
                    e["years"].add(date[:4])
                e["types"].add(ev["type"])
                e["events"].append(ev["id"])
                e["dates"].append(date)
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    keys = [("label", "node", "string"), ("name", "node", "string"), ("kind", "node", "string"),
            ("country", "node", "string"), ("events", "node", "int"), ("weight", "edge", "double"),
            ("event_ids", "edge", "string"), ("types", "edge", "string"), ("dates", "edge", "string"),
            ("years", "edge", "string"), ("first_year", "edge", "int"), ("last_year", "edge", "int")]
    for name, domain, typ in keys:
        ET.SubElement(root, f"{{{ns}}}key", {"id": f"{domain[0]}_{name}", "for": domain, "attr.name": name,
                                              "attr.type": typ})
    graph = ET.SubElement(root, f"{{{ns}}}graph", {"id": "coopgraph", "edgedefault": "undirected"})
    for nid in sorted(nodes):
        el = ET.SubElement(graph, f"{{{ns}}}node", {"id": xml_text(nid)})
        node = dict(nodes[nid], name=nodes[nid]["label"])
        for k in ("label", "name", "kind", "country", "events"):
            ET.SubElement(el, f"{{{ns}}}data", {"key": f"n_{k}"}).text = xml_text(node[k])
    for i, ((a, b), e) in enumerate(sorted(edges.items())):
        el = ET.SubElement(graph, f"{{{ns}}}edge", {"id": f"e{i}", "source": xml_text(a), "target": xml_text(b)})
        years = sorted(e["years"])
        data = {"weight": str(float(e["weight"])), "event_ids": ";".join(e["events"]),
                "types": ";".join(sorted(e["types"])), "dates": ";".join(e["dates"]), "years": ";".join(years)}
        if years:
            data["first_year"], data["last_year"] = years[0], years[-1]
        for k, v in data.items():
            ET.SubElement(el, f"{{{ns}}}data", {"key": f"e_{k}"}).text = xml_text(v)
    ET.indent(root)
    body = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    ET.fromstring(body)  # raises if what we would write is not well-formed XML: nothing is written then
    with output(path, binary=True) as out:
        out.write(body)
    return n
