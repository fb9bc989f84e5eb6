"""Event type -> CAMEO code and PLOVER category, from data/cameo_plover.yaml."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load((files("coopgraph") / "data" / "cameo_plover.yaml").read_text(encoding="utf-8"))
    return data["types"]


def code_event(event_type: str, evidence: str = "") -> dict[str, Any]:
    """``{cameo, cameo_label, plover, plover_mode}`` for an event type.

    A ``refine`` rule of the type replaces the defaults when its words occur in
    the evidence (a project that is development aid is PLOVER AID, CAMEO 07x).
    """
    row = table().get(event_type) or {}
    out = {k: row.get(k) for k in ("cameo", "cameo_label", "plover", "plover_mode")}
    for rule in row.get("refine") or ():
        if any(w in evidence for w in rule["words"]):
            out.update({k: v for k, v in rule.items() if k != "words"})
            break
    return out
