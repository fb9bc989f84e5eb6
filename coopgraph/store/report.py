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


def format_timeline(rows: list[tuple[str, str, int]]) -> str:
    if not rows:
        return "(no events)"
    grid: dict[str, dict[str, int]] = defaultdict(dict)
    for y, t, n in rows:
        grid[y][t] = n
    types = [t for t in TYPES if any(t in g for g in grid.values())]
    types += sorted({t for g in grid.values() for t in g} - set(types))
    body = [[y] + [str(grid[y].get(t, "")) for t in types] + [str(sum(grid[y].values()))] for y in grid]
    return table(["year", *types, "total"], body)


def format_top(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no organisations)"
    with_pair = rows[0].get("pair") is not None
    header = (["pair"] if with_pair else []) + ["events", "organisation", "country", "id"]
    body = [([r["pair"]] if with_pair else []) + [str(r["events"]), cut(r["name"], 40), r["country"] or "", r["id"]]
            for r in rows]
    return table(header, body)


def format_events(events: list[dict[str, Any]]) -> str:
    if not events:
        return "(no events)"
    body = []
    for ev in events:
        d = ev["date"] or {}
        when = d.get("start") or "?"
        if d.get("end") and d["end"] != d.get("start"):
            when += "~" + d["end"]
        who = ", ".join(p["name"] for p in ev["participants"][:3]) + (" …" if len(ev["participants"]) > 3 else "")
        body.append([when, ev["type"], ",".join(ev["countries"]), cut(who, 50), str(ev["num_sources"]),
                     ev["cameo"] or "", ev["plover"] or "", ev["id"]])
    return table(["date", "type", "countries", "participants", "sources", "cameo", "plover", "id"], body)


def format_search(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "(no documents)"
    return "\n".join(f"{r['doc_date'] or '?':<10}  {r['doc_id']}  {cut(r['title'] or r['source'] or '', 50)}\n"
                     f"            {r['snippet']}" for r in rows)
