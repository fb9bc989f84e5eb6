"""Fusion across documents in Spark, with the store's own code.

The store fuses one mention at a time (:mod:`coopgraph.link.fusion`:
``best_match`` over candidates, then ``fuse``), and it finds everything it
compares through keys: an entity through the name keys of a name and its
aliases, a candidate event through its canonical entities (same type, date
window) or its place. Two documents that share no such key can never touch
each other's entities or events, in any order.

So the job cuts the documents into **blocks**, the connected components of

* name keys that the store could resolve to one entity: the keys of one
  name and its aliases (a document entity, an event participant, a
  participant together with the document entity it points to), joined
  across all documents. Only clusters holding an event participant's name
  link documents: events are matched on their participants' canonical
  entities, so a cluster of names no participant carries (a country, a city
  named in passing) cannot change an event;
* place keys (``name_key`` of an event's location);
* near-copies: the store puts a document into the story of an earlier
  near-copy (:mod:`coopgraph.link.dedup`), found through the LSH band keys
  of its MinHash signature, and counts an event's sources by story; every
  band key is a key here too.

Blocks are hashed to partitions; each partition ingests its documents, in
the order ``coopgraph ingest`` would read them, into an in-memory SQLite
store (:class:`coopgraph.store.sql.SQLStore`, the same code as the SQLite and
PostgreSQL stores). Type and period blocking then happen inside, in the
store's candidate query. The result is the store's own result for those
documents: canonical event ids (``ev`` + digest of the first mention),
entity ids, fused dates, places, countries, sources and codes.

Entities no participant names (a country, a city) are resolved block by
block: one the store would keep as one row can come out as two rows when
two blocks first meet it under different names (the ``entities`` table).

The one cost: a block is fused by one task, so the largest block (documents
tied together by a very common organisation) bounds the fusion stage; it is
cheap next to the pipeline (see docs/scale-out.md).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

from coopgraph.link.fusion import name_key
from coopgraph.records import DocRecord


class UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, items: Iterable[str]) -> None:
        items = list(items)
        if not items:
            return
        first = self.find(items[0])
        for other in items[1:]:
            root = self.find(other)
            if root != first:
                # the smaller string wins: the result does not depend on the order sets arrive in
                lo, hi = sorted((first, root))
                self.parent[hi] = lo
                first = lo


def _keys(names: Iterable[str | None]) -> tuple[str, ...]:
    """The keys the store looks a name and its aliases up under (``SQLStore._resolve``)."""
    names = [n for n in names if n and n.strip()]
    keys = list(dict.fromkeys(k for k in (name_key(n) for n in names) if k))
    if not keys and names:
        keys = [names[0].strip().casefold() or "?"]
    return tuple(sorted(keys))


def name_sets(rec: DocRecord) -> Iterator[tuple[tuple[str, ...], bool]]:
    """(keys of one name with its aliases, whether an event participant carries it) for all the store resolves."""
    ents = {e.id: e for e in rec.entities}
    for e in rec.entities:
        keys = _keys((e.name, *e.aliases))
        if keys:
            yield keys, False
    for ev in rec.events:
        for p in ev.participants:
            names: list[str | None] = [p.name, *p.aliases]
            if p.entity_id and p.entity_id in ents:  # the store adds the participant's names to that entity
                ent = ents[p.entity_id]
                names += [ent.name, *ent.aliases]
            keys = _keys(names)
            if keys:
                yield keys, True


def key_clusters(sets: Iterable[tuple[tuple[str, ...], bool]]) -> dict[str, str]:
    """Name key -> cluster id, for the clusters that can link events (those holding a participant's name)."""
    uf = UnionFind()
    sets = list(sets)
    for keys, _ in sets:
        uf.union(keys)
    linking = {uf.find(keys[0]) for keys, participant in sets if participant}
    return {k: root for k in uf.parent if (root := uf.find(k)) in linking}


def link_tokens(rec: DocRecord, clusters: dict[str, str]) -> frozenset[str]:
    """The keys through which this document's store rows can meet another document's."""
    tokens = band_tokens(rec)
    for keys, _ in name_sets(rec):
        for k in keys:
            if k in clusters:
                tokens.add("K:" + clusters[k])
    for ev in rec.events:
        if ev.location and name_key(ev.location.name):
            tokens.add("P:" + name_key(ev.location.name))
    return frozenset(tokens)


def band_tokens(rec: DocRecord) -> set[str]:
    """The LSH band keys the store looks the document's near-copies up by (``SQLStore._assign_story``)."""
    from coopgraph.link.dedup import band_keys, decode, encode, signature

    return {f"B:{k}" for k in band_keys(decode(encode(signature(rec.text))))}


def block_roots(token_sets: Iterable[frozenset[str]]) -> dict[str, str]:
    """Token -> block id (the connected components of documents joined by shared tokens)."""
    uf = UnionFind()
    for tokens in token_sets:
        uf.union(sorted(tokens))
    return {t: uf.find(t) for t in uf.parent}


def block_of(rec: DocRecord, clusters: dict[str, str], roots: dict[str, str]) -> str:
    tokens = link_tokens(rec, clusters)
    if not tokens:
        return "D:" + rec.doc_id
    return roots[min(tokens)]


def partition_of(block: str, n: int) -> int:
    """Stable across processes (Python's str hash is salted per process)."""
    return zlib.crc32(block.encode("utf-8")) % n


def fuse_partition(records: Iterable[DocRecord]) -> Iterator[tuple[str, Any]]:
    """Ingest ``records`` (whole blocks, in reading order) into an in-memory store; yield what it made.

    Yields ("event", store event dict), ("mention", (doc_id, idx, event_id)),
    ("entity", (id, name, kind, country, aliases)) and ("error", ErrorRecord)
    for a document the store itself could not take.
    """
    from coopgraph.store import open_store

    store = open_store("sqlite://")  # in memory; the same SQL as the file and PostgreSQL stores
    try:
        stats = store.ingest(records)
        for err in stats.errors:
            yield "error", err
        yield from (("event", ev) for ev in store.iter_events())
        for doc_id, idx, event_id in store.conn.query("SELECT doc_id, idx, event_id FROM mentions"):
            yield "mention", (doc_id, int(idx), event_id)
        aliases: dict[str, list[str]] = {}
        for eid, alias in store.conn.query("SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias"):
            aliases.setdefault(eid, []).append(alias)
        for eid, name, kind, country in store.conn.query("SELECT id, name, kind, country FROM entities"):
            yield "entity", (eid, name, kind, country, tuple(aliases.get(eid, ())))
    finally:
        store.close()


def event_row(ev: dict[str, Any]) -> dict[str, Any]:
    """A store event dict as a flat row of the ``events`` table (the whole dict kept as JSON)."""
    date = ev.get("date") or {}
    loc = ev.get("location") or {}
    start = date.get("start")
    return {
        "id": ev["id"], "type": ev["type"], "date_start": start, "date_end": date.get("end"),
        "date_text": date.get("text"), "location": loc.get("name"), "location_country": loc.get("country"),
        "countries": list(ev.get("countries") or ()), "participants": [p["name"] for p in ev.get("participants") or ()],
        "participant_ids": [p["id"] for p in ev.get("participants") or ()],
        "num_sources": int(ev.get("num_sources") or 0), "num_mentions": int(ev.get("num_mentions") or 0),
        "confidence": float(ev.get("confidence") or 0.0), "status": ev.get("status"), "cameo": ev.get("cameo"),
        "plover": ev.get("plover"), "first_seen": ev.get("first_seen"), "last_seen": ev.get("last_seen"),
        "doc_ids": sorted({s["doc_id"] for s in ev.get("sources") or ()}),
        "json": json.dumps(ev, ensure_ascii=False, sort_keys=True),
        "year": start[:4] if start else "undated",
    }


def blocks_of(records: Iterable[DocRecord]) -> dict[str, str]:
    """doc_id -> block, computed in one process: what the Spark job computes in distributed steps."""
    records = list(records)
    clusters = key_clusters(s for rec in records for s in name_sets(rec))
    roots = block_roots({link_tokens(rec, clusters) for rec in records} - {frozenset()})
    return {rec.doc_id: block_of(rec, clusters, roots) for rec in records}
