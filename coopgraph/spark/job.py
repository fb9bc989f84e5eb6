"""The Spark job: read -> pipeline (mapPartitions) -> fuse -> Parquet (and optionally a store).

Run it with ``coopgraph spark INPUT... --out DIR`` (a local session) or hand
this module to ``spark-submit`` (docs/scale-out.md)::

    spark-submit --master yarn --archives coopgraph-env.tar.gz#env \\
        $(python -c 'import coopgraph.spark.job as j; print(j.__file__)') \\
        hdfs:///crawls/2024/*.warc.gz --out hdfs:///coopgraph/2024

Steps:

1. list the inputs on the driver (:mod:`coopgraph.spark.inputs`) and read
   them in tasks; every document carries its reading order;
2. drop repeated documents (the same ``doc_id``: the first in reading order
   stays, as in the store) while spreading documents over partitions;
3. run :meth:`coopgraph.pipeline.Pipeline.timed_run` (as ``Pipeline.stream`` does) in ``mapPartitions``: one
   Pipeline per executor process (the analysers are built on its first
   document and reused by every later task of that process); a bad document
   becomes an error row, never a failed task;
4. fuse events across documents (:mod:`coopgraph.spark.fusion`);
5. write the tables (:mod:`coopgraph.spark.tables`) in overwrite mode, so a
   rerun over the same inputs gives the same tables; with ``--db`` also load
   the documents, in reading order, through the store's own ingest.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coopgraph.ingest.options import add_limit_flags, settings_from_args
from coopgraph.records import DocRecord, ErrorRecord
from coopgraph.settings import Settings
from coopgraph.spark import SparkUnavailable, require_spark

FAIL_ONCE_ENV = "COOPGRAPH_SPARK_FAIL_ONCE"  # fault injection for tests: a marker file path
TABLES = ("documents", "mentions", "events", "entities", "errors")

_PIPELINES: dict[Settings, Any] = {}


def _pipeline(settings: Settings):
    """The executor process's Pipeline (module-level: built once, reused by every task of the process)."""
    pipe = _PIPELINES.get(settings)
    if pipe is None:
        from coopgraph.pipeline import Pipeline

        pipe = _PIPELINES[settings] = Pipeline(settings)
    return pipe


@dataclass(frozen=True)
class JobConfig:
    inputs: tuple[str, ...]
    out: str
    db: str | None = None
    partitions: int | None = None  # pipeline partitions; default max(2 x cores, number of input files)
    settings: Settings = field(default_factory=Settings)
    fail_once: str | None = None  # marker file: the first pipeline task fails once (fault-injection tests)


def spark_session(master: str | None = None, app: str = "coopgraph", conf: dict[str, str] | None = None):
    """A SparkSession (``master`` None: the one spark-submit configured); one line when it cannot start."""
    require_spark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    conf = dict(conf or {})
    if (master or "").startswith("local") and not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable  # local workers run this interpreter (and its venv)
    for k, v in conf.items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - Py4J/JVM start-up errors come in many types
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise SparkUnavailable(f"Spark could not start: {first}",
                               "check JAVA_HOME (Java 17+) and --master") from exc
    spark.sparkContext.setLogLevel("WARN")
    return spark


def _process(index: int, items: Iterator, settings: Settings, fail_once: str | None, cpu=None) -> Iterator:
    """The pipeline over one partition; ``cpu`` (an accumulator) adds the CPU seconds the documents took."""
    import time

    pipe = _pipeline(settings)
    for n, (_, (order, item)) in enumerate(items):
        if fail_once and index == 0 and n == 1 and not os.path.exists(fail_once):
            Path(fail_once).write_text("the first pipeline task failed here once\n", encoding="utf-8")
            raise RuntimeError("injected task failure (" + FAIL_ONCE_ENV + ")")
        if isinstance(item, ErrorRecord):
            yield order, item
            continue
        t = time.process_time()
        rec = pipe.timed_run(item)
        if cpu is not None:
            cpu.add(time.process_time() - t)
        yield order, rec


