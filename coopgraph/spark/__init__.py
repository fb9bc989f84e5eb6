"""The pipeline as a Spark job: many WARC/WET, JSON Lines and text files in, Parquet tables out.

``coopgraph spark INPUT... --out DIR`` (or ``spark-submit`` of :mod:`coopgraph.spark.job`) reads the
inputs in Spark tasks with the same readers as ``coopgraph extract`` (so every document gets the
same ``doc_id``), runs :class:`coopgraph.pipeline.Pipeline` in ``mapPartitions`` with the analysers
built once per executor process, fuses events across documents with the store's own code
(:mod:`coopgraph.spark.fusion`) and writes ``documents``, ``mentions``, ``events``, ``entities``
and ``errors`` as Parquet. See docs/scale-out.md.

PySpark and a Java runtime are optional: :func:`require_spark` says in one line what is missing.
"""

from __future__ import annotations

import os
import shutil

from coopgraph.errors import EXIT_USAGE, CommandError

__all__ = ["SparkUnavailable", "require_spark"]


class SparkUnavailable(CommandError):
    """PySpark or a Java runtime is missing, or Spark could not start: nothing was done (exit 2)."""

    exit_code = EXIT_USAGE


def java_home_ok() -> bool:
    home = os.environ.get("JAVA_HOME")
    if home:
        return os.path.exists(os.path.join(home, "bin", "java"))
    return shutil.which("java") is not None


def require_spark() -> None:
    """Raise :class:`SparkUnavailable` unless PySpark imports and a ``java`` can be found."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SparkUnavailable("PySpark is not installed", "pip install 'coopgraph[spark]'") from exc
    if not java_home_ok():
        raise SparkUnavailable("Spark needs a Java runtime (17 or newer) and none was found",
                               "install one (apt-get install default-jre-headless) or set JAVA_HOME")
