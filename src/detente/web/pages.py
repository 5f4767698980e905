"""The dashboard's pages. They render from the same Python API as /api; charts are drawn in the
browser by `static/detente.js` from the JSON endpoints, so every figure has one source."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..analytics import articles as arts
from ..analytics import network, similar
from ..analytics.dyads import top_dyads
from ..errors import StoreError
from ..store.queries import EventFilter, events, stats
from .render import highlight, marks_for

PAGE = 50
CODE = r"^[A-Za-z0-9]{2,15}$"
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

router = APIRouter(include_in_schema=False)
_templates = Jinja2Templates(directory=str(resources.files("detente.web").joinpath("templates")))
_templates.env.globals["QUADS"] = QUADS


def static() -> StaticFiles:
    """The bundled CSS and JS (no CDN: the dashboard works offline)."""
    return StaticFiles(directory=str(resources.files("detente.web").joinpath("static")))


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return _templates.TemplateResponse(request, name, context, status_code=status)


def _no_db(request: Request, exc: StoreError) -> HTMLResponse:
    return _render(request, "empty.html", status=503, message=str(exc))


@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    try:
        with request.app.state.db.read() as store:
            ctx = {
                "stats": stats(store),
                "dyads": top_dyads(store, limit=12),
                "events": events(store, EventFilter(modality="asserted", limit=15)),
                "articles": arts.search_articles(store, arts.ArticleQuery(limit=10))["items"],
                "clusters": [c for c in similar.event_clusters(store) if c["num_articles"] > 1][:8],
            }
    except StoreError as exc:
        return _no_db(request, exc)
    return _render(request, "overview.html", **ctx)


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: Annotated[str, Path(pattern=CODE)],
    b: Annotated[str, Path(pattern=CODE)],
    by: Literal["day", "week", "month", "year"] = "month",
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
):
    a, b = a.upper(), b.upper()
    flt = EventFilter(dyad=(a, b), limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            where, params = flt.where()
            total = store.con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0]
            rows = events(store, flt)
    except StoreError as exc:
        return _no_db(request, exc)
    return _render(request, "dyad.html", a=a, b=b, by=by, events=rows, total=total, page=page, pages=max(1, -(-total // PAGE)))


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(request: Request, code: Annotated[str, Path(pattern=CODE)]):
    try:
        with request.app.state.db.read() as store:
            profile = network.actor_profile(store, code)
            rows = events(store, EventFilter(actor=code, limit=30))
            found = arts.search_articles(store, arts.ArticleQuery(actor=code, limit=15))
    except StoreError as exc:
        return _no_db(request, exc)
    if profile is None:
        raise HTTPException(404, f"no actor or event with code {code.upper()}")
    return _render(request, "actor.html", p=profile, events=rows, articles=found["items"], narticles=found["total"])


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")]):
    try:
        with request.app.state.db.read() as store:
            art = arts.get_article(store, article_id)
            sims = similar.similar_articles(store, article_id, k=5) if art else []
    except StoreError as exc:
        return _no_db(request, exc)
    if art is None:
        raise HTTPException(404, f"no article {article_id}")
    body = highlight(art["text"], marks_for(art))
    return _render(request, "article.html", art=art, body=body, similar=sims)


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, since: str | None = None, until: str | None = None,
    level: Literal["country", "actor"] = "country",
):
    return _render(request, "network.html", since=_date(since, "since"), until=_date(until, "until"), level=level)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(pattern=r"^([A-Za-z0-9]{2,15})?$")] = None,
    since: str | None = None,
    until: str | None = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
):
    since, until = _date(since, "since"), _date(until, "until")
    query = arts.ArticleQuery(q=q, actor=actor or None, since=since, until=until, limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            found = arts.search_articles(store, query)
    except StoreError as exc:
        return _no_db(request, exc)
    return _render(request, "search.html", q=q or "", actor=actor or "", since=since, until=until, page=page,
                   found=found, pages=max(1, -(-found["total"] // PAGE)))


def _date(value: str | None, name: str) -> date | None:
    """A form's date: empty means none (browsers send `since=`), anything else must be YYYY-MM-DD."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise RequestValidationError([{"loc": ("query", name), "msg": f"{value!r} is not a date YYYY-MM-DD", "type": "value_error"}]) from None
