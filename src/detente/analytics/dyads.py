"""How relationships move: per-dyad summaries over time from the stored events.

Only asserted events count: a negated, future or hypothetical event is a statement about
what did not or may happen, not a point on the dyad's timeline. Dyads are undirected here
(China→Russia and Russia→China both count for CHN–RUS); `directed=True` keeps direction.
Events with undated articles fall into one bucket with period None.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.database import Store
from ..store.queries import date_range

PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True, kw_only=True)
class DyadPoint:
    period: str | None  # first day of the period, ISO; None for undated articles
    events: int
    verbal_coop: int  # quad class 1
    material_coop: int  # 2
    verbal_conflict: int  # 3
    material_conflict: int  # 4
    goldstein_mean: float

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def dyad_series(store: Store, a: str, b: str, *, by: str = "month", directed: bool = False) -> list[DyadPoint]:
    """Counts per quad class and mean Goldstein for the dyad `a`–`b`, one point per period."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    a, b = a.upper(), b.upper()
    pair = "(starts_with(source, ?) AND starts_with(target, ?))"
    where = pair if directed else f"({pair} OR {pair})"
    params = [a, b] if directed else [a, b, b, a]
    rows = store.con.execute(
        f"""
        SELECT CAST(date_trunc('{PERIODS[by]}', date) AS DATE) AS period, count(*),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               avg(goldstein)
        FROM events WHERE modality = 'asserted' AND {where}
        GROUP BY period ORDER BY period NULLS FIRST
        """,
        params,
    ).fetchall()
    return [
        DyadPoint(
            period=r[0].isoformat() if r[0] else None,
            events=r[1], verbal_coop=r[2], material_coop=r[3], verbal_conflict=r[4], material_conflict=r[5],
            goldstein_mean=round(float(r[6]), 3),
        )
        for r in rows
    ]


def top_dyads(store: Store, *, limit: int = 20, since=None, until=None) -> list[dict]:
    """The most active country dyads (undirected), with counts and mean Goldstein."""
    clauses = ["modality = 'asserted'", "source_country IS NOT NULL", "target_country IS NOT NULL",
                       "source_country <> target_country"]
    dates, params = date_range("date", since, until)
    clauses += dates
    rows = store.con.execute(
        f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) AS events, avg(goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict
        FROM events WHERE {' AND '.join(clauses)}
        GROUP BY a, b ORDER BY events DESC, a, b LIMIT ?
        """,
        params + [int(limit)],
    ).fetchall()
    return [
        {"a": r[0], "b": r[1], "events": r[2], "goldstein_mean": round(float(r[3]), 3),
         "cooperation": r[4], "conflict": r[5]}
        for r in rows
    ]
