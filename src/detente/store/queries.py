"""Read queries over the store. Every filter is a bound parameter, never spliced into SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from .database import Store

#: how `EventFilter.sort` may order events: name -> SQL (a leading "-" in `sort` reverses it)
SORTS = {
    "date": "e.date", "source": "e.source", "target": "e.target", "cameo": "e.cameo", "plover": "e.plover",
    "goldstein": "e.goldstein", "quad_class": "e.quad_class", "modality": "e.modality",
    "confidence": "coalesce(e.confidence, 1.0)",
}


def party(column: str, country_column: str, code: str) -> tuple[str, list]:
    """SQL for "this side of an event is `code`": the same code, or its country (`CHN` is also
    `CHNGOV`), or a longer code under it (`USAGOV` is also `USAGOVMIL`). A three-letter code never
    matches by prefix, so `IGO` is not every organisation and `IGOEUREEC` is the EU alone."""
    code = code.upper()
    return (f"({column} = ? OR {country_column} = ? OR (length(?) > 3 AND starts_with({column}, ?)))",
            [code, code, code, code])


def confidence_clause(column: str, minimum: float | None) -> tuple[list[str], list]:
    """`column >= minimum`, keeping rows stored before confidence existed (NULL)."""
    if minimum is None or minimum <= 0:
        return [], []
    return [f"coalesce({column}, 1.0) >= ?"], [float(minimum)]


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events to read. `actor`, `source`, `target` and `dyad` match a code, its country or a
    longer code under it (`party`); `min_confidence` keeps events the coder is that sure of."""

    actor: str | None = None  # either side
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None  # (source, target), either direction
    directed: bool = False  # dyad: only source -> target
    since: date | None = None
    until: date | None = None
    cameo: str | None = None  # a code prefix: "19" or "041"
    plover: str | None = None
    modality: str | None = None
    quad_class: int | None = None
    article_id: str | None = None
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE
    sort: str = "-date"  # a key of SORTS, "-" first for descending
    limit: int | None = None
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.actor:
            s, ps = party("e.source", "e.source_country", self.actor)
            t, pt = party("e.target", "e.target_country", self.actor)
            clauses.append(f"({s} OR {t})")
            params += ps + pt
        for side, code in (("source", self.source), ("target", self.target)):
            if code:
                c, p = party(f"e.{side}", f"e.{side}_country", code)
                clauses.append(c)
                params += p
        if self.dyad:
            a, b = self.dyad
            sa, psa = party("e.source", "e.source_country", a)
            tb, ptb = party("e.target", "e.target_country", b)
            if self.directed:
                clauses.append(f"({sa} AND {tb})")
                params += psa + ptb
            else:
                sb, psb = party("e.source", "e.source_country", b)
                ta, pta = party("e.target", "e.target_country", a)
                clauses.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}))")
                params += psa + ptb + psb + pta
        dates, values = date_range("e.date", self.since, self.until)
        clauses += dates
        params += values
        conf, values = confidence_clause("e.confidence", self.min_confidence)
        clauses += conf
        params += values
        if self.quad_class:
            clauses.append("e.quad_class = ?")
            params.append(int(self.quad_class))
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
    "e.confidence, e.confidence_factors, a.title, a.url, a.source AS article_source"
)


def order_by(sort: str) -> str:
    """The ORDER BY of `EventFilter.sort`; ties fall back to newest first, then stored order."""
    key = sort.lstrip("-")
    if key not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)} (a leading - for descending), not {sort!r}")
    way = "DESC" if sort.startswith("-") else "ASC"
    return f"{SORTS[key]} {way} NULLS LAST, e.date DESC NULLS LAST, e.article_id, e.idx"


def reviewed_columns(store: Store) -> str:
    """`reviewed` and `review` (confirm/correct/add, or NULL): a read-only store reads `events`
    through the analysts' reviews (detente.review); a read-write one reads the coder's rows."""
    if getattr(store, "overlaid", False):
        return "e.reviewed, e.review"
    return "false AS reviewed, CAST(NULL AS VARCHAR) AS review"


