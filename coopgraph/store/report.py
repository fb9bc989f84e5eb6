"""Plain-text tables for the terminal (CLI and demo share them)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Any

from coopgraph.store.protocol import IngestStats

TYPES = ("agreement", "meeting", "visit", "forum", "opening", "project", "award")


def width(s: str) -> int:
    """Terminal columns of ``s`` (Hangul and other wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(0, n - width(s))


def cut(s: str, n: int) -> str:
    out, w = "", 0
    for ch in s:
        cw = width(ch)
        if w + cw > n - 1:
            return out + "…"
        out, w = out + ch, w + cw
    return out


def table(header: list[str], rows: list[list[str]]) -> str:
    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(pad(h, cols[i]) for i, h in enumerate(header)).rstrip(),
             "  ".join("-" * c for c in cols)]
    lines += ["  ".join(pad(c, cols[i]) for i, c in enumerate(r)).rstrip() for r in rows]
    return "\n".join(lines)


def format_stats(stats: IngestStats, counts: dict[str, int] | None = None) -> str:
    s = (f"{stats.stored} documents stored, {stats.present} already present, {stats.failed} failed; "
         f"{stats.mentions} event mentions: {stats.new_events} new canonical events, {stats.merged} merged")
    if counts:
        s += (f"\nstore: {counts['documents']} documents, {counts['events']} canonical events, "
              f"{counts['mentions']} mentions, {counts['entities']} entities, {counts['errors']} errors")
    return s


def format_timeline(rows: list[tuple[str, str, int]], by: str = "year", group: str = "type") -> str:
    if not rows:
        return "(no events)"
    grid: dict[str, dict[str, int]] = defaultdict(dict)
    for y, t, n in rows:
        grid[y][t] = n
    cols = [t for t in TYPES if any(t in g for g in grid.values())] if group == "type" else []
    cols += sorted({t for g in grid.values() for t in g} - set(cols))
    body = [[y] + [str(grid[y].get(t, "")) for t in cols] + [str(sum(grid[y].values()))] for y in grid]
    return table([by, *cols, "total"], body)


KIND_WORDS = {"org": "organisation", "person": "person", "any": "entity"}


def format_top(rows: list[dict[str, Any]], kind: str = "org") -> str:
    word = KIND_WORDS.get(kind, "entity")
    if not rows:
        return f"(no {word}s)"
    with_pair = rows[0].get("pair") is not None
    header = (["pair"] if with_pair else []) + ["events", word, "country", "id"]
    body = [([r["pair"]] if with_pair else []) + [str(r["events"]), cut(r["name"], 40), r["country"] or "", r["id"]]
            for r in rows]
    return table(header, body)


def _when(ev: dict[str, Any]) -> str:
    d = ev.get("date") or {}
    when = d.get("start") or "?"
    if d.get("end") and d["end"] != d.get("start"):
        when += "~" + d["end"]
    return when


def _cell(ev: dict[str, Any], col: str) -> str:
    if col == "date":
        return _when(ev)
    if col == "countries":
        return ",".join(ev["countries"])
    if col == "participants":
        names = [p["name"] + (f" ({p['role']})" if p.get("role") else "") for p in ev["participants"][:3]]
        return cut(", ".join(names) + (" …" if len(ev["participants"]) > 3 else ""), 50)
    if col == "location":
        loc = ev.get("location") or {}
        return cut(loc.get("name") or "", 16)
    if col in ("sources", "outlets", "documents", "mentions"):
        return str(ev.get(f"num_{col}", ""))
    if col == "evidence":
        return cut((ev.get("evidence") or {}).get("sentence") or "", 60)
    if col == "confidence":
        return f"{ev['confidence']:.2f}"
    v = ev.get(col)
    return "" if v is None else str(v)


def format_events(events: list[dict[str, Any]], columns: list[str] | None = None) -> str:
    if not events:
        return "(no events)"
    cols = columns or ["date", "type", "countries", "participants", "location", "status", "sources", "id"]
    return table(cols, [[_cell(ev, c) for c in cols] for ev in events])


