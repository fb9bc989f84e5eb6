"""Compile the hand-edited knowledge base YAML into coopgraph/data/kb.compiled.json.

Usage:  python scripts/build_data.py           (write the compiled file)
        python scripts/build_data.py --check   (exit 1 when it is out of date)

The compiled file holds every entity keyed by id, an index from normalised
name keys (see coopgraph.link.kb.norm_key) to entity ids, the disambiguation
rules, the compound short forms of countries ("러" -> RU) and the pattern
word lists. Conflicting aliases without a disambiguation rule are an error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KB_DIR = ROOT / "coopgraph" / "data" / "kb"
OUT = ROOT / "coopgraph" / "data" / "kb.compiled.json"
KINDS = {"org", "person", "country", "place"}
ENTITY_FIELDS = {"id", "name", "kind", "country", "aliases", "history", "valid_from", "valid_to", "successor", "short"}

sys.path.insert(0, str(ROOT))
from coopgraph.link.kb import norm_key  # noqa: E402


class KBError(ValueError):
    pass


def _date(value) -> str | None:
    return None if value is None else str(value)


def load_sources(kb_dir: Path = KB_DIR) -> tuple[list[dict], list[dict], dict]:
    """Entities, disambiguation rules and the lexicon, read from the YAML files."""
    entities: list[dict] = []
    rules: list[dict] = []
    lexicon: dict = {}
    for path in sorted(kb_dir.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for e in doc.get("entities", []) or []:
            e = dict(e)
            e["_file"] = path.name
            entities.append(e)
        rules.extend(doc.get("rules", []) or [])
        if path.stem == "lexicon":
            lexicon = {k: list(v) for k, v in doc.items()}
    return entities, rules, lexicon


def names_of(e: dict) -> list[str]:
    """Every surface an entity is known by: name, aliases, former names and their aliases."""
    out = [e["name"], *(e.get("aliases") or [])]
    for h in e.get("history") or []:
        out.append(h["name"])
        out.extend(h.get("aliases") or [])
    return out


def alias_conflicts(entities: list[dict], rules: list[dict]) -> dict[str, list[str]]:
    """Keys that point at several entities and no rule lists them all."""
    index: dict[str, list[str]] = {}
    for e in entities:
        for n in names_of(e):
            ids = index.setdefault(norm_key(n), [])
            if e["id"] not in ids:
                ids.append(e["id"])
    covered = {norm_key(r["alias"]): set(r["candidates"]) | {r.get("default")} for r in rules}
    return {k: ids for k, ids in index.items() if len(ids) > 1 and not set(ids) <= covered.get(k, set())}


def compile_kb(kb_dir: Path = KB_DIR) -> dict:
    entities, rules, lexicon = load_sources(kb_dir)
    out_entities: dict[str, dict] = {}
    keys: dict[str, list[str]] = {}
    short: dict[str, str] = {}
    for e in entities:
        where = f"{e['_file']}: {e.get('id')}"
        unknown = set(e) - ENTITY_FIELDS - {"_file"}
        if unknown:
            raise KBError(f"{where}: unknown fields {sorted(unknown)}")
        if not e.get("id") or not e.get("name"):
            raise KBError(f"{where}: id and name are required")
        if e["id"] in out_entities:
            raise KBError(f"{where}: duplicate id")
        if e.get("kind") not in KINDS:
            raise KBError(f"{where}: kind must be one of {sorted(KINDS)}")
        country = e.get("country")
        if country is not None and not re.fullmatch(r"[A-Z]{2}", str(country)):
            raise KBError(f"{where}: country must be ISO alpha-2, got {country!r}")
        rec: dict = {"name": e["name"], "kind": e["kind"], "country": country,
                     "aliases": [str(a) for a in e.get("aliases") or []]}
        history = []
        for h in e.get("history") or []:
            history.append({"name": h["name"], "from": _date(h.get("from")), "to": _date(h.get("to")),
                            "aliases": [str(a) for a in h.get("aliases") or []]})
        if history:
            rec["history"] = history
            rec["aliases"] += [a for h in history for a in h["aliases"] if a not in rec["aliases"]]
        for f in ("valid_from", "valid_to", "successor"):
            if e.get(f) is not None:
                rec[f] = _date(e[f])
        if e.get("short"):
            rec["short"] = [str(s) for s in e["short"]]
            for s in rec["short"]:
                short[s] = e["id"]
        out_entities[e["id"]] = rec
        for n in names_of(e):
            ids = keys.setdefault(norm_key(str(n)), [])
            if e["id"] not in ids:
                ids.append(e["id"])
    for eid, rec in out_entities.items():
        if rec.get("successor") and rec["successor"] not in out_entities:
            raise KBError(f"{eid}: successor {rec['successor']} is not in the KB")
    for r in rules:
        for c in [*r["candidates"], r.get("default")]:
            if c is not None and c not in out_entities:
                raise KBError(f"disambiguation {r['alias']}: unknown id {c}")
    conflicts = alias_conflicts(entities, rules)
    if conflicts:
        raise KBError(f"aliases shared by several entities without a rule: {conflicts}")
    disamb = {norm_key(r["alias"]): {"candidates": list(r["candidates"]), "default": r.get("default")}
              for r in rules}
    keys.pop("", None)
    return {"entities": out_entities, "keys": dict(sorted(keys.items())), "disambiguation": disamb,
            "short": short, "lexicon": lexicon}


def dumps(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check that the compiled file is up to date")
    args = ap.parse_args(argv)
    text = dumps(compile_kb())
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python scripts/build_data.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    data = json.loads(text)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['entities'])} entities, {len(data['keys'])} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main())
