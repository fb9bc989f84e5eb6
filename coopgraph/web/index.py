"""An in-memory index of a SQLite store's events, for filtered event lists (one per process and data version).

A filtered list's first request used to pay for its list with SQL: each matching event looked up by its id
(pairs, countries, organisations: 15-80 ms for 20,000-100,000 events) or each matching mention joined to its
document and its event (text: 25-130 ms), then sorted. This index keeps, in numpy arrays, what the event
filters test (type, status, number of sources, date window), the events of each country and entity, and
the event of each mention (by its rowid and by its mentions_fts row), all by the event's place in the date
order. A filter is then a few array operations (a mask over 100,000 events: well under a millisecond), and
its list in date order (or newest first) is read off the mask; only the text filter still asks the store,
for the matching mentions' rows (the trigram index, or LIKE for texts under 3 characters).

Built from one read transaction (a consistent snapshot) on its own connection, tagged with the data version
seen before and after that snapshot began; answers for any other version are never given (see
``app.ResultCache.index``). What the index does not know (location, min_confidence, the sorts by sources
or confidence) is left to the SQL path: :meth:`EventIndex.ids` returns None.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import numpy as np

from coopgraph.store import queries as store_queries
from coopgraph.web.queries import ORDERED, SORTS, WebFilter

VOCAB = "coopgraph_mentions_vocab"  # the trigram vocabulary of mentions_fts (a temp fts5vocab table)
VOCAB_CHUNK = 100  # trigrams per MATCH


def _dates(values: list[str | None], by_place: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The block bounds (in place order) as days (NaT for none) and which are set; as strings (the SQL's
    comparison) when one is not a plain YYYY-MM-DD."""
    known = np.array([v is not None for v in values], dtype=bool)[by_place]
    if all(v is None or (len(v) == 10 and v[4] == "-" and v[7] == "-") for v in values):
        try:
            return np.array(values, dtype="datetime64[D]")[by_place], known
        except ValueError:
            pass
    return np.array([v or "" for v in values], dtype=str)[by_place], known


def _codes(values: list[str], by_place: np.ndarray) -> tuple[dict[str, int], np.ndarray]:
    """A small-integer code per distinct value, and the codes in place order."""
    names, codes = np.unique(np.array(values, dtype=str), return_inverse=True)
    return {v: k for k, v in enumerate(names.tolist())}, codes.astype(np.int16)[by_place]


