"""The `reviews` table, and the overlay every read-only connection sees as `events`.

Reviews live in their own table of the same DuckDB file; re-ingesting an article replaces its
events but never touches its reviews. When a `Store` is opened read-only (every read door: the
CLI, the API, the dashboard, exports and analytics), `install()` computes the overlay
(`records.overlay`) and puts a temporary view named `events` in front of the stored table, so
every query that reads `events` reads the reviewed truth: rejected events gone, corrected ones
replaced, added ones included, and a `reviewed` / `review` column on each. A confirmed or
corrected event's `confidence` becomes 1.0 (an analyst vouched for it); the coder's own is kept
in `coder_confidence`. Read-write connections see the stored table as the coder wrote it.
"""

from __future__ import annotations

import json
from datetime import datetime

from .records import ADDED_BASE, Overlay, Review, overlay

DDL = """
CREATE SEQUENCE IF NOT EXISTS review_ids START 1;
CREATE TABLE IF NOT EXISTS reviews (
    id BIGINT PRIMARY KEY,           -- from review_ids; an added event is ADDED_BASE + id
    article_id VARCHAR NOT NULL,
    action VARCHAR NOT NULL,         -- confirm | reject | correct | add
    sentence VARCHAR NOT NULL,       -- the evidence sentence's text when reviewed
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    event_idx INTEGER,               -- the event's idx when reviewed (information only)
    ref BIGINT,                      -- the add review this one acts on
    coded JSON,                      -- what the coder gave when reviewed
    "before" JSON,                     -- the event as the analyst saw it
    "after" JSON,                      -- correct/add: the fields given
    reviewer VARCHAR NOT NULL,
    "at" TIMESTAMP NOT NULL,
    note VARCHAR
);
"""

COLUMNS = ("id", "article_id", "action", "sentence", "start", "end", "trigger", "trigger_start", "trigger_end",
           "event_idx", "ref", "coded", "before", "after", "reviewer", "at", "note")
_JSON = ("coded", "before", "after")

#: the overlaid fields of an event, with their SQL types
_FIELDS = (("source", "VARCHAR"), ("target", "VARCHAR"), ("source_country", "VARCHAR"), ("target_country", "VARCHAR"),
           ("cameo", "VARCHAR"), ("root", "VARCHAR"), ("plover", "VARCHAR"), ("goldstein", "DOUBLE"),
           ("quad_class", "INTEGER"), ("modality", "VARCHAR"))
_ADDED = _FIELDS + (("sentence", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("trigger", "VARCHAR"),
                    ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"))


def ensure(con) -> None:
    """Create the table and its id sequence when missing (a read-write connection)."""
    con.execute(DDL)


def has_table(con) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'reviews' AND schema_name = 'main' "
        "AND database_name = current_database()").fetchone()[0])


def load(con, article_ids: list[str] | None = None) -> list[Review]:
    """Stored reviews (of `article_ids` only, when given), oldest first."""
    if not has_table(con):
        return []
    cols = ", ".join(f'"{c}"' for c in COLUMNS)
    sql = f"SELECT {cols} FROM main.reviews"
    params: list = []
    if article_ids is not None:
        sql += " WHERE article_id IN (SELECT unnest(?))"
        params.append(list(article_ids))
    rows = con.execute(sql + " ORDER BY id", params).fetchall()
    out = []
    for row in rows:
        d = dict(zip(COLUMNS, row))
        for k in _JSON:
            d[k] = json.loads(d[k]) if d[k] is not None else None
        out.append(Review(**d))
    return out


def insert(con, review: Review) -> Review:
    """Store one review (its id from the sequence) and return it with that id."""
    rid = con.execute("SELECT nextval('review_ids')").fetchone()[0]
    d = {c: getattr(review, c) for c in COLUMNS}
    d["id"] = rid
    for k in _JSON:
        d[k] = None if d[k] is None else json.dumps(d[k], ensure_ascii=False, default=str)
    con.execute(f"INSERT INTO reviews VALUES ({', '.join('?' for _ in COLUMNS)})", [d[c] for c in COLUMNS])
    return Review(**{**{c: getattr(review, c) for c in COLUMNS}, "id": rid})


