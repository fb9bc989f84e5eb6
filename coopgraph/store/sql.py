"""The one SQL implementation of :class:`~coopgraph.store.protocol.Store`.

Both backends run this code; they differ only in their connection adapter and
their migration files. Writing a document is get-or-create on normalised keys
(entities by name key, documents by ``doc_id``), so ingest is idempotent; a
batch is one transaction, so a killed ingest leaves whole documents or none.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from coopgraph.link.dedup import band_keys, decode, encode, outlet, same_story, signature
from coopgraph.link.fusion import (
    CanonicalView,
    MentionRow,
    MentionView,
    best_match,
    fuse,
    name_key,
    pick_entity,
)
from coopgraph.records import DocRecord, ErrorRecord, Event, RawDoc
from coopgraph.store import queries
from coopgraph.store.migrate import migrate
from coopgraph.store.protocol import ALL, Connection, EventFilter, IngestStats
from coopgraph.store.taxonomy import code_event

CHUNK = 500  # ids per IN (...) list
SPAN_CLASSES = ((0, 31), (1, 400))  # (span_class, most days an event of the class covers); 2 = wider or undated


def span_class(lo: str | None, hi: str | None) -> int:
    if not lo or not hi:
        return 2
    days = (date.fromisoformat(hi) - date.fromisoformat(lo)).days
    return next((cls for cls, most in SPAN_CLASSES if days <= most), 2)


def _trigger(text: str, ev: Event) -> tuple[str | None, int | None, int | None]:
    """(surface, start, end) of an event's trigger word in its document, or Nones when it is not known."""
    span = getattr(ev, "trigger_span", None)
    if not span or not (0 <= span[0] < span[1] <= len(text)):
        return None, None, None
    return text[span[0]:span[1]], span[0], span[1]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _chunks(seq: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class SQLStore:
    """A coopgraph knowledge base on one database connection."""

    def __init__(self, conn: Connection, url: str = ""):
        self.conn = conn
        self.url = url
        self.schema_version = migrate(conn)
        self._seq = 0
        self._entity_cache: dict[tuple, str] = {}
        self._merged: dict[str, str] = {}  # entities folded into another while adding one document
        self._raw = None  # doc_id -> RawDoc, during an ingest that keeps raw bytes
        self._curation = None  # coopgraph.store.curation.Curation applied to records during an ingest
        self._orphans: set[str] | None = None  # reprocess: events of a document's old version not yet matched

    # ------------------------------------------------------------------ writing
    def has_document(self, doc_id: str) -> bool:
        return bool(self.conn.query("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)))

    def ingest(self, records: Iterable[DocRecord | ErrorRecord], batch_size: int = 50,
               on_record=None, raw=None, curation=None) -> IngestStats:
        """Store records, ``batch_size`` documents per transaction.

        A batch that fails as a whole is retried one document at a time, and a
        document that still fails becomes an error record: the batch goes on.
        ``on_record(record, stats)`` is called after each record is committed.
        ``raw(doc_id)`` may return the :class:`RawDoc` a record came from: its
        bytes are kept for ``coopgraph reprocess``. ``curation``
        (:class:`coopgraph.store.curation.Curation`) is applied to every record
        before it is stored (default: the curations kept in the store).
        """
        from coopgraph.store.curation import stored_curation

        self._raw = raw
        self._curation = curation if curation is not None else stored_curation(self)
        total = IngestStats()
        batch: list[DocRecord | ErrorRecord] = []
        for rec in records:
            batch.append(rec)
            if len(batch) >= batch_size:
                total.add(self._flush(batch, on_record, total))
                batch = []
        if batch:
            total.add(self._flush(batch, on_record, total))
        return total

    def _flush(self, batch: list[DocRecord | ErrorRecord], on_record, total: IngestStats) -> IngestStats:
        stats = IngestStats()
        try:
            with self.conn.transaction():
                self._load_seq()
                for rec in batch:
                    self._add(rec, stats)
                self._save_seq()
        except Exception:  # noqa: BLE001 - retry alone to isolate the bad document
            stats = IngestStats()
            for rec in batch:
                one = IngestStats()
                try:
                    with self.conn.transaction():
                        self._load_seq()
                        self._add(rec, one)
                        self._save_seq()
                except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                    err = ErrorRecord(source=getattr(rec, "source", "?"), code="internal",
                                      doc_id=getattr(rec, "doc_id", None),
                                      message=f"store: {type(exc).__name__}: {exc}")
                    one = IngestStats()
                    with self.conn.transaction():
                        self._add(err, one)
                stats.add(one)
        if on_record is not None:
            for rec in batch:
                on_record(rec, stats)
        return stats

    def _insert(self, head: str, rows: Sequence[Sequence[Any]], tail: str = "") -> None:
        """``head VALUES (...), (...) tail`` in one round trip (many small executemany calls are slow)."""
        if not rows:
            return
        group = "(" + _marks(len(rows[0])) + ")"
        for chunk in _chunks(rows, 200):
            self.conn.execute(f"{head} VALUES {','.join([group] * len(chunk))} {tail}",
                              [v for row in chunk for v in row])

    def _load_seq(self) -> None:
        """Start of a batch transaction: read the counter, forget what a rolled-back batch cached."""
        if self.conn.dialect == "postgres":  # concurrent ingests take turns, so fusion sees every event
            self.conn.query("SELECT pg_advisory_xact_lock(4243)")
        self._entity_cache: dict[tuple, str] = {}
        self._seq = self.conn.query("SELECT value FROM counters WHERE name = 'seq'")[0][0]

    def _save_seq(self) -> None:
        self.conn.execute("UPDATE counters SET value = ? WHERE name = 'seq'", (self._seq,))

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def _add(self, rec: DocRecord | ErrorRecord, stats: IngestStats) -> None:
        self._merged = {}
        cur = getattr(self, "_curation", None)
        if cur is not None and isinstance(rec, DocRecord):
            rec = cur.apply_to_record(rec)
        if isinstance(rec, ErrorRecord):
            self.conn.execute(
                "INSERT INTO errors (source, doc_key, code, message, seen_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (source, doc_key) DO NOTHING",
                (rec.source, rec.doc_id or "", rec.code, rec.message, _now()))
            stats.failed += 1
            stats.errors.append(rec)
            return
        from coopgraph import __version__

        inserted = self.conn.execute(
            "INSERT INTO documents (doc_id, source, url, title, doc_date, lang, text, n_events, ingested_at, "
            "outlet, processed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id) DO NOTHING",
            (rec.doc_id, rec.source, rec.url, rec.title, rec.doc_date, rec.lang, rec.text, len(rec.events), _now(),
             outlet(rec.url), __version__))
        if not inserted:
            stats.present += 1
            return
        stats.stored += 1
        self._assign_story(rec.doc_id, rec.text)
        raw = self._raw(rec.doc_id) if getattr(self, "_raw", None) else None
        if isinstance(raw, RawDoc):
            self.conn.execute("INSERT INTO raw_documents (doc_id, kind, url, fetched_at, data) VALUES (?, ?, ?, ?, ?) "
                              "ON CONFLICT (doc_id) DO NOTHING", (rec.doc_id, raw.kind, raw.url, raw.fetched_at,
                                                                  bytes(raw.data)))
        self._add_content(rec, stats)

    def _assign_story(self, doc_id: str, text: str) -> str:
        """Put a new document into the story of its earliest near-copy (else its own); keep its signature."""
        sig = encode(signature(text))
        story = doc_id
        keys = band_keys(decode(sig))
        if keys:
            cands = [r[0] for r in self.conn.query(
                f"SELECT doc_id FROM doc_sketch WHERE h IN ({_marks(len(keys))}) AND doc_id <> ? GROUP BY doc_id "
                f"ORDER BY count(*) DESC, doc_id LIMIT 8", [*keys, doc_id])]
            if cands:
                near = [d for d, m in self.conn.query(
                    f"SELECT doc_id, minhash FROM documents WHERE doc_id IN ({_marks(len(cands))})", cands)
                    if m and same_story(sig, m)]
                if near:
                    rows = self.conn.query(f"SELECT story_id FROM documents WHERE doc_id IN ({_marks(len(near))}) "
                                           f"AND story_id IS NOT NULL ORDER BY n LIMIT 1", near)
                    story = rows[0][0] if rows else story
            self._insert("INSERT INTO doc_sketch (h, doc_id)", [(h, doc_id) for h in dict.fromkeys(keys)],
                         "ON CONFLICT (h, doc_id) DO NOTHING")
        self.conn.execute("UPDATE documents SET story_id = ?, minhash = ? WHERE doc_id = ?",
                          (story, sig or None, doc_id))
        return story

    def _add_content(self, rec: DocRecord, stats: IngestStats) -> None:
        """The entities and events of a document whose row is stored."""
        # a document that failed before and now succeeds is no longer an error
        self.conn.execute("DELETE FROM errors WHERE doc_key = ?", (rec.doc_id,))
        local: dict[str, str] = {}
        for ent in rec.entities:
            cid = self._resolve(ent.name, ent.aliases, ent.kind, ent.country)
            local[ent.id] = cid
            for k, v in local.items():
                local[k] = self._alive(v)
            self.conn.execute("INSERT INTO doc_entities (doc_id, local_id, entity_id, name) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (doc_id, local_id) DO NOTHING", (rec.doc_id, ent.id, cid, ent.name))
        for idx, ev in enumerate(rec.events):
            self._add_event(rec, idx, ev, local, stats)

    def _add_event(self, rec: DocRecord, idx: int, ev: Event, local: dict[str, str], stats: IngestStats) -> None:
        ids: list[str] = []
        ent_countries: list[tuple[str, str | None]] = []
        rows = []
        for pos, p in enumerate(ev.participants):
            if p.entity_id and p.entity_id in local:
                cid = self._alive(local[p.entity_id])
                self._add_aliases(cid, (p.name, *p.aliases))
            else:
                cid = self._resolve(p.name, p.aliases, p.kind, p.country)
            ids.append(cid)
            ent_countries.append((cid, p.country))
            rows.append((rec.doc_id, idx, pos, p.name, p.kind, p.country, json.dumps(list(p.aliases), ensure_ascii=False),
                         getattr(p, "role", None), cid))
        # a merge of entities while resolving these names may have retired an earlier id
        ids = [self._alive(i) for i in ids]
        ent_countries = [(self._alive(i), c) for i, c in ent_countries]
        rows = [(*r[:8], self._alive(r[8])) for r in rows]
        countries = frozenset(ev.countries) | {c for _, c in ent_countries if c}
        date = ev.date.value() if ev.date else None
        start = date["start"] if date else None
        end = date["end"] if date else None
        view = MentionView(doc_id=rec.doc_id, type=ev.type, start=start, end=end, entities=frozenset(ids),
                           entity_countries=tuple(ent_countries), countries=frozenset(countries),
                           place=name_key(ev.location.name) if ev.location else "", doc_date=rec.doc_date)
        match = best_match(view, self._candidates(view))
        reuse = False
        if match is None:
            event_id = "ev" + _digest(rec.doc_id, str(idx))
            if self._orphans is not None:  # reprocessing: the id may be taken
                event_id, reuse = self._free_event_id(event_id, rec.doc_id, idx)
            stats.new_events += 1
        else:
            event_id = match.id
            stats.merged += 1
        stats.mentions += 1
        self.conn.execute(
            "INSERT INTO mentions (doc_id, idx, event_id, type, date_start, date_end, date_text, location, "
            "location_country, countries, figures, evidence, evidence_start, evidence_end, confidence, status, seq, "
            "trigger, trigger_start, trigger_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (rec.doc_id, idx, event_id, ev.type, start, end, date["text"] if date else None,
             ev.location.name if ev.location else None, ev.location.country if ev.location else None,
             json.dumps(list(ev.countries)), json.dumps([f.to_json() for f in ev.figures], ensure_ascii=False),
             ev.evidence.sentence, ev.evidence.begin, ev.evidence.stop, float(ev.confidence), ev.status,
             self._next(), *_trigger(rec.text, ev)))
        self._insert("INSERT INTO participants (doc_id, idx, pos, name, kind, country, aliases, role, entity_id)", rows)
        if reuse:  # an event of this document's previous version at the same place keeps its id
            self._orphans.discard(event_id)
            self._refresh(event_id)
        elif match is None:  # a new canonical event is this one mention: no need to read it back
            mrow = MentionRow(doc_id=rec.doc_id, start=start, end=end, date_text=date["text"] if date else None,
                              location=ev.location.name if ev.location else None,
                              location_country=ev.location.country if ev.location else None,
                              countries=tuple(sorted(countries)), confidence=float(ev.confidence), status=ev.status,
                              doc_date=rec.doc_date or _now()[:10], order=self._seq)
            self._write_event(event_id, True, [mrow], [(rec.doc_id, idx, ev.evidence.sentence, ev.type)], ids)
        else:
            self._refresh(event_id)

    def _free_event_id(self, event_id: str, doc_id: str, idx: int) -> tuple[str, bool]:
        """While reprocessing: (id, reuse) for a new event; an orphan of the same document keeps its id."""
        if event_id in self._orphans:
            return event_id, True
        n = 1
        while self.conn.query("SELECT 1 FROM events WHERE id = ?", (event_id,)):
            n += 1
            event_id = "ev" + _digest(doc_id, str(idx), str(n))
        return event_id, False

    # ------------------------------------------------------------- entities
    def _resolve(self, name: str, aliases: Sequence[str], kind: str, country: str | None) -> str:
        """Get or create the canonical entity for a name and its aliases."""
        names = [n for n in (name, *aliases) if n and n.strip()]
        memo = (tuple(names), kind, country)
        if memo in self._entity_cache:  # within one batch transaction only
            return self._entity_cache[memo]
        keys = list(dict.fromkeys(k for k in (name_key(n) for n in names) if k))
        if not keys:
            keys = [name.strip().casefold() or "?"]
        found = self.conn.query(
            f"SELECT a.key, e.id, e.kind, e.country, e.country_fixed FROM entity_aliases a "
            f"JOIN entities e ON e.id = a.entity_id WHERE a.key IN ({_marks(len(keys))})", keys)
        by_key: dict[str, list[tuple[str, str, str | None]]] = {}
        for key, eid, ekind, ecountry, fixed in found:
            # a country fixed by a curation is right even when the text's country disagrees
            by_key.setdefault(key, []).append((eid, ekind, None if fixed else ecountry))
        matched: list[str] = []
        for key in keys:
            eid = pick_entity(by_key.get(key, []), kind, country)
            if eid and eid not in matched:
                matched.append(eid)
        if not matched:
            eid = "E" + _digest(kind, country or "", keys[0], n=12)
            n = 1
            while self.conn.query("SELECT 1 FROM entities WHERE id = ?", (eid,)):
                n += 1
                eid = "E" + _digest(kind, country or "", keys[0], str(n), n=12)
            self.conn.execute("INSERT INTO entities (id, name, kind, country, created_seq) VALUES (?, ?, ?, ?, ?)",
                              (eid, name, kind, country, self._next()))
        else:
            eid = matched[0]
            apart = self._apart(eid)
            for other in matched[1:]:
                if other not in apart:  # a curation split them: two entities sharing names stay two
                    self._merge_entities(eid, other)
            if country:
                self.conn.execute("UPDATE entities SET country = ? WHERE id = ? AND country IS NULL", (country, eid))
            if apart:  # names an entity split off from this one holds stay with it
                names = [n for n in names if not any(x[0] in apart for x in by_key.get(name_key(n), ()))]
        self._add_aliases(eid, names)
        if len(matched) <= 1:
            self._entity_cache[memo] = eid
        return eid

    def _apart(self, eid: str) -> set[str]:
        return {r[0] for r in self.conn.query("SELECT b FROM entity_apart WHERE a = ?", (eid,))}

    def _add_aliases(self, eid: str, names: Iterable[str]) -> None:
        rows = {}
        for n in names:
            k = name_key(n)
            if k and k not in rows:
                rows[k] = (k, eid, n)
        self._insert("INSERT INTO entity_aliases (key, entity_id, alias)", list(rows.values()),
                     "ON CONFLICT (key, entity_id) DO NOTHING")

    def _alive(self, eid: str) -> str:
        """The id an entity is known under now (it may have been merged into another)."""
        return self._merged.get(eid, eid)

    def _merge_entities(self, keep: str, gone: str) -> None:
        """One entity turned out to be two names of another: fold ``gone`` into ``keep``."""
        c = self.conn
        c.execute("INSERT INTO entity_aliases (key, entity_id, alias) SELECT key, ?, alias FROM entity_aliases "
                  "WHERE entity_id = ? ON CONFLICT (key, entity_id) DO NOTHING", (keep, gone))
        c.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (gone,))
        c.execute("UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?", (keep, gone))
        c.execute("UPDATE participants SET entity_id = ? WHERE entity_id = ?", (keep, gone))
        c.execute("INSERT INTO event_entities (event_id, entity_id) SELECT event_id, ? FROM event_entities "
                  "WHERE entity_id = ? ON CONFLICT (event_id, entity_id) DO NOTHING", (keep, gone))
        c.execute("DELETE FROM event_entities WHERE entity_id = ?", (gone,))
        c.execute("UPDATE entities SET country = (SELECT country FROM entities WHERE id = ?) "
                  "WHERE id = ? AND country IS NULL", (gone, keep))
        c.execute("DELETE FROM entities WHERE id = ?", (gone,))
        self._entity_cache.clear()
        self._merged[gone] = keep
        for k, v in list(self._merged.items()):
            if v == gone:
                self._merged[k] = keep

    # --------------------------------------------------------------- fusion
    def _candidates(self, m: MentionView) -> list[CanonicalView]:
        """Canonical events that could be ``m``: same type, date window, a shared entity or place."""
        params: list[Any] = []
        block = m.block()
        if block is not None:
            lo, hi = block
            # one bounded range scan per span class (see migrations 0003), plus the undated
            parts = []
            for cls, days in SPAN_CLASSES:
                parts.append("SELECT id FROM events WHERE type = ? AND span_class = ? AND block_lo <= ? "
                             "AND block_lo >= ? AND block_hi >= ?")
                params += [m.type, cls, hi.isoformat(), (lo - timedelta(days=days)).isoformat(), lo.isoformat()]
            parts.append("SELECT id FROM events WHERE type = ? AND span_class = 2 AND block_lo <= ? AND block_hi >= ?")
            params += [m.type, hi.isoformat(), lo.isoformat()]
            parts.append("SELECT id FROM events WHERE type = ? AND span_class = 2 AND block_lo IS NULL")
            params.append(m.type)
            window = "e.id IN (" + " UNION ALL ".join(parts) + ")"
        else:
            window = "e.type = ?"
            params.append(m.type)
        link = []
        if m.entities:
            ents = sorted(m.entities)
            link.append(f"EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = e.id AND x.entity_id IN "
                        f"({_marks(len(ents))}))")
            params += ents
        if m.place:
            link.append("e.location_key = ?")
            params.append(m.place)
        if not link:
            return []
        ids = [r[0] for r in self.conn.query(f"SELECT e.id FROM events e WHERE {window} AND ({' OR '.join(link)}) "
                                             f"ORDER BY e.id LIMIT 200", params)]
        return self._views(ids)

    def _views(self, ids: list[str]) -> list[CanonicalView]:
        if not ids:
            return []
        q = _marks(len(ids))
        ents: dict[str, list[tuple[str, str | None]]] = {}
        for eid, ent, country in self.conn.query(
                f"SELECT x.event_id, x.entity_id, n.country FROM event_entities x JOIN entities n ON n.id = x.entity_id "
                f"WHERE x.event_id IN ({q})", ids):
            ents.setdefault(eid, []).append((ent, country))
        ments: dict[str, list[tuple[str, str | None, str | None, str | None]]] = {}
        for eid, doc, s, e, dd in self.conn.query(
                f"SELECT m.event_id, m.doc_id, m.date_start, m.date_end, d.doc_date FROM mentions m "
                f"JOIN documents d ON d.doc_id = m.doc_id WHERE m.event_id IN ({q})", ids):
            ments.setdefault(eid, []).append((doc, s, e, dd))
        out = []
        for eid, typ, s, e, countries, place in self.conn.query(
                f"SELECT id, type, date_start, date_end, countries, location_key FROM events WHERE id IN ({q}) "
                f"ORDER BY id", ids):
            ms = ments.get(eid, [])
            out.append(CanonicalView(
                id=eid, type=typ, start=s, end=e, entities=frozenset(x for x, _ in ents.get(eid, [])),
                entity_countries=tuple(ents.get(eid, [])), countries=frozenset(json.loads(countries)),
                place=place or "", docs=frozenset(d for d, *_ in ms), doc_dates=tuple(dd for *_, dd in ms if dd),
                mention_dates=tuple((d, ms_s, ms_e) for d, ms_s, ms_e, _ in ms)))
        return out

    def _refresh(self, event_id: str) -> None:
        """Recompute one canonical event from its mentions (the only rows fusion touches)."""
        c = self.conn
        rows = c.query(
            "SELECT m.doc_id, m.idx, m.date_start, m.date_end, m.date_text, m.location, m.location_country, "
            "m.countries, m.confidence, m.status, d.doc_date, d.ingested_at, m.seq, m.evidence, m.type "
            "FROM mentions m JOIN documents d ON d.doc_id = m.doc_id WHERE m.event_id = ? ORDER BY m.seq",
            (event_id,))
        parts = c.query("SELECT p.doc_id, p.idx, p.entity_id, p.country FROM participants p "
                        "JOIN mentions m ON m.doc_id = p.doc_id AND m.idx = p.idx WHERE m.event_id = ?", (event_id,))
        pcountries: dict[tuple[str, int], set[str]] = {}
        for doc, idx, _, country in parts:
            if country:
                pcountries.setdefault((doc, idx), set()).add(country)
        mrows = [MentionRow(doc_id=r[0], start=r[2], end=r[3], date_text=r[4], location=r[5], location_country=r[6],
                            countries=tuple(sorted(set(json.loads(r[7])) | pcountries.get((r[0], r[1]), set()))),
                            confidence=r[8], status=r[9], doc_date=r[10] or r[11][:10], order=r[12])
                 for r in rows]
        self._write_event(event_id, False, mrows, [(r[0], r[1], r[13], r[14]) for r in rows], [p[2] for p in parts])

    def _write_event(self, event_id: str, new: bool, mrows: list[MentionRow],
                     refs: list[tuple[str, int, str, str]], entity_ids: Iterable[str]) -> None:
        """Write the fused value of ``mrows``; ``refs`` = (doc_id, idx, evidence, type) of each mention."""
        c = self.conn
        f = fuse(mrows)
        best = refs[f.best]
        typ = best[3]
        cameo = code_event(typ, " ".join(r[2] for r in refs))
        docs = sorted({r[0] for r in refs})
        if len(docs) == 1:
            n_stories = n_outlets = 1
        else:
            stories = c.query(f"SELECT doc_id, story_id, outlet FROM documents WHERE doc_id IN ({_marks(len(docs))})",
                              docs)
            n_stories = len({s or d for d, s, _ in stories})
            # a document without a url adds an outlet only when no document of its story has one
            known = {s or d for d, s, o in stories if o}
            n_outlets = len({o for _, _, o in stories if o}) + len({s or d for d, s, _ in stories} - known)
        values = (typ, f.start, f.end, f.date_text, f.block_lo, f.block_hi, f.location, name_key(f.location) or None,
                  f.location_country, json.dumps(list(f.countries)), cameo.get("cameo"), cameo.get("plover"),
                  cameo.get("plover_mode"), f.confidence, f.status, best[0], best[1],
                  n_stories, len(refs), f.first_seen, f.last_seen,
                  span_class(f.block_lo, f.block_hi), n_outlets, len(docs))
        if new:
            c.execute("INSERT INTO events (type, date_start, date_end, date_text, block_lo, block_hi, location, "
                      "location_key, location_country, countries, cameo, plover, plover_mode, confidence, status, "
                      "best_doc, best_idx, num_sources, num_mentions, first_seen, last_seen, span_class, num_outlets, "
                      "num_documents, created_seq, id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (*values, self._next(), event_id))
        else:
            c.execute("UPDATE events SET type = ?, date_start = ?, date_end = ?, date_text = ?, block_lo = ?, "
                      "block_hi = ?, location = ?, location_key = ?, location_country = ?, countries = ?, cameo = ?, "
                      "plover = ?, plover_mode = ?, confidence = ?, status = ?, best_doc = ?, best_idx = ?, "
                      "num_sources = ?, num_mentions = ?, first_seen = ?, last_seen = ?, span_class = ?, num_outlets = ?, "
                      "num_documents = ? WHERE id = ?",
                      (*values, event_id))
            c.execute("DELETE FROM event_entities WHERE event_id = ?", (event_id,))
            c.execute("DELETE FROM event_countries WHERE event_id = ?", (event_id,))
        self._insert("INSERT INTO event_entities (event_id, entity_id)", [(event_id, e) for e in sorted(set(entity_ids))])
        self._insert("INSERT INTO event_countries (event_id, country)", [(event_id, cc) for cc in f.countries])

    # -------------------------------------------------------------- reading
    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "events", "mentions", "entities", "errors"):
            out[table] = self.conn.query(f"SELECT count(*) FROM {table}")[0][0]
        return out

    def event_ids(self, flt: EventFilter = ALL, limit: int | None = None) -> list[str]:
        where, params = queries.where(self, flt, ordered=True)
        sql = (f"SELECT e.id FROM events e WHERE {where} "
               f"ORDER BY {queries.date_order(self, flt)}")
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        return [r[0] for r in self.conn.query(sql, params)]

    def events(self, flt: EventFilter = ALL, limit: int | None = None) -> list[dict[str, Any]]:
        """Canonical events matching ``flt`` as SPEC EVENT dicts with id, codes and sources."""
        return list(self._materialise(self.event_ids(flt, limit)))

    def iter_events(self, flt: EventFilter = ALL) -> Iterator[dict[str, Any]]:
        ids = self.event_ids(flt)
        for chunk in _chunks(ids):
            yield from self._materialise(list(chunk))

    def _materialise(self, ids: list[str]) -> Iterator[dict[str, Any]]:
        for chunk in _chunks(ids):
            yield from queries.materialise(self, list(chunk))

    def timeline(self, flt: EventFilter = ALL, by: str = "year", group: str = "type") -> list[tuple[str, str, int]]:
        """(year or YYYY-MM or "undated", type or country pair, number of canonical events), in order."""
        return queries.timeline(self, flt, by=by, group=group)

    def entities_top(self, pair: tuple[str, str] | None = None, limit: int = 10, kind: str = "org",
                     by_pair: bool = True, flt: EventFilter | None = None) -> list[dict[str, Any]]:
        return queries.entities_top(self, pair=pair, limit=limit, kind=kind, by_pair=by_pair, flt=flt)

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        return queries.search(self, query, limit)

    def entity_ids_for(self, name: str) -> list[str]:
        return queries.entity_ids_for(self, name)

    def close(self) -> None:
        self.conn.close()


def warn(msg: str) -> None:
    print(f"coopgraph: {msg}", file=sys.stderr)