def _first(a, b):
    """Of two copies of one document, the one read first."""
    return a if a[0] <= b[0] else b


def _rows(rdd, schema):
    names = schema.fieldNames()
    return rdd.map(lambda d: tuple(d.get(n) for n in names))


def _merge_entities(a: tuple, b: tuple) -> tuple:
    keep = min(a, b, key=lambda e: (e[1] or "", e[2] or "", e[3] or ""))
    return (keep[0], keep[1], keep[2], keep[3] or a[3] or b[3], tuple(sorted(set(a[4]) | set(b[4]))))


def _out_path(out: str, table: str) -> str:
    from coopgraph.spark.inputs import is_uri

    return (out.rstrip("/") + "/" + table) if is_uri(out) else str(Path(out).resolve() / table)


def run(spark, cfg: JobConfig) -> dict[str, int]:
    """Run the whole job; returns the number of rows of each table written (and the pipeline's CPU seconds)."""
    from pyspark import StorageLevel

    from coopgraph.spark import fusion, tables
    from coopgraph.spark.inputs import list_inputs, raw_rdd

    sc = spark.sparkContext
    settings = cfg.settings
    files, missing = list_inputs(spark, list(cfg.inputs))
    n = cfg.partitions or max(2 * sc.defaultParallelism, len(files), 1)
    fail_once = cfg.fail_once

    raw = raw_rdd(spark, files, settings, n)
    keyed = raw.map(lambda t: (("d", t[1].doc_id) if not isinstance(t[1], ErrorRecord) else ("e", t[0]), t))
    unique = keyed.reduceByKey(_first, numPartitions=n, partitionFunc=lambda k: fusion.partition_of(repr(k), n))
    cpu = sc.accumulator(0.0)
    results = unique.mapPartitionsWithIndex(lambda i, it: _process(i, it, settings, fail_once, cpu))
    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    missing_rdd = sc.parallelize([((-1, i), e) for i, e in enumerate(missing)], 1)
    docs = results.filter(lambda t: isinstance(t[1], DocRecord))

    # fusion: blocks of documents that can meet in the store, fused by the store's own code
    fusable = docs  # every document: one without events can still be the first copy of a story
    clusters = sc.broadcast(fusion.key_clusters(fusable.flatMap(lambda t: fusion.name_sets(t[1])).distinct().collect()))
    token_sets = fusable.map(lambda t: fusion.link_tokens(t[1], clusters.value)).filter(bool).distinct().collect()
    roots = sc.broadcast(fusion.block_roots(token_sets))
    by_block = fusable.map(lambda t: ((fusion.block_of(t[1], clusters.value, roots.value), t[0]), t[1]))
    fused = by_block.repartitionAndSortWithinPartitions(
        n, partitionFunc=lambda k: fusion.partition_of(k[0], n), keyfunc=lambda k: k[1])
    fused = fused.mapPartitions(lambda it: fusion.fuse_partition(rec for _, rec in it))
    fused = fused.persist(StorageLevel.MEMORY_AND_DISK)

    schemas = tables.schemas()
    frames = {
        "documents": spark.createDataFrame(_rows(docs.map(lambda t: tables.document_row(*t)), schemas["documents"]),
                                           schemas["documents"]),
        "events": spark.createDataFrame(
            _rows(fused.filter(lambda x: x[0] == "event").map(lambda x: fusion.event_row(x[1])), schemas["events"]),
            schemas["events"]),
        "entities": spark.createDataFrame(
            fused.filter(lambda x: x[0] == "entity").map(lambda x: (x[1][0], x[1])).reduceByKey(_merge_entities)
            .map(lambda kv: (kv[1][0], kv[1][1], kv[1][2], kv[1][3], list(kv[1][4]))), schemas["entities"]),
    }
    mention_schema = schemas["mentions"]
    extracted = spark.createDataFrame(_rows(docs.flatMap(lambda t: tables.mention_rows(t[1])), mention_schema),
                                      mention_schema)
    ids = spark.createDataFrame(fused.filter(lambda x: x[0] == "mention").map(lambda x: x[1]),
                                "doc_id string, idx int, event_id string")
    frames["mentions"] = extracted.drop("event_id").join(ids, ["doc_id", "idx"], "left").select(*mention_schema.names)
    errs = (results.filter(lambda t: isinstance(t[1], ErrorRecord)).union(missing_rdd)
            .union(fused.filter(lambda x: x[0] == "error").map(lambda x: ((-1, -1), x[1]))))
    frames["errors"] = spark.createDataFrame(_rows(errs.map(lambda t: tables.error_row(*t)), schemas["errors"]),
                                             schemas["errors"])

    counts = {}
    for name in TABLES:
        df = frames[name]
        writer = df.write.mode("overwrite")
        if "year" in df.columns:
            writer = writer.partitionBy("year")
        writer.parquet(_out_path(cfg.out, name))
        counts[name] = spark.read.schema(schemas[name]).parquet(_out_path(cfg.out, name)).count()
    counts["pipeline_cpu_s"] = round(cpu.value, 3)  # CPU seconds in the pipeline (a retried task counts twice)
    if cfg.db:
        counts.update(load_store(results.union(missing_rdd), cfg.db))
    fused.unpersist()
    results.unpersist()
    return counts


