"""How relationships move: per-dyad summaries over time from the stored events.

Only asserted events count: a negated, future or hypothetical event is a statement about
what did not or may happen, not a point on the dyad's timeline. Dyads are undirected here
(China→Russia and Russia→China both count for CHN–RUS, and each point says how many went each
way); `directed=True` keeps one direction. A side matches as `store.queries.party` says: the
code, its country, or a longer code under it, never a bare three-letter prefix.

The timeline is honest about time: every period from the first to the last (or `since`/`until`)
is there, empty ones with zero events and no mean; events of undated articles are counted
apart (`DyadTimeline.undated`), never placed on the date axis. Only events the coder is at
least `min_confidence` sure of count.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from ..store.database import Store
from ..store.queries import confidence_clause, date_range, party

PERIODS = ("day", "week", "month", "year")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


@dataclass(frozen=True, kw_only=True)
class DyadPoint:
    period: str | None  # first day of the period, ISO; None for undated articles
    events: int
    verbal_coop: int  # quad class 1
    material_coop: int  # 2
    verbal_conflict: int  # 3
    material_conflict: int  # 4
    goldstein_mean: float | None  # None for a period with no events
    a_to_b: int = 0  # events with a as source
    b_to_a: int = 0
    label: str = ""  # "Nov 2019", "2019", "12 Nov 2019", "week of 11 Nov 2019", "undated"

    def to_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@dataclass(frozen=True, kw_only=True)
class DyadTimeline:
    a: str
    b: str
    by: str
    points: list[DyadPoint]  # dated, consecutive periods, empty ones included
    undated: DyadPoint | None = None  # events of undated articles, apart from the axis
    totals: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "by": self.by, "points": [p.to_dict() for p in self.points],
                "undated": self.undated.to_dict() if self.undated else None, "totals": self.totals}


def period_label(start: date | None, by: str) -> str:
    """How a period reads on an axis: "Nov 2019", "2019", "12 Nov 2019", "week of 11 Nov 2019"."""
    if start is None:
        return "undated"
    if by == "year":
        return str(start.year)
    if by == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    day = f"{start.day} {_MONTHS[start.month - 1]} {start.year}"
    return f"week of {day}" if by == "week" else day


def period_start(d: date, by: str) -> date:
    """The first day of the period holding `d` (weeks start on Monday, as DuckDB's date_trunc)."""
    if by == "day":
        return d
    if by == "week":
        return d - timedelta(days=d.weekday())
    if by == "month":
        return d.replace(day=1)
    return d.replace(month=1, day=1)


def next_period(d: date, by: str) -> date:
    if by == "day":
        return d + timedelta(days=1)
    if by == "week":
        return d + timedelta(days=7)
    if by == "month":
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return date(d.year + 1, 1, 1)


def dyad_timeline(
    store: Store, a: str, b: str, *, by: str = "month", directed: bool = False, since: date | None = None,
    until: date | None = None, min_confidence: float | None = DEFAULT_MIN_CONFIDENCE, fill: bool = True,
) -> DyadTimeline:
    """The `a`–`b` dyad per period: counts per quad class and direction, mean Goldstein."""
    if by not in PERIODS:
        raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")
    a, b = a.upper(), b.upper()
    sa, psa = party("source", "source_country", a)
    tb, ptb = party("target", "target_country", b)
    sb, psb = party("source", "source_country", b)
    ta, pta = party("target", "target_country", a)
    clauses = ["modality = 'asserted'"]
    params: list = []
    if directed:
        clauses.append(f"({sa} AND {tb})")
        params += psa + ptb
    else:
        clauses.append(f"(({sa} AND {tb}) OR ({sb} AND {ta}))")
        params += psa + ptb + psb + pta
    dates, values = date_range("date", since, until)
    conf, cvalues = confidence_clause("confidence", min_confidence)
    clauses += dates + conf
    params += values + cvalues
    rows = store.con.execute(
        f"""
        SELECT CAST(date_trunc('{by}', date) AS DATE) AS period, count(*),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               avg(goldstein), count(*) FILTER (WHERE {sa})
        FROM events WHERE {' AND '.join(clauses)}
        GROUP BY period ORDER BY period NULLS FIRST
        """,
        psa + params,
    ).fetchall()
    found: dict[date | None, DyadPoint] = {}
    for r in rows:
        found[r[0]] = DyadPoint(
            period=r[0].isoformat() if r[0] else None, label=period_label(r[0], by),
            events=r[1], verbal_coop=r[2], material_coop=r[3], verbal_conflict=r[4], material_conflict=r[5],
            goldstein_mean=round(float(r[6]), 3) if r[6] is not None else None, a_to_b=r[7], b_to_a=r[1] - r[7],
        )
    undated = found.pop(None, None)
    points = [found[k] for k in sorted(found)]
    if fill and (found or (since and until)):
        first = period_start(since, by) if since else min(found)
        last = period_start(until, by) if until else max(found)
        if found:
            first, last = min(first, min(found)), max(last, max(found))
        points, d = [], first
        while d <= last and len(points) < 20_000:  # 55 years of days: a runaway range stops here
            points.append(found.get(d) or DyadPoint(period=d.isoformat(), label=period_label(d, by), events=0,
                                                     verbal_coop=0, material_coop=0, verbal_conflict=0,
                                                     material_conflict=0, goldstein_mean=None))
            d = next_period(d, by)
    every = points + ([undated] if undated else [])
    totals = {k: sum(getattr(p, k) for p in every) for k in
              ("events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "a_to_b", "b_to_a")}
    weighted = sum(p.goldstein_mean * p.events for p in every if p.goldstein_mean is not None)
    totals["goldstein_mean"] = round(weighted / totals["events"], 3) if totals["events"] else None
    totals["undated"] = undated.events if undated else 0
    return DyadTimeline(a=a, b=b, by=by, points=points, undated=undated, totals=totals)


def dyad_series(store: Store, a: str, b: str, *, by: str = "month", directed: bool = False,
                min_confidence: float | None = DEFAULT_MIN_CONFIDENCE, fill: bool = True) -> list[DyadPoint]:
    """The timeline's points, dated ones in order (empty periods filled), then the undated one if any."""
    t = dyad_timeline(store, a, b, by=by, directed=directed, min_confidence=min_confidence, fill=fill)
    return t.points + ([t.undated] if t.undated else [])


def top_dyads(store: Store, *, limit: int = 20, since=None, until=None,
              min_confidence: float | None = DEFAULT_MIN_CONFIDENCE) -> list[dict]:
    """The most active country dyads (undirected), with counts and mean Goldstein."""
    clauses = ["modality = 'asserted'", "source_country IS NOT NULL", "target_country IS NOT NULL",
               "source_country <> target_country"]
    dates, params = date_range("date", since, until)
    conf, values = confidence_clause("confidence", min_confidence)
    clauses += dates + conf
    params += values
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
