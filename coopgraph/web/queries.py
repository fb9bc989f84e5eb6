"""Read queries the web layer needs beyond the store protocol, in the store's common SQL.

Everything here runs unchanged on SQLite and PostgreSQL: ``?`` placeholders,
no dialect functions beyond ``substr``/``COALESCE``/window functions, and
string aggregation done in Python. Filters reuse :func:`coopgraph.store.queries.where`
and add the web's own (status, location).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import orjson

from coopgraph.link.fusion import name_key
from coopgraph.store import queries as store_queries
from coopgraph.store.protocol import EventFilter

SORTS = {
    "date": "(e.date_start IS NULL), e.date_start, e.date_end, e.id",
    "-date": "(e.date_start IS NULL), e.date_start DESC, e.date_end DESC, e.id",
    "sources": "e.num_sources, (e.date_start IS NULL), e.date_start, e.id",
    "-sources": "e.num_sources DESC, (e.date_start IS NULL), e.date_start, e.id",
    "-confidence": "e.confidence DESC, (e.date_start IS NULL), e.date_start, e.id",
}


@dataclass(frozen=True, slots=True)
class WebFilter:
    """The store's :class:`EventFilter` plus the web's own filters."""

    base: EventFilter = field(default_factory=EventFilter)
    status: str | None = None
    location: str | None = None  # a place name (any spelling with the same key, or a part of it)


def text_clause(store, text: str, probe: bool, eid: str) -> tuple[str, list[Any]]:
    """The evidence-text filter (substring of a mention's evidence, LIKE's ASCII case folding on SQLite).

    ``probe``: one EXISTS per event (a page walking the order index through a common word). Otherwise the
    events of every matching mention (:func:`coopgraph.store.queries.text_events`: on SQLite through the
    trigram index, LIKE-verified).
    """
    if probe:
        cond, params = store_queries.contains(store, "m.evidence", text)
        return f"EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND {cond})", params
    sub, params = store_queries.text_events(store, text)
    return f"{eid} IN ({sub})", params


def where(store, flt: WebFilter, ordered: bool = False, probe: bool = False) -> tuple[str, list[Any]]:
    """SQL condition on ``events e`` (see :func:`coopgraph.store.queries.where`, also for ``ordered``).

    ``probe``: the country, pair, organisation and text filters test each event (EXISTS on their
    tables' event-id keys) instead of listing their events first: what a page in date order wants when
    the filter matches a good share of all events, since walking the order index finds a page within
    a few hundred events while the list would hold tens of thousands.
    """
    base, extra, extra_params = flt.base, [], []
    eid = store_queries.in_events(store, ordered)
    org_ids: list[str] | None = None
    if base.org and store.conn.query("SELECT 1 FROM entities WHERE id = ?", (base.org.strip(),)):
        # an entity id (the pages link by id); names, aliases and former names go through the store
        org_ids = [base.org.strip()]
        base = replace(base, org=None)
    elif base.org and probe:
        org_ids = store_queries.entity_ids_for(store, base.org)
        base = replace(base, org=None)
    if org_ids is not None:
        if not org_ids:
            extra.append("1 = 0")
        elif probe:
            extra.append(f"EXISTS (SELECT 1 FROM event_entities x WHERE x.event_id = e.id AND x.entity_id IN "
                         f"({_marks(len(org_ids))}))")
        else:
            extra.append(f"{eid} IN (SELECT x.event_id FROM event_entities x WHERE x.entity_id IN "
                         f"({_marks(len(org_ids))}))")
        extra_params += org_ids
    if probe and (base.country or base.pair):
        countries = [base.country.upper()] if base.country else []
        countries += [c.upper() for c in (base.pair or ())]
        # last first: in "KR-UZ" the second country is the rarer, so most events fail its probe and stop there
        for cc in reversed(list(dict.fromkeys(countries))):
            extra.append("EXISTS (SELECT 1 FROM event_countries c WHERE c.event_id = e.id AND c.country = ?)")
            extra_params.append(cc)
        base = replace(base, country=None, pair=None)
    if base.text:
        cond, more = text_clause(store, base.text, probe, eid)
        extra.append(cond)
        extra_params += more
        base = replace(base, text=None)
    sql, params = store_queries.where(store, base, ordered)
    clauses, params = [sql, *extra], [*params, *extra_params]
    if flt.status:
        clauses.append("e.status = ?")
        params.append(flt.status)
    if flt.location:
        key = name_key(flt.location) or flt.location.strip().casefold()
        clauses.append("e.location_key LIKE ? ESCAPE '\\'")
        params.append(store_queries.like_pattern(key))
    if len(clauses) > 1 and clauses[0] == "1 = 1":
        clauses = clauses[1:]
    return " AND ".join(clauses), params


def count_events(store, flt: WebFilter, lead: tuple[int, int] | None = None) -> int:
    """The number of events matching ``flt``. ``lead`` (:func:`date_lead`, SQLite): a date range is read from
    the order index between its :func:`_seek` bounds instead of the block index from its start."""
    cond, params = _ranged(store, flt, *where(store, flt), lead)
    return store.conn.query(f"SELECT count(*) FROM events e WHERE {cond}", params)[0][0]


def _ranged(store, flt: WebFilter, cond: str, params: list[Any],
            lead: tuple[int, int] | None) -> tuple[str, list[Any]]:
    """``cond`` with the index bounds of a date range (a dated event only: every range excludes the undated)."""
    if lead is None or store.conn.dialect != "sqlite" or not (flt.base.date_from or flt.base.date_to):
        return cond, params
    seek, seek_params = _seek(flt, "date", None, lead)
    return f"(e.date_start IS NULL) = 0 AND {seek} AND {cond}", [*seek_params, *params]


ORDERED = ("date", "-date")  # the sorts an index serves (events_order, events_order_desc; migrations 7 and 8)
# the terms of those orders, each with its direction (True: ascending)
ORDER_TERMS = {
    "date": (("(e.date_start IS NULL)", True), ("e.date_start", True), ("e.date_end", True), ("e.id", True)),
    "-date": (("(e.date_start IS NULL)", True), ("e.date_start", False), ("e.date_end", False), ("e.id", True)),
}


def _order(store, flt: WebFilter, sort: str) -> str:
    if sort == "date":
        return store_queries.date_order(store, flt.base)
    if sort == "-date" and store.conn.dialect == "sqlite" and (flt.base.date_from or flt.base.date_to):
        return "+" + SORTS[sort]  # as store_queries.date_order: the block index serves a date range better
    return SORTS[sort]


def after_clause(store, sort: str, key: list[Any]) -> tuple[str, list[Any]]:
    """Rows after ``key`` (the sort terms' values of the last row of the previous page) in ``sort`` order:
    keyset paging. NULLs sort where the backend puts them (SQLite: smallest; PostgreSQL: largest)."""
    nulls_small = store.conn.dialect == "sqlite"
    ors: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    equal_params: list[Any] = []
    for (term, asc), value in zip(ORDER_TERMS[sort], key, strict=True):
        nulls_first = nulls_small == asc
        if value is None:
            after, after_params = (f"{term} IS NOT NULL", []) if nulls_first else (None, [])
        else:
            after = f"{term} {'>' if asc else '<'} ?"
            after_params = [value]
            if not nulls_first:
                after = f"({after} OR {term} IS NULL)"
        if after is not None:
            ors.append(" AND ".join([*equal, after]))
            params += [*equal_params, *after_params]
        if value is None:
            equal.append(f"{term} IS NULL")
        else:
            equal.append(f"{term} = ?")
            equal_params.append(value)
    return ("(" + " OR ".join(f"({o})" for o in ors) + ")") if ors else "1 = 0", params


def date_lead(store) -> tuple[int, int] | None:
    """How far, in days, a dated event's window reaches after (``block_hi``) and starts before (``block_lo``)
    the first day of its ``date_start``, at most over the store; None when some ``date_start`` is not a plain
    YYYY[-MM[-DD]] (then the bounds of :func:`_range_seek` would not hold). One pass over the events: the
    app keeps it per data version."""
    first = "substr(date_start || '-01-01', 1, 10)"
    after, before, bad = store.conn.query(
        f"SELECT max(julianday(block_hi) - julianday({first})), max(julianday({first}) - julianday(block_lo)), "
        f"count(*) FILTER (WHERE length(date_start) NOT IN (4, 7, 10) OR date({first}) IS NULL "
        f"OR date({first}) <> {first}) FROM events WHERE date_start IS NOT NULL")[0]
    if bad:
        return None
    return math.ceil(after or 0), math.ceil(before or 0)


def _seek(flt: WebFilter, sort: str, after: list[Any] | None,
          lead: tuple[int, int] | None) -> tuple[str, list[Any]]:
    """Bounds on ``date_start`` that every dated event of the page meets, for an index seek. A date range (with
    ``lead``, :func:`date_lead`): an event ending on/after FROM starts on/after FROM - lead[0] days (first day of
    its date_start), one starting on/before TO has a date_start on/before TO + lead[1] days. A keyset page: on/after
    (``date``) or on/before (``-date``) the date_start of the cursor's event. As strings, the index's order
    ("2015" >= "2014-12-31")."""
    base = flt.base
    lo = hi = None
    if lead is not None and base.date_from:
        lo = (store_queries._span(base.date_from)[0] - timedelta(days=lead[0] + 1)).isoformat()
    if lead is not None and base.date_to:
        hi = (store_queries._span(base.date_to)[1] + timedelta(days=lead[1])).isoformat()
    if after is not None and not after[0]:
        if sort == "date":
            lo = after[1] if lo is None else max(lo, after[1])
        else:
            hi = after[1] if hi is None else min(hi, after[1])
    clauses = [c for c, v in (("e.date_start >= ?", lo), ("e.date_start <= ?", hi)) if v is not None]
    return " AND ".join(clauses) or "1 = 1", [v for v in (lo, hi) if v is not None]


def event_page(store, flt: WebFilter, sort: str = "date", limit: int | None = 50, offset: int = 0,
               after: list[Any] | None = None, probe: bool = False,
               lead: tuple[int, int] | None = None) -> list[tuple[str, list[Any]]]:
    """(id, sort key) of one page of matching events: ``offset`` events skipped, or those up to the key
    ``after`` (keyset paging; "date" and "-date" only).

    On SQLite a keyset page in date order, and with ``lead`` (:func:`date_lead`) a first or keyset page under a
    date range, read the dated events from an index seek (at the cursor's date, near the range: :func:`_seek`),
    then the undated ones; otherwise a date range reads the block index and sorts the whole range (a keyset
    condition alone would walk the order index from its start).
    """
    ordered = sort in ORDERED
    cond, params = where(store, flt, ordered=ordered, probe=probe and ordered)
    if after is not None:
        more, more_params = after_clause(store, sort, after)
        cond, params = f"{cond} AND {more}", [*params, *more_params]
        offset = 0
    dates = bool(flt.base.date_from or flt.base.date_to)
    # a date range without its lead: the block index and a sort of the range (at a range's end a seek from the
    # cursor would walk every later event)
    if (ordered and limit is not None and offset == 0 and store.conn.dialect == "sqlite"
            and (lead is not None if dates else after is not None)):
        return _seek_page(store, flt, sort, limit, cond, params, after, lead)
    sql = f"SELECT e.id, e.date_start, e.date_end FROM events e WHERE {cond} ORDER BY {_order(store, flt, sort)}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, int(limit), int(offset)]
    return [(r[0], [r[1] is None, r[1], r[2], r[0]]) for r in store.conn.query(sql, params)]


def _seek_page(store, flt: WebFilter, sort: str, limit: int, cond: str, params: list[Any],
               after: list[Any] | None, lead: tuple[int, int] | None) -> list[tuple[str, list[Any]]]:
    # the order's first term, (date_start IS NULL), is fixed in each part: dated events, then undated ones
    order = ", ".join(f"{t}{'' if asc else ' DESC'}" for t, asc in ORDER_TERMS[sort][1:])
    rows: list[tuple] = []
    if after is None or not after[0]:
        seek, seek_params = _seek(flt, sort, after, lead)
        rows = store.conn.query(
            f"SELECT e.id, e.date_start, e.date_end FROM events e WHERE (e.date_start IS NULL) = 0 AND {seek} "
            f"AND {cond} ORDER BY {order} LIMIT ?", [*seek_params, *params, limit])
    if len(rows) < limit:
        rows += store.conn.query(
            f"SELECT e.id, e.date_start, e.date_end FROM events e WHERE (e.date_start IS NULL) = 1 AND {cond} "
            f"ORDER BY {order} LIMIT ?", [*params, limit - len(rows)])
    return [(r[0], [r[1] is None, r[1], r[2], r[0]]) for r in rows]


def ordered_ids(store, flt: WebFilter, sort: str, most: int, probe: bool = False, rank=None,
                lead: tuple[int, int] | None = None):
    """Every event matching ``flt`` in ``sort`` order (what :func:`event_page` pages through), or None when more
    than ``most`` match: on SQLite their rowids in an array of 64-bit integers (8 bytes an event; a VACUUM that
    renumbers them is a write, so a new data version), elsewhere a tuple of their ids. One query; ``probe``
    as in :func:`where` (for a filter whose type and date range leave few events to test). ``rank``
    (:func:`date_ranks` of ``sort``, SQLite): the query reads no event row (the id index gives the rowids) and
    the rowids are sorted here by their place in the order, instead of reading every matching event's dates;
    then ``lead`` bounds a date range as in :func:`count_events`."""
    rowids = store.conn.dialect == "sqlite"
    cond, params = _ranged(store, flt, *where(store, flt, probe=probe), lead if rank is not None else None)
    order = "" if rank is not None else f" ORDER BY {_order(store, flt, sort)}"
    rows = store.conn.query(f"SELECT {'e.rowid' if rowids else 'e.id'} FROM events e WHERE {cond}{order} LIMIT ?",
                            [*params, most + 1])
    if len(rows) > most:
        return None
    if rank is not None:
        return array("q", sorted((r[0] for r in rows), key=rank.__getitem__))
    return array("q", (r[0] for r in rows)) if rowids else tuple(r[0] for r in rows)


def date_ranks(store, sort: str) -> array:
    """SQLite: the place of every event in the ``sort`` order ("date" or "-date"), indexed by its rowid (4 bytes
    an event; one pass over the order index). For :func:`ordered_ids`; kept per data version."""
    rows = store.conn.query(f"SELECT e.rowid FROM events e ORDER BY {SORTS[sort]}")
    rank = array("i", [0]) * (max((r[0] for r in rows), default=0) + 1)
    for place, (rowid,) in enumerate(rows):
        rank[rowid] = place
    return rank


def listed_rows(store, keys) -> list[tuple[str, list[Any]]]:
    """(id, date-order key) of the events of a slice of an :func:`ordered_ids` list, in its order."""
    if not len(keys):
        return []
    column = "id" if isinstance(keys, tuple) else "rowid"  # a tuple of ids, else rowids (array or numpy array)
    keys = list(keys) if isinstance(keys, tuple) else keys.tolist()
    got = {r[0]: r[1:] for r in store.conn.query(
        f"SELECT {column}, id, date_start, date_end FROM events WHERE {column} IN ({_marks(len(keys))})", keys)}
    return [(i, [start is None, start, end, i]) for i, start, end in (got[k] for k in keys)]


def event_ids(store, flt: WebFilter, sort: str = "date", limit: int | None = 50, offset: int = 0) -> list[str]:
    return [i for i, _ in event_page(store, flt, sort, limit, offset)]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def summaries(store, ids: list[str]) -> list[dict[str, Any]]:
    """Light event records for lists (no aliases, no per-source detail), in the order of ``ids``."""
    got = _summaries(store, "id", ids)
    return [got[i][0] for i in ids if i in got]


def listed_summaries(store, keys) -> tuple[list[dict[str, Any]], list[tuple[str, list[Any]]]]:
    """The summaries of the events of a slice of an :func:`ordered_ids` list (or of the event index's), in its
    order, and their (id, date-order key) rows: what :func:`listed_rows` and :func:`summaries` give, in one
    query fewer."""
    if not len(keys):
        return [], []
    column = "id" if isinstance(keys, tuple) else "rowid"
    keys = list(keys) if isinstance(keys, tuple) else keys.tolist()
    got = _summaries(store, column, keys)
    found = [got[k] for k in keys if k in got]
    return [ev for ev, _ in found], [(ev["id"], key) for ev, key in found]


def _summaries(store, column: str, keys: list) -> dict[Any, tuple[dict[str, Any], list[Any]]]:
    """key -> (summary, date-order key) of the events whose ``column`` (id or rowid) is in ``keys``."""
    if not keys:
        return {}
    conn, q = store.conn, _marks(len(keys))
    out = {}
    for r in conn.query(
            f"SELECT e.{column}, e.id, e.type, e.date_start, e.date_end, e.date_text, e.location, e.location_country, "
            f"e.countries, e.confidence, e.status, e.num_sources, e.num_mentions, e.best_doc, m.evidence, d.title, "
            f"d.url FROM events e JOIN mentions m ON m.doc_id = e.best_doc AND m.idx = e.best_idx "
            f"JOIN documents d ON d.doc_id = e.best_doc WHERE e.{column} IN ({q})", keys):
        out[r[0]] = ({
            "id": r[1], "type": r[2],
            "date": {"start": r[3], "end": r[4], "text": r[5]} if r[3] else None,
            "location": {"name": r[6], "country": r[7]} if r[6] else None,
            "countries": orjson.loads(r[8]), "participants": [],
            "confidence": round(r[9], 3), "status": r[10], "num_sources": r[11], "num_mentions": r[12],
            "evidence": {"sentence": r[14], "doc_id": r[13], "title": r[15], "url": r[16]},
        }, [r[3] is None, r[3], r[4], r[1]])
    if not out:
        return out
    by_id = {ev["id"]: ev for ev, _ in out.values()}
    # participants in the order their entities were created (sorted here: no sort step in the database)
    for ev, eid, name, kind, country, _ in sorted(conn.query(
            f"SELECT x.event_id, n.id, n.name, n.kind, n.country, n.created_seq FROM event_entities x JOIN entities n "
            f"ON n.id = x.entity_id WHERE x.event_id IN ({_marks(len(by_id))})", list(by_id)),
            key=lambda r: (r[0], r[5])):
        by_id[ev]["participants"].append({"id": eid, "name": name, "kind": kind, "country": country})
    return out


# ------------------------------------------------------------------ facets
FACETS = ("pair", "type", "year", "org", "status")


def facets(store, flt: WebFilter, size: int = 12) -> dict[str, list[dict[str, Any]]]:
    """Counts per value of each facet over the events matching ``flt`` (largest first)."""
    cond, params = where(store, flt)
    sub = f"SELECT e.id FROM events e WHERE {cond}"
    conn = store.conn
    out: dict[str, list[dict[str, Any]]] = {}
    rows = conn.query(f"SELECT e.type, count(*) FROM events e WHERE {cond} GROUP BY e.type", params)
    out["type"] = [{"value": t, "count": n} for t, n in rows]
    rows = conn.query(f"SELECT e.status, count(*) FROM events e WHERE {cond} GROUP BY e.status", params)
    out["status"] = [{"value": s, "count": n} for s, n in rows]
    rows = conn.query(f"SELECT COALESCE(substr(e.date_start, 1, 4), 'undated'), count(*) FROM events e "
                      f"WHERE {cond} GROUP BY COALESCE(substr(e.date_start, 1, 4), 'undated')", params)
    out["year"] = sorted(({"value": y, "count": n} for y, n in rows), key=lambda r: (r["value"] == "undated",
                                                                                       r["value"]), reverse=False)
    rows = conn.query(
        f"SELECT c1.country, c2.country, count(*) FROM event_countries c1 JOIN event_countries c2 "
        f"ON c2.event_id = c1.event_id AND c1.country < c2.country WHERE c1.event_id IN ({sub}) "
        f"GROUP BY c1.country, c2.country", params)
    out["pair"] = [{"value": f"{a}-{b}", "count": n} for a, b, n in rows]
    rows = conn.query(
        f"SELECT n.id, n.name, count(*) FROM event_entities x JOIN entities n ON n.id = x.entity_id "
        f"WHERE n.kind = 'org' AND x.event_id IN ({sub}) GROUP BY n.id, n.name", params)
    out["org"] = [{"value": i, "label": name, "count": n} for i, name, n in rows]
    for key in ("type", "status", "pair", "org"):
        out[key] = sorted(out[key], key=lambda r: (-r["count"], str(r["value"])))[:size]
    return out


def timeline(store, flt: WebFilter, by: str = "year") -> list[dict[str, Any]]:
    """Events per period (year or month) and type; undated events last."""
    cond, params = where(store, flt)
    width = 4 if by == "year" else 7
    expr = f"COALESCE(substr(e.date_start, 1, {width}), 'undated')"
    rows = store.conn.query(f"SELECT {expr}, e.type, count(*) FROM events e WHERE {cond} GROUP BY {expr}, e.type",
                            params)
    rows = sorted(rows, key=lambda r: (r[0] == "undated", r[0], r[1]))
    return [{"period": p, "type": t, "events": n} for p, t, n in rows]


# ------------------------------------------------------------- documents
def document(store, doc_id: str) -> dict[str, Any] | None:
    rows = store.conn.query("SELECT doc_id, source, url, title, doc_date, lang, text, n_events, ingested_at "
                            "FROM documents WHERE doc_id = ?", (doc_id,))
    if not rows:
        return None
    r = rows[0]
    return {"doc_id": r[0], "source": r[1], "url": r[2], "title": r[3], "doc_date": r[4], "lang": r[5],
            "text": r[6], "n_events": r[7], "ingested_at": r[8]}


def doc_event_ids(store, doc_id: str) -> list[str]:
    return list(dict.fromkeys(r[0] for r in store.conn.query(
        "SELECT event_id FROM mentions WHERE doc_id = ? ORDER BY idx", (doc_id,))))


# --------------------------------------------------------------- entities
def find_entities(store, q: str | None, kind: str | None, country: str | None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    clauses, params = ["1 = 1"], []
    if q:
        key = name_key(q) or q.strip().casefold()
        clauses.append("n.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.key LIKE ? ESCAPE '\\')")
        params.append(store_queries.like_pattern(key))
    if kind:
        clauses.append("n.kind = ?")
        params.append(kind)
    if country:
        clauses.append("n.country = ?")
        params.append(country)
    cond = " AND ".join(clauses)
    total = store.conn.query(f"SELECT count(*) FROM entities n WHERE {cond}", params)[0][0]
    rows = store.conn.query(
        f"SELECT n.id, n.name, n.kind, n.country, (SELECT count(*) FROM event_entities x WHERE x.entity_id = n.id) "
        f"AS k FROM entities n WHERE {cond} ORDER BY k DESC, n.name, n.id LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)])
    return total, [{"id": r[0], "name": r[1], "kind": r[2], "country": r[3], "events": r[4]} for r in rows]


def entity(store, entity_id: str, partners: int = 15) -> dict[str, Any] | None:
    conn = store.conn
    rows = conn.query("SELECT id, name, kind, country FROM entities WHERE id = ?", (entity_id,))
    if not rows:
        return None
    eid, name, kind, country = rows[0]
    aliases = [a for (a,) in conn.query("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias",
                                        (eid,)) if a != name]
    # names as the documents wrote them, with the first and last report date: the entity's name history
    history = [{"name": n, "first": lo, "last": hi, "mentions": k} for n, lo, hi, k in conn.query(
        "SELECT p.name, min(d.doc_date), max(d.doc_date), count(*) FROM participants p "
        "JOIN documents d ON d.doc_id = p.doc_id WHERE p.entity_id = ? GROUP BY p.name", (eid,))]
    history.sort(key=lambda h: (h["first"] or "9999", h["name"]))
    years = [{"period": y, "type": t, "events": k} for y, t, k in conn.query(
        "SELECT COALESCE(substr(e.date_start, 1, 4), 'undated'), e.type, count(*) FROM event_entities x "
        "JOIN events e ON e.id = x.event_id WHERE x.entity_id = ? "
        "GROUP BY COALESCE(substr(e.date_start, 1, 4), 'undated'), e.type", (eid,))]
    years.sort(key=lambda r: (r["period"] == "undated", r["period"], r["type"]))
    rows = conn.query(
        "SELECT n.id, n.name, n.kind, n.country, count(*) FROM event_entities a "
        "JOIN event_entities b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id "
        "JOIN entities n ON n.id = b.entity_id WHERE a.entity_id = ? GROUP BY n.id, n.name, n.kind, n.country",
        (eid,))
    top = sorted(rows, key=lambda r: (-r[4], r[1], r[0]))[:partners]
    n_events = conn.query("SELECT count(*) FROM event_entities WHERE entity_id = ?", (eid,))[0][0]
    return {"id": eid, "name": name, "kind": kind, "country": country, "aliases": aliases, "names": history,
            "num_events": n_events, "timeline": years,
            "partners": [{"id": r[0], "name": r[1], "kind": r[2], "country": r[3], "events": r[4]} for r in top]}


def entity_event_ids(store, entity_id: str, limit: int = 50, offset: int = 0) -> list[str]:
    return [r[0] for r in store.conn.query(
        f"SELECT e.id FROM event_entities x JOIN events e ON e.id = x.event_id WHERE x.entity_id = ? "
        f"ORDER BY {SORTS['-date']} LIMIT ? OFFSET ?", (entity_id, int(limit), int(offset)))]


# ------------------------------------------------------------------ graph
def graph(store, flt: WebFilter, max_nodes: int = 80, edge_events: int = 20, max_edges: int = 300) -> dict[str, Any]:
    """The organisation network of the events matching ``flt``.

    Nodes are the ``max_nodes`` entities in most of those events; an edge joins
    two of them that share events, with its weight (shared events) and the
    first ``edge_events`` event ids; the ``max_edges`` heaviest edges are kept.
    """
    cond, params = where(store, flt)
    # no filter: no subquery at all (it would list every event)
    within = "" if cond == "1 = 1" else f" AND x.event_id IN (SELECT e.id FROM events e WHERE {cond})"
    conn = store.conn
    node_rows = conn.query(
        f"SELECT n.id, n.name, n.kind, n.country, count(*) FROM event_entities x JOIN entities n "
        f"ON n.id = x.entity_id WHERE 1 = 1{within} GROUP BY n.id, n.name, n.kind, n.country", params)
    node_rows = sorted(node_rows, key=lambda r: (-r[4], r[1], r[0]))[:max_nodes]
    keep = [r[0] for r in node_rows]
    nodes = [{"id": r[0], "name": r[1], "kind": r[2], "country": r[3], "events": r[4]} for r in node_rows]
    if len(keep) < 2:
        return {"nodes": nodes, "edges": []}
    km = _marks(len(keep))
    # one pass over the (pair, event) rows, in event order: weights, and the first event ids of each edge
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for s, t, ev in conn.iterate(
            f"SELECT x.entity_id, b.entity_id, x.event_id FROM event_entities x JOIN event_entities b "
            f"ON b.event_id = x.event_id AND x.entity_id < b.entity_id "
            f"WHERE x.entity_id IN ({km}) AND b.entity_id IN ({km}){within} ORDER BY x.event_id",
            [*keep, *keep, *params]):
        edge = edges.get((s, t))
        if edge is None:
            edge = edges[(s, t)] = {"source": s, "target": t, "weight": 0, "events": []}
        edge["weight"] += 1
        if len(edge["events"]) < edge_events:
            edge["events"].append(ev)
    top = sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"]))[:max_edges]
    return {"nodes": nodes, "edges": top}


# ------------------------------------------------------------------ stats
def stats(store) -> dict[str, Any]:
    conn = store.conn
    out: dict[str, Any] = {"counts": store.counts()}
    out["types"] = dict(sorted(Counter(dict(conn.query("SELECT type, count(*) FROM events GROUP BY type"))).items()))
    out["status"] = dict(conn.query("SELECT status, count(*) FROM events GROUP BY status"))
    lo, hi = conn.query("SELECT min(date_start), max(date_start) FROM events")[0]
    out["dates"] = {"first": lo, "last": hi}
    out["countries"] = conn.query("SELECT count(DISTINCT country) FROM event_countries")[0][0]
    return out


def top_pairs(store, limit: int = 10) -> list[dict[str, Any]]:
    rows = store.conn.query(
        "SELECT c1.country, c2.country, count(*) FROM event_countries c1 JOIN event_countries c2 "
        "ON c2.event_id = c1.event_id AND c1.country < c2.country GROUP BY c1.country, c2.country")
    rows = sorted(rows, key=lambda r: (-r[2], r[0], r[1]))[:limit]
    return [{"pair": f"{a}-{b}", "events": n} for a, b, n in rows]
