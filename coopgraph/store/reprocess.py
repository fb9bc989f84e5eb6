"""Rerun the current pipeline over the documents of a store (after an upgrade), keeping ids stable.

    from coopgraph import open_store
    from coopgraph.store.reprocess import reprocess

    report = reprocess(open_store("sqlite:///coop.db"))
    report["events_added"], report["events_removed"], report["events_changed"]

Each document is rerun from the bytes kept at ingest (table ``raw_documents``);
a document stored without them (``ingest --records``, or a store older than
schema 4) is rerun from its stored cleaned text. Its old mentions are taken
out, and its new events are fused again: an event matches the canonical event
it belonged to (same type, overlapping dates, a shared participant or place,
see :mod:`coopgraph.link.fusion`) and keeps its id; entities are resolved by
name, so they keep theirs too. Events no document reports any more are removed.
The curations kept in the store are applied to every new record and to the
store afterwards, so they survive reprocessing. One document per transaction:
an interrupted reprocess leaves every document either old or new.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from coopgraph.records import DocRecord, RawDoc
from coopgraph.store.protocol import IngestStats


def version_key(v: str | None) -> tuple[int, ...]:
    """'0.10.2' -> (0, 10, 2); unknown -> () (older than any version)."""
    return tuple(int(x) for x in re.findall(r"\d+", v or ""))


def _signature(ev: dict[str, Any]) -> tuple:
    """What makes two versions of a canonical event the same for the report."""
    return (ev["type"], ev["date"] and (ev["date"]["start"], ev["date"]["end"]),
            ev["location"] and ev["location"]["name"], tuple(sorted(p["id"] for p in ev["participants"])),
            tuple(sorted(p.get("role") or "" for p in ev["participants"])), tuple(sorted(ev["countries"])),
            ev["status"], ev["num_sources"], ev["num_mentions"])


def _signatures(store, ids) -> dict[str, tuple]:
    from coopgraph.store import queries

    ids = sorted(ids)
    out = {}
    for i in range(0, len(ids), 500):
        for ev in queries.materialise(store, ids[i:i + 500]):
            out[ev["id"]] = _signature(ev)
    return out


def _raw(store, doc_id: str) -> tuple[RawDoc, bool]:
    """The document as it arrived (True), or its stored text as a text document (False)."""
    source, url, text = store.conn.query("SELECT source, url, text FROM documents WHERE doc_id = ?", (doc_id,))[0]
    rows = store.conn.query("SELECT kind, url, fetched_at, data FROM raw_documents WHERE doc_id = ?", (doc_id,))
    if rows:
        kind, rurl, fetched, data = rows[0]
        return RawDoc(source=source, doc_id=doc_id, data=bytes(data), kind=kind, url=rurl or url,
                      fetched_at=fetched), True
    return RawDoc(source=source, doc_id=doc_id, data=text.encode("utf-8"), kind="text", url=url), False


def _events_of_doc(store, doc_id: str) -> set[str]:
    return {r[0] for r in store.conn.query("SELECT DISTINCT event_id FROM mentions WHERE doc_id = ?", (doc_id,))}


def _replace(store, rec: DocRecord, stats: IngestStats) -> None:
    """Swap a stored document's content for ``rec`` (one transaction)."""
    from coopgraph import __version__

    conn = store.conn
    with conn.transaction():
        store._load_seq()
        store._merged = {}
        old = _events_of_doc(store, rec.doc_id)
        conn.execute("DELETE FROM participants WHERE doc_id = ?", (rec.doc_id,))
        conn.execute("DELETE FROM mentions WHERE doc_id = ?", (rec.doc_id,))
        conn.execute("DELETE FROM doc_entities WHERE doc_id = ?", (rec.doc_id,))
        orphans = set()
        for ev in sorted(old):
            if conn.query("SELECT 1 FROM mentions WHERE event_id = ?", (ev,)):
                store._refresh(ev)
            else:
                orphans.add(ev)  # kept (with its entities and dates) so that the same happening finds it again
        old_text, old_sig = conn.query("SELECT text, minhash FROM documents WHERE doc_id = ?", (rec.doc_id,))[0]
        conn.execute("UPDATE documents SET title = ?, doc_date = ?, text = ?, n_events = ?, processed_by = ? "
                     "WHERE doc_id = ?", (rec.title, rec.doc_date, rec.text, len(rec.events), __version__,
                                          rec.doc_id))
        if rec.text != old_text or not old_sig:  # cleaned differently now, or stored before signatures
            conn.execute("DELETE FROM doc_sketch WHERE doc_id = ?", (rec.doc_id,))
            store._assign_story(rec.doc_id, rec.text)
        store._orphans = orphans
        try:
            store._add_content(rec, stats)
        finally:
            store._orphans = None
        for ev in sorted(orphans):
            if conn.query("SELECT 1 FROM mentions WHERE event_id = ?", (ev,)):
                store._refresh(ev)
            else:
                for table, col in (("event_entities", "event_id"), ("event_countries", "event_id"), ("events", "id")):
                    conn.execute(f"DELETE FROM {table} WHERE {col} = ?", (ev,))
        store._save_seq()


