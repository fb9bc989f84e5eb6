"""coopgraph: Korean international-cooperation news -> source-linked event records."""

from coopgraph.pipeline import Pipeline, extract
from coopgraph.records import (
    CleanDoc,
    DateExpr,
    DocRecord,
    Entity,
    ErrorRecord,
    Event,
    Mention,
    RawDoc,
    Sentence,
)
from coopgraph.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "CleanDoc", "DateExpr", "DocRecord", "Entity", "ErrorRecord", "Event", "Mention",
    "Pipeline", "RawDoc", "Sentence", "Settings", "extract", "__version__",
]
