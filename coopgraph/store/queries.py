"""Read queries shared by both backends: filters, event records, top entities, search."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

from coopgraph.link.fusion import interval, name_key
from coopgraph.store.protocol import EventFilter
from coopgraph.store.taxonomy import code_event

if TYPE_CHECKING:
    from coopgraph.store.sql import SQLStore

MIN_TRIGRAM = 3  # shorter queries cannot use a trigram index (and FTS5 trigram answers them wrongly)


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards in ``text`` escaped (ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _like(store: SQLStore) -> str:
    # SQLite's LIKE folds ASCII case already; PostgreSQL needs ILIKE for the same answers
    return "ILIKE" if store.conn.dialect == "postgres" else "LIKE"


def _span(when: str) -> tuple[date, date]:
    """The first and last day of a YYYY[-MM[-DD]] filter bound; ValueError for anything else."""
    span = interval(when)
    if span is None:
        raise ValueError(f"not a YYYY[-MM[-DD]] date: {when!r}")
    return span


LIKE_MAX = 500  # longer needles use instr()/strpos(): SQLite refuses LIKE patterns over 50,000 bytes


def contains(store: SQLStore, column: str, needle: str) -> tuple[str, list[Any]]:
    """SQL condition "``column`` contains ``needle``" (ASCII case folded on both backends) and its parameters."""
    if len(needle) <= LIKE_MAX:
        return f"{column} {_like(store)} ? ESCAPE '\\'", [like_pattern(needle)]
    fn = "strpos" if store.conn.dialect == "postgres" else "instr"
    return f"{fn}(lower({column}), lower(?)) > 0", [needle]


FTS_ROW = 1048576  # mentions_fts row of mention (doc_id, idx): documents.n * FTS_ROW + idx (SQLite migration 8)


def has_mentions_fts(store: SQLStore) -> bool:
    """The SQLite store has the evidence trigram index of migration 8 (asked once per connection)."""
    conn = store.conn
    known = getattr(conn, "_mentions_fts", None)
    if known is None:
        known = conn.dialect == "sqlite" and bool(conn.query(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'mentions_fts'"))
        try:
            conn._mentions_fts = known
        except AttributeError:  # a connection class with slots: ask every time
            pass
    return known


def text_events(store: SQLStore, text: str) -> tuple[str, list[Any]]:
    """SELECT of the events whose mentions' evidence contains ``text`` (LIKE's answer, ASCII case folded), and
    its parameters. SQLite: the candidates of the FTS5 trigram phrase query (mentions_fts), then the same LIKE on
    their sentences when the text has cased letters, instead of LIKE over every sentence (queries under 3
    characters: LIKE alone); PostgreSQL's
    pg_trgm index serves its ILIKE."""
    cond, params = contains(store, "m.evidence", text)
    if len(text) >= MIN_TRIGRAM and has_mentions_fts(store):
        phrase = '"' + text.replace('"', '""') + '"'
        if text.upper() == text.lower():
            # no letter with a case (Hangul, digits, punctuation): the trigram phrase's substring match is LIKE's
            # answer already, and reading every candidate's sentence again doubled the cost
            cond, params = "1 = 1", []
        return (f"SELECT m.event_id FROM mentions_fts f JOIN documents d ON d.n = f.rowid / {FTS_ROW} "
                f"JOIN mentions m ON m.doc_id = d.doc_id AND m.idx = f.rowid % {FTS_ROW} "
                f"WHERE mentions_fts MATCH ? AND {cond}", [phrase, *params])
    return f"SELECT m.event_id FROM mentions m WHERE {cond}", params


def entity_ids_for(store: SQLStore, name: str) -> list[str]:
    """Entities known under ``name`` (any alias, acronym, old name); else those whose key contains it."""
    key = name_key(name)
    if not key:
        return []
    rows = store.conn.query("SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ?", (key,))
    if not rows:
        cond, params = contains(store, "key", key)
        rows = store.conn.query(f"SELECT DISTINCT entity_id FROM entity_aliases WHERE {cond}", params)
    return sorted(r[0] for r in rows)


def in_events(store: SQLStore, ordered: bool) -> str:
    """``e.id`` for "e.id IN (list)"; ``+e.id`` (no index on it: SQLite's way to say so) for an ordered page."""
    return "+e.id" if ordered and store.conn.dialect == "sqlite" else "e.id"


DATE_ORDER = "(e.date_start IS NULL), e.date_start, e.date_end, e.id"


def date_order(store: SQLStore, flt: EventFilter) -> str:
    """ORDER BY terms for the store's date order. With a date range SQLite reads the block index and sorts
    what it finds (a few ms); walking events_order instead tests every event before the range (100+ ms)."""
    if store.conn.dialect == "sqlite" and (flt.date_from or flt.date_to):
        return "+" + DATE_ORDER  # a unary + on the first term: no index serves this order
    return DATE_ORDER


def where(store: SQLStore, flt: EventFilter, ordered: bool = False) -> tuple[str, list[Any]]:
    """SQL condition on ``events e`` for a filter, and its parameters.

    ``ordered``: the condition serves a page in date order (ORDER BY ... LIMIT). SQLite then walks the
    order index (events_order) and probes each filter's event list, instead of looking up every listed
    event and sorting them all before the LIMIT.
    """
    clauses: list[str] = []
    params: list[Any] = []
    eid = in_events(store, ordered)
    if flt.type:
        clauses.append("e.type = ?")
        params.append(flt.type)
    countries = []
    if flt.country:
        countries.append(flt.country.upper())
    if flt.pair:
        countries += [c.upper() for c in flt.pair]
    countries = list(dict.fromkeys(countries))
    # each country (or the pair, as one join) is one range scan of event_countries_country, not a probe per event
    if len(countries) >= 2:  # scan the second country's events (in "KR-UZ", the rarer), probe the first's
        clauses.append(f"{eid} IN (SELECT c1.event_id FROM event_countries c1 JOIN event_countries c2 "
                       "ON c2.event_id = c1.event_id AND c2.country = ? WHERE c1.country = ?)")
        params += [countries[0], countries[1]]
        countries = countries[2:]  # a country and a pair together
    for cc in countries:
        clauses.append(f"{eid} IN (SELECT c.event_id FROM event_countries c WHERE c.country = ?)")
        params.append(cc)
    if flt.org:
        ids = entity_ids_for(store, flt.org)
        if not ids:
            clauses.append("1 = 0")
        else:
            clauses.append(f"{eid} IN (SELECT x.event_id FROM event_entities x WHERE x.entity_id IN "
                           f"({','.join('?' * len(ids))}))")
            params += ids
    if flt.date_from:
        clauses.append("e.date_start IS NOT NULL AND e.block_hi >= ?")
        params.append(_span(flt.date_from)[0].isoformat())
    if flt.date_to:
        clauses.append("e.date_start IS NOT NULL AND e.block_lo <= ?")
        params.append(_span(flt.date_to)[1].isoformat())
    if flt.text:
        sub, more = text_events(store, flt.text)  # the trigram index's candidates, not a probe per event
        clauses.append(f"{eid} IN ({sub})")
        params += more
    if flt.min_sources > 1:
        clauses.append("e.num_sources >= ?")
        params.append(flt.min_sources)
    if flt.status:
        clauses.append("e.status = ?")
        params.append(flt.status)
    if flt.min_confidence is not None:
        clauses.append("e.confidence >= ?")
        params.append(float(flt.min_confidence))
    if flt.location:
        clauses.append("e.location_key = ?")
        params.append(name_key(flt.location))
    return (" AND ".join(clauses) or "1 = 1"), params


def materialise(store: SQLStore, ids: list[str]) -> list[dict[str, Any]]:
    """Full records of canonical events ``ids`` (in that order): SPEC EVENT + id, codes, sources."""
    if not ids:
        return []
    q = ",".join("?" * len(ids))
    conn = store.conn
    parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    ent_rows = conn.query(
        f"SELECT x.event_id, n.id, n.name, n.kind, n.country FROM event_entities x JOIN entities n ON n.id = x.entity_id "
        f"WHERE x.event_id IN ({q}) ORDER BY x.event_id, n.created_seq", ids)
    ent_ids = sorted({r[1] for r in ent_rows})
    aliases: dict[str, list[str]] = defaultdict(list)
    for i in range(0, len(ent_ids), 500):
        chunk = ent_ids[i:i + 500]
        for eid, alias in conn.query(
                f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({','.join('?' * len(chunk))}) "
                f"ORDER BY entity_id, alias", chunk):
            aliases[eid].append(alias)
    # each mention's participants as its document names them, with the role the text gives
    said: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    roles: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for ev, doc_id, idx, name, kind, country, role, eid in conn.query(
            f"SELECT m.event_id, p.doc_id, p.idx, p.name, p.kind, p.country, p.role, p.entity_id FROM participants p "
            f"JOIN mentions m ON m.doc_id = p.doc_id AND m.idx = p.idx WHERE m.event_id IN ({q}) "
            f"ORDER BY p.doc_id, p.idx, p.pos", ids):
        said[(doc_id, idx)].append({"name": name, "id": eid, "kind": kind, "country": country, "role": role})
        if role:
            roles[(ev, eid)][role] += 1
    for ev, eid, name, kind, country in ent_rows:
        part = {"id": eid, "name": name, "aliases": [a for a in aliases[eid] if a != name], "kind": kind,
                "country": country}
        if roles[(ev, eid)]:
            part["role"] = max(sorted(roles[(ev, eid)]), key=lambda r: roles[(ev, eid)][r])
        parts[ev].append(part)
    sources: dict[str, list[dict[str, Any]]] = defaultdict(list)
    figures: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.query(
            f"SELECT m.event_id, m.doc_id, m.idx, d.url, d.title, d.doc_date, d.source, m.evidence, m.evidence_start, "
            f"m.evidence_end, m.confidence, m.date_start, m.date_end, m.date_text, m.figures, m.status, d.story_id, "
            f"d.outlet, m.location, m.type FROM mentions m JOIN documents d ON d.doc_id = m.doc_id "
            f"WHERE m.event_id IN ({q}) ORDER BY m.seq", ids):
        ev = row[0]
        sources[ev].append({
            "doc_id": row[1], "event_index": row[2], "url": row[3], "title": row[4], "doc_date": row[5],
            "source": row[6], "evidence": {"sentence": row[7], "start": row[8], "end": row[9]},
            "confidence": round(row[10], 3),
            "date": {"start": row[11], "end": row[12], "text": row[13]} if row[11] else None,
            "status": row[15], "story_id": row[16] or row[1], "outlet": row[17], "location": row[18],
            "type": row[19], "participants": said[(row[1], row[2])]})
        for fig in json.loads(row[14]):
            if fig not in figures[ev]:
                figures[ev].append(fig)
    out = {}
    for r in conn.query(
            f"SELECT id, type, date_start, date_end, date_text, location, location_country, countries, cameo, plover, "
            f"plover_mode, confidence, status, best_doc, best_idx, num_sources, num_mentions, first_seen, last_seen, "
            f"num_outlets, num_documents FROM events WHERE id IN ({q})", ids):
        ev = r[0]
        best = next((s for s in sources[ev] if s["doc_id"] == r[13] and s["event_index"] == r[14]), None)
        codes = code_event(r[1], " ".join(s["evidence"]["sentence"] for s in sources[ev]))
        out[ev] = {
            "id": ev, "type": r[1],
            "date": {"start": r[2], "end": r[3], "text": r[4]} if r[2] else None,
            "location": {"name": r[5], "country": r[6]} if r[5] else None,
            "participants": parts[ev],
            "countries": json.loads(r[7]),
            "figures": figures[ev],
            "evidence": dict(best["evidence"], doc_id=r[13]) if best else None,
            "confidence": round(r[11], 3), "status": r[12],
            "cameo": r[8], "cameo_label": codes.get("cameo_label"), "plover": r[9], "plover_mode": r[10],
            "num_sources": r[15], "num_outlets": r[19], "num_documents": r[20], "num_mentions": r[16],
            "first_seen": r[17], "last_seen": r[18],
            "sources": sources[ev],
        }
    return [out[i] for i in ids if i in out]


def timeline(store: SQLStore, flt: EventFilter, by: str = "year", group: str = "type") -> list[tuple[str, str, int]]:
    """(period, group, number of canonical events), sorted.

    ``period`` is the start year (``by="year"``) or month (``by="month"``; an event dated only by
    its year is "YYYY-??"), or "undated". ``group`` is the event type, or a country pair such as
    "KR-UZ" ("-" for an event naming fewer than two countries; an event of several pairs counts once in each).
    """
    if by not in ("year", "month") or group not in ("type", "pair"):
        raise ValueError("timeline: by is year or month, group is type or pair")
    cond, params = where(store, flt)
    n = 4 if by == "year" else 7
    counts: Counter = Counter()
    for start, typ, countries in store.conn.query(f"SELECT e.date_start, e.type, e.countries FROM events e "
                                                  f"WHERE {cond}", params):
        period = start[:n] if start and len(start) >= n else ("undated" if not start else start[:4] + "-??")
        if group == "type":
            counts[(period, typ)] += 1
            continue
        cs = sorted(set(json.loads(countries)))
        pairs = [f"{a}-{b}" for i, a in enumerate(cs) for b in cs[i + 1:]] or ["-"]
        for p in pairs:
            counts[(period, p)] += 1
    return sorted(((p, g, k) for (p, g), k in counts.items()), key=lambda r: (r[0] == "undated", r[0], r[1]))


def entities_top(store: SQLStore, pair: tuple[str, str] | None = None, limit: int = 10, kind: str = "org",
                 by_pair: bool = True, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Most active entities (by number of canonical events), per country pair or overall.

    ``kind`` is org, person or any; ``flt`` (dates, type, ...) chooses the events counted.
    """
    conn = store.conn
    kinds = ("org", "person") if kind == "any" else (kind,)
    kq = ",".join("?" * len(kinds))
    ev_cond, ev_params = "", []
    if flt is not None and flt != EventFilter():
        cond, ev_params = where(store, flt)
        ev_cond = f" AND x.event_id IN (SELECT e.id FROM events e WHERE {cond})"
    if not by_pair and pair is None:
        rows = conn.query(
            f"SELECT n.id, n.name, n.country, count(*) FROM event_entities x JOIN entities n ON n.id = x.entity_id "
            f"WHERE n.kind IN ({kq}){ev_cond} GROUP BY n.id, n.name, n.country", [*kinds, *ev_params])
        rows = sorted(rows, key=lambda r: (-r[3], r[1], r[0]))[:limit]
        return [{"pair": None, "id": r[0], "name": r[1], "country": r[2], "events": r[3]} for r in rows]
    params: list[Any] = list(kinds)
    cond = ""
    if pair:
        a, b = sorted(c.upper() for c in pair)
        cond = " AND c1.country = ? AND c2.country = ?"
        params += [a, b]
    rows = conn.query(
        f"SELECT c1.country, c2.country, n.id, n.name, n.country, count(*) FROM event_countries c1 "
        f"JOIN event_countries c2 ON c2.event_id = c1.event_id AND c1.country < c2.country "
        f"JOIN event_entities x ON x.event_id = c1.event_id JOIN entities n ON n.id = x.entity_id "
        f"WHERE n.kind IN ({kq}){cond}{ev_cond} GROUP BY c1.country, c2.country, n.id, n.name, n.country",
        [*params, *ev_params])
    pair_events: dict[str, int] = {}
    for a, b, n in conn.query(
            f"SELECT c1.country, c2.country, count(*) FROM event_countries c1 JOIN event_countries c2 "
            f"ON c2.event_id = c1.event_id AND c1.country < c2.country "
            f"{ev_cond.replace(' AND x.event_id', ' WHERE c1.event_id')} GROUP BY c1.country, c2.country", ev_params):
        pair_events[f"{a}-{b}"] = n
    grouped: dict[str, list[tuple]] = defaultdict(list)
    for a, b, eid, name, country, n in rows:
        grouped[f"{a}-{b}"].append((eid, name, country, n))
    out = []
    for key in sorted(grouped, key=lambda k: (-pair_events.get(k, 0), k)):
        for eid, name, country, n in sorted(grouped[key], key=lambda r: (-r[3], r[1], r[0]))[:limit]:
            out.append({"pair": key, "pair_events": pair_events.get(key, 0), "id": eid, "name": name,
                        "country": country, "events": n})
    return out


def search(store: SQLStore, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents containing every whitespace-separated term of ``query`` (Korean substrings welcome).

    Terms of 3+ characters go through the trigram index (SQLite FTS5 trigram,
    PostgreSQL pg_trgm); shorter ones are matched with LIKE on the base table,
    which is what gives right answers for them.
    """
    terms = [t for t in query.split() if t]
    if not terms:
        return []
    conn = store.conn
    long = [t for t in terms if len(t) >= MIN_TRIGRAM]
    params: list[Any] = []
    clauses: list[str] = []
    if conn.dialect == "sqlite" and long:
        sql = ("SELECT d.doc_id, d.title, d.url, d.doc_date, d.source, d.text, d.n FROM documents_fts f "
               "JOIN documents d ON d.n = f.rowid")
        clauses.append("documents_fts MATCH ?")
        params.append(" AND ".join('"' + t.replace('"', '""') + '"' for t in long))
        rest = [t for t in terms if len(t) < MIN_TRIGRAM]
    else:
        sql = "SELECT d.doc_id, d.title, d.url, d.doc_date, d.source, d.text, d.n FROM documents d"
        rest = terms
    for t in rest:
        c1, p1 = contains(store, "d.text", t)
        c2, p2 = contains(store, "COALESCE(d.title, '')", t)
        clauses.append(f"({c1} OR {c2})")
        params += p1 + p2
    sql += " WHERE " + " AND ".join(clauses) + " ORDER BY (d.doc_date IS NULL), d.doc_date DESC, d.n LIMIT ?"
    params.append(int(limit))
    out = []
    for doc_id, title, url, doc_date, source, text, _ in conn.query(sql, params):
        out.append({"doc_id": doc_id, "title": title, "url": url, "doc_date": doc_date, "source": source,
                    "snippet": snippet(text, terms[0])})
    return out


def snippet(text: str, term: str, width: int = 40) -> str:
    pos = text.casefold().find(term.casefold())
    if pos < 0:
        return text[:2 * width].replace("\n", " ")
    lo, hi = max(0, pos - width), min(len(text), pos + len(term) + width)
    return ("…" if lo else "") + text[lo:hi].replace("\n", " ") + ("…" if hi < len(text) else "")
