"""Who deals with whom: the actor network of a period, and one actor's profile.

Nodes are countries (the first three letters of a CAMEO actor code, so CHNGOV and CHNMIL are
both CHN) or whole actor codes (`level="actor"`). An edge joins two nodes that took part in the
same events, either direction; its weight is the event count and its sign the mean Goldstein
score (cooperation positive, conflict negative). Only asserted events count, as in `dyads`, and
only those the coder is at least `min_confidence` sure of. An actor with no country (a bare `GOV`
or `EDU`, someone's government of unknown nationality) is left out: as a node it would join
unrelated people into one hub.
"""

from __future__ import annotations

from datetime import date

from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from ..store.database import Store
from ..store.queries import confidence_clause, date_range, party

LEVELS = {"country": ("source_country", "target_country"), "actor": ("source", "target")}


def actor_network(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    level: str = "country",
    min_events: int = 1,
    max_nodes: int = 60,
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE,
) -> dict:
    """`{"nodes": [{id, events, goldstein_mean}], "edges": [{source, target, events, goldstein_mean, sign}]}`."""
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    s, t = LEVELS[level]
    clauses = ["modality = 'asserted'", f"{s} IS NOT NULL", f"{t} IS NOT NULL", f"{s} <> {t}",
               "source_country IS NOT NULL", "target_country IS NOT NULL"]
    dates, params = date_range("date", since, until)
    conf, values = confidence_clause("confidence", min_confidence)
    clauses += dates + conf
    params += values
    where = " AND ".join(clauses)
    edges = store.con.execute(
        f"""
        SELECT least({s}, {t}) AS a, greatest({s}, {t}) AS b, count(*) AS n, avg(goldstein) AS g,
               count(*) FILTER (WHERE quad_class <= 2), count(*) FILTER (WHERE quad_class >= 3)
        FROM events WHERE {where}
        GROUP BY a, b HAVING count(*) >= ? ORDER BY n DESC, a, b
        """,
        params + [int(min_events)],
    ).fetchall()
    weight: dict[str, int] = {}
    for a, b, n, *_ in edges:
        weight[a] = weight.get(a, 0) + n
        weight[b] = weight.get(b, 0) + n
    keep = set(sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes])
    tone = dict(
        store.con.execute(
            f"""SELECT node, avg(goldstein) FROM (
                    SELECT {s} AS node, goldstein FROM events WHERE {where}
                    UNION ALL SELECT {t} AS node, goldstein FROM events WHERE {where})
                GROUP BY node""",
            params + params,
        ).fetchall()
    )
    return {
        "level": level,
        "nodes": [
            {"id": k, "events": weight[k], "goldstein_mean": round(float(tone.get(k) or 0.0), 3)}
            for k in sorted(keep, key=lambda k: (-weight[k], k))
        ],
        "edges": [
            {"source": a, "target": b, "events": n, "goldstein_mean": round(float(g), 3),
             "sign": 1 if g > 0 else (-1 if g < 0 else 0), "cooperation": coop, "conflict": conf}
            for a, b, n, g, coop, conf in edges
            if a in keep and b in keep
        ],
    }


def actor_profile(store: Store, code: str, *, limit: int = 20,
                  min_confidence: float | None = DEFAULT_MIN_CONFIDENCE) -> dict | None:
    """What the store knows of an actor code or country: names, counts, partners, event mix; None if unknown.

    Partners are the other side's country (or whole code when it has none, as organisations);
    events match as `store.queries.party` says, so `IGOEUREEC` is the EU and not every IGO."""
    code = code.upper()
    conf, cparams = confidence_clause("confidence", min_confidence)
    conf_sql = "".join(f" AND {c}" for c in conf)
    s_side, s_params = party("source", "source_country", code)
    t_side, t_params = party("target", "target_country", code)
    names = store.query(
        """SELECT code, name, kind, count(DISTINCT article_id) AS articles FROM actors
           WHERE code = ? OR country = ? OR (length(?) > 3 AND starts_with(code, ?))
           GROUP BY code, name, kind ORDER BY articles DESC, code, name LIMIT ?""",
        [code, code, code, code, int(limit)],
    )
    ev = f"({s_side} OR {t_side})"
    evp = s_params + t_params
    counts = store.con.execute(
        f"""SELECT count(*), count(*) FILTER (WHERE modality = 'asserted'), avg(goldstein) FILTER (WHERE modality = 'asserted'),
                   count(DISTINCT article_id) FROM events WHERE {ev}{conf_sql}""",
        evp + cparams,
    ).fetchone()
    if not names and not counts[0]:
        return None
    articles = store.con.execute(
        f"""SELECT count(DISTINCT article_id) FROM (
                SELECT article_id FROM actors WHERE code = ? OR country = ? OR (length(?) > 3 AND starts_with(code, ?))
                UNION SELECT article_id FROM events WHERE {ev}{conf_sql})""",
        [code, code, code, code] + evp + cparams,
    ).fetchone()[0]
    own_country = store.con.execute(
        f"SELECT first(source_country) FILTER (WHERE {s_side}) FROM events", s_params).fetchone()[0]
    partners = store.query(
        f"""SELECT CASE WHEN {s_side} THEN target_country ELSE source_country END AS partner,
                   count(*) AS events, round(avg(goldstein), 3) AS goldstein_mean,
                   count(*) FILTER (WHERE quad_class <= 2) AS cooperation, count(*) FILTER (WHERE quad_class >= 3) AS conflict
            FROM events WHERE modality = 'asserted' AND {ev}{conf_sql}
            GROUP BY partner HAVING partner IS NOT NULL AND partner <> ? AND partner <> ?
            ORDER BY events DESC, partner LIMIT ?""",
        s_params + evp + cparams + [code, own_country or code, int(limit)],
    )
    roots = store.query(
        f"""SELECT root, count(*) AS events, round(avg(goldstein), 3) AS goldstein_mean FROM events
            WHERE modality = 'asserted' AND {ev}{conf_sql} GROUP BY root ORDER BY events DESC, root""",
        evp + cparams,
    )
    return {
        "code": code,
        "names": names,
        "articles": articles,
        "events": counts[0],
        "events_asserted": counts[1],
        "goldstein_mean": round(float(counts[2]), 3) if counts[2] is not None else None,
        "partners": partners,
        "roots": roots,
    }


def list_actors(store: Store, *, q: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Actor codes with their most common name and article count; `q` filters on code or name."""
    where, params = "", []
    if q:
        where = " WHERE starts_with(code, ?) OR name ILIKE ? ESCAPE '\\'"
        params = [q.upper(), "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"]
    total = store.con.execute(f"SELECT count(DISTINCT code) FROM actors{where}", params).fetchone()[0]
    items = store.query(
        f"""SELECT code, mode(name) AS name, mode(kind) AS kind, count(DISTINCT article_id) AS articles
            FROM actors{where} GROUP BY code ORDER BY articles DESC, code LIMIT ? OFFSET ?""",
        params + [int(limit), int(offset)],
    )
    return {"total": total, "items": items}