def reprocess(store, pipeline=None, since: str | None = None,
              on_doc: Callable[[str, str], None] | None = None, settings=None, jobs: int = 1) -> dict[str, Any]:
    """Rerun the current pipeline over the stored documents.

    Args:
        pipeline: a :class:`~coopgraph.pipeline.Pipeline` to run in this process; default: the
            pipeline of ``settings`` on ``jobs`` worker processes
            (:func:`coopgraph.pipeline.run_parallel`, with its time limit per document).
        since: only documents last processed by this coopgraph version or an
            older one (documents of an unknown version count as older).
        on_doc: called with (doc_id, outcome) after each document, outcome
            "ok" or "failed: <code>".

    Returns:
        ``{"documents", "reprocessed", "failed", "from_raw", "from_text", "events_added",
        "events_removed", "events_changed", "events_unchanged", "curation"}``; the
        three event lists are sorted ids.
    """
    from coopgraph.pipeline import run_parallel
    from coopgraph.records import ErrorRecord
    from coopgraph.store.curation import apply_to_store, stored_curation

    curation = stored_curation(store)
    rows = store.conn.query("SELECT doc_id, processed_by FROM documents ORDER BY n")
    if since is not None:
        limit = version_key(since)
        rows = [r for r in rows if version_key(r[1]) <= limit]
    before_all = {r[0] for r in store.conn.query("SELECT id FROM events")}
    touched_before: set[str] = set()
    for doc_id, _ in rows:
        touched_before |= _events_of_doc(store, doc_id)
    before = _signatures(store, touched_before)
    report: dict[str, Any] = {"documents": len(rows), "reprocessed": 0, "failed": 0, "from_raw": 0, "from_text": 0}
    stats = IngestStats()
    origin: dict[str, bool] = {}

    def raws():
        for doc_id, _ in rows:
            raw, origin[doc_id] = _raw(store, doc_id)
            yield raw

    if pipeline is not None:
        records = (pipeline.safe_run(raw) for raw in raws())
    else:
        records = run_parallel(raws(), settings, jobs=jobs)
    for (doc_id, _), rec in zip(rows, records, strict=True):
        from_raw = origin.pop(doc_id, False)
        if isinstance(rec, ErrorRecord):  # the old version stays
            report["failed"] += 1
            if on_doc:
                on_doc(doc_id, f"failed: {rec.code}: {rec.message}")
            continue
        _replace(store, curation.apply_to_record(rec), stats)
        report["reprocessed"] += 1
        report["from_raw" if from_raw else "from_text"] += 1
        if on_doc:
            on_doc(doc_id, "ok")
    report["curation"] = apply_to_store(store, curation)
    after_all = {r[0] for r in store.conn.query("SELECT id FROM events")}
    touched_after: set[str] = set()
    for doc_id, _ in rows:
        touched_after |= _events_of_doc(store, doc_id)
    after = _signatures(store, (touched_before | touched_after) & after_all)
    report["events_added"] = sorted(after_all - before_all)
    report["events_removed"] = sorted(before_all - after_all)
    kept = sorted((touched_before | touched_after) & before_all & after_all)
    report["events_changed"] = [e for e in kept if before.get(e) != after.get(e)]
    report["events_unchanged"] = len(after_all & before_all) - len(report["events_changed"])
    return report


def format_report(report: dict[str, Any], limit: int = 20) -> str:
    lines = [f"{report['reprocessed']} of {report['documents']} documents reprocessed ({report['from_raw']} from "
             f"their raw bytes, {report['from_text']} from stored text), {report['failed']} failed and kept as they "
             f"were",
             f"events: {len(report['events_added'])} added, {len(report['events_removed'])} removed, "
             f"{len(report['events_changed'])} changed, {report['events_unchanged']} unchanged"]
    for key, word in (("events_added", "added"), ("events_removed", "removed"), ("events_changed", "changed")):
        ids = report[key]
        if ids:
            more = f" … (+{len(ids) - limit})" if len(ids) > limit else ""
            lines.append(f"  {word}: {' '.join(ids[:limit])}{more}")
    return "\n".join(lines)
