"""The ordered stages: clean -> sentences -> dates -> entities -> figures -> events.

``Pipeline.run(raw)`` turns one :class:`RawDoc` into a :class:`DocRecord`;
``Pipeline.stream(items)`` does it for many and turns every failure into an
:class:`ErrorRecord`, so one broken document never stops a batch.
:func:`run_parallel` does the same on N worker processes, in input order, with
a time limit per document.

Before cleaning, two guards (limits from :class:`~coopgraph.settings.Settings`):
HTML nested deeper than ``max_depth`` is flattened (its text kept), and a page
that is UTF-8 but for a few damaged bytes is read with those bytes replaced
(U+FFFD) instead of failing as ``encoding``. Either repair is reported in the
record's ``warnings``.
"""

from __future__ import annotations

import gc
import itertools
import os
import signal
import threading
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from coopgraph.errors import CoopgraphError
from coopgraph.records import Analysis, DocRecord, ErrorRecord, RawDoc
from coopgraph.settings import Settings

# a page is read as damaged UTF-8 when at most this share of its bytes is invalid (and at most 1 in 1000 + 16)
_MAX_DAMAGE = 0.001


@dataclass(frozen=True, slots=True)
class NotedDocRecord(DocRecord):
    """A document record with warnings about repairs made while reading it (e.g. bytes replaced)."""

    warnings: tuple[str, ...] = ()

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        out = DocRecord.to_json(self, explain=explain)
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


class DocumentTimeout(Exception):
    """Raised (by a timer signal) inside a document that ran past ``Settings.timeout``."""


def _timeout_record(raw: RawDoc, seconds: float, how: str) -> ErrorRecord:
    return ErrorRecord(source=raw.source, code="timeout", doc_id=raw.doc_id,
                       message=f"took longer than the limit of {seconds:g} s per document (timeout, --timeout); {how}")


def repair_utf8(data: bytes) -> tuple[bytes, int, int] | None:
    """UTF-8 with a few invalid bytes -> ``(bytes with U+FFFD for each bad byte, bad bytes, first offset)``.

    None when the bytes are not "UTF-8 but damaged" (too many invalid bytes: another encoding).
    """
    bad: list[int] = []
    pos = 0
    limit = 16 + int(len(data) * _MAX_DAMAGE)
    while True:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            start = pos + exc.start
            bad.extend(range(start, pos + exc.end))
            pos += exc.end
            if len(bad) > limit:
                return None
    if not bad:
        return None
    return data.decode("utf-8", "replace").encode("utf-8"), len(bad), bad[0]


