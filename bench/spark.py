"""Benchmark: the Spark job's documents/second on local[1] and local[2], per-document cost, scaling.

    .venv/bin/python -m bench.spark [--docs 2000] [--files 8] [--masters local[1] local[2]]

A corpus of ``--docs`` documents is generated at run time into ``--files`` gzip WARC files in a
temporary directory: the bundled examples (coopgraph/examples: HTML, a CP949 page, stripped text,
JSON Lines) and, when ../shared is beside the checkout, the texts of ../shared/corpus (blocks r0xx,
r1xx, r2xx and r4xx), each copy varied so that every document is new (the years shift, the dates'
days move, an item number is added to the title line) and so a real pipeline run, not a cache hit.

For each master a fresh SparkSession is started (its start-up is reported, not counted), then the
whole job (read, pipeline, fusion, Parquet) is timed. Reported: documents/s, core-seconds per
document (wall time x cores / documents), the CPU seconds the pipeline itself took per document
(measured inside the tasks, so it holds even when other processes share the cores) and the
scaling factor local[2] / local[1]. A single-process
run of the pipeline over the first 50 documents (no Spark) gives the laptop's per-document cost
for comparison. Results go in docs/benchmarks.md, "Spark job".
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "coopgraph" / "examples"
SHARED_TEXTS = ROOT.parent / "shared" / "corpus" / "texts"


def _bases() -> list[tuple[str, bytes, str]]:
    """(name, bytes, content type) of every base document."""
    out = []
    for p in sorted(EXAMPLES.iterdir()):
        if p.suffix == ".jsonl":
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                obj = json.loads(line)
                if isinstance(obj.get("html"), str):
                    out.append((f"{p.name}:{i}", obj["html"].encode("utf-8"), "text/html; charset=utf-8"))
                elif isinstance(obj.get("text"), str):
                    out.append((f"{p.name}:{i}", obj["text"].encode("utf-8"), "text/plain; charset=utf-8"))
        elif p.suffix in (".html", ".htm"):
            out.append((p.name, p.read_bytes(), "text/html"))
        elif p.suffix == ".txt":
            out.append((p.name, p.read_bytes(), "text/plain; charset=utf-8"))
    if SHARED_TEXTS.exists():
        for p in sorted(SHARED_TEXTS.glob("r*.txt")):
            if not p.name.startswith("r3"):  # r3xx is the held-out block: never used here
                out.append((p.name, p.read_bytes(), "text/plain; charset=utf-8"))
    return out


def _vary(data: bytes, ctype: str, i: int, rnd: random.Random) -> bytes:
    """A new document from a base: years shifted, days moved, an item number in the first line."""
    charset = "cp949" if b"charset=euc-kr" in data.lower() or b"charset=cp949" in data.lower() else "utf-8"
    try:
        text = data.decode(charset)
    except UnicodeDecodeError:
        text, charset = data.decode("utf-8", "replace"), "utf-8"
    shift = rnd.randint(-3, 3)
    text = re.sub(r"(19|20)(\d\d)(?=년|\.|-)", lambda m: str(int(m.group(0)) + shift), text)
    text = re.sub(r"(?<!\d)([1-9]|1\d|2[0-8])일", lambda m: f"{(int(m.group(1)) + i) % 28 + 1}일", text)
    if "html" in ctype:
        text = re.sub(r"(<title>)", rf"\g<1>[{i}] ", text, count=1, flags=re.I)
    else:
        text = f"[{i}] " + text
    return text.encode(charset, "replace")


def make_corpus(directory: Path, n_docs: int, n_files: int, seed: int = 11) -> list[Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rnd = random.Random(seed)
    bases = _bases()
    files = [directory / f"crawl-{k:03d}.warc.gz" for k in range(n_files)]
    bufs = [io.BytesIO() for _ in files]
    writers = [WARCWriter(b, gzip=True) for b in bufs]
    for i in range(n_docs):
        name, data, ctype = bases[i % len(bases)]
        payload = _vary(data, ctype, i, rnd)
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        w = writers[i % n_files]
        w.write_record(w.create_warc_record(f"https://bench.example/{i}/{name}", "response",
                                            payload=io.BytesIO(payload), http_headers=headers))
    for f, b in zip(files, bufs):
        f.write_bytes(b.getvalue())
    return files


def laptop_rate(files: list[Path], n: int = 50) -> float:
    """Seconds per document of the pipeline in this process over the first ``n`` documents (no Spark)."""
    from coopgraph.ingest import read_inputs
    from coopgraph.pipeline import Pipeline

    raws = []
    for item in read_inputs([str(f) for f in files]):
        if hasattr(item, "data"):
            raws.append(item)
        if len(raws) >= n:
            break
    pipe = Pipeline()
    pipe.safe_run(raws[0])  # analysers loaded before the clock starts
    t = time.perf_counter()
    for raw in raws:
        pipe.safe_run(raw)
    return (time.perf_counter() - t) / len(raws)


def _cores(master: str) -> int:
    found = re.search(r"\[(\d+)", master)
    return int(found.group(1)) if found else os.cpu_count() or 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    ap.add_argument("--no-laptop", action="store_true", help="skip the single-process comparison")
    args = ap.parse_args()

    from coopgraph.spark.job import JobConfig, run, spark_session

    with tempfile.TemporaryDirectory(prefix="coopgraph-bench-spark-") as tmp:
        tmpdir = Path(tmp)
        files = make_corpus(tmpdir, args.docs, args.files)
        size = sum(f.stat().st_size for f in files)
        print(f"corpus: {args.docs} documents in {len(files)} gzip WARC files, {size / 1e6:.1f} MB; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        if not args.no_laptop:
            per_doc = laptop_rate(files)
            print(f"single process, no Spark: {per_doc * 1000:.0f} ms/doc ({1 / per_doc:.2f} docs/s)", flush=True)
        rates = {}
        for master in args.masters:
            cores = _cores(master)
            t0 = time.perf_counter()
            spark = spark_session(master, app="coopgraph-bench", conf={
                "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false"})
            startup = time.perf_counter() - t0
            try:
                t = time.perf_counter()
                counts = run(spark, JobConfig(inputs=tuple(str(f) for f in files), out=str(tmpdir / f"out-{cores}"),
                                              partitions=args.partitions))
                wall = time.perf_counter() - t
            finally:
                spark.stop()
            docs = counts["documents"] + counts["errors"]
            rates[master] = docs / wall
            print(f"{master}: start-up {startup:.1f} s; {docs} documents in {wall:.1f} s = {docs / wall:.2f} docs/s, "
                  f"{wall * cores / docs * 1000:.0f} core-ms/doc (wall x cores), pipeline CPU "
                  f"{counts['pipeline_cpu_s'] / docs * 1000:.0f} ms/doc; tables {counts}; "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
        if len(rates) >= 2:
            (m1, r1), (m2, r2) = sorted(rates.items(), key=lambda kv: _cores(kv[0]))[:2]
            print(f"scaling {m2} / {m1}: x{r2 / r1:.2f}")


if __name__ == "__main__":
    main()
