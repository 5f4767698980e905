"""The store as a Parquet dataset, partitioned by date, for DuckDB, pandas/pyarrow and Spark.

    DIR/articles/date=2025-02-20/part-0.parquet
    DIR/events/date=2025-02-20/part-0.parquet
    DIR/actors/...  DIR/quotes/...            (undated articles: date=__HIVE_DEFAULT_PARTITION__)

Hive-style partitions, so `read_parquet('DIR/events/**/*.parquet', hive_partitioning=true)`
(DuckDB), `pyarrow.dataset.dataset('DIR/events', partitioning='hive')` and
`spark.read.parquet('DIR/events')` all get `date` back as a column. Actors and quotes carry their
article's date. JSON columns are written as strings.

The dataset is a snapshot of the whole store, rewritten on each call (DuckDB's COPY, which streams
and never holds a table in memory): the store stays the one place where re-ingesting a page
replaces it, so the Parquet files never hold duplicates.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from ..errors import StoreError
from .database import Store

# Each table as a query; `date` is the partition column. JSON columns are cast so every reader sees text.
TABLES = {
    "articles": """
        SELECT id, source, url, title, author, site, language, text,
               CAST(tone AS VARCHAR) AS tone, CAST(amounts AS VARCHAR) AS amounts,
               CAST(dates AS VARCHAR) AS dates, CAST(claims AS VARCHAR) AS claims,
               CAST(themes AS VARCHAR) AS themes, CAST(entities AS VARCHAR) AS entities,
               CAST(versions AS VARCHAR) AS versions, ingested_at, date
        FROM articles ORDER BY id""",
    "events": """
        SELECT article_id, idx, source, target, source_country, target_country, cameo, root, plover,
               goldstein, quad_class, modality, sentence, start, "end", trigger, trigger_start,
               trigger_end, source_text, target_text, mentions, confidence, confidence_factors, date
        FROM events WHERE {events_where} ORDER BY article_id, idx""",
    "actors": """
        SELECT t.article_id, t.idx, t.code, t.name, t.country, t.role, t.kind,
               CAST(t.mentions AS VARCHAR) AS mentions, a.date
        FROM actors t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.idx""",
    "quotes": """
        SELECT t.article_id, t.idx, t.text, t.start, t."end", t.speaker, t.speaker_actor, t.cue,
               t.direct, t.confidence, a.date
        FROM quotes t JOIN articles a ON a.id = t.article_id ORDER BY t.article_id, t.idx""",
}


def write_parquet(store: Store, out: str | os.PathLike, *, min_confidence: float | None = None) -> dict[str, int]:
    """Write every table under `out/<table>/date=YYYY-MM-DD/`; returns rows written per table.

    `min_confidence` leaves out events the coder is less sure of (`detente export` passes the
    default threshold; `ingest --parquet` writes the whole store).

    Each table is written beside the old one and then swapped in, so a reader never sees half a table.
    """
    root = Path(out)
    if root.exists() and not root.is_dir():
        raise StoreError("the Parquet output must be a directory; give a folder path", source=str(root))
    root.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    events_where = f"coalesce(confidence, 1.0) >= {float(min_confidence)!r}" if min_confidence else "TRUE"
    for table, sql in TABLES.items():
        sql = sql.replace("{events_where}", events_where)
        final = root / table
        tmp = root / f".{table}.{uuid.uuid4().hex[:8]}.tmp"
        try:
            n = store.con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
            if n:
                store.con.execute(
                    f"COPY ({sql}) TO '{_quote(tmp)}' (FORMAT parquet, PARTITION_BY (date), FILENAME_PATTERN 'part-{{i}}')"
                )
            else:
                tmp.mkdir()  # an empty table is an empty folder, not a missing one
            if final.exists():
                shutil.rmtree(final)
            tmp.rename(final)
        except Exception as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise StoreError(f"could not write the Parquet table {table!r}: {exc}", source=str(final)) from exc
        counts[table] = n
    return counts


def _quote(path: Path) -> str:
    # COPY takes no bound parameter for its target; a path is a string literal.
    return str(path).replace("'", "''")