class Pipeline:
    """Stateless apart from lazily built analysers; safe to pickle."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()

    def analyse(self, raw: RawDoc) -> Analysis:
        """Clean a raw document and run every recogniser over its text."""
        from coopgraph.clean import clean
        from coopgraph.link.entities import link_mentions
        from coopgraph.recognise.dates import find_dates
        from coopgraph.recognise.entities import find_mentions
        from coopgraph.recognise.figures import find_figures
        from coopgraph.text.sentences import split_sentences_with_tokens

        doc = clean(raw, self.settings)
        sentences, tokens = split_sentences_with_tokens(doc.text)  # Kiwi once per line, tokens kept for events
        ref = doc.doc_date or self.settings.ref_date
        dates = find_dates(doc.text, ref=date.fromisoformat(ref) if ref else None)
        mentions = find_mentions(doc.text, sentences, use_ner=self.settings.use_ner, tokens=tokens)  # no 2nd pass
        mentions, entities = link_mentions(mentions, doc.text)
        figures = find_figures(doc.text)
        return Analysis(doc=doc, sentences=sentences, dates=dates, mentions=mentions,
                        entities=entities, figures=figures, tokens=tokens, ref_date=ref)

    def _guarded(self, raw: RawDoc) -> tuple[Analysis, list[str]]:
        """``analyse`` behind the two input guards (nesting depth, damaged UTF-8); the repairs made."""
        from coopgraph.ingest.depth import flatten_deep_html

        notes: list[str] = []
        if raw.kind != "text":
            flat, dropped = flatten_deep_html(raw.data, self.settings.max_depth)
            if dropped:
                raw = replace(raw, data=flat)
                notes.append(f"HTML nested deeper than {self.settings.max_depth} elements (max_depth, --max-depth): "
                             f"{dropped:,} tags dropped, their text kept")
        try:
            return self.analyse(raw), notes
        except CoopgraphError as exc:
            fixed = repair_utf8(raw.data) if exc.code == "encoding" else None
            if fixed is None:
                raise
            data, n_bad, first = fixed
            notes.append(f"{n_bad} invalid UTF-8 byte{'s' if n_bad > 1 else ''} replaced by U+FFFD "
                         f"(first at byte {first:,})")
            return self.analyse(replace(raw, data=data)), notes

    def run(self, raw: RawDoc) -> DocRecord:
        from coopgraph.extract.events import extract_events

        analysis, notes = self._guarded(raw)
        events = extract_events(analysis)
        doc = analysis.doc
        fields = dict(doc_id=doc.doc_id, source=doc.source, url=doc.url, title=doc.title,
                      doc_date=doc.doc_date, text=doc.text, events=events, entities=analysis.entities)
        return NotedDocRecord(**fields, warnings=tuple(notes)) if notes else DocRecord(**fields)

    def analyse_text(self, text: str, ref_date: str | None = None) -> DocRecord:
        """The whole pipeline on one plain-text string (already stripped of HTML): its document record.

        ``ref_date`` (YYYY-MM-DD) resolves relative dates ("지난 7일") when the text gives no date of its
        own; ValueError when it is not a date. Errors in a stage raise (use :meth:`safe_run` for records).
        """
        import hashlib

        if ref_date is not None:
            date.fromisoformat(ref_date)  # ValueError for anything else
        data = text.encode("utf-8")
        raw = RawDoc(source="<text>", doc_id=hashlib.sha256(data).hexdigest()[:16], data=data, kind="text")
        pipe = self if ref_date is None else Pipeline(replace(self.settings, ref_date=ref_date))
        return pipe.run(raw)

    def safe_run(self, raw: RawDoc) -> DocRecord | ErrorRecord:
        try:
            return self.run(raw)
        except CoopgraphError as exc:
            return ErrorRecord(source=raw.source, code=exc.code, message=exc.message, doc_id=raw.doc_id)
        except DocumentTimeout:
            return _timeout_record(raw, self.settings.timeout or 0, "stopped")
        except RecursionError:
            return ErrorRecord(source=raw.source, code="internal", doc_id=raw.doc_id,
                               message="RecursionError: the document is nested too deeply for a pipeline stage")
        except Exception as exc:  # noqa: BLE001 - a bug in one stage must not stop the batch
            last = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"
            return ErrorRecord(source=raw.source, code="internal", doc_id=raw.doc_id,
                               message=f"{type(exc).__name__}: {exc} (at {where})")

    def timed_run(self, raw: RawDoc) -> DocRecord | ErrorRecord:
        """``safe_run`` under ``Settings.timeout``, by a timer signal (main thread only; else no limit).

        A stage stuck inside C code (a regex, a parser) is stopped only when it
        returns to Python; :func:`run_parallel` with 2+ jobs stops any stage.
        """
        seconds = self.settings.timeout
        if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal,
                                                                                                   "setitimer"):
            return self.safe_run(raw)

        def expired(signum, frame):
            raise DocumentTimeout

        old = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return self.safe_run(raw)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)

    def stream(self, items: Iterable[RawDoc | ErrorRecord]) -> Iterator[DocRecord | ErrorRecord]:
        for item in items:
            yield item if isinstance(item, ErrorRecord) else self.timed_run(item)


def extract(paths: Iterable[str], settings: Settings | None = None,
            jobs: int | None = 1) -> Iterator[DocRecord | ErrorRecord]:
    """Read files/directories (or ``-``) and yield one record per document, in input order.

    ``jobs``: worker processes (None: one per core; 1: in this process).
    """
    from coopgraph.ingest import read_inputs

    settings = settings or Settings()
    return run_parallel(read_inputs(list(paths), settings), settings, jobs=jobs)


# ----------------------------------------------------------------------------- worker processes
def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _worker_main(conn, settings: Settings) -> None:
    """A worker process: one Pipeline (its analysers built once, on first use), one document at a time."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    pipeline = Pipeline(settings.with_(timeout=None))  # the parent enforces the time limit
    # build the analysers (Kiwi, NER, gazetteers) before the first document, so its time limit is its own
    pipeline.safe_run(RawDoc(source="warm-up", doc_id="0" * 16, kind="text",
                             data="한국과 몽골은 2020년 5월 4일 서울에서 협력 양해각서를 체결했다.".encode()))
    # what lives for the whole run (the analysers, word lists, compiled patterns: ~64,000 objects) leaves the garbage
    # collector's generations: a full collection (~25 ms, one per ~300 pages) then walks only the pages' own objects.
    # No gc.collect() first: the warm-up leaves no cyclic garbage, and it would cost ~19 ms before the first record
    gc.freeze()
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        seq, raw = msg
        conn.send((seq, pipeline.safe_run(raw)))


