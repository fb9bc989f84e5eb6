"""The `coopgraph spark` subcommand: the Spark job on a local session (or --master URL)."""

from __future__ import annotations

import argparse
import sys


def _cmd_spark(args: argparse.Namespace) -> int:
    from coopgraph.spark.job import config_from_args, run, spark_session, summary

    cfg = config_from_args(args)  # before Spark starts: a bad argument costs no JVM
    spark = spark_session(args.master or "local[*]", conf={"spark.ui.showConsoleProgress": "false"})
    try:
        counts = run(spark, cfg)
    finally:
        spark.stop()
    print(summary(counts, args.out), file=sys.stderr)
    return 0


def register(sub) -> None:
    """Add `coopgraph spark` to the `coopgraph` parser's subparsers."""
    from coopgraph.spark.job import add_arguments

    p = sub.add_parser("spark", help="run the pipeline as a Spark job: WARC/WET/JSONL/text in, Parquet tables out",
                       description="Read WARC/WET (gzip or not), JSON Lines and text files from local paths or "
                                   "Hadoop URIs (hdfs://, s3a://; globs allowed), run the pipeline in Spark tasks, "
                                   "fuse events across documents with the store's rules and write the Parquet "
                                   "tables documents, mentions, events, entities and errors under --out "
                                   "(overwritten on rerun). Needs PySpark (pip install 'coopgraph[spark]') and "
                                   "Java 17+. See docs/scale-out.md for spark-submit on a cluster.")
    add_arguments(p)
    p.add_argument("--master", metavar="URL", help="Spark master URL (default local[*]: every core of this machine)")
    p.set_defaults(func=_cmd_spark)
