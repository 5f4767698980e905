"""Read queries over the store. Every filter is a bound parameter, never spliced into SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .database import Store


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events to read. `actor` and `dyad` match country prefixes or whole codes."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None  # (source, target), either direction
    since: date | None = None
    until: date | None = None
    cameo: str | None = None  # a code prefix: "19" or "041"
    plover: str | None = None
    modality: str | None = None
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.actor:
            clauses.append("(starts_with(e.source, ?) OR starts_with(e.target, ?))")
            params += [self.actor.upper(), self.actor.upper()]
        if self.dyad:
            a, b = (x.upper() for x in self.dyad)
            clauses.append(
                "((starts_with(e.source, ?) AND starts_with(e.target, ?)) OR (starts_with(e.source, ?) AND starts_with(e.target, ?)))"
            )
            params += [a, b, b, a]
        dates, values = date_range("e.date", self.since, self.until)
        clauses += dates
        params += values
        if self.cameo:
            clauses.append("starts_with(e.cameo, ?)")
            params.append(self.cameo)
        if self.plover:
            clauses.append("e.plover = ?")
            params.append(self.plover.upper())
        if self.modality:
            clauses.append("e.modality = ?")
            params.append(self.modality)
        if self.article_id:
            clauses.append("e.article_id = ?")
            params.append(self.article_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def date_range(column: str, since: date | None, until: date | None) -> tuple[list[str], list]:
    """SQL clauses and parameters for `since <= column <= until` (either bound optional)."""
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return clauses, params


EVENT_COLUMNS = (
    "e.article_id, e.idx, e.date, e.source, e.target, e.cameo, e.plover, e.goldstein, e.quad_class, "
    'e.modality, e.sentence AS text, e.start, e."end", e.trigger, e.source_text, e.target_text, e.mentions, '
    "a.title, a.url, a.source AS article_source"
)


def events(store: Store, flt: EventFilter = EventFilter()) -> list[dict]:
    """Stored events matching `flt`, newest article date first."""
    where, params = flt.where()
    sql = f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id{where} ORDER BY e.date DESC NULLS LAST, e.article_id, e.idx"
    if flt.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(flt.limit), int(flt.offset)]
    return store.query(sql, params)


def stats(store: Store) -> dict:
    """Counts of articles, events (by modality), actors and failed documents."""
    one = lambda sql: store.con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "events": one("SELECT count(*) FROM events"),
        "events_asserted": one("SELECT count(*) FROM events WHERE modality = 'asserted'"),
        "actors": one("SELECT count(DISTINCT code) FROM actors"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "failed": one("SELECT count(*) FROM failures"),
        "first_date": _iso(one("SELECT min(date) FROM articles")),
        "last_date": _iso(one("SELECT max(date) FROM articles")),
    }


def failures(store: Store) -> list[dict]:
    return store.query("SELECT source, type, message, stage, failed_at FROM failures ORDER BY failed_at DESC")


def _iso(value) -> str | None:
    return value.isoformat() if value else None
