"""coopgraph: Korean international-cooperation news -> source-linked event records.

    from coopgraph import EventFilter, Pipeline, extract, open_store

    store = open_store("sqlite:///coop.db")                 # or postgresql://…; mode="ro" to only read
    for ev in store.events(EventFilter(pair="KR-UZ", date_from="2022", date_to="2022")):
        print(ev["type"], ev["date"], [p["name"] for p in ev["participants"]], ev["num_sources"])

``open_store`` and ``EventFilter`` come from :mod:`coopgraph.store` (imported on first use).
"""

from coopgraph.pipeline import Pipeline, extract
from coopgraph.records import (
    CleanDoc,
    DateExpr,
    DocRecord,
    Entity,
    ErrorRecord,
    Event,
    Mention,
    Participant,
    RawDoc,
    Sentence,
)
from coopgraph.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "CleanDoc", "DateExpr", "DocRecord", "Entity", "ErrorRecord", "Event", "EventFilter", "Mention", "Participant",
    "Pipeline", "RawDoc", "Sentence", "Settings", "extract", "open_store", "__version__",
]


def __getattr__(name: str):
    """``open_store`` and ``EventFilter`` load the store package only when asked for."""
    if name in ("open_store", "EventFilter"):
        import coopgraph.store as store

        return getattr(store, name)
    raise AttributeError(f"module 'coopgraph' has no attribute {name!r}")
