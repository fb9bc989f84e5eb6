"""Machinery shared by the gold builders (build_dev_gold.py, build_holdout_gold.py).

Each builder keeps its own annotations in a ``DOCS`` dict (file name -> doc_date, must_keep,
must_drop, events) and calls these functions with its folder. The record constructors below
(org, per, d, loc, fig, ev) give every annotation the same shape; doc_id is the first 16 hex
digits of the sha256 of the file's bytes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


# ------------------------------------------------------------------ annotation constructors
def org(name, country, *aliases):
    return {"name": name, "aliases": list(aliases), "kind": "org", "country": country}


def per(name, country, *aliases):
    return {"name": name, "aliases": list(aliases), "kind": "person", "country": country}


def d(start, end=None, text=""):
    return {"start": start, "end": end or start, "text": text}


def loc(name, country):
    return {"name": name, "country": country}


def fig(value, unit, what):
    return {"value": value, "unit": unit, "what": what}


def ev(type_, date, location, participants, countries, evidence, figures=(), status="happened"):
    return {"type": type_, "date": date, "location": location, "participants": list(participants),
            "countries": list(countries), "figures": list(figures), "evidence": {"sentence": evidence},
            "status": status}


# ------------------------------------------------------------------ build
def read_text(path: Path) -> str:
    """The document's characters: UTF-8, else CP949 (the EUC-KR pages)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp949")


def doc_id(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def records(docs: dict[str, dict], folder: Path) -> list[dict]:
    """One gold record per annotated document of ``folder`` (tests/golden/<folder>), by file name."""
    out = []
    for name in sorted(docs):
        spec = docs[name]
        out.append({
            "doc_id": doc_id(folder / name),
            "source": f"tests/golden/{folder.name}/{name}",
            "doc_date": spec["doc_date"],
            "must_keep": spec["must_keep"],
            "must_drop": spec["must_drop"],
            "events": spec["events"],
        })
    return out


def render(docs: dict[str, dict], folder: Path) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records(docs, folder))


def problems(docs: dict[str, dict], folder: Path) -> list[str]:
    """Annotation errors: documents without an entry, strings that are not in their document."""
    out = []
    files = {p.name for p in folder.iterdir() if p.is_file()}
    out += [f"documents without annotation: {n}" for n in sorted(files - set(docs))]
    out += [f"annotation without document: {n}" for n in sorted(set(docs) - files)]
    for name, spec in docs.items():
        if name not in files:
            continue
        text = read_text(folder / name)
        for e in spec["events"]:
            if e["evidence"]["sentence"] not in text:
                out.append(f"{name}: evidence not in text: {e['evidence']['sentence']!r}")
        for s in spec["must_keep"] + spec["must_drop"]:
            if s not in text:
                out.append(f"{name}: boilerplate string not in file: {s!r}")
    return out


def main(docs: dict[str, dict], folder: Path, out: Path) -> int:
    """Check the annotations, then write ``out``; 1 (and the problems on stderr) when any is wrong."""
    errors = problems(docs, folder)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    out.write_text(render(docs, folder), encoding="utf-8")
    n = sum(len(s["events"]) for s in docs.values())
    print(f"wrote {out.name}: {len(docs)} documents, {n} events")
    return 0
