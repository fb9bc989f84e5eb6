"""Look at one event or one document: plain functions returning dicts (CLI ``show``/``doc`` and the web UI).

    from coopgraph import open_store
    from coopgraph.store.inspect import event_detail, document_view

    store = open_store("sqlite:///coop.db", mode="ro")
    ev = event_detail(store, "ev1a2b3c4d5e6f7a8b")   # the canonical event, every source, highlighted evidence
    doc = document_view(store, "3f2a9c0d1e2b4a5c")   # cleaned text and every span found in it

A *span* is ``{"start", "end", "kind", "text", ...}`` with ``kind`` one of
``participant``, ``date``, ``place``, ``trigger`` (and ``evidence`` and
``entity``, a name of one of its entities elsewhere, in a document view); offsets are into the evidence sentence (``event_detail``) or
into the document text (``document_view``), so ``text[start:end] == span["text"]``.
:func:`render` marks spans in a string for a terminal: ANSI colours, or
brackets when colours are off.
"""

from __future__ import annotations

import json
from typing import Any

from coopgraph.errors import UsageError

KINDS = ("participant", "date", "place", "trigger")
ANSI = {"participant": "\x1b[1;36m", "date": "\x1b[33m", "place": "\x1b[32m", "trigger": "\x1b[1;35m",
        "evidence": "\x1b[4m", "entity": "\x1b[36m"}
BRACKETS = {"participant": ("[", "]"), "date": ("{", "}"), "place": ("<", ">"), "trigger": ("*", "*"),
            "evidence": ("", ""), "entity": ("[", "]")}
LEGEND = "[participant]  {date}  <place>  *trigger*"
RESET = "\x1b[0m"


class NotFound(UsageError):
    """No event or document with that id (exit 2: the id given is wrong)."""


def _find_all(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle) if needle else -1
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + len(needle))
    return out


def spans_in(sentence: str, participants: list[dict[str, Any]], date_text: str | None, place: str | None,
             trigger: str | None, trigger_at: int | None = None) -> list[dict[str, Any]]:
    """Where a sentence names the participants, the date, the place and the trigger (first match each, no overlap).

    ``trigger_at`` is the trigger's known offset in the sentence (the extractor's), used when it fits.
    """
    taken: list[tuple[int, int]] = []
    spans = []
    if trigger and trigger_at is not None and sentence[trigger_at:trigger_at + len(trigger)] == trigger:
        taken.append((trigger_at, trigger_at + len(trigger)))
        spans.append({"start": trigger_at, "end": trigger_at + len(trigger), "kind": "trigger", "text": trigger})
        trigger = None
    wanted: list[tuple[str, str, dict[str, Any]]] = []
    for p in participants:
        for name in sorted({p.get("name") or "", *(p.get("aliases") or ())}, key=len, reverse=True):
            if name and name in sentence:
                wanted.append(("participant", name, {"id": p.get("id"), "role": p.get("role")}))
                break
    if date_text:
        wanted.append(("date", date_text, {}))
    if place:
        wanted.append(("place", place, {}))
    if trigger:
        wanted.append(("trigger", trigger, {}))
    for kind, needle, extra in wanted:
        for start in _find_all(sentence, needle):
            end = start + len(needle)
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            spans.append({"start": start, "end": end, "kind": kind, "text": needle, **extra})
            break
    return sorted(spans, key=lambda s: s["start"])


def render(text: str, spans: list[dict[str, Any]], color: bool) -> str:
    """``text`` with its (non-overlapping) spans marked: ANSI colours, or brackets when ``color`` is False."""
    out, pos = [], 0
    for s in sorted(spans, key=lambda s: s["start"]):
        if s["start"] < pos:
            continue
        out.append(text[pos:s["start"]])
        piece = text[s["start"]:s["end"]]
        if color:
            out.append(ANSI.get(s["kind"], "") + piece + RESET)
        else:
            a, b = BRACKETS.get(s["kind"], ("", ""))
            out.append(a + piece + b)
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)


def _resolve_id(store, table: str, column: str, ident: str, what: str) -> str:
    ident = (ident or "").strip()
    if not ident:
        raise NotFound(f"no {what} id given", f"see coopgraph {'show' if what == 'event' else 'doc'} --help")
    if store.conn.query(f"SELECT 1 FROM {table} WHERE {column} = ?", (ident,)):
        return ident
    from coopgraph.store.queries import like_pattern

    rows = store.conn.query(f"SELECT {column} FROM {table} WHERE {column} LIKE ? ESCAPE '\\' ORDER BY {column} "
                            f"LIMIT 2", (like_pattern(ident)[1:],)) if len(ident) >= 4 else []
    if len(rows) == 1:  # a unique prefix is enough
        return rows[0][0]
    hint = ("it is not unique: give more characters" if rows else
            f"list them with coopgraph {'events' if what == 'event' else 'search'}")
    raise NotFound(f"no {what} {ident!r} in the store", hint)


