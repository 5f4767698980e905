"""The one Python API every door calls: analyze documents, code sentences, ingest into the store.

    for analysis in analyze(["page.html", "https://…/feed.xml"]):
        print(analysis.to_dict())

A document moves through pure stages (ingest → extract → nlp → actors, quotes, facts → events);
`analyze_batch` is the unit of work that a process pool or a Dask worker runs. Nothing here
prints: progress goes to the `progress` callback, writing to `Store.write`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, BinaryIO

from . import nlp
from .errors import DetenteError, InputError, TooLarge, reason
from .model import Analysis, Article, RawDocument, content_id
from .ingest.formats import mend_surrogates

Item = RawDocument | InputError  # what ingest yields: a document, or why one could not be read


@dataclass(frozen=True, kw_only=True)
class AnalyzeOptions:
    """How documents are understood. Dictionaries are user files in TABARI or detente format."""

    actors_files: tuple[str, ...] = ()
    agents_files: tuple[str, ...] = ()
    verbs_files: tuple[str, ...] = ()  # TABARI/PETRARCH verb dictionaries
    batch_size: int = 16
    # Longer articles are refused (TooLarge), not truncated silently. spaCy's parser needs about
    # 0.4 GB per 100,000 characters (1.5 GB at 400,000 measured), so this bounds a worker's memory
    # under about 1 GB; the longest news articles are a tenth of it.
    max_chars: int = 200_000


FAILURE_SAMPLE = 100  # failures kept in `Progress.failures`; the count is always complete


@dataclass(slots=True)
class Progress:
    """Counts so far. Memory stays flat: `failures` keeps the first FAILURE_SAMPLE, `recent` the last batch's."""

    documents: int = 0  # analysed (stored or failed)
    failed: int = 0
    events: int = 0
    stored: int = 0
    skipped: int = 0  # already stored by the current stage versions (resume)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, message), the first ones
    recent: list[tuple[str, str]] = field(default_factory=list)  # (source, message), the last batch's

    @property
    def seen(self) -> int:
        return self.documents + self.skipped


@dataclass(frozen=True)
class Resources:
    """Per-process, loaded once: the spaCy pipeline, actor dictionary and event lexicon."""

    nlp: Any
    dictionary: Any
    lexicon: Any


@lru_cache(maxsize=4)
def resources(
    actors_files: tuple[str, ...] = (), agents_files: tuple[str, ...] = (), verbs_files: tuple[str, ...] = ()
) -> Resources:
    from .actors import ActorDictionary
    from .events import Lexicon

    return Resources(
        nlp=nlp.load(verbs_files=verbs_files),
        dictionary=ActorDictionary.load(actors_files=actors_files, agents_files=agents_files),
        lexicon=Lexicon.load(verbs_files=verbs_files),
    )


# -- documents ----------------------------------------------------------------------------------