def events(store: Store, flt: EventFilter = EventFilter()) -> list[dict]:
    """Stored events matching `flt`, in `flt.sort` order (newest article date first by default)."""
    where, params = flt.where()
    sql = (f"SELECT {EVENT_COLUMNS}, {reviewed_columns(store)} FROM events e JOIN articles a ON a.id = e.article_id{where} "
           f"ORDER BY {order_by(flt.sort)}")
    if flt.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(flt.limit), int(flt.offset)]
    return store.query(sql, params)


def count_events(store: Store, flt: EventFilter = EventFilter()) -> int:
    """How many events match `flt` (its limit and offset aside)."""
    where, params = flt.where()
    return store.con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]


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


@dataclass(frozen=True, kw_only=True)
class QuoteFilter:
    """Which quotes to read across the corpus: by speaker name, speaker's actor code, words of the
    quote, article dates and attribution confidence (`min_confidence`, 0 keeps all)."""

    speaker: str | None = None  # words of the speaker's name, any case
    actor: str | None = None  # the speaker's actor code, its country, or a longer code under it
    q: str | None = None  # words that must all appear in the quote
    since: date | None = None
    until: date | None = None
    article_id: str | None = None
    min_confidence: float | None = None
    limit: int | None = 50
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        for word in (self.speaker or "").split()[:10]:
            clauses.append("q.speaker ILIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(word) + "%")
        for word in (self.q or "").split()[:10]:
            clauses.append("q.text ILIKE ? ESCAPE '\\'")
            params.append("%" + _escape_like(word) + "%")
        if self.actor:
            code = self.actor.upper()
            clauses.append("(q.speaker_actor = ? OR left(q.speaker_actor, 3) = ? OR (length(?) > 3 AND starts_with(q.speaker_actor, ?)))")
            params += [code, code, code, code]
        dates, values = date_range("a.date", self.since, self.until)
        clauses += dates
        params += values
        conf, values = confidence_clause("q.confidence", self.min_confidence)
        clauses += conf
        params += values
        if self.article_id:
            clauses.append("q.article_id = ?")
            params.append(self.article_id)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def quotes(store: Store, flt: QuoteFilter = QuoteFilter()) -> dict:
    """`{"total", "items"}`: quotes matching `flt`, newest article first, each with its article's
    id, title and date and its offsets (the article page's `#q-{idx}` anchor shows it in place)."""
    where, params = flt.where()
    base = f"FROM quotes q JOIN articles a ON a.id = q.article_id{where}"
    total = store.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    sql = (f'SELECT q.article_id, q.idx, q.text, q.start, q."end", q.speaker, q.speaker_actor, q.cue, q.direct, '
           f"q.confidence, a.title, a.date, a.url {base} ORDER BY a.date DESC NULLS LAST, q.article_id, q.idx")
    if flt.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = params + [int(flt.limit), int(flt.offset)]
    return {"total": total, "items": store.query(sql, params)}


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def known_code(store: Store, code: str) -> bool:
    """Whether any stored event or actor has `code` (as a code, its country, or under it)."""
    row = store.con.execute(
        """SELECT EXISTS (SELECT 1 FROM events WHERE source = $1 OR target = $1 OR source_country = $1 OR target_country = $1
                          OR (length($1) > 3 AND (starts_with(source, $1) OR starts_with(target, $1))))
               OR EXISTS (SELECT 1 FROM actors WHERE code = $1 OR country = $1)""",
        [code.upper()],
    ).fetchone()
    return bool(row[0])


def stored_codes(store: Store) -> list[str]:
    """Every actor code and country the store has, for suggestions."""
    return [r[0] for r in store.con.execute(
        "SELECT DISTINCT code FROM actors UNION SELECT DISTINCT source_country FROM events WHERE source_country IS NOT NULL"
    ).fetchall()]


def unknown_codes(store: Store, flt: EventFilter) -> list[str]:
    """The codes of `flt` that nothing stored has (a misspelling, or a name read as a code)."""
    codes = [flt.actor, flt.source, flt.target, *(flt.dyad or ())]
    return [c.upper() for c in codes if c and not known_code(store, c)]