def load_store(results, db_url: str) -> dict[str, int]:
    """Ingest the records, in reading order, into the store at ``db_url`` (its own fusion, idempotent)."""
    from coopgraph.store import open_store

    store = open_store(db_url)
    try:
        stats = store.ingest(rec for _, rec in results.sortByKey().toLocalIterator())
        return {"db_stored": stats.stored, "db_present": stats.present, "db_failed": stats.failed}
    finally:
        store.close()


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="file, directory or glob; or a Hadoop URI (hdfs://, s3a://, file:/) with globs")
    p.add_argument("--out", required=True, metavar="DIR", help="directory (or Hadoop URI) for the Parquet tables")
    p.add_argument("--db", metavar="URL", help="also load the result into this store (postgresql://... or sqlite:///...)")
    p.add_argument("--partitions", type=int, metavar="N",
                   help="pipeline partitions (default: max(2 x cores, number of input files))")
    p.add_argument("--ref", metavar="YYYY-MM-DD", help="reference date for documents without a date")
    p.add_argument("--no-ner", action="store_true", help="gazetteer and patterns only")
    add_limit_flags(p)


def config_from_args(args: argparse.Namespace) -> JobConfig:
    return JobConfig(inputs=tuple(args.inputs), out=args.out, db=args.db, partitions=args.partitions,
                     settings=settings_from_args(args, ref_date=args.ref, use_ner=not args.no_ner, db_url=args.db),
                     fail_once=os.environ.get(FAIL_ONCE_ENV) or None)


def summary(counts: dict[str, float], out: str) -> str:
    line = ", ".join(f"{counts[t]} {t}" for t in TABLES)
    if counts.get("documents"):
        line += f"; pipeline CPU {counts.get('pipeline_cpu_s', 0):.1f} s " \
                f"({1000 * counts.get('pipeline_cpu_s', 0) / counts['documents']:.0f} ms/document)"
    if "db_stored" in counts:
        line += f"; store: {counts['db_stored']} stored, {counts['db_present']} already there, " \
                f"{counts['db_failed']} failed"
    return f"coopgraph: {line} -> {out}"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``spark-submit``: the master comes from spark-submit unless --master is given."""
    ap = argparse.ArgumentParser(prog="coopgraph.spark.job", description=__doc__.split("\n\n")[0])
    add_arguments(ap)
    ap.add_argument("--master", metavar="URL", help="Spark master (default: what spark-submit configured)")
    args = ap.parse_args(argv)
    try:
        spark = spark_session(args.master)
    except SparkUnavailable as exc:
        print(f"coopgraph: {exc.line()}", file=sys.stderr)
        return exc.exit_code
    try:
        counts = run(spark, config_from_args(args))
    finally:
        spark.stop()
    print(summary(counts, args.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