def read(inputs: Iterable[str], *, fetch=None, transport=None, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Raw documents (or their read errors) for paths, folders, URLs, feeds, WARC files and `-`."""
    from .ingest import FetchOptions, iter_documents

    yield from iter_documents(inputs, fetch=fetch or FetchOptions(), transport=transport, stdin=stdin)


def analyze(
    inputs: Iterable[str],
    *,
    options: AnalyzeOptions = AnalyzeOptions(),
    fetch=None,
    transport=None,
    stdin: BinaryIO | None = None,
) -> Iterator[Analysis]:
    """One `Analysis` per input document, failed ones included, streamed in batches."""
    items = read(inputs, fetch=fetch, transport=transport, stdin=stdin)
    for batch in batched(items, options.batch_size):
        yield from analyze_batch(batch, options)


def analyze_batch(items: Sequence[Item], options: AnalyzeOptions = AnalyzeOptions()) -> list[Analysis]:
    """Extract and understand a batch; every item gives exactly one Analysis, in order."""
    from .extract import extract

    out: list[Analysis] = []
    pending: list[tuple[int, Article]] = []
    for item in items:
        if isinstance(item, BaseException):
            source = getattr(item, "source", None) or "?"
            out.append(Analysis(source=source, id=content_id(source), error=reason(item)))
            continue
        try:
            article = extract(item)
            article.content_hash = item.content_hash
            if len(article.text) > options.max_chars:
                raise TooLarge(
                    f"article text has {len(article.text):,} characters, over the {options.max_chars:,} limit; "
                    "split the document or raise max_chars",
                    source=item.source,
                )
        except Exception as exc:  # noqa: BLE001 - recorded with its reason, the batch goes on
            out.append(Analysis(source=item.source, id=item.id, error=reason(exc, stage="extract")))
            continue
        out.append(Analysis(source=item.source, id=article.id, article=article))
        pending.append((len(out) - 1, article))
    if not pending:
        return out
    res = resources(options.actors_files, options.agents_files, options.verbs_files)
    docs = res.nlp.pipe((a.text for _, a in pending), batch_size=options.batch_size)
    for (i, article), doc in zip(pending, docs):
        out[i] = understand(doc, article, res)
    return out


def understand(doc, article: Article, res: Resources) -> Analysis:
    """Every reader over one parsed article. A reader that fails fails the document, with its stage."""
    from .actors import resolve_actors
    from .events import code_events
    from .nlp.amounts import find_amounts
    from .nlp.claims import find_claims
    from .nlp.dates import find_dates, reference_date
    from .nlp.themes import find_themes
    from .nlp.tone import tone
    from .quotes import find_quotes

    result = Analysis(source=article.source, id=article.id, article=article)
    stage = "dates"
    try:
        result.dates = find_dates(doc, on=article.date)
        # one day for every stage to read offices and roles at: the article's, else the latest it states
        result.as_of, result.as_of_from = reference_date(doc, article.date, result.dates)
        stage = "actors"
        actors = resolve_actors(doc, on=result.as_of, dictionary=res.dictionary)
        result.actors, result.entities = actors.actors, actors.entities
        stage = "quotes"
        result.quotes = find_quotes(doc, actors)
        stage = "events"
        result.events = code_events(doc, actors, on=result.as_of, lexicon=res.lexicon, quotes=result.quotes)
        stage = "facts"
        result.amounts = find_amounts(doc)
        result.claims = find_claims(doc, actors)
        result.tone = tone(doc)
        result.themes = find_themes(doc)
    except Exception as exc:  # noqa: BLE001 - a reader's bug must not end the batch
        return Analysis(source=article.source, id=article.id, article=article, error=reason(exc, stage=stage))
    return result


# -- sentences for evaluation ---------------------------------------------------------------------


def code_records(records: Iterable[dict | InputError], *, options: AnalyzeOptions = AnalyzeOptions()) -> Iterator[dict]:
    """`detente code`: `{"id", "text", "date"?}` records in, `{"id", "events", "actors", "error"}` out, in order.

    A record may also be the `InputError` of a line that could not be read (`ingest.formats.jsonl_records`):
    it is answered with that error, under the id ``line N``.
    """

    res = resources(options.actors_files, options.agents_files, options.verbs_files)
    for batch in batched(records, options.batch_size):
        out: list[dict | None] = []
        todo: list[tuple[int, Any, date | None, str]] = []
        for rec in batch:
            if isinstance(rec, InputError):
                out.append({"id": rec.source, "events": [], "actors": [], "error": _err(rec)})
                continue
            rid = rec.get("id") if isinstance(rec, dict) else None
            try:
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                    raise InputError("record has no 'text' string", source=str(rid))
                if len(rec["text"]) > options.max_chars:
                    raise TooLarge(
                        f"text has {len(rec['text']):,} characters, over the {options.max_chars:,} limit; "
                        "split it into sentences or raise max_chars",
                        source=str(rid),
                    )
                on = parse_date(rec.get("date"))
            except (InputError, ValueError) as exc:
                out.append({"id": rid, "events": [], "actors": [], "error": _err(exc)})
                continue
            out.append(None)
            todo.append((len(out) - 1, rid, on, mend_surrogates(rec["text"])))
        docs = res.nlp.pipe((t[3] for t in todo), batch_size=options.batch_size)
        for (i, rid, on, _), doc in zip(todo, docs):
            out[i] = _code_one(doc, rid, on, res)
        yield from out


def _code_one(doc, rid, on: date | None, res: Resources) -> dict:
    from .actors import resolve_actors
    from .events import code_events
    from .model import event_dict
    from .nlp.dates import reference_date
    from .quotes import find_quotes

    try:
        on, _ = reference_date(doc, on)
        actors = resolve_actors(doc, on=on, dictionary=res.dictionary)
        events = code_events(doc, actors, on=on, lexicon=res.lexicon, quotes=find_quotes(doc, actors))
    except Exception as exc:  # noqa: BLE001 - one bad sentence must not end the run
        return {"id": rid, "events": [], "actors": [], "error": _err(exc)}
    return {
        "id": rid,
        "events": [event_dict(e) for e in events],
        "actors": [{"code": m.code, "text": m.text, "start": m.start, "end": m.end} for m in actors.mentions],
        "error": None,
    }


def _err(exc: BaseException) -> dict:
    info = reason(exc)
    return {"type": info.type, "message": info.message}


def parse_date(value: Any) -> date | None:
    """`YYYYMMDD`, `YYYY-MM-DD` or None; anything else is a ValueError naming the value."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"date {text!r} is not YYYYMMDD or YYYY-MM-DD")


# -- into the store -------------------------------------------------------------------------------


def ingest(
    inputs: Iterable[str],
    *,
    db=None,
    options: AnalyzeOptions = AnalyzeOptions(),
    fetch=None,
    transport=None,
    stdin: BinaryIO | None = None,
    skip_stored: bool = False,
    run=None,
    parquet: str | os.PathLike | None = None,
    progress: Callable[[Progress], None] | None = None,
) -> Progress:
    """Analyze and store, one transaction per batch; returns the counts and a sample of the failures.

    Inputs are read lazily and batches written as they come back, so memory does not grow with the
    corpus. `run` (a `cluster.RunOptions`) says where `analyze_batch` runs: this process (default),
    local worker processes or a Dask cluster; this process is always the one writer, in input
    order. `skip_stored` skips documents already stored from the same bytes by the current stage
    versions (resume); a page that changed since is analysed again and replaces the stored one.
    `parquet`: afterwards, also write the whole store as a Parquet dataset there (`store.parquet`).
    """
    from .cluster import RunOptions, map_batches
    from .store import Store

    done = Progress()
    Store(db).close()  # create or migrate up front: a bad path fails before any work is done
    items = read(inputs, fetch=fetch, transport=transport, stdin=stdin)
    batches = batched(items, options.batch_size)
    if skip_stored:
        batches = _unstored(batches, db, done, progress)
    for analyses in map_batches(batches, options, run or RunOptions()):
        # The file lock is held only while a batch is written, so `detente serve` can read between batches.
        with Store(db) as store:
            summary = store.write(analyses)
        done.documents += len(analyses)
        done.failed += summary.failed
        done.events += summary.events
        done.stored += summary.articles
        done.recent = [(a.source, a.error.message) for a in analyses if a.error]
        done.failures += done.recent[: max(0, FAILURE_SAMPLE - len(done.failures))]
        if progress:
            progress(done)
    done.recent = []
    if parquet is not None:
        from .store.parquet import write_parquet

        with Store(db, read_only=True) as store:
            write_parquet(store, parquet)
    return done


def _unstored(batches: Iterable[list], db, done: Progress, progress) -> Iterator[list]:
    """Batches without the documents already stored, unchanged, by the current stage versions."""
    from .store import Store

    for batch in batches:
        raws = [i for i in batch if isinstance(i, RawDocument)]
        with Store(db) as store:
            stored = store.stored_ids([i.id for i in raws], current=True, hashes=[i.content_hash for i in raws])
        if stored:
            done.skipped += len(stored)
            batch = [i for i in batch if not (isinstance(i, RawDocument) and i.id in stored)]
            if progress:
                done.recent = []
                progress(done)
        if batch:
            yield batch


def batched(items: Iterable, n: int) -> Iterator[list]:
    """Lists of up to `n` items, lazily."""
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


__all__ = [
    "AnalyzeOptions",
    "DetenteError",
    "Progress",
    "analyze",
    "analyze_batch",
    "code_records",
    "ingest",
    "parse_date",
    "read",
    "understand",
]