def _n(n, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def format_event_detail(ev: dict[str, Any], color: bool = False) -> str:
    """``coopgraph show``: the canonical event, then every source with its highlighted evidence."""
    from coopgraph.store.inspect import LEGEND, render

    loc = ev.get("location") or {}
    lines = [f"event {ev['id']}: {ev['type']} ({ev['status']}), {_when(ev)}"
             + (f" in {loc['name']}" + (f" ({loc['country']})" if loc.get("country") else "") if loc else ""),
             f"countries: {', '.join(ev['countries']) or '-'}   confidence {ev['confidence']:.2f}   "
             f"CAMEO {ev.get('cameo') or '-'} {ev.get('cameo_label') or ''}  PLOVER {ev.get('plover') or '-'}",
             f"sources: {_n(ev['num_sources'], 'story', 'stories')}, {_n(ev.get('num_outlets'), 'outlet')}, "
             f"{_n(ev.get('num_documents'), 'document')}, {_n(ev['num_mentions'], 'mention')}"
             + (f"; first seen {ev['first_seen']}, last seen {ev['last_seen']}" if ev.get("first_seen") else ""),
             "participants:"]
    for p in ev["participants"]:
        extra = f"  aliases: {', '.join(p['aliases'])}" if p.get("aliases") else ""
        lines.append(f"  - {p['name']} [{p['kind']}, {p['country'] or '?'}]"
                     + (f" role: {p['role']}" if p.get("role") else "") + f"  {p['id']}{extra}")
    if ev.get("figures"):
        lines.append("figures: " + "; ".join(f"{f['value']} {f['unit']}" + (f" ({f['what']})" if f.get("what") else "")
                                             for f in ev["figures"]))
    lines.append("")
    if not color:
        lines.append(f"evidence marks: {LEGEND}")
    for i, s in enumerate(ev["sources"], 1):
        title = s.get("title") or s.get("source") or ""
        lines.append(f"[{i}] {s.get('doc_date') or '?'}  {title}")
        lines.append(f"    {s.get('url') or s.get('source') or ''}")
        lines.append(f"    doc {s['doc_id']} (story {s.get('story_id') or s['doc_id']}"
                     + (f", outlet {s['outlet']}" if s.get("outlet") else "") + f"), event #{s['event_index']}, "
                     f"chars {s['evidence']['start']}-{s['evidence']['end']}")
        lines.append("    " + render(s["evidence"]["sentence"], s.get("spans") or [], color))
        roles = [f"{p['name']}: {p['role']}" for p in s.get("participants") or [] if p.get("role")]
        if roles:
            lines.append("    roles: " + "; ".join(roles))
    return "\n".join(lines)


def format_document(view: dict[str, Any], color: bool = False) -> str:
    """``coopgraph doc``: metadata, the highlighted cleaned text, then the event mentions."""
    from coopgraph.store.inspect import LEGEND, render

    lines = [f"document {view['doc_id']}: {view.get('title') or ''}",
             f"source {view['source']}  url {view.get('url') or '-'}  date {view.get('doc_date') or '?'}",
             f"outlet {view.get('outlet') or '-'}  story {view.get('story_id') or view['doc_id']}  "
             f"processed by coopgraph {view.get('processed_by') or '?'}", ""]
    if not color:
        lines.append(f"marks: {LEGEND}")
    inner = [s for s in view["spans"] if s["kind"] != "evidence"]
    lines += [render(view["text"], inner, color), ""]
    lines.append(f"{len(view['events'])} event mentions:")
    for m in view["events"]:
        who = ", ".join(p["name"] + (f" ({p['role']})" if p.get("role") else "") for p in m["participants"])
        d = m.get("date") or {}
        lines.append(f"  #{m['event_index']} {m['type']:<9} {d.get('start') or '?':<10} {who}  -> {m['event_id']}")
        lines.append(f"      chars {m['evidence']['start']}-{m['evidence']['end']}: {cut(m['evidence']['sentence'], 80)}")
    return "\n".join(lines)


def format_curation(done: dict[str, Any]) -> str:
    s = (f"curation: {done['aliases']} aliases added, {done['countries']} countries fixed, {done['merged']} "
         f"entities merged, {done['split']} split off, {done['removed']} non-entity participants removed, "
         f"{done['events_refreshed']} events updated")
    if done.get("not_found"):
        s += "\nnot in the store (yet): " + ", ".join(done["not_found"])
    return s


def format_search(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no documents)"
    return "\n".join(f"{r['doc_date'] or '?':<10}  {r['doc_id']}  {cut(r['title'] or r['source'] or '', 50)}\n"
                     f"            {r['snippet']}" for r in rows)
