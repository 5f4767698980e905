"""The read endpoints under /api: articles, events, dyads, actors, the network, clusters.

Every filter reaches SQL as a bound parameter; codes, dates and limits are validated here so a
bad value answers 422 naming the parameter, before any query runs. Lists are paginated with
`limit` (at most `MAX_LIMIT`) and `offset` and answer `{"total", "limit", "offset", "items"}`.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response, StreamingResponse

from ..analytics import articles as arts
from ..analytics import geo, glossary, network, similar
from ..analytics.dyads import dyad_timeline, top_dyads
from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from ..store.queries import SORTS, EventFilter, QuoteFilter, count_events, events, quotes, stats, stored_codes, unknown_codes

MAX_LIMIT = 500
MAX_DOWNLOAD = 100_000  # rows in one CSV/JSON download
CODE = r"^[A-Za-z0-9]{2,15}$"
NAME_OR_CODE = r"^[A-Za-z0-9][A-Za-z0-9 .'-]{0,59}$"  # "CHN", "chngov", "Russia", "European Union"
ARTICLE_ID = r"^[A-Za-z0-9_-]{1,64}$"
SORT = "^-?(" + "|".join(SORTS) + ")$"

Code = Annotated[str, Path(pattern=CODE, description="CAMEO actor code or country prefix, e.g. CHN or USAGOV")]
ArticleId = Annotated[str, Path(pattern=ARTICLE_ID)]
Since = Annotated[date | None, Query(description="first day, YYYY-MM-DD")]
Until = Annotated[date | None, Query(description="last day, YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
MinConfidence = Annotated[float, Query(ge=0, le=1, description=f"keep events at least this sure (0-1; default {DEFAULT_MIN_CONFIDENCE})")]
Actor = Annotated[str | None, Query(pattern=NAME_OR_CODE, description="an actor code (CHN, USAGOV) or a name (Russia)")]

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


def code_for(value: str | None, param: str) -> str | None:
    """An actor code for what was typed: a code as it is, a name ("Russia") as its code; 422 when
    neither, naming the nearest known codes."""
    if not value:
        return None
    found = glossary.find_codes(value)
    if not found:
        near = glossary.suggest(value.replace(" ", ""))
        raise invalid(param, f"no actor code or name {value!r}" + (f"; did you mean {', '.join(near)}?" if near else ""))
    return found[0]


def event_filter(
    actor: Actor = None,
    source: Actor = None,
    target: Actor = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9 .'-]{2,60},[A-Za-z0-9 .'-]{2,60}$", description="two codes or names: CHN,RUS")] = None,
    directed: Annotated[bool, Query(description="dyad: only the first -> the second")] = False,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix: 19, 041")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_-]{2,30}$")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="1 verbal cooperation … 4 material conflict")] = None,
    modality: Literal["asserted", "negated", "future", "hypothetical"] | None = None,
    article_id: Annotated[str | None, Query(pattern=ARTICLE_ID)] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
    sort: Annotated[str, Query(pattern=SORT, description="a column, - first for descending: -date, goldstein, -confidence")] = "-date",
) -> EventFilter:
    """The events filter of the query string (shared by /api/events, its downloads, the map and the explorer)."""
    _period(since, until)
    pair = None
    if dyad:
        x, y = dyad.split(",")
        pair = (code_for(x.strip(), "dyad"), code_for(y.strip(), "dyad"))
    return EventFilter(actor=code_for(actor, "actor"), source=code_for(source, "source"), target=code_for(target, "target"),
                       dyad=pair, directed=directed, cameo=cameo, plover=plover, quad_class=quad_class, modality=modality,
                       article_id=article_id, since=since, until=until, min_confidence=min_confidence, sort=sort)


Events = Annotated[EventFilter, Depends(event_filter)]
DOWNLOAD_COLUMNS = ("date", "source", "source_name", "target", "target_name", "cameo", "cameo_name", "plover",
                    "quad_class", "goldstein", "modality", "confidence", "text", "article_id", "idx", "title", "url")


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


@router.get("/events", summary="Coded events with names beside codes; filter, sort and page")
def list_events(request: Request, flt: Events, limit: Limit = 50, offset: Offset = 0) -> dict:
    flt = _paged(flt, limit, offset)
    with _db(request).read() as store:
        total = count_events(store, flt)
        items = glossary.name_events(events(store, flt))
        unknown = unknown_codes(store, flt)
        near = {c: glossary.suggest(c, stored_codes(store)) for c in unknown}
    out = _page(total, limit, offset, items)
    if unknown:  # an empty answer that says why, not a silent one
        out["warnings"] = [f"no actor {c} in this database" + (f"; did you mean {', '.join(near[c])}?" if near[c] else "")
                           for c in unknown]
    return out


def _paged(flt: EventFilter, limit: int | None, offset: int) -> EventFilter:
    return replace(flt, limit=limit, offset=offset)


@router.get("/events/download", summary="Every event of a filtered, sorted view as CSV or JSON (up to 100,000 rows)")
def download_events(request: Request, flt: Events, format: Literal["csv", "json"] = "csv") -> Response:
    flt = _paged(flt, MAX_DOWNLOAD, 0)
    with _db(request).read() as store:
        rows = glossary.name_events(events(store, flt))
    items = [{k: r.get(k) for k in DOWNLOAD_COLUMNS} for r in rows]
    name = "detente-events." + format
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "json":
        return Response(json.dumps(items, ensure_ascii=False, default=str), media_type="application/json", headers=headers)
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=DOWNLOAD_COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in items:
        w.writerow({k: ("" if v is None else str(v)) for k, v in r.items()})
    return StreamingResponse(iter([buf.getvalue()]), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/map", summary="Events per country under the same filters as /api/events, for a map")
def get_map(request: Request, flt: Events) -> dict:
    with _db(request).read() as store:
        items = geo.country_counts(store, flt)
    for r in items:
        r["name"] = glossary.actor_name(r["country"])
    return {"items": items}


@router.get("/map/shapes", summary="Country outlines (Natural Earth 1:110m, public domain) as SVG paths by ISO3 code")
def get_shapes() -> dict:
    return geo.shapes()


@router.get("/glossary", summary="Actor roles, CAMEO codes, PLOVER types, quad classes, modalities")
def get_glossary() -> dict:
    return glossary.glossary()


@router.get("/names", summary="Plain names for actor and CAMEO codes, or codes for a name")
def get_names(
    code: Annotated[list[str], Query(max_length=50)] = [],  # noqa: B006 - FastAPI reads the default, never mutates it
    q: Annotated[str | None, Query(max_length=60)] = None,
) -> dict:
    out = {"actors": {c.upper(): glossary.actor_name(c) for c in code if c and len(c) <= 15}}
    out["cameo"] = {c: glossary.cameo_name(c) for c in code if c.isdigit() and len(c) <= 4}
    if q:
        out["codes"] = glossary.find_codes(q)
        out["suggest"] = [] if out["codes"] else glossary.suggest(q.replace(" ", ""))
    return out


@router.get("/quotes", summary="Who said what: quotes across the corpus by speaker, actor or words")
def list_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=100, description="words of the speaker's name")] = None,
    actor: Actor = None,
    q: Annotated[str | None, Query(max_length=200, description="words that must all appear in the quote")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: Annotated[float, Query(ge=0, le=1, description="keep quotes whose speaker attribution is at least this sure")] = 0.0,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    _period(since, until)
    flt = QuoteFilter(speaker=speaker, actor=code_for(actor, "actor"), q=q, since=since, until=until,
                      min_confidence=min_confidence, limit=limit, offset=offset)
    with _db(request).read() as store:
        found = quotes(store, flt)
    for r in found["items"]:
        r["speaker_actor_name"] = glossary.actor_name(r["speaker_actor"])
        r["link"] = f"/articles/{r['article_id']}#q-{r['idx']}"
    return _page(found["total"], limit, offset, found["items"])


@router.get("/dyads", summary="The most active country dyads (asserted events, either direction)")
def list_dyads(request: Request, since: Since = None, until: Until = None, limit: Annotated[int, Query(ge=1, le=200)] = 20,
               min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        items = top_dyads(store, limit=limit, since=since, until=until, min_confidence=min_confidence)
    for r in items:
        r["a_name"], r["b_name"] = glossary.actor_name(r["a"]), glossary.actor_name(r["b"])
    return {"items": items}


@router.get("/dyads/{a}/{b}", summary="A dyad's timeline: every period (empty ones too), undated events apart")
def get_dyad(
    request: Request, a: Code, b: Code,
    by: Literal["day", "week", "month", "year"] = "month",
    directed: bool = False,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        t = dyad_timeline(store, a, b, by=by, directed=directed, since=since, until=until, min_confidence=min_confidence)
    out = t.to_dict()
    out.update(directed=directed, a_name=glossary.actor_name(t.a), b_name=glossary.actor_name(t.b))
    return out


@router.get("/actors", summary="Actor codes with their common name and article counts")
def list_actors(
    request: Request, q: Annotated[str | None, Query(max_length=100)] = None, limit: Limit = 50, offset: Offset = 0,
) -> dict:
    with _db(request).read() as store:
        found = network.list_actors(store, q=q, limit=limit, offset=offset)
    return _page(found["total"], limit, offset, found["items"])


@router.get("/actors/{code}", summary="One actor: names, counts, partners and the mix of its events")
def get_actor(request: Request, code: Code, min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE) -> dict:
    with _db(request).read() as store:
        profile = network.actor_profile(store, code, min_confidence=min_confidence)
    if profile is None:
        raise HTTPException(404, f"no actor or event with code {code.upper()}; list actors with /api/actors")
    return profile


@router.get("/network", summary="The actor network of a period: nodes with event counts, edges signed by mean Goldstein")
def get_network(
    request: Request, since: Since = None, until: Until = None,
    level: Literal["country", "actor"] = "country",
    min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
    max_nodes: Annotated[int, Query(ge=2, le=300)] = 60,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        net = network.actor_network(store, since=since, until=until, level=level, min_events=min_events, max_nodes=max_nodes,
                                    min_confidence=min_confidence)
    for n in net["nodes"]:
        n["name"] = glossary.actor_name(n["id"])
    return net


@router.get("/clusters", summary="Events reported by several articles (GDELT-style NumArticles, NumSources)")
def list_clusters(
    request: Request, since: Since = None, until: Until = None,
    window_days: Annotated[int, Query(ge=0, le=60)] = 3,
    min_articles: Annotated[int, Query(ge=1, le=1000)] = 1,
    limit: Limit = 50, offset: Offset = 0,
    min_confidence: MinConfidence = DEFAULT_MIN_CONFIDENCE,
) -> dict:
    _period(since, until)
    with _db(request).read() as store:
        found = similar.event_clusters(store, since=since, until=until, window_days=window_days, min_articles=min_articles,
                                       min_confidence=min_confidence)
    return _page(len(found), limit, offset, found[offset : offset + limit])


@router.get("/stories", summary="Articles grouped by story (text similarity plus shared events)")
def list_stories(request: Request, threshold: Annotated[float, Query(ge=0.05, le=1.0)] = 0.3) -> dict:
    with _db(request).read() as store:
        groups = similar.story_groups(store, threshold=threshold)
        dupes = similar.near_duplicates(store)
    return {"groups": groups, "near_duplicates": [{"a": a, "b": b, "cosine": c} for a, b, c in dupes]}


__all__ = ["MAX_LIMIT", "invalid", "router"]
