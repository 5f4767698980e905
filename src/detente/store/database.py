"""The embedded store: one DuckDB file, written in per-batch transactions.

Writing an article replaces everything stored for its id in the same transaction, so ingesting
the same page again updates it and never duplicates it, and a crash mid-batch leaves either the
whole batch or none of it. A failed document is recorded in `failures` and never touches what is
already stored for that id.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from ..errors import StoreError
from ..model import STAGE_VERSIONS, Analysis

DEFAULT_DB = "detente.duckdb"
SCHEMA_VERSION = "1"
#: columns added after tables were first written, in order (schema.sql adds them on a writable open)
_LATER_COLUMNS = {"events": (("confidence", "DOUBLE"), ("confidence_factors", "VARCHAR")),
                  "quotes": (("confidence", "DOUBLE"),),
                  "articles": (("as_of", "DATE"), ("as_of_from", "VARCHAR"))}


DEMO_DB = "demo.duckdb"  # what `make demo` writes


def default_path(path: str | os.PathLike | None = None) -> Path:
    """`path`, else $DETENTE_DB, else ./detente.duckdb."""
    return Path(path or os.environ.get("DETENTE_DB") or DEFAULT_DB)


def read_path(path: str | os.PathLike | None = None) -> Path:
    """The database a read command means: as `default_path`, except that with nothing given and
    no ./detente.duckdb, the demo's ./demo.duckdb when it is there."""
    chosen = default_path(path)
    if not path and not os.environ.get("DETENTE_DB") and not chosen.exists() and Path(DEMO_DB).exists():
        return Path(DEMO_DB)
    return chosen


@dataclass(slots=True)
class WriteSummary:
    articles: int = 0
    events: int = 0
    failed: int = 0


