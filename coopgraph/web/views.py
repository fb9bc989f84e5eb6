"""View functions: query parameters in, one context dict out.

The same dict is the JSON answer of ``/api/...`` and the context of the
matching HTML page (datasette's habit), so the page never shows something
the API does not. Parameters are checked here: a bad one raises
:class:`BadParameter` (HTTP 422 naming it), an unknown id :class:`NotFound` (404).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from coopgraph.store import queries as store_queries
from coopgraph.store import validate
from coopgraph.store.protocol import EventFilter
from coopgraph.web import queries as wq

TYPES = ("agreement", "meeting", "visit", "forum", "opening", "project", "award")
STATUSES = ("happened", "planned")
KINDS = ("org", "person", "country", "place")
MAX_LIMIT = 500


class BadParameter(ValueError):
    def __init__(self, name: str, message: str):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


class NotFound(LookupError):
    def __init__(self, what: str, key: str):
        super().__init__(f"no {what} with id {key!r}")
        self.what = what
        self.key = key


# ------------------------------------------------------------ parameters
def _get(params: Mapping[str, str], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _checked(name: str, check, value):
    """``check(value)`` from coopgraph.store.validate, its ValueError naming the parameter."""
    try:
        return check(value)
    except ValueError as exc:
        raise BadParameter(name, str(exc)) from None


def _country(params, name) -> str | None:
    v = _get(params, name)
    return None if v is None else _checked(name, validate.country, v)


def _pair(params, name="pair") -> tuple[str, str] | None:
    v = _get(params, name)
    if v is None:
        return None
    m = re.fullmatch(r"([A-Za-z]{2})[-_/,]([A-Za-z]{2})", v)
    if not m:
        raise BadParameter(name, f"not a country pair like KR-UZ: {v!r}")
    return _checked(name, validate.pair, (m.group(1), m.group(2)))


def _choice(params, name, choices, default=None) -> str | None:
    v = _get(params, name)
    if v is None:
        return default
    if v not in choices:
        raise BadParameter(name, f"{v!r} is not one of {', '.join(choices)}")
    return v


def _date(params, name) -> str | None:
    v = _get(params, name)
    return None if v is None else _checked(name, validate.when, v)


def _int(params, name, default: int, lo: int, hi: int | None = None) -> int:
    v = _get(params, name)
    if v is None:
        return default
    if not re.fullmatch(r"-?\d+", v):
        raise BadParameter(name, f"not a whole number: {v!r}")
    n = int(v)
    if n < lo or (hi is not None and n > hi):
        raise BadParameter(name, f"must be between {lo} and {hi}" if hi is not None else f"must be at least {lo}")
    return n


def _text(params, name, most: int = 200) -> str | None:
    v = _get(params, name)
    if v is not None and len(v) > most:
        raise BadParameter(name, f"longer than {most} characters")
    return None if v is None else _checked(name, lambda x: validate.text(x, name), v)


def event_filter(params: Mapping[str, str]) -> wq.WebFilter:
    """The event filters of the API and the pages (all optional, combined with AND)."""
    values = dict(
        country=_country(params, "country"), pair=_pair(params), type=_choice(params, "type", TYPES),
        org=_text(params, "org"), date_from=_date(params, "from"), date_to=_date(params, "to"),
        text=_text(params, "q"), min_sources=_int(params, "min_sources", 1, 1))
    try:
        base = EventFilter(**values)
    except ValueError as exc:  # what only the whole filter can tell: from after to
        raise BadParameter("from" if "date_from" in str(exc) else "filter", str(exc)) from None
    return wq.WebFilter(base=base, status=_choice(params, "status", STATUSES), location=_text(params, "location"))


FILTER_KEYS = ("pair", "country", "type", "org", "from", "to", "status", "min_sources", "q", "location")


def filter_dict(params: Mapping[str, str]) -> dict[str, str]:
    """The filter parameters that are set, as given (for links that keep the current filter)."""
    return {k: params[k].strip() for k in FILTER_KEYS if params.get(k) and params[k].strip()}


def _encode_cursor(offset: int, sort: str, key: list[Any] | None = None) -> str:
    raw: dict[str, Any] = {"o": offset, "s": sort}
    if key is not None:
        raw["k"] = key
    return base64.urlsafe_b64encode(json.dumps(raw, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(value: str, sort: str) -> tuple[int, list[Any] | None]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)))
        offset, cur_sort, key = int(raw["o"]), raw["s"], raw.get("k")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadParameter("cursor", "not a cursor this API returned") from exc
    if offset < 0 or cur_sort != sort:
        raise BadParameter("cursor", "the cursor belongs to another sort order")
    if key is not None:
        terms = wq.ORDER_TERMS.get(sort)
        if (terms is None or not isinstance(key, list) or len(key) != len(terms) or not isinstance(key[0], bool)
                or not all(v is None or isinstance(v, str) for v in key[1:])):
            raise BadParameter("cursor", "not a cursor this API returned")
    return offset, key


def paging(params: Mapping[str, str], default_limit: int = 50) -> tuple[str, int, int, list[Any] | None]:
    """sort, limit, offset and the keyset cursor's key (the last row of the previous page), if any."""
    sort = _choice(params, "sort", tuple(wq.SORTS), "date")
    limit = _int(params, "limit", default_limit, 1, MAX_LIMIT)
    cursor = _get(params, "cursor")
    key = None
    if cursor is not None:
        if _get(params, "offset") is not None:
            raise BadParameter("cursor", "give either cursor or offset, not both")
        offset, key = _decode_cursor(cursor, sort)
    else:
        offset = _int(params, "offset", 0, 0)
    return sort, limit, offset, key