def candidates(con, article_ids: list[str], table: str | None = None) -> list[dict]:
    """The stored events of `article_ids` as the coder wrote them, with what `records.find` needs."""
    if not article_ids:
        return []
    table = table or _base(con)
    cur = con.execute(
        f'SELECT article_id, idx, sentence, start, "end", trigger, trigger_start, trigger_end, source, target, cameo, '
        f"modality, confidence FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx",
        [list(article_ids)])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def current(con) -> tuple[Overlay, list[Review]]:
    """The overlay of every stored review on the stored events, and the reviews themselves."""
    reviews = load(con)
    ids = sorted({r.article_id for r in reviews})
    return overlay(reviews, candidates(con, ids, _base(con))), reviews


def _base(con) -> str:
    from ..store.database import stored_table

    return stored_table(con, "events")


def install(store) -> Overlay:
    """Put the reviewed view of `events` in front of the stored table on a read-only `store`."""
    ov = install_on(store.con)
    store.overlaid = True
    return ov


def install_on(con) -> Overlay:
    """`install` on one DuckDB connection (a cursor is a connection of its own: temporary views
    and tables are not shared, so a cursor that reads events needs this too)."""
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'events' AND schema_name = 'main' "
                       "AND database_name = current_database()").fetchone()[0]:
        return Overlay()  # not a detente database (yet)
    base = _base(con)
    ov, _ = current(con) if has_table(con) else (Overlay(), [])
    con.execute("CREATE OR REPLACE TEMP TABLE _review_applied (article_id VARCHAR, idx INTEGER, action VARCHAR, "
                "review_id BIGINT, " + ", ".join(f'"{n}" {t}' for n, t in _FIELDS) + ")")
    con.execute("CREATE OR REPLACE TEMP TABLE _review_added (article_id VARCHAR, idx INTEGER, review_id BIGINT, "
                + ", ".join(f'"{n}" {t}' for n, t in _ADDED) + ")")
    rows = []
    for (aid, idx), r in ov.applied.items():
        after = (r.after or {}) if r.action == "correct" else {}
        rows.append([aid, idx, r.action, r.id, *(after.get(n) for n, _ in _FIELDS)])
    if rows:
        con.executemany(f"INSERT INTO _review_applied VALUES ({', '.join('?' for _ in rows[0])})", rows)
    added = [[a["article_id"], a["idx"], a["review_id"], *(a.get(n) for n, _ in _ADDED)] for a in ov.added]
    if added:
        con.executemany(f"INSERT INTO _review_added VALUES ({', '.join('?' for _ in added[0])})", added)
    catalog = con.execute("SELECT current_database()").fetchone()[0]
    kept = ", ".join(
        f"CASE WHEN o.action = 'correct' THEN o.\"{n}\" ELSE e.\"{n}\" END AS \"{n}\"" for n, _ in _FIELDS)
    added_fields = ", ".join(f'x."{n}"' for n, _ in _FIELDS)
    con.execute(f"""
        CREATE OR REPLACE TEMP VIEW events AS
        SELECT e.article_id, e.idx, e.date, {kept}, e.sentence, e.start, e."end", e.trigger, e.trigger_start,
               e.trigger_end, e.source_text, e.target_text, e.mentions,
               CASE WHEN o.action IN ('confirm', 'correct') THEN 1.0 ELSE e.confidence END AS confidence,
               e.confidence AS coder_confidence, o.action IS NOT NULL AS reviewed, o.action AS review,
               o.review_id, e.confidence_factors
        FROM {base} e LEFT JOIN temp._review_applied o ON o.article_id = e.article_id AND o.idx = e.idx
        WHERE o.action IS DISTINCT FROM 'reject'
        UNION ALL
        SELECT x.article_id, x.idx, a.date, {added_fields}, x.sentence, x.start, x."end", x.trigger,
               x.trigger_start, x.trigger_end, NULL, NULL, 1, 1.0, NULL, true, 'add', x.review_id, NULL
        FROM temp._review_added x JOIN "{catalog}".main.articles a ON a.id = x.article_id
    """)
    return ov


def now() -> datetime:
    from datetime import timezone

    return datetime.now(timezone.utc).replace(tzinfo=None)


__all__ = ["ADDED_BASE", "candidates", "current", "ensure", "has_table", "insert", "install", "install_on", "load", "now"]