def _triggers(store, keys: list[tuple[str, int]]) -> dict[tuple[str, int], tuple[str | None, int | None]]:
    """(trigger surface, its offset in the evidence sentence) of each mention."""
    out: dict[tuple[str, int], tuple[str | None, int | None]] = {}
    for doc_id, idx in keys:
        rows = store.conn.query("SELECT trigger, trigger_start - evidence_start FROM mentions WHERE doc_id = ? AND "
                                "idx = ?", (doc_id, idx))
        out[(doc_id, idx)] = (rows[0][0], rows[0][1]) if rows else (None, None)
    return out


def event_detail(store, event_id: str) -> dict[str, Any]:
    """The canonical event ``event_id`` (a unique prefix will do) with every source and its highlighted evidence.

    Returns the event record of ``store.events()`` where each source also has
    ``spans`` (offsets into its evidence sentence) and ``trigger``. Raises
    :class:`NotFound` for an unknown id.
    """
    from coopgraph.store import queries

    event_id = _resolve_id(store, "events", "id", event_id, "event")
    (ev,) = queries.materialise(store, [event_id])
    triggers = _triggers(store, [(s["doc_id"], s["event_index"]) for s in ev["sources"]])
    by_id = {p["id"]: p for p in ev["participants"]}
    for s in ev["sources"]:
        parts = [dict(p, aliases=by_id.get(p["id"], {}).get("aliases", [])) for p in s["participants"]]
        trig, at = triggers.get((s["doc_id"], s["event_index"]), (None, None))
        s["trigger"] = trig
        s["spans"] = spans_in(s["evidence"]["sentence"], parts, (s.get("date") or {}).get("text"), s.get("location"),
                              trig, at)
    return ev


def document_view(store, doc_id: str) -> dict[str, Any]:
    """A stored document (a unique prefix of its id will do): its cleaned text and every span found in it.

    ``spans`` are offsets into ``text``: each event's evidence sentence (kind
    ``evidence``, with ``event_id``, ``type``) and, inside it, its participants,
    date, place and trigger. ``events`` lists the document's event mentions.
    """
    doc_id = _resolve_id(store, "documents", "doc_id", doc_id, "document")
    cols = ("doc_id", "source", "url", "title", "doc_date", "lang", "text", "outlet", "story_id", "ingested_at",
            "processed_by")
    row = store.conn.query(f"SELECT {', '.join(cols)} FROM documents WHERE doc_id = ?", (doc_id,))[0]
    out: dict[str, Any] = dict(zip(cols, row, strict=True))
    text = out["text"]
    parts: dict[int, list[dict[str, Any]]] = {}
    for idx, name, kind, country, role, eid, aliases in store.conn.query(
            "SELECT idx, name, kind, country, role, entity_id, aliases FROM participants WHERE doc_id = ? "
            "ORDER BY idx, pos", (doc_id,)):
        parts.setdefault(idx, []).append({"name": name, "kind": kind, "country": country, "role": role, "id": eid,
                                          "aliases": json.loads(aliases or "[]")})
    events, spans = [], []
    for idx, event_id, typ, start, end, dtext, loc, ev_text, ev_start, ev_end, status, trig, t0 in store.conn.query(
            "SELECT idx, event_id, type, date_start, date_end, date_text, location, evidence, evidence_start, "
            "evidence_end, status, trigger, trigger_start FROM mentions WHERE doc_id = ? ORDER BY idx", (doc_id,)):
        events.append({"event_index": idx, "event_id": event_id, "type": typ,
                       "date": {"start": start, "end": end, "text": dtext} if start else None, "location": loc,
                       "status": status, "trigger": trig, "participants": parts.get(idx, []),
                       "evidence": {"sentence": ev_text, "start": ev_start, "end": ev_end}})
        spans.append({"start": ev_start, "end": ev_end, "kind": "evidence", "text": ev_text, "event_id": event_id,
                      "type": typ})
        if text[ev_start:ev_end] != ev_text:
            continue  # offsets from an older record that do not point into this text: show the sentence only
        for s in spans_in(ev_text, parts.get(idx, []), dtext, loc, trig, None if t0 is None else t0 - ev_start):
            spans.append(dict(s, start=s["start"] + ev_start, end=s["end"] + ev_start, event_id=event_id))
    out["events"] = events
    out["entities"] = [{"id": e, "name": n} for e, n in store.conn.query(
        "SELECT entity_id, name FROM doc_entities WHERE doc_id = ? ORDER BY local_id", (doc_id,))]
    # every other place the document names one of its entities (kind "entity")
    taken = [(s["start"], s["end"]) for s in spans if s["kind"] != "evidence"]
    for ent in sorted(out["entities"], key=lambda e: -len(e["name"])):
        for start in _find_all(text, ent["name"]):
            end = start + len(ent["name"])
            if not any(start < b and a < end for a, b in taken):
                taken.append((start, end))
                spans.append({"start": start, "end": end, "kind": "entity", "text": ent["name"], "id": ent["id"],
                              "event_id": None})
    out["spans"] = sorted(spans, key=lambda s: (s["start"], -s["end"]))
    return out
