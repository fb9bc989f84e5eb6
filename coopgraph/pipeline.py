"""The ordered stages: clean -> sentences -> dates -> entities -> figures -> events.

``Pipeline.run(raw)`` turns one :class:`RawDoc` into a :class:`DocRecord`;
``Pipeline.stream(items)`` does it for many and turns every failure into an
:class:`ErrorRecord`, so one broken document never stops a batch.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from datetime import date

from coopgraph.errors import CoopgraphError
from coopgraph.records import Analysis, DocRecord, ErrorRecord, RawDoc
from coopgraph.settings import Settings


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
        mentions = find_mentions(doc.text, sentences, use_ner=self.settings.use_ner)
        mentions, entities = link_mentions(mentions, doc.text)
        figures = find_figures(doc.text)
        return Analysis(doc=doc, sentences=sentences, dates=dates, mentions=mentions,
                        entities=entities, figures=figures, tokens=tokens)

    def run(self, raw: RawDoc) -> DocRecord:
        from coopgraph.extract.events import extract_events

        analysis = self.analyse(raw)
        events = extract_events(analysis)
        doc = analysis.doc
        return DocRecord(doc_id=doc.doc_id, source=doc.source, url=doc.url, title=doc.title,
                         doc_date=doc.doc_date, text=doc.text, events=events,
                         entities=analysis.entities)

    def safe_run(self, raw: RawDoc) -> DocRecord | ErrorRecord:
        try:
            return self.run(raw)
        except CoopgraphError as exc:
            return ErrorRecord(source=raw.source, code=exc.code, message=exc.message, doc_id=raw.doc_id)
        except Exception as exc:  # noqa: BLE001 - a bug in one stage must not stop the batch
            last = traceback.extract_tb(exc.__traceback__)[-1]
            where = f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"
            return ErrorRecord(source=raw.source, code="internal", doc_id=raw.doc_id,
                               message=f"{type(exc).__name__}: {exc} (at {where})")

    def stream(self, items: Iterable[RawDoc | ErrorRecord]) -> Iterator[DocRecord | ErrorRecord]:
        for item in items:
            yield item if isinstance(item, ErrorRecord) else self.safe_run(item)


def extract(paths: Iterable[str], settings: Settings | None = None) -> Iterator[DocRecord | ErrorRecord]:
    """Read files/directories (or ``-``) and yield one record per document."""
    from coopgraph.ingest import read_inputs

    settings = settings or Settings()
    return Pipeline(settings).stream(read_inputs(list(paths), settings))
