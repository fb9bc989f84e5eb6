"""Entity recognition and linking measured on gold participants.

    python -m bench.entities --gold tests/golden/dev_gold.jsonl
    python -m bench.entities --gold ../shared/gold/seeds.jsonl

Runs clean -> sentences -> find_mentions -> link_mentions (``Pipeline.analyse``)
over every gold document and reports, with the scorer's name matching
(``name_keys`` of shared/eval/score.py: name or any alias, spaces, brackets and
punctuation removed, case folded):

1. participant recall: the share of distinct gold participants (per document)
   that some org/person mention names (its surface, canonical name or the
   aliases of its entity);
2. mention precision proxy: the share of distinct org/person entities (per
   document) that match a gold participant or a gold location ("strict"),
   and the share that match gold or are plausible: linked to the knowledge
   base, or a person found next to a title ("lenient"); the unmatched ones
   are listed so junk can be eyeballed;
3. country accuracy: for matched gold participants that have a country, the
   share whose matched mention carries the same country.

Gold events are not needed beyond their participants and locations, so the
numbers say nothing about event extraction. Prints a summary and, with
``--verbose``, the misses and unmatched mentions per document; ``--json``
prints one JSON object instead.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def _scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("coopgraph_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _source_path(source: str, gold: Path) -> Path | None:
    for base in (Path.cwd(), ROOT, ROOT.parent, gold.resolve().parent, gold.resolve().parent.parent):
        p = base / source
        if p.is_file():
            return p
    return None


def _distinct(items: list[dict], keys_of) -> list[dict]:
    out: list[dict] = []
    seen: list[set[str]] = []
    for it in items:
        k = keys_of(it)
        if not k or any(k & s for s in seen):
            continue
        seen.append(k)
        out.append(it)
    return out


def evaluate(gold_path: Path, use_ner: bool = True) -> dict:
    from coopgraph.ingest import read_inputs
    from coopgraph.link.kb import load_kb
    from coopgraph.pipeline import Pipeline
    from coopgraph.records import ErrorRecord
    from coopgraph.settings import Settings

    score = _scorer()
    name_keys = score.name_keys
    kb = load_kb()
    settings = Settings(use_ner=use_ner)
    pipe = Pipeline(settings)
    totals = {"gold": 0, "found": 0, "with_country": 0, "country_ok": 0, "mentions": 0, "strict": 0, "lenient": 0}
    docs = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        path = _source_path(rec["source"], gold_path)
        if path is None:
            print(f"missing source {rec['source']}", file=sys.stderr)
            continue
        raws = [r for r in read_inputs([str(path)], settings) if not isinstance(r, ErrorRecord)]
        if not raws:
            continue
        analysis = pipe.analyse(raws[0])
        ents = {e.id: e for e in analysis.entities}
        gold_parts = _distinct([p for ev in rec["events"] for p in ev.get("participants", [])], name_keys)
        gold_locs = [ev["location"] for ev in rec["events"] if ev.get("location")]
        # one row per linked org/person entity: its keys, its country, how it was found
        rows: dict[str, dict] = {}
        for m in analysis.mentions:
            if m.kind not in ("org", "person"):
                continue
            ent = ents.get(m.entity_id or "")
            row = rows.setdefault(m.entity_id or m.text, {
                "name": m.name or m.text, "kind": m.kind, "country": m.country, "surfaces": [],
                "aliases": list(ent.aliases) if ent else [], "kb": (m.entity_id or "") in kb.entries,
                "strategy": m.strategy, "title": m.title})
            if m.text not in row["surfaces"]:
                row["surfaces"].append(m.text)
        for row in rows.values():
            row["keys"] = name_keys({"name": row["name"], "aliases": row["aliases"] + row["surfaces"]})
        misses, wrong_country = [], []
        for g in gold_parts:
            gk = name_keys(g)
            hit = next((r for r in rows.values() if r["keys"] & gk), None)
            totals["gold"] += 1
            if hit is None:
                misses.append(f"{g['name']} ({g.get('kind')}, {g.get('country')})")
                continue
            totals["found"] += 1
            if g.get("country"):
                totals["with_country"] += 1
                if hit["country"] == g["country"]:
                    totals["country_ok"] += 1
                else:
                    wrong_country.append(f"{g['name']}: gold {g['country']}, got {hit['country']} ({hit['name']})")
        unmatched = []
        for r in rows.values():
            totals["mentions"] += 1
            ok = any(r["keys"] & name_keys(g) for g in gold_parts) or any(
                r["keys"] & name_keys(loc) for loc in gold_locs)
            if ok:
                totals["strict"] += 1
            plausible = r["kb"] or (r["kind"] == "person" and r["title"])
            if ok or plausible:
                totals["lenient"] += 1
            if not ok:
                unmatched.append(f"{r['name']} [{r['kind']}/{r['strategy']}/{r['country']}]" + (" ~" if plausible else ""))
        docs.append({"source": rec["source"], "gold": len(gold_parts), "misses": misses,
                     "wrong_country": wrong_country, "unmatched": unmatched})

    def share(a: str, b: str) -> float:
        return round(totals[a] / totals[b], 3) if totals[b] else 0.0

    return {
        "gold": str(gold_path), "documents": len(docs), "use_ner": use_ner,
        "participant_recall": share("found", "gold"), "gold_participants": totals["gold"],
        "mention_precision_strict": share("strict", "mentions"),
        "mention_precision_lenient": share("lenient", "mentions"), "org_person_entities": totals["mentions"],
        "country_accuracy": share("country_ok", "with_country"), "matched_with_country": totals["with_country"],
        "docs": docs,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, required=True, help="gold JSON Lines (sources resolved from the repo)")
    ap.add_argument("--no-ner", action="store_true", help="without the statistical tagger")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--verbose", "-v", action="store_true", help="misses and unmatched mentions per document")
    args = ap.parse_args(argv)
    out = evaluate(args.gold, use_ner=not args.no_ner)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if args.verbose:
        for d in out["docs"]:
            print(f"== {Path(d['source']).name}  gold={d['gold']}")
            for x in d["misses"]:
                print(f"   MISS     {x}")
            for x in d["wrong_country"]:
                print(f"   COUNTRY  {x}")
            for x in d["unmatched"]:
                print(f"   EXTRA    {x}")
    print(f"documents {out['documents']}  gold participants {out['gold_participants']}  "
          f"org/person entities {out['org_person_entities']}")
    print(f"participant recall       {out['participant_recall']:.3f}")
    print(f"mention precision strict {out['mention_precision_strict']:.3f}  "
          f"lenient {out['mention_precision_lenient']:.3f}")
    print(f"country accuracy         {out['country_accuracy']:.3f}  (of {out['matched_with_country']} matched)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
