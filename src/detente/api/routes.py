"""The read endpoints under /api: articles, events, dyads, actors, the network, clusters.

Every filter reaches SQL as a bound parameter; codes, dates and limits are validated here so a
bad value answers 422 naming the parameter, before any query runs. Lists are paginated with
`limit` (at most `MAX_LIMIT`) and `offset` and answer `{"total", "limit", "offset", "items"}`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError

from ..analytics import articles as arts
from ..analytics import network, similar
from ..analytics.dyads import dyad_series, top_dyads
from ..store.queries import EventFilter, events, stats

MAX_LIMIT = 500
CODE = r"^[A-Za-z0-9]{2,15}$"
ARTICLE_ID = r"^[A-Za-z0-9_-]{1,64}$"

Code = Annotated[str, Path(pattern=CODE, description="CAMEO actor code or country prefix, e.g. CHN or USAGOV")]
ArticleId = Annotated[str, Path(pattern=ARTICLE_ID)]
Since = Annotated[date | None, Query(description="first day, YYYY-MM-DD")]
Until = Annotated[date | None, Query(description="last day, YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]

router = APIRouter(prefix="/api")


def _db(request: Request):
    return request.app.state.db


def invalid(param: str, msg: str, where: str = "query") -> RequestValidationError:
    """A 422 in FastAPI's own shape, for checks that span several parameters."""
    return RequestValidationError([{"loc": (where, param), "msg": msg, "type": "value_error"}])


def _period(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise invalid("until", f"until ({until}) is before since ({since})")


def _page(total: int, limit: int, offset: int, items: list) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/stats", summary="Counts of articles, events, actors, quotes and failed documents")
def get_stats(request: Request) -> dict:
    with _db(request).read() as store:
        return stats(store)


@router.get("/articles", summary="Search articles (every word in title or text), filter by actor and dates")
def list_articles(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="words that must all appear")] = None,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    _period(since, until)
    query = arts.ArticleQuery(q=q, actor=actor, since=since, until=until, limit=limit, offset=offset)
    with _db(request).read() as store:
        found = arts.search_articles(store, query)
    return _page(found["total"], limit, offset, found["items"])


@router.get("/articles/{article_id}", summary="One article with actors, quotes, events, themes, tone and similar articles")
def get_article(request: Request, article_id: ArticleId, k: Annotated[int, Query(ge=0, le=50)] = 5) -> dict:
    with _db(request).read() as store:
        art = arts.get_article(store, article_id)
        if art is None:
            raise HTTPException(404, f"no article {article_id}; search with /api/articles")
        art["similar"] = similar.similar_articles(store, article_id, k=k) if k else []
    return art


@router.get("/articles/{article_id}/similar", summary="Articles reporting the same story")
def get_similar(request: Request, article_id: ArticleId, k: Annotated[int, Query(ge=1, le=50)] = 5) -> dict:
    with _db(request).read() as store:
        if not store.stored_ids([article_id]):
            raise HTTPException(404, f"no article {article_id}; search with /api/articles")
        items = similar.similar_articles(store, article_id, k=k)
    return {"article_id": article_id, "items": items}


@router.get("/events", summary="Coded events, newest first")
def list_events(
    request: Request,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{2,15},[A-Za-z0-9]{2,15}$", description="two codes: CHN,RUS")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix: 19, 041")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_-]{2,30}$")] = None,
    modality: Literal["asserted", "negated", "future", "hypothetical"] | None = None,
    article_id: Annotated[str | None, Query(pattern=ARTICLE_ID)] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    _period(since, until)
    pair = tuple(dyad.split(",")) if dyad else None
    flt = EventFilter(actor=actor, dyad=pair, cameo=cameo, plover=plover, modality=modality, article_id=article_id,
                      since=since, until=until, limit=limit, offset=offset)
    with _db(request).read() as store:
        where, params = flt.where()
        total = store.con.execute(f"SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id{where}", params).fetchone()[0]
        items = events(store, flt)
    return _page(total, limit, offset, items)


@router.get("/dyads", summary="The most active country dyads (asserted events, either direction)")
def list_dyads(request: Request, since: Since = None, until: Until = None, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        items = top_dyads(store, limit=limit, since=since, until=until)
    return {"items": items}


@router.get("/dyads/{a}/{b}", summary="A dyad's timeline: events per quad class and mean Goldstein per period")
def get_dyad(
    request: Request, a: Code, b: Code,
    by: Literal["day", "week", "month", "year"] = "month",
    directed: bool = False,
) -> dict:
    with _db(request).read() as store:
        points = [p.to_dict() for p in dyad_series(store, a, b, by=by, directed=directed)]
    totals = {k: sum(p[k] for p in points) for k in ("events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict")}
    weighted = sum(p["goldstein_mean"] * p["events"] for p in points)
    totals["goldstein_mean"] = round(weighted / totals["events"], 3) if totals["events"] else None
    return {"a": a.upper(), "b": b.upper(), "by": by, "directed": directed, "points": points, "totals": totals}


@router.get("/actors", summary="Actor codes with their common name and article counts")
def list_actors(
    request: Request, q: Annotated[str | None, Query(max_length=100)] = None, limit: Limit = 50, offset: Offset = 0,
) -> dict:
    with _db(request).read() as store:
        found = network.list_actors(store, q=q, limit=limit, offset=offset)
    return _page(found["total"], limit, offset, found["items"])


@router.get("/actors/{code}", summary="One actor: names, counts, partners and the mix of its events")
def get_actor(request: Request, code: Code) -> dict:
    with _db(request).read() as store:
        profile = network.actor_profile(store, code)
    if profile is None:
        raise HTTPException(404, f"no actor or event with code {code.upper()}; list actors with /api/actors")
    return profile


@router.get("/network", summary="The actor network of a period: nodes with event counts, edges signed by mean Goldstein")
def get_network(
    request: Request, since: Since = None, until: Until = None,
    level: Literal["country", "actor"] = "country",
    min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
    max_nodes: Annotated[int, Query(ge=2, le=300)] = 60,
) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        return network.actor_network(store, since=since, until=until, level=level, min_events=min_events, max_nodes=max_nodes)


@router.get("/clusters", summary="Events reported by several articles (GDELT-style NumArticles, NumSources)")
def list_clusters(
    request: Request, since: Since = None, until: Until = None,
    window_days: Annotated[int, Query(ge=0, le=60)] = 3,
    min_articles: Annotated[int, Query(ge=1, le=1000)] = 1,
    limit: Limit = 50, offset: Offset = 0,
) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        found = similar.event_clusters(store, since=since, until=until, window_days=window_days, min_articles=min_articles)
    return _page(len(found), limit, offset, found[offset : offset + limit])


@router.get("/stories", summary="Articles grouped by story (text similarity plus shared events)")
def list_stories(request: Request, threshold: Annotated[float, Query(ge=0.05, le=1.0)] = 0.3) -> dict:
    with _db(request).read() as store:
        groups = similar.story_groups(store, threshold=threshold)
        dupes = similar.near_duplicates(store)
    return {"groups": groups, "near_duplicates": [{"a": a, "b": b, "cosine": c} for a, b, c in dupes]}


__all__ = ["MAX_LIMIT", "invalid", "router"]