def _flat(postings: dict[str, np.ndarray]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The keys, and for every (key, place) of the postings the key's number and the place."""
    names = sorted(postings)
    sizes = [len(postings[k]) for k in names]
    codes = np.repeat(np.arange(len(names), dtype=np.int32), sizes)
    places = np.concatenate([postings[k] for k in names]) if names else np.zeros(0, dtype=np.int32)
    return names, codes, places


def _postings(rows: list[tuple[str, str]], place: dict[str, int]) -> dict[str, np.ndarray]:
    """key -> the sorted places of its events, from (key, event id) rows."""
    places = np.fromiter((place.get(r[1], -1) for r in rows), dtype=np.int32, count=len(rows))
    known = places >= 0
    if not known.any():
        return {}
    names, codes = np.unique(np.array([r[0] for r in rows], dtype=str)[known], return_inverse=True)
    places = places[known]
    order = np.lexsort((places, codes))
    codes, places = codes[order], places[order]
    bounds = np.searchsorted(codes, np.arange(len(names) + 1))
    return {k: places[bounds[i]:bounds[i + 1]] for i, k in enumerate(names.tolist())}


def _bound(column: np.ndarray, value: str):
    return np.datetime64(value, "D") if column.dtype.kind == "M" else value


class EventIndex:
    """Arrays over the events of one data version, indexed by each event's place in the "date" order."""

    def __init__(self, version: tuple, db: sqlite3.Connection):
        self.version = version
        # the "date" order from its index alone (rowids), then every event's columns in table order
        order = db.execute(f"SELECT e.rowid FROM events e ORDER BY {SORTS['date']}").fetchall()
        n = self.size = len(order)
        self.rowid = np.fromiter((r[0] for r in order), dtype=np.int64, count=n)
        place_of_rowid = np.full(int(self.rowid.max(initial=0)) + 1, -1, dtype=np.int32)
        place_of_rowid[self.rowid] = np.arange(n, dtype=np.int32)
        rows = db.execute("SELECT rowid, id, type, status, num_sources, block_lo, block_hi, date_start IS NULL, "
                          "COALESCE(substr(date_start, 1, 4), 'undated') FROM events").fetchall()
        at = place_of_rowid[np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))]
        by_place = np.empty(len(rows), dtype=np.int64)
        by_place[at] = np.arange(len(rows))  # the row of each place
        place = {r[1]: int(p) for r, p in zip(rows, at.tolist(), strict=True)}
        self.type_codes, self.types = _codes([r[2] for r in rows], by_place)
        self.status_codes, self.status = _codes([r[3] for r in rows], by_place)
        self.sources = np.fromiter((r[4] for r in rows), dtype=np.int64, count=n)[by_place]
        self.block_lo, self.has_lo = _dates([r[5] for r in rows], by_place)
        self.block_hi, self.has_hi = _dates([r[6] for r in rows], by_place)
        self.dated = np.fromiter((not r[7] for r in rows), dtype=bool, count=n)[by_place]
        self.year_codes, self.years = _codes([r[8] for r in rows], by_place)
        del rows
        # the places in the "-date" order (not the "date" order reversed: ties keep the id order)
        desc = db.execute(f"SELECT e.rowid FROM events e ORDER BY {SORTS['-date']}").fetchall()
        self.desc = place_of_rowid[np.fromiter((r[0] for r in desc), dtype=np.int64, count=len(desc))]
        self.countries = _postings(db.execute("SELECT country, event_id FROM event_countries").fetchall(), place)
        self.entities = _postings(db.execute("SELECT entity_id, event_id FROM event_entities").fetchall(), place)
        # for the facets: each (country pair, event) and (organisation, event) as two parallel arrays
        pairs = _postings(db.execute(
            "SELECT c1.country || '-' || c2.country, c1.event_id FROM event_countries c1 JOIN event_countries c2 "
            "ON c2.event_id = c1.event_id AND c1.country < c2.country").fetchall(), place)
        self.pair_names, self.pair_code, self.pair_place = _flat(pairs)
        orgs = dict(db.execute("SELECT id, name FROM entities WHERE kind = 'org'").fetchall())
        self.org_names, self.org_code, self.org_place = _flat({k: v for k, v in self.entities.items() if k in orgs})
        self.org_labels = [orgs[k] for k in self.org_names]
        # the event of each mention: by the mention's rowid (LIKE) and by its mentions_fts row (trigram index)
        rows = db.execute(f"SELECT m.rowid, d.n * {store_queries.FTS_ROW} + m.idx, m.event_id, "
                          f"substr(m.evidence, -2) FROM mentions m JOIN documents d ON d.doc_id = m.doc_id").fetchall()
        place_arr = np.fromiter((place.get(r[2], -1) for r in rows), dtype=np.int32, count=len(rows))
        known = place_arr >= 0
        place_arr = place_arr[known]
        rowid_arr = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))[known]
        key_arr = np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows))[known]
        # each mention's last two characters: a two-character text at the very end of a sentence (no trigram
        # of the index starts with it there)
        self.tails, self.tail_place = np.array([r[3] for r in rows], dtype="<U2")[known], place_arr
        del rows
        self.mention_place = np.full(int(rowid_arr.max(initial=0)) + 1, -1, dtype=np.int32)
        self.mention_place[rowid_arr] = place_arr
        by_key = np.argsort(key_arr, kind="stable")
        self.fts_keys, self.fts_place = key_arr[by_key], place_arr[by_key]

    def _of(self, places: np.ndarray | None) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        if places is not None and len(places):
            mask[places] = True
        return mask

    @staticmethod
    def serves(flt: WebFilter, sort: str) -> bool:
        """Whether :meth:`ids` answers for this filter and sort (the SQL path answers the others)."""
        base = flt.base
        return sort in ORDERED and not (flt.location or base.location or base.min_confidence is not None)

    def mask(self, store, flt: WebFilter) -> np.ndarray | None:
        """Which events match ``flt`` (what ``web.queries.where`` selects), or None for a filter this index
        does not serve (location, min_confidence)."""
        base = flt.base
        if flt.location or base.location or base.min_confidence is not None:
            return None
        masks: list[np.ndarray] = []
        if base.type:
            code = self.type_codes.get(base.type)
            masks.append(self._of(None) if code is None else self.types == code)
        countries = [c.upper() for c in ([base.country] if base.country else []) + list(base.pair or ())]
        for cc in dict.fromkeys(countries):
            masks.append(self._of(self.countries.get(cc)))
        if base.org:
            org = base.org.strip()
            if store.conn.query("SELECT 1 FROM entities WHERE id = ?", (org,)):
                ids = [org]
            else:
                ids = store_queries.entity_ids_for(store, base.org)
            mask = self._of(None)
            for i in ids:
                if i in self.entities:
                    mask[self.entities[i]] = True
            masks.append(mask)
        if base.date_from:
            lo = store_queries._span(base.date_from)[0].isoformat()
            masks.append(self.dated & self.has_hi & (self.block_hi >= _bound(self.block_hi, lo)))
        if base.date_to:
            hi = store_queries._span(base.date_to)[1].isoformat()
            masks.append(self.dated & self.has_lo & (self.block_lo <= _bound(self.block_lo, hi)))
        if base.text:
            masks.append(self._of(self.text_places(store, base.text)))
        if base.min_sources > 1:
            masks.append(self.sources >= base.min_sources)
        for status in {s for s in (base.status, flt.status) if s}:
            code = self.status_codes.get(status)
            masks.append(self._of(None) if code is None else self.status == code)
        if not masks:
            return np.ones(self.size, dtype=bool)
        out = masks[0].copy()
        for m in masks[1:]:
            out &= m
        return out

    def text_places(self, store, text: str) -> np.ndarray:
        """The events (places) of the mentions whose evidence contains ``text``: LIKE's answer (ASCII case
        folded), as ``store.queries.text_events`` gives it, but only the mentions' rows are read from the store."""
        conn = store.conn
        if len(text) >= store_queries.MIN_TRIGRAM and store_queries.has_mentions_fts(store):
            phrase = '"' + text.replace('"', '""') + '"'
            if text.upper() == text.lower():  # no cased letter: the trigram phrase match is LIKE's answer
                rows = conn.query("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?", [phrase])
            else:
                cond, params = store_queries.contains(store, "m.evidence", text)
                rows = conn.query(
                    f"SELECT f.rowid FROM mentions_fts f JOIN documents d ON d.n = f.rowid / {store_queries.FTS_ROW} "
                    f"JOIN mentions m ON m.doc_id = d.doc_id AND m.idx = f.rowid % {store_queries.FTS_ROW} "
                    f"WHERE mentions_fts MATCH ? AND {cond}", [phrase, *params])
            keys = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            if not len(self.fts_keys):
                return np.zeros(0, dtype=np.int32)
            at = np.minimum(np.searchsorted(self.fts_keys, keys), len(self.fts_keys) - 1)
            return self.fts_place[at[self.fts_keys[at] == keys]]
        if len(text) == 2 and text.upper() == text.lower() and store_queries.has_mentions_fts(store):
            return self._bigram_places(store, text)
        cond, params = store_queries.contains(store, "m.evidence", text)
        rows = conn.query(f"SELECT m.rowid FROM mentions m WHERE {cond}", params)
        rowids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        rowids = rowids[rowids < len(self.mention_place)]
        places = self.mention_place[rowids]
        return places[places >= 0]

    def _bigram_places(self, store, text: str) -> np.ndarray:
        """A two-character text without cased letters (most Korean words of two syllables, "8월") through the
        trigram index: every place it occurs but a sentence's end starts a trigram, so the sentences with any
        trigram of the index's vocabulary that starts with it (fts5vocab, a range of terms), and those that end
        with it (:attr:`tails`): LIKE's answer, without reading every sentence."""
        conn = store.conn
        if not getattr(conn, "_coopgraph_vocab", False):
            conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{VOCAB} USING fts5vocab(main, mentions_fts, 'row')")
            conn._coopgraph_vocab = True
        terms = [r[0] for r in conn.query(f"SELECT term FROM temp.{VOCAB} WHERE term >= ? AND term < ?",
                                          (text, text + "\U0010ffff"))]
        found = [self.tail_place[self.tails == text]]
        if not len(self.fts_keys):
            terms = []
        for i in range(0, len(terms), VOCAB_CHUNK):  # an FTS5 expression is at most 256 deep
            phrase = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms[i:i + VOCAB_CHUNK])
            rows = conn.query("SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?", [phrase])
            keys = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
            at = np.minimum(np.searchsorted(self.fts_keys, keys), len(self.fts_keys) - 1)
            found.append(self.fts_place[at[self.fts_keys[at] == keys]])
        return np.concatenate(found)

    def facets(self, store, flt: WebFilter, size: int = 12) -> dict[str, list[dict[str, Any]]] | None:
        """What ``web.queries.facets`` counts (type, status, year, pair, org), from the arrays; None for a
        filter this index does not serve."""
        mask = self.mask(store, flt) if self.serves(flt, "date") else None
        if mask is None:
            return None

        def counted(names, codes, extra=None) -> list[dict[str, Any]]:
            counts = np.bincount(codes, minlength=len(names)).tolist()
            return [{"value": v, **({} if extra is None else {"label": extra[k]}), "count": c}
                    for k, (v, c) in enumerate(zip(names, counts, strict=True)) if c]

        def top(rows):
            return sorted(rows, key=lambda r: (-r["count"], str(r["value"])))[:size]

        return {
            "type": top(counted(list(self.type_codes), self.types[mask])),
            "status": top(counted(list(self.status_codes), self.status[mask])),
            "year": sorted(counted(list(self.year_codes), self.years[mask]),
                           key=lambda r: (r["value"] == "undated", r["value"])),
            "pair": top(counted(self.pair_names, self.pair_code[mask[self.pair_place]])),
            "org": top(counted(self.org_names, self.org_code[mask[self.org_place]], self.org_labels)),
        }

    def ids(self, store, flt: WebFilter, sort: str) -> np.ndarray | None:
        """The rowids of the events matching ``flt`` in ``sort`` order ("date" or "-date"), or None when this
        index cannot tell (another sort, a filter it does not serve)."""
        if not self.serves(flt, sort):
            return None
        mask = self.mask(store, flt)
        if mask is None:
            return None
        places = np.flatnonzero(mask) if sort == "date" else self.desc[mask[self.desc]]
        return self.rowid[places]


def build(version: tuple, path: str, snapshot_version) -> EventIndex | None:
    """The index of the store file at ``path`` as of data version ``version``, or None when the store moved on
    before the snapshot began (``snapshot_version()`` then differs from ``version``: try again later)."""
    from urllib.parse import quote

    db = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    try:
        db.execute("PRAGMA mmap_size=1073741824")
        db.execute("BEGIN")
        db.execute("SELECT count(*) FROM events WHERE rowid = 1").fetchone()  # the read snapshot starts here
        if snapshot_version() != version:
            return None
        index = EventIndex(version, db)
        db.execute("COMMIT")
        return index
    finally:
        db.close()
