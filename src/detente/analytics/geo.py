"""Events by country, for the dashboard's map: each country's events (either side) under a filter.

The shapes are `data/map/countries.json` (Natural Earth 1:110m, public domain; made by
`scripts/make_world_map.py`), keyed by ISO 3166-1 alpha-3, the same letters that open a CAMEO
country code, so a count joins its shape with no lookup table.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..store.database import Store
from ..store.queries import EventFilter

SHAPES = Path(__file__).resolve().parent.parent / "data" / "map" / "countries.json"


@lru_cache(maxsize=1)
def shapes() -> dict:
    """The map's country shapes: `{"width", "height", "countries": {ISO3: {"name", "path"}}}`."""
    return json.loads(SHAPES.read_text("utf-8"))


def country_counts(store: Store, flt: EventFilter = EventFilter()) -> list[dict]:
    """Per country: events it took part in (as source or target; once when on both sides),
    cooperative and conflictual ones, and their mean Goldstein score. Largest first."""
    where, params = flt.where()
    rows = store.con.execute(
        f"""
        WITH picked AS (SELECT e.article_id, e.idx, e.source_country, e.target_country, e.goldstein, e.quad_class
                        FROM events e{where}),
             sides AS (SELECT article_id, idx, source_country AS country, goldstein, quad_class FROM picked
                       UNION SELECT article_id, idx, target_country, goldstein, quad_class FROM picked)
        SELECT country, count(*) AS events, count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict, round(avg(goldstein), 3) AS goldstein_mean
        FROM sides WHERE country IS NOT NULL AND length(country) = 3
        GROUP BY country ORDER BY events DESC, country
        """,
        params,
    ).fetchall()
    return [{"country": r[0], "events": r[1], "cooperation": r[2], "conflict": r[3], "goldstein_mean": r[4]} for r in rows]
