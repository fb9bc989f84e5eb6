"""Helpers of the HTML pages only: chart geometry, graph layout, highlighted text, filter links.

Nothing here builds markup from strings: each helper returns plain data
that the Jinja2 templates (autoescaped) turn into HTML and SVG.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

TYPE_COLOURS = {
    "agreement": "#1f77b4", "meeting": "#ff7f0e", "visit": "#2ca02c", "forum": "#9467bd",
    "opening": "#8c564b", "project": "#e377c2", "award": "#bcbd22",
}
TYPE_LABELS = {"agreement": "협정·MOU", "meeting": "회의", "visit": "방문", "forum": "포럼",
               "opening": "개소", "project": "사업", "award": "수상"}
SPAN_LABELS = {"participant": "참여자", "date": "날짜", "place": "장소", "trigger": "사건어", "evidence": "근거"}


def install_filters(env) -> None:
    env.globals.update(TYPE_COLOURS=TYPE_COLOURS, TYPE_LABELS=TYPE_LABELS, SPAN_LABELS=SPAN_LABELS,
                       sentence_segments=sentence_segments)
    env.filters["when"] = when
    env.filters["safe_url"] = safe_url


def safe_url(url: str | None) -> str | None:
    """A stored URL fit for an href: http(s) only (a ``javascript:`` URL stays text)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def when(date: Mapping[str, Any] | None) -> str:
    if not date or not date.get("start"):
        return "날짜 미상"
    start, end = date["start"], date.get("end")
    return start if not end or end == start else f"{start} ~ {end}"


def timeline_chart(rows: list[dict[str, Any]], width: int = 760, height: int = 220) -> dict[str, Any]:
    """Stacked bars, one per period, one colour per type: the geometry of an inline SVG."""
    periods = list(dict.fromkeys(r["period"] for r in rows))
    totals = {p: 0 for p in periods}
    for r in rows:
        totals[r["period"]] += r["events"]
    top = max(totals.values(), default=0)
    left, bottom, plot_h = 40, 30, height - 50
    step = (width - left - 10) / max(len(periods), 1)
    bar_w = max(2.0, step * 0.8)
    bars, labels = [], []
    every = max(1, math.ceil(len(periods) / 20))
    for i, p in enumerate(periods):
        x = left + i * step + (step - bar_w) / 2
        y = height - bottom
        for r in sorted((r for r in rows if r["period"] == p), key=lambda r: r["type"]):
            h = plot_h * r["events"] / top if top else 0
            y -= h
            bars.append({"x": round(x, 1), "y": round(y, 1), "w": round(bar_w, 1), "h": round(h, 1),
                         "colour": TYPE_COLOURS.get(r["type"], "#777"), "period": p, "type": r["type"],
                         "events": r["events"]})
        if i % every == 0:
            labels.append({"x": round(x + bar_w / 2, 1), "y": height - bottom + 16, "text": p})
    types = sorted({r["type"] for r in rows})
    return {"width": width, "height": height, "bars": bars, "labels": labels, "top": top,
            "axis_y": height - bottom, "left": left, "legend": [(t, TYPE_COLOURS.get(t, "#777")) for t in types]}


