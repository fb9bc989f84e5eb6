"""Error codes users see, the exceptions that carry them, and the exit codes of `coopgraph`.

Two kinds of failure:

* about one document: a stage raises :class:`CoopgraphError`; the pipeline
  turns it into an :class:`~coopgraph.records.ErrorRecord` and the batch goes on;
* about the whole command (a typo, a store that cannot be opened, nothing to
  read): a :class:`CommandError` subclass, raised anywhere below the CLI, which
  :func:`coopgraph.cli.main` prints as ONE line on stderr and turns into the
  documented exit code (:data:`EXIT_CODES`). No traceback unless ``--debug``.
"""

from __future__ import annotations

# code -> what it means (printed by `coopgraph --help-errors` and in docs)
CODES: dict[str, str] = {
    "not_found": "the path does not exist",
    "unreadable": "the file could not be read (permissions, I/O error, a FIFO or device, a symlink loop)",
    "empty": "the document has no bytes or no text",
    "binary": "the bytes are not text or HTML (e.g. an image, a PDF, an archive)",
    "encoding": "no text encoding decodes the bytes",
    "too_large": "the document (or archive member, JSON line, stdin) is larger than the configured limit",
    "timeout": "the document took longer than the configured time limit",
    "bad_json": "a JSON Lines record is not valid JSON or lacks html/text",
    "bad_warc": "a WARC/WET archive is truncated or corrupt",
    "bad_gzip": "a gzip-compressed input is truncated or corrupt",
    "no_text": "cleaning left no article text",
    "internal": "an unexpected error in a pipeline stage (a bug: please report it)",
}

# --------------------------------------------------------------------------- exit codes
EXIT_OK = 0
EXIT_FAILED_DOCS = 1  # the command ran, but some documents failed (each has an error record)
EXIT_USAGE = 2  # a bad argument, option, URL or file name: nothing was done
EXIT_STORE = 3  # the store cannot be reached, opened, written or is not a coopgraph store
EXIT_NOTHING = 4  # the inputs held nothing to read (empty directory, no readable file)
EXIT_IO = 74  # a file the command had to read or write could not be (sysexits EX_IOERR)
EXIT_BUG = 70  # an unexpected exception: a bug (sysexits EX_SOFTWARE); rerun with --debug
EXIT_INTERRUPTED = 130  # Ctrl-C

EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success",
    EXIT_FAILED_DOCS: "some documents failed (their error records were written; the rest is done)",
    EXIT_USAGE: "usage error: a bad argument, option, store URL or path; nothing was done",
    EXIT_STORE: "the store is unreachable or unusable (server down, no store at that path, read-only, "
                "newer schema)",
    EXIT_NOTHING: "nothing to read: an empty directory, or no readable file among the inputs",
    EXIT_BUG: "an unexpected internal error (a bug); rerun with --debug for the traceback and report it",
    EXIT_IO: "a file could not be read or written (missing directory, permissions, disk full)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
}


class CoopgraphError(Exception):
    """An error about one document, with a stable code from :data:`CODES`."""

    def __init__(self, code: str, message: str):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message


class CommandError(Exception):
    """An error about the whole command: printed as one line, exits with :attr:`exit_code`.

    The message says what is wrong and where; ``hint`` says what to do.
    """

    exit_code = EXIT_BUG

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def line(self) -> str:
        return f"{self.message}: {self.hint}" if self.hint else self.message


class UsageError(CommandError):
    """A bad argument, option, URL or path given by the user (exit 2)."""

    exit_code = EXIT_USAGE


class StoreError(CommandError):
    """The store cannot be reached, opened or written, or is not a usable coopgraph store (exit 3)."""

    exit_code = EXIT_STORE


class NothingToRead(CommandError):
    """The inputs held no document at all (exit 4)."""

    exit_code = EXIT_NOTHING


class FileAccessError(CommandError):
    """A file the command must read or write (not an input document) could not be (exit 74)."""

    exit_code = EXIT_IO