class _Worker:
    def __init__(self, ctx, settings: Settings):
        parent, child = ctx.Pipe()
        self.conn = parent
        self.proc = ctx.Process(target=_worker_main, args=(child, settings), daemon=True)
        self.proc.start()
        child.close()
        self.task: tuple[int, RawDoc, float] | None = None  # (seq, raw, started at)
        self.ready = False  # analysers built (the worker said "ready")

    def stop(self, kill: bool = False) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout=None if kill else 10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def run_parallel(items: Iterable[RawDoc | ErrorRecord], settings: Settings | None = None, jobs: int | None = None,
                 timeout: float | None = -1.0, window: int | None = None) -> Iterator[DocRecord | ErrorRecord]:
    """Run the pipeline over ``items`` on ``jobs`` worker processes; yield one record per item, in input order.

    Args:
        items: RawDocs (and ErrorRecords from reading, passed through in their place).
        settings: the run's settings (pickled to every worker).
        jobs: worker processes; None: one per core (:func:`default_jobs`); 1: in this process, no workers.
        timeout: seconds per document (default ``settings.timeout``; None: no limit). A worker past it is
            killed and replaced, and the document becomes a ``timeout`` error record.
        window: most documents in flight or waiting to be yielded (default 4 per job): memory stays bounded
            however long one document takes.

    Identical output to ``jobs=1``: each worker runs the same :meth:`Pipeline.safe_run`.
    """
    settings = settings or Settings()
    if timeout is not None and timeout < 0:
        timeout = settings.timeout
    jobs = default_jobs() if jobs is None else jobs
    if jobs > 1:
        # a single document runs here at once rather than waiting for workers to start
        rest = iter(items)
        head = list(itertools.islice(rest, 2))
        jobs = jobs if len(head) > 1 else 1
        items = itertools.chain(head, rest)
    if jobs <= 1:
        yield from Pipeline(settings.with_(timeout=timeout)).stream(items)
        return
    yield from _Pool(settings, jobs, timeout, window or 4 * jobs).run(iter(items))


class _Pool:
    def __init__(self, settings: Settings, jobs: int, timeout: float | None, window: int):
        import multiprocessing

        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self.ctx = multiprocessing.get_context(method)
        self.settings, self.jobs, self.timeout, self.window = settings, jobs, timeout, window
        self.workers: list[_Worker] = []
        self.failed_starts = 0

    def run(self, items: Iterator[RawDoc | ErrorRecord]) -> Iterator[DocRecord | ErrorRecord]:
        from multiprocessing.connection import wait

        done: dict[int, DocRecord | ErrorRecord] = {}
        seq = out = 0
        exhausted = False
        try:
            self.workers = [_Worker(self.ctx, self.settings) for _ in range(self.jobs)]
            while True:
                # hand out documents while there is room in the window and an idle worker
                while not exhausted and seq - out < self.window:
                    idle = next((w for w in self.workers if w.ready and w.task is None), None)
                    if idle is None:
                        break
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                        break
                    if isinstance(item, ErrorRecord):
                        done[seq] = item
                    else:
                        idle.conn.send((seq, item))
                        idle.task = (seq, item, _now())
                    seq += 1
                while out in done:
                    yield done.pop(out)
                    out += 1
                if exhausted and out == seq:
                    return
                busy = [w for w in self.workers if w.task is not None]
                starting = [w for w in self.workers if not w.ready]
                if not busy and not starting:
                    continue  # the window is full of finished records or read errors: yielded above
                wait_for = None
                if self.timeout and busy:
                    wait_for = max(0.0, min(w.task[2] + self.timeout for w in busy) - _now())
                watched = busy + starting
                ready = wait([w.conn for w in watched] + [w.proc.sentinel for w in watched], timeout=wait_for)
                for w in starting:
                    if w.conn in ready or w.proc.sentinel in ready:
                        self._started(w)
                for w in busy:
                    if w.conn in ready or w.proc.sentinel in ready:
                        self._collect(w, done)
                    elif self.timeout and _now() - w.task[2] >= self.timeout:
                        s, raw, _ = w.task
                        done[s] = _timeout_record(raw, self.timeout, "the worker was stopped and replaced")
                        self._replace(w, kill=True)
        finally:
            for w in self.workers:
                w.stop(kill=w.task is not None)

    def _started(self, w: _Worker) -> None:
        try:
            w.conn.recv()
            w.ready = True
        except (EOFError, OSError):  # died while building its analysers: not a document's fault
            self.failed_starts += 1
            if self.failed_starts > 3 * self.jobs:
                raise RuntimeError(f"worker processes keep dying while starting (exit code {w.proc.exitcode})") from None
            self._replace(w, kill=True)

    def _collect(self, w: _Worker, done: dict) -> None:
        s, raw, _ = w.task
        try:
            got_seq, rec = w.conn.recv()
            assert got_seq == s
            done[s] = rec
            w.task = None
        except (EOFError, OSError):  # the worker died on this document (killed, out of memory, a crash in C)
            w.proc.join(timeout=5)
            done[s] = ErrorRecord(source=raw.source, code="internal", doc_id=raw.doc_id,
                                  message=f"the worker process died on this document (exit code "
                                          f"{w.proc.exitcode}); it was replaced")
            self._replace(w, kill=True)

    def _replace(self, w: _Worker, kill: bool) -> None:
        w.stop(kill=kill)
        self.workers[self.workers.index(w)] = _Worker(self.ctx, self.settings)


def _now() -> float:
    import time

    return time.monotonic()
