"""Error codes users see, and the exception that carries them.

A stage raises :class:`CoopgraphError`; the pipeline turns it into an
:class:`~coopgraph.records.ErrorRecord` and the batch goes on.
"""

from __future__ import annotations

# code -> what it means (printed by `coopgraph --help-errors` and in docs)
CODES: dict[str, str] = {
    "not_found": "the path does not exist",
    "unreadable": "the file could not be read (permissions, I/O error)",
    "empty": "the document has no bytes or no text",
    "binary": "the bytes are not text or HTML (e.g. an image, a PDF, an archive)",
    "encoding": "no text encoding decodes the bytes",
    "too_large": "the document is larger than the configured limit",
    "bad_json": "a JSON Lines record is not valid JSON or lacks html/text",
    "bad_warc": "a WARC/WET archive is truncated or corrupt",
    "no_text": "cleaning left no article text",
    "internal": "an unexpected error in a pipeline stage (a bug: please report it)",
}


class CoopgraphError(Exception):
    """An error about one document, with a stable code from :data:`CODES`."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message
