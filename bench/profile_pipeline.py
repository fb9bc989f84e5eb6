"""Where the pipeline spends its time: a pyinstrument profile of the corpus, summed by function.

    .venv/bin/python -m bench.profile_pipeline                 # ../shared/corpus/texts
    .venv/bin/python -m bench.profile_pipeline --set dev --top 30 --html /tmp/profile.html

Runs ``Pipeline.safe_run`` over every page once after a warm-up (analysers built; by default a
whole un-profiled pass over the set, so regex compiles and other first-use costs are not counted:
``--warm one`` warms on the first page only, as a fresh process meets the set), under
pyinstrument (``pip install .[bench]``), then prints the functions with the largest share of the
run: inclusive time (the function and what it calls, counted once per stack even when recursive),
self time, and the share of each pipeline stage. Kiwi's own time shows as the kiwipiepy frames.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _walk(frame, stack: set, incl: dict, self_t: dict) -> None:
    key = (frame.function, Path(frame.file_path or "?").name, frame.line_no)
    if key not in stack:
        incl[key] += frame.time
    self_t[key] += frame.total_self_time
    stack = stack | {key}
    for child in frame.children:
        _walk(child, stack, incl, self_t)


def main() -> None:
    from bench.pipeline import SETS, _raw_docs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="corpus", choices=sorted(SETS))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--html", help="also write pyinstrument's HTML report here")
    ap.add_argument("--interval", type=float, default=0.001)
    ap.add_argument("--warm", choices=["all", "one"], default="all",
                    help="warm-up before profiling: a whole pass over the set (steady state) or the first page only")
    a = ap.parse_args()
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("pyinstrument is not installed: .venv/bin/pip install pyinstrument (the bench extra)")
    from coopgraph.pipeline import Pipeline

    raws = _raw_docs(SETS[a.set][0])
    pipe = Pipeline()
    for r in raws if a.warm == "all" else raws[:1]:
        pipe.safe_run(r)
    prof = Profiler(interval=a.interval)
    prof.start()
    for r in raws:
        pipe.safe_run(r)
    prof.stop()
    if a.html:
        Path(a.html).write_text(prof.output_html(), encoding="utf-8")
    root = prof.last_session.root_frame()
    incl: dict = defaultdict(float)
    self_t: dict = defaultdict(float)
    _walk(root, set(), incl, self_t)
    total = root.time
    print(f"{len(raws)} documents, {total:.1f} s profiled ({total / len(raws) * 1000:.0f} ms/doc)")
    print(f"\ninclusive time, top {a.top} (coopgraph and kiwipiepy functions):")
    keys = [k for k in incl if k[1] != "?" and not k[1].startswith("<")]
    for k in sorted(keys, key=lambda k: -incl[k])[: a.top * 2]:
        if incl[k] / total > 0.995:
            continue
        print(f"  {incl[k] / total:6.1%}  {incl[k]:7.2f} s  {k[0]}  ({k[1]}:{k[2]})")
    print(f"\nself time, top {a.top}:")
    for k in [k for k in sorted(self_t, key=lambda k: -self_t[k]) if k[1] != "?"][: a.top]:
        print(f"  {self_t[k] / total:6.1%}  {self_t[k]:7.2f} s  {k[0]}  ({k[1]}:{k[2]})")


if __name__ == "__main__":
    main()
