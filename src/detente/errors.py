"""detente's errors: one small tree.

::

    DetenteError                  base of everything detente raises on purpose
    ├── InputError                a document could not be read or extracted; recorded, batch goes on
    │   ├── SourceNotFound        a path that does not exist
    │   ├── FetchError            a URL could not be fetched (network, status, timeout, size cap)
    │   │   └── BlockedURL        scheme or address refused (private, loopback, link-local)
    │   ├── DecodeError           bytes that are not text in any encoding we accept (binary)
    │   ├── EmptyDocument         nothing to read: empty file, or a page with no article text
    │   └── TooLarge              over the size cap (also gzip bombs)
    ├── DictionaryError           a lexicon or actor dictionary file is malformed (path and line)
    ├── StoreError                the database could not be opened or written
    └── ReviewError               an analyst's review is malformed (field, value)
        └── ReviewNotFound        the article or event it names is not stored

    DictionaryWarning             (a UserWarning) malformed lines of a user's TABARI/PETRARCH
                                  dictionary were skipped, as PETRARCH does: file, count, first reason

Every error carries what failed (`source`) and says what to do next; `reason()` turns it into the
`ErrorInfo` record stored for a failed document.
"""

from __future__ import annotations

from .model import ErrorInfo


class DetenteError(Exception):
    """Base class: `source` names the path, URL or file that failed, `stage` the pipeline stage."""

    stage = "pipeline"

    def __init__(self, message: str, *, source: str | None = None, stage: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        if stage:
            self.stage = stage

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def __reduce__(self):
        # Keep `source` and `stage` when pickled to a worker process or a Dask worker.
        return _rebuild, (type(self), self.message, self.source, self.__dict__.get("stage"))


def _rebuild(cls, message, source, stage):
    return cls(message, source=source, stage=stage)


class InputError(DetenteError):
    stage = "ingest"


class SourceNotFound(InputError):
    pass


class FetchError(InputError):
    pass


class BlockedURL(FetchError):
    pass


class DecodeError(InputError):
    stage = "extract"


class EmptyDocument(InputError):
    stage = "extract"


class TooLarge(InputError):
    pass


class DictionaryError(DetenteError):
    stage = "dictionary"


class DictionaryWarning(UserWarning):
    """Malformed lines of a user dictionary were skipped; the rest of the file is used."""


def warn_skipped(path: str, skipped: list[DictionaryError], kept: int) -> None:
    """One warning for the malformed lines of a user dictionary that were skipped (as PETRARCH
    does with the public Phoenix files); a file of which nothing could be read is an error."""
    if not skipped:
        return
    if not kept:
        raise DictionaryError(f"no valid entry; {len(skipped)} malformed line(s), first: {skipped[0].message}", source=path)
    import warnings

    more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
    warnings.warn(
        DictionaryWarning(f"{path}: skipped {len(skipped)} malformed line(s); first: {skipped[0].message}{more}"),
        stacklevel=3,
    )


class StoreError(DetenteError):
    stage = "store"


class ReviewError(DetenteError):
    stage = "review"


class ReviewNotFound(ReviewError):
    pass


def reason(exc: BaseException, stage: str | None = None) -> ErrorInfo:
    """The one-line record of why a document failed; unexpected exceptions keep their type."""
    if isinstance(exc, DetenteError):
        return ErrorInfo(type=type(exc).__name__, message=_one_line(exc.message), stage=stage or exc.stage)
    text = _one_line(str(exc)) or "no message"
    return ErrorInfo(
        type=type(exc).__name__,
        message=f"unexpected {type(exc).__name__}: {text} (please report this with the input)",
        stage=stage,
    )


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