PROBE_SHARE = 50  # a filter matching 1/50 of the events a date-ordered page walks: probe them one by one
PROBE_DOMAIN = 20_000  # a filter's list under a date range of at most this many events: probe them one by one


# ------------------------------------------------------------------ views
def _listed(flt: wq.WebFilter) -> bool:
    """A filter beyond type and date range (which the order indexes serve): its pages are slices of its id list."""
    base = flt.base
    return bool(flt.status or flt.location
                or replace(base, type=None, date_from=None, date_to=None) != EventFilter())


def events_view(store, params: Mapping[str, str], cache=None) -> dict[str, Any]:
    """One page of the matching events and their total.

    ``cache`` (the app's ResultCache, optional) keeps, while the store is unchanged, the ordered id list of a
    filter beyond type and date range when it is not too long (a page is then a slice of it, the total its
    length), the totals, and the date lead that lets a date-range page seek its index
    (``web.queries.date_lead``). Otherwise a page in date order whose filter matches a good share of all
    events walks the order index and tests each event (see ``web.queries.where``); the total tells which.
    ``next_cursor`` carries the last event's sort key (keyset paging: the next page starts after it, whatever
    was added before it meanwhile) and its offset. The events of a page are always read from the store.
    """
    flt = event_filter(params)
    sort, limit, offset, key = paging(params)
    # the events a date-ordered page walks: those of its type and date range (an index serves both)
    base = flt.base
    domain = wq.WebFilter(EventFilter(type=base.type, date_from=base.date_from, date_to=base.date_to))
    rows = listed = None
    if cache is not None:
        listed = cache.indexed_ids(store, flt, sort)  # the in-memory event index (web.index), when it serves
        if listed is None and _listed(flt):
            small = bool(base.date_from or base.date_to) and cache.count(store, domain) <= PROBE_DOMAIN
            listed = cache.ids(store, flt, sort, probe=small)
    events = None
    if listed is not None:
        if key is None:
            total, (events, rows) = len(listed), wq.listed_summaries(store, listed[offset:offset + limit])
        elif 0 < offset <= len(listed):
            events, rows = wq.listed_summaries(store, listed[offset - 1:offset + limit])
            # a cursor from before the last change of the store, its event elsewhere now: keyset paging below
            if rows and rows[0][0] == key[-1]:
                total, events, rows = len(listed), events[1:], rows[1:]
            else:
                events = rows = None
    if rows is None:
        counter = cache.count if cache is not None else wq.count_events
        total = counter(store, flt)
        probe = sort in wq.ORDERED and total * PROBE_SHARE >= counter(store, domain)
        lead = cache.lead(store, cache.version(store), flt) if cache is not None else None
        rows = wq.event_page(store, flt, sort, limit, offset, after=key, probe=probe, lead=lead)
    ids = [i for i, _ in rows]
    last = rows[-1][1] if rows and sort in wq.ORDERED else None
    if events is None:
        events = wq.summaries(store, ids)
    nxt = offset + limit if offset + limit < total and len(ids) == limit else None
    cursor = None if nxt is None else _encode_cursor(nxt, sort, last)
    return {
        "filters": filter_dict(params), "sort": sort, "total": total, "limit": limit, "offset": offset,
        "next_offset": nxt, "next_cursor": cursor, "events": events,
    }


def facets_view(store, params: Mapping[str, str], index=None) -> dict[str, Any]:
    """Counts per value of each facet (pair, type, year, org, status) of the events matching the filter;
    ``index`` (web.index.EventIndex of the store's current data version) counts them from its arrays."""
    flt = event_filter(params)
    facets = index.facets(store, flt) if index is not None else None
    return {"filters": filter_dict(params), "facets": facets if facets is not None else wq.facets(store, flt)}


def events_csv_rows(store, params: Mapping[str, str]):
    """Flat rows (store.export's columns) of every event matching the filter, or of one page with limit/offset."""
    from coopgraph.store.export import flat

    flt = event_filter(params)
    sort, limit, offset, key = paging(params, default_limit=MAX_LIMIT)
    explicit = _get(params, "limit") is not None or _get(params, "offset") is not None or _get(params, "cursor")
    ids = [i for i, _ in wq.event_page(store, flt, sort, limit if explicit else None, offset if explicit else 0,
                                       after=key if explicit else None)]
    for i in range(0, len(ids), 500):
        for ev in store_queries.materialise(store, ids[i:i + 500]):
            yield flat(ev)