class Store:
    """A connection to a detente database. Use as a context manager; `write()` is one transaction."""

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False, wait: float = 10.0):
        import duckdb

        self.path = read_path(path) if read_only else default_path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            looked = "" if path else " (no --db given, so it looked for $DETENTE_DB, ./detente.duckdb and ./demo.duckdb)"
            raise StoreError(f"no database here{looked}; run `detente ingest ... --db {self.path}` first", source=str(self.path))
        # Another process may hold the file's write lock for a moment (a running ingest): retry briefly.
        deadline = time.monotonic() + wait
        while True:
            try:
                self.con = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise StoreError(f"cannot open the database: {exc}", source=str(self.path)) from exc
                time.sleep(0.05)
            except duckdb.Error as exc:
                raise StoreError(f"cannot open the database: {exc}", source=str(self.path)) from exc
        self.overlaid = False  # whether `events` is the reviewed view (detente.review.table.install)
        if not read_only:
            self._migrate()
        else:
            self._shim()
            from ..review.table import install  # reads see analysts' reviews applied

            install(self)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _migrate(self) -> None:
        schema = resources.files("detente.store").joinpath("schema.sql").read_text("utf-8")
        self.con.execute(schema)
        self.con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [SCHEMA_VERSION],
        )

    def _shim(self) -> None:
        """A read-only open of a database older than a column: temporary views add it as NULLs."""
        for table in _LATER_COLUMNS:
            base = stored_table(self.con, table)
            if base.startswith("("):
                self.con.execute(f"CREATE TEMP VIEW {table} AS SELECT * FROM {base}")

    # -- writing -------------------------------------------------------------------------------

    def write(self, analyses: Sequence[Analysis]) -> WriteSummary:
        """Store a batch: successful analyses replace their article, failures are recorded."""
        summary = WriteSummary()
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        con = self.con
        # The same page twice in one batch: the later one wins, as if written one after the other.
        done = list({a.id: a for a in analyses if not (a.error or a.article is None)}.values())
        con.execute("BEGIN TRANSACTION")
        try:
            for a in analyses:
                if a.error or a.article is None:
                    err = a.error
                    con.execute(
                        "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?, ?)",
                        [a.id, a.source, err.type if err else "Unknown", err.message if err else "", err.stage if err else None, now],
                    )
                    summary.failed += 1
            if done:
                self._write_articles(done, now)
            summary.articles = sum(1 for a in analyses if not (a.error or a.article is None))
            summary.events = sum(len(a.events) for a in analyses if not (a.error or a.article is None))
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"could not write a batch of {len(analyses)} documents: {exc}", source=str(self.path)) from exc
        return summary

    def _write_articles(self, done: list[Analysis], now: datetime) -> None:
        # One DELETE per table and one columnar INSERT per table for the whole batch: row-by-row
        # executemany cost ~20 ms per article, as much as a tenth of the analysis itself.
        import pyarrow as pa

        con, ids = self.con, [a.id for a in done]
        for table, key in (("events", "article_id"), ("quotes", "article_id"), ("actors", "article_id"), ("articles", "id"), ("failures", "id")):
            con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [ids])
        versions = _json(STAGE_VERSIONS)
        rows = {
            "articles": [
                (a.id, a.source, a.article.url, a.article.title, a.article.date, a.article.author, a.article.site,
                 a.article.language, a.article.text, _json(a.tone), _json(a.amounts), _json(a.dates), _json(a.claims),
                 _json(a.themes), _json([asdict(e) for e in a.entities]), versions, now, a.article.content_hash,
                 a.as_of, a.as_of_from)
                for a in done
            ],
            "actors": [
                (a.id, i, x.code, x.name, x.country, x.role, x.kind, _json([asdict(m) for m in x.mentions]))
                for a in done for i, x in enumerate(a.actors)
            ],
            "quotes": [
                (a.id, i, q.text, q.start, q.end, q.speaker, q.speaker_actor, q.cue, q.direct, _conf(q.confidence))
                for a in done for i, q in enumerate(a.quotes)
            ],
            "events": [
                (a.id, i, a.article.date, e.source, e.target, _country(e.source), _country(e.target),
                 e.cameo, e.cameo[:2], e.plover, e.goldstein, e.quad_class, e.modality, e.text,
                 e.start, e.end, e.trigger, e.trigger_start, e.trigger_end, e.source_text,
                 e.target_text, e.mentions, _conf(e.confidence), e.confidence_factors)
                for a in done for i, e in enumerate(a.events)
            ],
        }
        for table, data in rows.items():
            if not data:
                continue
            # the rows' order: the table's first columns, then those added later in the order they
            # were added (a migrated database may hold them in another order)
            later = [name for name, _ in _LATER_COLUMNS.get(table, ())]
            names = [c[0] for c in con.execute(f"SELECT * FROM {table} LIMIT 0").description if c[0] not in later] + later
            batch = pa.table({n: _column(col) for n, col in zip(names, zip(*data))})
            con.register("_detente_rows", batch)
            try:
                columns = ", ".join(f'"{n}"' for n in names)
                con.execute(f"INSERT INTO {table} ({columns}) SELECT * FROM _detente_rows")
            finally:
                con.unregister("_detente_rows")

    # -- reading -------------------------------------------------------------------------------

    def stored_ids(self, ids: Sequence[str], *, current: bool = False, hashes: Sequence[str] | None = None) -> set[str]:
        """Which of `ids` are already stored as articles (for resumable ingests).

        `current`: only those made by today's stage versions, so a resumed ingest re-does pages
        that an older version of a stage analysed. `hashes` (one per id): only those stored from
        the same raw bytes, so a page that changed since is analysed again and updated.
        """
        if not ids:
            return set()
        if hashes is None:
            sql = "SELECT id FROM articles WHERE id IN (SELECT unnest(?))"
            params: list = [list(ids)]
        else:
            sql = ("SELECT a.id FROM articles a JOIN (SELECT unnest(?) AS id, unnest(?) AS h) k "
                   "ON a.id = k.id AND a.content_hash = k.h")
            params = [list(ids), list(hashes)]
        if current:
            sql += " WHERE" if hashes is not None else " AND"
            sql += " CAST(versions AS VARCHAR) = ?"
            params.append(_json(STAGE_VERSIONS))
        return {r[0] for r in self.con.execute(sql, params).fetchall()}

    def query(self, sql: str, params: Sequence | None = None) -> list[dict]:
        """Rows of a parameterised query as dicts."""
        cur = self.con.execute(sql, list(params or []))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def stored_table(con, table: str) -> str:
    """The stored `table` as SQL to select from: the table itself, or, in a database older than
    some of `_LATER_COLUMNS`, a subquery that adds them as NULLs (a read-only open cannot add them)."""
    catalog = con.execute("SELECT current_database()").fetchone()[0]
    have = {c for (c,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main' "
        "AND database_name = current_database()", [table]).fetchall()}
    name = f'"{catalog}".main.{table}'
    missing = [f"CAST(NULL AS {kind}) AS {col}" for col, kind in _LATER_COLUMNS.get(table, ()) if col not in have]
    return f"(SELECT *, {', '.join(missing)} FROM {name})" if have and missing else name


def _column(values: tuple) -> "pyarrow.Array":
    """One column for a columnar insert; numbers that mix ints and floats become floats."""
    import pyarrow as pa

    try:
        return pa.array(values)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return pa.array([float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in values])


def _conf(value) -> float | None:
    """A confidence as stored: a float in 0-1, or None when the stage gave none."""
    return None if value is None else min(1.0, max(0.0, float(value)))


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _country(code: str | None) -> str | None:
    """The party a code stands for in dyads: its country (`CHNGOV` → `CHN`), an organisation's or
    region's whole code (`IGOUNO`, `EUR`), or None for a bare role of no known country (`GOV`)."""
    if not code:
        return None
    from ..actors.dictionary import NON_COUNTRY, ROLES, ActorDictionary, split_code

    if code[:3] in NON_COUNTRY and len(code) > 3 and code[:3] != "---":
        return code  # an organisation: IGOUNO, NGOAMN
    country, _ = split_code(code, ActorDictionary.load().country_names.keys())
    if country:
        return country
    if code[:3] in ROLES or not code[:3].isalpha():
        return None
    return code