def graph_layout(nodes: list[dict[str, Any]], edges: list[dict[str, Any]], size: int = 900,
                 iterations: int = 120, width: int = 1100, height: int = 640) -> dict[str, Any]:
    """Fruchterman-Reingold positions for the graph page (deterministic: fixed seed)."""
    n = len(nodes)
    if n == 0:
        return {"width": width, "height": height, "nodes": [], "edges": []}
    rnd = random.Random(42)
    ids = [nd["id"] for nd in nodes]
    index = {i: k for k, i in enumerate(ids)}
    pos = [[math.cos(2 * math.pi * k / n) * size / 3 + rnd.uniform(-5, 5),
            math.sin(2 * math.pi * k / n) * size / 3 + rnd.uniform(-5, 5)] for k in range(n)]
    links = [(index[e["source"]], index[e["target"]], e["weight"]) for e in edges
             if e["source"] in index and e["target"] in index]
    k_opt = size / math.sqrt(n) * 0.6
    temp = size / 10
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for a in range(n):
            ax, ay = pos[a]
            for b in range(a + 1, n):
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                d2 = dx * dx + dy * dy or 0.01
                f = k_opt * k_opt / d2
                disp[a][0] += dx * f
                disp[a][1] += dy * f
                disp[b][0] -= dx * f
                disp[b][1] -= dy * f
        for a, b, w in links:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.sqrt(dx * dx + dy * dy) or 0.01
            f = d / k_opt * min(1 + math.log(w), 3)
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for a in range(n):
            dx, dy = disp[a]
            d = math.sqrt(dx * dx + dy * dy) or 0.01
            step = min(d, temp)
            pos[a][0] += dx / d * step - pos[a][0] * 0.05  # gravity keeps unconnected parts near
            pos[a][1] += dy / d * step - pos[a][1] * 0.05
        temp *= 0.96
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    sx = (width - 160) / max(max(xs) - min(xs), 1.0)
    sy = (height - 80) / max(max(ys) - min(ys), 1.0)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    most = max(nd["events"] for nd in nodes)
    placed = []
    for nd, (x, y) in zip(nodes, pos):
        placed.append({**nd, "x": round(width / 2 + (x - cx) * sx, 1), "y": round(height / 2 + (y - cy) * sy, 1),
                       "r": round(5 + 15 * math.sqrt(nd["events"] / most), 1)})
    heaviest = max((w for *_, w in links), default=1)
    lines = [{"x1": placed[a]["x"], "y1": placed[a]["y"], "x2": placed[b]["x"], "y2": placed[b]["y"],
              "w": round(0.8 + 5 * w / heaviest, 1), "weight": w, "source": ids[a], "target": ids[b]}
             for a, b, w in links]
    return {"width": width, "height": height, "nodes": placed, "edges": lines}


def sentence_segments(text: str, spans: list[dict[str, Any]], offset: int = 0) -> list[dict[str, Any]]:
    """``text`` cut at non-overlapping ``spans`` (offsets relative to ``offset``): [{text, label}],
    label = the span's kind (participant, date, place, trigger) or None for plain text."""
    out, at = [], 0
    for sp in sorted(spans, key=lambda s: s["start"]):
        s, e = sp["start"] - offset, sp["end"] - offset
        if s < at or e > len(text) or e <= s:
            continue
        if s > at:
            out.append({"text": text[at:s], "label": None})
        out.append({"text": text[s:e], "label": sp["kind"]})
        at = e
    if at < len(text):
        out.append({"text": text[at:], "label": None})
    return out


def document_segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The document cut into plain text and evidence sentences; each evidence carries its inner spans."""
    evid = sorted((s for s in spans if s["kind"] == "evidence" and text[s["start"]:s["end"]] == s["text"]),
                  key=lambda s: (s["start"], -s["end"]))
    inner = [s for s in spans if s["kind"] != "evidence"]
    out: list[dict[str, Any]] = []
    at = 0
    for ev in evid:
        if ev["start"] < at:  # another event told in the same sentence: already shown, link it too
            if out and out[-1].get("evidence"):
                out[-1]["events"].append({"event_id": ev["event_id"], "type": ev["type"]})
            continue
        if ev["start"] > at:
            out.append({"text": text[at:ev["start"]], "evidence": False})
        parts = [s for s in inner if s["event_id"] == ev["event_id"] and ev["start"] <= s["start"]
                 and s["end"] <= ev["end"]]
        out.append({"text": ev["text"], "evidence": True, "start": ev["start"],
                    "events": [{"event_id": ev["event_id"], "type": ev["type"]}],
                    "parts": sentence_segments(ev["text"], parts, ev["start"])})
        at = ev["end"]
    if at < len(text):
        out.append({"text": text[at:], "evidence": False})
    return out


class Links:
    """URLs that keep the current filter while changing one parameter."""

    def __init__(self, params: Mapping[str, str]):
        self.params = {k: v for k, v in params.items() if v not in (None, "")}

    def url(self, path: str, **change: Any) -> str:
        p = dict(self.params)
        for k, v in change.items():
            k = k.rstrip("_")  # from_ stands for the "from" parameter
            if v is None:
                p.pop(k, None)
            else:
                p[k] = str(v)
        if "offset" not in change and any(k not in ("format", "limit") for k in change):
            p.pop("offset", None)  # a new filter starts from the first page
            p.pop("cursor", None)
        return path + ("?" + urlencode(p) if p else "")

    def facet(self, name: str, value: str) -> str:
        return self.url("/events", **{name: value})

    def without(self, name: str) -> str:
        return self.url("/events", **{name: None})
