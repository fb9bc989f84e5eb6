"""Inputs of the Spark job: list files on the driver, read them inside tasks.

The listing fixes the order ``coopgraph ingest`` would read the same
arguments in (arguments in the order given, a directory's files sorted like
:func:`coopgraph.ingest.iter_files`, records in file order); every document
carries that position as its ``order`` = (file index, record index), which
fusion replays so that the fused events equal the store's.

* a local path (file, directory, glob): read in the task with
  :func:`coopgraph.ingest.read_inputs`, exactly as ``coopgraph extract`` reads
  it, so sources and ``doc_id`` are the same;
* a Hadoop filesystem URI (``hdfs://``, ``s3a://``, ``file:``, ``gs://``, globs
  allowed): listed through Spark's Hadoop configuration and read with
  ``binaryFiles``; the bytes go through the same stream reader as a local
  file (container sniffing, WARC/WET, JSON Lines, gzip, limits). Each such
  file is held in memory once by its task.
"""

from __future__ import annotations

import glob
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from coopgraph.records import ErrorRecord, RawDoc
from coopgraph.settings import Settings

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_GLOB = re.compile(r"[*?\[{]")


@dataclass(frozen=True, slots=True)
class InputFile:
    index: int  # position in the global reading order
    source: str  # how sources of its documents start (the path as the user gave it)
    location: str  # what to open: an absolute local path, or a Hadoop URI
    local: bool


def is_uri(arg: str) -> bool:
    """A Hadoop filesystem URI (``hdfs://…``, ``s3a://…``, ``file:/…``), not a local path."""
    return bool(_SCHEME.match(arg)) and not re.match(r"^[A-Za-z]:[\\/]", arg)


def _local_files(arg: str) -> list[tuple[str, str]] | None:
    """(source, absolute path) of the files an argument names, in read_inputs order; None when nothing."""
    from coopgraph.ingest import iter_files

    matches = [arg] if os.path.exists(arg) else sorted(glob.glob(arg)) if _GLOB.search(arg) else []
    out: list[tuple[str, str]] = []
    for m in matches:
        if os.path.isdir(m):
            out += [(f, os.path.abspath(f)) for f in iter_files(m)]
        else:
            out.append((m, os.path.abspath(m)))
    return out or None


def _hadoop_files(spark, uri: str) -> list[str] | None:
    """Files behind a Hadoop URI or glob, recursively, sorted like a tree listing; None when nothing."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(conf)
    statuses = fs.globStatus(path)
    if statuses is None or len(statuses) == 0:
        return None
    found: list[str] = []
    for st in sorted(statuses, key=lambda s: s.getPath().toString()):
        if st.isDirectory():
            it = fs.listFiles(st.getPath(), True)
            while it.hasNext():
                found.append(it.next().getPath().toString())
        else:
            found.append(st.getPath().toString())
    found = [f for f in found if not any(part.startswith(".") for part in f.split("/")[3:])]
    found.sort(key=lambda f: f.split("/"))
    return found or None


def list_inputs(spark, args: list[str]) -> tuple[list[InputFile], list[ErrorRecord]]:
    """The files to read, in order, and a ``not_found`` error per argument that names nothing."""
    files: list[InputFile] = []
    missing: list[ErrorRecord] = []
    for arg in args:
        if is_uri(arg):
            found = _hadoop_files(spark, arg)
            pairs = [(f, f) for f in found or ()]
        else:
            found = _local_files(arg)
            pairs = found or []
        if not found:
            missing.append(ErrorRecord(source=arg, code="not_found", message=f"no such file or directory: {arg}"))
        for source, location in pairs:
            files.append(InputFile(index=len(files), source=source, location=location, local=not is_uri(arg)))
    return files, missing


def read_local(f: InputFile, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    """One local file through :func:`coopgraph.ingest.read_inputs`; sources named as the user gave the path."""
    from coopgraph.ingest import read_inputs

    for item in read_inputs([f.location], settings):
        if item.source.startswith(f.location):
            item = replace(item, source=f.source + item.source[len(f.location):])
        yield item


def read_blob(source: str, data: bytes, settings: Settings) -> Iterator[RawDoc | ErrorRecord]:
    """The documents in one file's bytes, read by the very code that reads a local file's stream.

    (``coopgraph.ingest`` keeps that function private for now: ``read_stream`` when it is made
    public, ``_read_stream`` until then.)
    """
    import coopgraph.ingest as ingest

    read_stream = getattr(ingest, "read_stream", None) or ingest._read_stream
    yield from read_stream(source, io.BytesIO(data), source.rsplit("/", 1)[-1], settings, size=len(data))


def _uri_path(uri: str) -> str:
    """``file:/x``, ``file:///x`` and ``hdfs://nn:8020/x`` compare by their path part."""
    from urllib.parse import urlparse

    return urlparse(uri).path or uri


def raw_rdd(spark, files: list[InputFile], settings: Settings, slices: int):
    """RDD of ((file index, record index), RawDoc | ErrorRecord) for every document of ``files``."""
    sc = spark.sparkContext
    local = [f for f in files if f.local]
    remote = [f for f in files if not f.local]
    parts = []
    if local:
        def read_part(items):
            for f in items:
                for i, item in enumerate(read_local(f, settings)):
                    yield (f.index, i), item

        parts.append(sc.parallelize(local, max(1, min(len(local), slices))).mapPartitions(read_part))
    if remote:
        by_path = {_uri_path(f.location): f for f in remote}

        def read_remote(pair):
            uri, data = pair
            f = by_path.get(_uri_path(uri))
            if f is None:  # binaryFiles expanded something the listing did not name
                return
            for i, item in enumerate(read_blob(f.source, bytes(data), settings)):
                yield (f.index, i), item

        blobs = sc.binaryFiles(",".join(f.location for f in remote), minPartitions=max(1, min(len(remote), slices)))
        parts.append(blobs.flatMap(read_remote))
    if not parts:
        return sc.emptyRDD()
    return parts[0] if len(parts) == 1 else sc.union(parts)
