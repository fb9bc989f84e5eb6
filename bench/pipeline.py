"""Full pipeline benchmark: speed against Kiwi alone, worker processes, memory, start-up, growth.

    .venv/bin/python -m bench.pipeline                      # everything (a few minutes on 2 quiet cores)
    .venv/bin/python -m bench.pipeline --sets dev --sizes 1k 10k --jobs 0 --no-first
    .venv/bin/python -m bench.pipeline --parts throughput   # only part 1

Parts (``--parts``, default all):

1. ``throughput`` - for each set (``--sets``: ``corpus`` = ../shared/corpus/texts, ``dev`` =
   tests/golden/dev, ``seeds`` = ../shared/seeds), in one process and one run: documents/second
   of the whole pipeline (``Pipeline.safe_run``: clean -> sentences -> dates -> entities ->
   figures -> events) and of ``Kiwi.tokenize`` alone over the same cleaned text, line by line
   as the pipeline feeds Kiwi (the same Kiwi object, with the knowledge-base user words), and
   the ratio pipeline docs/s / Kiwi docs/s (issue #12 target >= 0.6), from wall time and from
   this process's CPU time. Analysers are built before timing; the best of ``--repeat`` runs is kept. Then, un-timed, every Kiwi call made while the
   pipeline runs is counted by the calling module, with the characters it analysed: "Kiwi
   passes" = characters analysed / characters of cleaned text (1.0 = one analysis per document).
   Event quality (shared scorer) is printed for the sets that have gold.
2. ``jobs`` - the corpus twice in a row through :func:`coopgraph.pipeline.run_parallel` with 1 job
   (in process) and ``--jobs`` workers: the first pass's wall time (including worker start-up),
   the rate of the later passes (``--jobs-passes``, default 4: the corpus is ~1.4 s of work a pass; every worker warm) and the speed-up (target >= 1.7x for 2 jobs), the
   output of both equal, and the peak RSS (VmHWM) of every worker process, read from /proc while
   they run (target <= 600 MB each).
3. ``first`` - time from starting ``coopgraph extract PAGE`` (a new process, default options, and
   ``--jobs 1``) to its first record on stdout (target <= 3 s).
4. ``sizes`` - one document per size of text (``--sizes``, UTF-8 bytes; built at run time by
   concatenating dev and corpus texts, blocks r0 r1 r2 r4 only, see bench/entities_scaling.py),
   run through the pipeline with every stage timed: documents/s and CPU seconds per stage (clean,
   sentences, dates, entities, linking, figures, events; CPU time of this process, so a loaded
   machine inflates them less than wall time; the best of 3+ runs up to 100k); the growth exponent between sizes (1.0 = linear;
   above ~1.3 a stage is super-linear) is printed per stage.

Stage times come from wrapping the functions ``Pipeline.analyse``/``run`` import at call time, so
the bench times the real pipeline code, not a copy of it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
SETS = {
    "corpus": (SHARED / "corpus" / "texts", None),
    "dev": (ROOT / "tests" / "golden" / "dev", ROOT / "tests" / "golden" / "dev_gold.jsonl"),
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl"),
}
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
# (stage, module, function) wrapped for per-stage timing; Pipeline imports them at call time
STAGES = (
    ("clean", "coopgraph.clean", "clean"),
    ("sentences", "coopgraph.text.sentences", "split_sentences_with_tokens"),
    ("dates", "coopgraph.recognise.dates", "find_dates"),
    ("entities", "coopgraph.recognise.entities", "find_mentions"),
    ("linking", "coopgraph.link.entities", "link_mentions"),
    ("figures", "coopgraph.recognise.figures", "find_figures"),
    ("events", "coopgraph.extract.events", "extract_events"),
)


def _scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _raw_docs(folder: Path):
    from coopgraph.ingest import read_inputs
    from coopgraph.records import ErrorRecord

    return [d for d in read_inputs([str(folder)]) if not isinstance(d, ErrorRecord)]


def _lines(text: str) -> list[str]:
    """The stripped non-blank lines of ``text``: what the pipeline hands Kiwi, one call each."""
    return [s for s in (line.strip() for line in text.split("\n")) if s]


# ----------------------------------------------------------------------------- counting Kiwi calls
class KiwiCounter:
    """Count Kiwi's analyses while the pipeline runs: every call of ``Kiwi._tokenize`` (behind
    ``tokenize``, ``split_into_sents`` and ``analyze``) with the characters it analysed, by the module that
    asked (the first frame outside kiwipiepy and coopgraph.text.kiwi); and the ``tokenize`` calls answered
    from the splitter's analysis of the same line (coopgraph.text.kiwi.SharedKiwi, no new analysis)."""

    def __init__(self):
        from coopgraph.text.kiwi import get_kiwi

        self.kiwi = get_kiwi()
        self.calls: dict[str, int] = defaultdict(int)
        self.chars: dict[str, int] = defaultdict(int)
        self.reused = 0

    def __enter__(self):
        self.hits0 = getattr(self.kiwi, "shared_hits", 0)
        self.kiwi._tokenize = self._wrap(self.kiwi._tokenize)
        return self

    def __exit__(self, *exc):
        del self.kiwi._tokenize
        self.reused = getattr(self.kiwi, "shared_hits", 0) - self.hits0

    def _wrap(self, orig):
        def counted(text, *args, **kwargs):
            f = sys._getframe(1)
            while f is not None and f.f_globals.get("__name__", "").startswith(("kiwipiepy", "coopgraph.text.kiwi")):
                f = f.f_back
            where = f"{f.f_globals.get('__name__', '?')}.{f.f_code.co_name}" if f is not None else "?"
            self.calls[where] += 1
            self.chars[where] += len(text) if isinstance(text, str) else sum(len(t) for t in text)
            return orig(text, *args, **kwargs)

        return counted