def _exact(store, table: str, column: str, ident: str) -> bool:
    return bool(store.conn.query(f"SELECT 1 FROM {table} WHERE {column} = ?", (ident,)))


def event_view(store, event_id: str) -> dict[str, Any]:
    """The event with every source and the spans of its evidence (coopgraph.store.inspect.event_detail),
    and the best source's sentence inside its document text."""
    from coopgraph.store.inspect import event_detail

    if not _exact(store, "events", "id", event_id):  # the web takes whole ids only (no prefixes)
        raise NotFound("event", event_id)
    ev = event_detail(store, event_id)
    best = next((s for s in ev["sources"] if ev["evidence"] and s["doc_id"] == ev["evidence"]["doc_id"]
                 and s["evidence"]["start"] == ev["evidence"]["start"]), ev["sources"][0] if ev["sources"] else None)
    context = None
    if best is not None:
        doc = wq.document(store, best["doc_id"])
        s, e = best["evidence"]["start"], best["evidence"]["end"]
        text = doc["text"] if doc else ""
        if text[s:e] != best["evidence"]["sentence"]:
            pos = text.find(best["evidence"]["sentence"])
            s, e = (pos, pos + len(best["evidence"]["sentence"])) if pos >= 0 else (0, 0)
        if e > s:
            lo, hi = max(0, s - 400), min(len(text), e + 400)
            context = {"doc_id": best["doc_id"], "title": best["title"], "before": text[lo:s], "after": text[e:hi],
                       "clipped_before": lo > 0, "clipped_after": hi < len(text), "start": s, "end": e,
                       "sentence": best["evidence"]["sentence"], "spans": best["spans"]}
    return {"event": ev, "context": context}


def entities_view(store, params: Mapping[str, str]) -> dict[str, Any]:
    q = _text(params, "q")
    kind = _choice(params, "kind", KINDS)
    country = _country(params, "country")
    limit = _int(params, "limit", 50, 1, MAX_LIMIT)
    offset = _int(params, "offset", 0, 0)
    total, rows = wq.find_entities(store, q, kind, country, limit, offset)
    return {"filters": {k: v for k, v in (("q", q), ("kind", kind), ("country", country)) if v}, "total": total,
            "limit": limit, "offset": offset, "entities": rows}


def entity_view(store, entity_id: str, params: Mapping[str, str]) -> dict[str, Any]:
    limit = _int(params, "limit", 50, 1, MAX_LIMIT)
    offset = _int(params, "offset", 0, 0)
    ent = wq.entity(store, entity_id)
    if ent is None:
        raise NotFound("entity", entity_id)
    ent["events"] = wq.summaries(store, wq.entity_event_ids(store, entity_id, limit, offset))
    return {"entity": ent, "limit": limit, "offset": offset}


def timeline_view(store, params: Mapping[str, str]) -> dict[str, Any]:
    flt = event_filter(params)
    by = _choice(params, "by", ("year", "month"), "year")
    return {"filters": filter_dict(params), "by": by, "rows": wq.timeline(store, flt, by)}


def graph_view(store, params: Mapping[str, str]) -> dict[str, Any]:
    flt = event_filter(params)
    max_nodes = _int(params, "max_nodes", 80, 2, 500)
    return {"filters": filter_dict(params), "max_nodes": max_nodes, **wq.graph(store, flt, max_nodes=max_nodes)}


def document_view(store, doc_id: str) -> dict[str, Any]:
    """The cleaned text with its spans (coopgraph.store.inspect.document_view) and its events."""
    from coopgraph.store.inspect import document_view as inspect_document

    if not _exact(store, "documents", "doc_id", doc_id):
        raise NotFound("document", doc_id)
    doc = inspect_document(store, doc_id)
    spans, mentions, entities = doc.pop("spans"), doc.pop("events"), doc.pop("entities")
    return {"document": doc, "spans": spans, "mentions": mentions, "entities": entities,
            "events": wq.summaries(store, wq.doc_event_ids(store, doc_id))}


def search_view(store, params: Mapping[str, str]) -> dict[str, Any]:
    q = _text(params, "q")
    limit = _int(params, "limit", 20, 1, 200)
    if not q:
        return {"q": "", "documents": [], "entities": []}
    _, ents = wq.find_entities(store, q, None, None, limit=10)
    return {"q": q, "documents": store.search(q, limit=limit), "entities": ents}


def stats_view(store) -> dict[str, Any]:
    return wq.stats(store)


def home_view(store) -> dict[str, Any]:
    return {"stats": wq.stats(store), "timeline": wq.timeline(store, wq.WebFilter()),
            "top_orgs": store.entities_top(limit=10, by_pair=False), "top_pairs": wq.top_pairs(store)}