# ----------------------------------------------------------------------------- per-stage timing
class StageTimer:
    """Wrap the stage functions with timers of this process's CPU time (fair on a loaded machine;
    Kiwi analyses in the calling thread, so it is all counted)."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.saved = []

    def __enter__(self):
        import importlib

        for stage, modname, fname in STAGES:
            mod = importlib.import_module(modname)
            orig = getattr(mod, fname)
            self.saved.append((mod, fname, orig))
            setattr(mod, fname, self._wrap(stage, orig))
        return self

    def __exit__(self, *exc):
        for mod, fname, orig in self.saved:
            setattr(mod, fname, orig)

    def _wrap(self, stage, orig):
        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return orig(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - t0

        return timed


# ----------------------------------------------------------------------------- part 1
def part_throughput(names: list[str], repeat: int) -> None:
    from coopgraph.pipeline import Pipeline
    from coopgraph.records import DocRecord
    from coopgraph.text.kiwi import get_kiwi

    print("== 1. pipeline vs Kiwi alone (one process, one run) ==")
    scorer = _scorer()
    pipe = Pipeline()
    kiwi = get_kiwi()
    for name in names:
        folder, gold_path = SETS[name]
        if not folder.exists():
            print(f"{name}: {folder} missing, skipped")
            continue
        raws = _raw_docs(folder)
        pipe.run(raws[0])  # build Kiwi, the NER model and the lexicons before timing
        best_pipe, cpu_pipe, records = float("inf"), float("inf"), []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            records = [pipe.safe_run(r) for r in raws]
            best_pipe = min(best_pipe, time.perf_counter() - t0)
            cpu_pipe = min(cpu_pipe, time.process_time() - c0)
        texts = [r.text for r in records if isinstance(r, DocRecord)]
        lines = [_lines(t) for t in texts]
        best_kiwi = cpu_kiwi = float("inf")
        kiwi_tokenize = super(type(kiwi), kiwi).tokenize if hasattr(kiwi, "shared_lines") else kiwi.tokenize
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            for doc in lines:
                for line in doc:
                    kiwi_tokenize(line)  # a real analysis every time (never the splitter's kept one)
            best_kiwi = min(best_kiwi, time.perf_counter() - t0)
            cpu_kiwi = min(cpu_kiwi, time.process_time() - c0)
        n = len(raws)
        chars = sum(len(t) for t in texts)
        errors = sum(not isinstance(r, DocRecord) for r in records)
        pipe_rate, kiwi_rate = n / best_pipe, n / best_kiwi
        print(f"{name}: {n} documents ({errors} error records), {chars:,} characters of cleaned text")
        print(f"  full pipeline   {pipe_rate:8.2f} docs/s  ({best_pipe * 1000 / n:.1f} ms/doc wall, "
              f"{cpu_pipe * 1000 / n:.1f} ms/doc CPU)")
        print(f"  kiwi tokenize   {kiwi_rate:8.2f} docs/s  ({best_kiwi * 1000 / n:.1f} ms/doc wall, "
              f"{cpu_kiwi * 1000 / n:.1f} ms/doc CPU, {chars / best_kiwi:,.0f} chars/s)")
        print(f"  ratio pipeline/kiwi throughput {pipe_rate / kiwi_rate:.3f} wall, {cpu_kiwi / cpu_pipe:.3f} CPU"
              f"  (target >= 0.6)")
        with KiwiCounter() as kc:
            for r in raws:
                pipe.safe_run(r)
        total_calls = sum(kc.calls.values())
        total_chars = sum(kc.chars.values())
        print(f"  Kiwi calls while the pipeline runs: {total_calls / n:.1f} per document, "
              f"{total_chars / max(chars, 1):.2f} passes over the text (characters analysed / characters)")
        for key in sorted(kc.calls, key=lambda k: -kc.chars[k]):
            print(f"    analysed for {key:60s} {kc.calls[key] / n:7.1f} calls/doc  "
                  f"{kc.chars[key] / max(chars, 1):5.2f} passes")
        print(f"    tokenize calls answered from the splitter's analysis: {kc.reused / n:.1f} per document")
        if gold_path is not None and gold_path.exists() and scorer is not None:
            gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
            res = scorer.score(gold, [r.to_json() for r in records])
            e, m = res["events"], res["matched"]
            print(f"  events P {e['precision']:.3f} R {e['recall']:.3f} F1 {e['f1']:.3f} "
                  f"(tp {e['tp']}, pred {e['pred']}, gold {e['gold']}); matched date exact {m['date_exact']:.3f}, "
                  f"participants F1 {m['participants']['f1']:.3f}")


# ----------------------------------------------------------------------------- part 2
def _descendants(pid: int) -> list[int]:
    kids: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        kids[ppid].append(int(entry))
    out, todo = [], [pid]
    while todo:
        for k in kids.get(todo.pop(), ()):
            out.append(k)
            todo.append(k)
    return out


def _vm(pid: int, field: str) -> int | None:
    """``VmHWM``/``VmRSS`` of a process in kB (None when it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


class RssWatch(threading.Thread):
    """Poll the peak RSS (VmHWM) of every descendant process of this one, until stopped."""

    def __init__(self, period: float = 0.25):
        super().__init__(daemon=True)
        self.period, self.peak, self.names, self.cpu = period, {}, {}, {}
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            self.sample()
            self.halt.wait(self.period)

    def sample(self) -> None:
        for pid in _descendants(os.getpid()):
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                self.cpu[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            except (OSError, IndexError, ValueError):
                pass
            hwm = _vm(pid, "VmHWM")
            if hwm is not None:
                self.peak[pid] = max(hwm, self.peak.get(pid, 0))
                if pid not in self.names:
                    try:
                        self.names[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")[:80].decode()
                    except OSError:
                        self.names[pid] = "?"

    def stop(self) -> None:
        self.sample()
        self.halt.set()
        self.join()


def _timed_parallel(raws, jobs: int, passes: int = 2):
    """The documents ``passes`` times through run_parallel: (records of the first pass, wall of the first pass
    including worker start-up, docs/s of the later passes - every worker built and warm by then)."""
    from coopgraph.pipeline import run_parallel
    from coopgraph.settings import Settings

    n = len(raws)
    t0 = time.perf_counter()
    out, half = [], 0.0
    for i, rec in enumerate(run_parallel(list(raws) * max(2, passes), Settings(), jobs=jobs)):
        if i < n:
            out.append(rec)
        if i == n - 1:
            half = time.perf_counter()
    end = time.perf_counter()
    return out, half - t0, (max(2, passes) - 1) * n / max(end - half, 1e-9)


def part_jobs(jobs: int, passes: int = 4) -> None:
    import resource

    from coopgraph.pipeline import Pipeline

    print(f"== 2. --jobs {jobs} against one process (run_parallel, the corpus {passes} times over) ==")
    folder = SETS["corpus"][0] if SETS["corpus"][0].exists() else SETS["dev"][0]
    raws = _raw_docs(folder)
    Pipeline().run(raws[0])  # one process: analysers built before timing, as in a long run
    c0 = time.process_time()
    one, wall1, rate1 = _timed_parallel(raws, 1, passes)
    cpu1 = time.process_time() - c0
    watch = RssWatch()
    watch.start()
    many, wall_n, rate_n = _timed_parallel(raws, jobs, passes)
    watch.stop()
    same = [r.to_json() for r in one] == [r.to_json() for r in many]
    print(f"{folder.name}: {len(raws)} documents; output of --jobs {jobs} equals --jobs 1: {same}")
    print(f"  first pass  --jobs 1 {wall1:6.1f} s ({len(raws) / wall1:.2f} docs/s, analysers already built);  "
          f"--jobs {jobs} {wall_n:6.1f} s ({len(raws) / wall_n:.2f} docs/s, workers starting)")
    print(f"  passes 2-{passes} --jobs 1 {rate1:.2f} docs/s;  --jobs {jobs} {rate_n:.2f} docs/s:  "
          f"speed-up {rate_n / rate1:.2f}x  (target >= 1.7x for 2 jobs)")
    if watch.cpu:
        cpu_n = sum(watch.cpu.values())
        total_n = wall_n + (passes - 1) * len(raws) / rate_n
        print(f"  CPU per document: --jobs 1 {cpu1 * 1000 / (passes * len(raws)):.1f} ms (this process); --jobs {jobs} "
              f"{cpu_n * 1000 / (passes * len(raws)):.1f} ms summed over the workers, start-up included; the workers "
              f"got {cpu_n / total_n:.2f} cores on average over the {total_n:.1f} s")
    small = {p: kb for p, kb in watch.peak.items() if kb < 100_000}
    workers = {p: kb for p, kb in watch.peak.items() if kb >= 100_000}
    for pid, kb in sorted(workers.items()):
        print(f"  worker pid {pid}: peak RSS (VmHWM) {kb / 1024:6.0f} MB")
    if workers:
        print(f"  peak RSS per worker: max {max(workers.values()) / 1024:.0f} MB  (target <= 600 MB); "
              f"{len(workers)} workers" + (f", and {len(small)} small helper process(es) (forkserver), "
                                           f"max {max(small.values()) / 1024:.0f} MB" if small else ""))
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  this process (--jobs 1, also holding the bench's data): peak RSS {self_mb:.0f} MB")


# ----------------------------------------------------------------------------- part 3
def _first_record(args: list[str], page: Path) -> tuple[float, float]:
    exe = [str(ROOT / ".venv" / "bin" / "coopgraph")]
    if not Path(exe[0]).exists():
        exe = [sys.executable, "-m", "coopgraph"]
    t0 = time.perf_counter()
    proc = subprocess.Popen([*exe, "extract", "--no-progress", *args, str(page)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    proc.stdout.readline()
    first = time.perf_counter() - t0
    proc.wait()
    return first, time.perf_counter() - t0


_COLD = """
import sys, time
t0 = time.perf_counter(); c0 = time.process_time()
def mark(what):
    global t0, c0
    print(f"{what}\t{time.perf_counter() - t0:.2f}\t{time.process_time() - c0:.2f}", flush=True)
    t0, c0 = time.perf_counter(), time.process_time()
from coopgraph.ingest import read_inputs
from coopgraph.pipeline import Pipeline
from coopgraph.recognise.ner import tag_sentences
mark("imports (coopgraph, kiwipiepy not yet built)")
from coopgraph.text.kiwi import get_kiwi
get_kiwi().tokenize("한국과 몽골은 협력한다.")
mark("Kiwi built with the knowledge-base words, first analysis")
tag_sentences(["한국과 몽골은 협력한다."])
mark("NER model loaded, first tagging")
raw = next(iter(read_inputs([sys.argv[1]])))
Pipeline().run(raw)
mark("the first document (lexicons, rules, gazetteer built on first use)")
"""


def part_first() -> None:
    print("== 3. time to the first record: `coopgraph extract PAGE` from a cold start ==")
    folder = SETS["corpus"][0] if SETS["corpus"][0].exists() else SETS["dev"][0]
    page = sorted(p for p in folder.glob("*.txt") if not p.name.startswith("r3"))[0]
    for args in ([], ["--jobs", "1"]):
        first, total = _first_record(args, page)
        print(f"  coopgraph extract {' '.join(args) + ' ' if args else ''}{page.name}: first record after "
              f"{first:.2f} s (process done {total:.2f} s)  (target <= 3 s)")
    t0 = time.perf_counter()
    got = subprocess.run([sys.executable, "-c", _COLD, str(page)], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=str(ROOT))
    print(f"  where a cold start goes (a new process, {time.perf_counter() - t0:.2f} s in all; wall s / CPU s):")
    for line in got.stdout.splitlines():
        what, wall, cpu = line.split("\t")
        print(f"    {wall:>6s} s / {cpu:>6s} s  {what}")
    if got.returncode:
        print("    failed: " + got.stderr.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- part 4
def part_sizes(sizes: list[str], max_seconds: float) -> None:
    from bench.entities_scaling import _texts, build_text
    from coopgraph.pipeline import Pipeline
    from coopgraph.records import RawDoc

    print("== 4. cost against document length (one document per size; seconds per stage) ==")
    texts = _texts()
    pipe = Pipeline()
    pipe.run(RawDoc(source="warm", doc_id="0" * 16, kind="text", data=texts[0].encode()))
    names = [s for s, _, _ in STAGES]
    print("  CPU seconds per document; docs/s from CPU time (wall in brackets)")
    print(f"  {'size':>5s} {'chars':>9s} {'docs/s':>8s} {'(wall)':>8s} {'total s':>8s} "
          + " ".join(f"{n:>9s}" for n in names))
    rows = []
    for label in sizes:
        size = SIZES[label]
        text = build_text(size, texts)
        raw = RawDoc(source=f"size-{label}.txt", doc_id=f"{size:016x}", kind="text", data=text.encode("utf-8"))
        # several runs up to 100k (a stage of ~10 ms meets one garbage collection or a busy neighbour in a
        # single run, which skews the exponents): the best run per stage and for the total
        reps = max(3 if size <= 100_000 else 1, min(20, int(20_000 // size)))
        wall = total = float("inf")
        per: dict[str, float] = {}
        for _ in range(reps):
            with StageTimer() as st:
                t0, c0 = time.perf_counter(), time.process_time()
                pipe.run(raw)
                wall = min(wall, time.perf_counter() - t0)
                total = min(total, time.process_time() - c0)
            for k, v in st.seconds.items():
                per[k] = min(per.get(k, v), v)
        rows.append((label, size, total, per))
        print(f"  {label:>5s} {len(text):9,d} {1 / total:8.3f} {1 / wall:8.3f} {total:8.2f} "
              + " ".join(f"{per.get(n, 0.0):9.3f}" for n in names))
        if wall > max_seconds:
            print(f"  ({label} took over --max-seconds {max_seconds:g}: larger sizes skipped)")
            break
    if len(rows) > 1:
        print("  growth exponent per stage between sizes (1.0 = linear; time ratio = size ratio ** exponent):")
        for (la, sa, ta, pa), (lb, sb, tb, pb) in zip(rows, rows[1:]):
            def exp(a, b, sa=sa, sb=sb):
                return math.log(b / a) / math.log(sb / sa) if a > 1e-4 and b > 0 else float("nan")

            print(f"    {la}->{lb}: total {exp(ta, tb):5.2f}  "
                  + "  ".join(f"{n} {exp(pa.get(n, 0), pb.get(n, 0)):5.2f}" for n in names))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", nargs="+", default=["throughput", "jobs", "first", "sizes"],
                    choices=["throughput", "jobs", "first", "sizes"])
    ap.add_argument("--sets", nargs="+", default=["corpus", "dev"], choices=sorted(SETS))
    ap.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    ap.add_argument("--jobs", type=int, default=2, help="workers for part 2 (0 skips it)")
    ap.add_argument("--jobs-passes", type=int, default=4, help="part 2: passes over the corpus (the rate is of passes 2..N)")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs per set in part 1 (best kept)")
    ap.add_argument("--max-seconds", type=float, default=120.0, help="part 4: skip larger sizes after a slower one")
    ap.add_argument("--no-first", action="store_true", help="skip part 3")
    a = ap.parse_args()
    load = os.getloadavg()
    print(f"coopgraph pipeline bench; {os.cpu_count()} cores, load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    t0 = time.perf_counter()
    if "throughput" in a.parts:
        part_throughput(a.sets, a.repeat)
    if "jobs" in a.parts and a.jobs > 1:
        part_jobs(a.jobs, max(2, a.jobs_passes))
    if "first" in a.parts and not a.no_first:
        part_first()
    if "sizes" in a.parts:
        part_sizes(a.sizes, a.max_seconds)
    load = os.getloadavg()
    print(f"bench done in {time.perf_counter() - t0:.0f} s; load average now {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


if __name__ == "__main__":
    main()
