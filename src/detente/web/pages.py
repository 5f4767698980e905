"""The dashboard's pages. They render from the same Python API as /api; charts and the map are
drawn in the browser by `static/detente.js` from the JSON endpoints, so every figure has one source.

Every page that shows events takes the same date range (`since`, `until`) and confidence
threshold (`min_confidence`) as the API; the filters live in the URL, so a view can be bookmarked,
shared and downloaded as it is. Errors are HTML pages here (`install_error_pages`), JSON under /api.
No page carries inline script: the Content-Security-Policy forbids it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from importlib import resources
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..analytics import articles as arts
from ..analytics import glossary, network, similar
from ..analytics.dyads import dyad_timeline, top_dyads
from ..errors import StoreError
from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from ..ingest.formats import mend_json, mend_surrogates
from ..store.queries import SORTS, EventFilter, QuoteFilter, count_events, events, quotes, stats, stored_codes, unknown_codes
from .render import highlight, marks_for

PAGE = 50
CODE = r"^[A-Za-z0-9]{2,15}$"
QUADS = glossary.QUADS
MODALITIES = tuple(glossary.MODALITIES)

router = APIRouter(include_in_schema=False)
_templates = Jinja2Templates(directory=str(resources.files("detente.web").joinpath("templates")))
_templates.env.globals.update(QUADS=QUADS, actor_name=glossary.actor_name, cameo_name=glossary.cameo_name,
                              confidence_factors=glossary.confidence_factors, DEFAULT_MIN_CONFIDENCE=DEFAULT_MIN_CONFIDENCE)


def static() -> StaticFiles:
    """The bundled CSS, JS and favicon (no CDN: the dashboard works offline)."""
    return StaticFiles(directory=str(resources.files("detente.web").joinpath("static")))


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    return _templates.TemplateResponse(request, name, context, status_code=status)


def _no_db(request: Request, exc) -> HTMLResponse:
    return _render(request, "empty.html", status=503, message=str(exc))


def install_error_pages(app: FastAPI) -> None:
    """Errors on dashboard pages answer an HTML page that says what went wrong and where to go;
    under /api they stay FastAPI's JSON."""

    def wants_html(request: Request) -> bool:
        path = request.url.path
        return not (path.startswith("/api") or path in ("/openapi.json", "/docs", "/redoc"))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        if not wants_html(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return _render(request, "error.html", status=exc.status_code, status_code=exc.status_code,
                       message=exc.detail if isinstance(exc.detail, str) else "That page does not exist.")

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError):
        if not wants_html(request):
            from fastapi.encoders import jsonable_encoder

            # the errors echo the input: half a surrogate pair sent as a JSON escape cannot be UTF-8
            return JSONResponse({"detail": mend_json(jsonable_encoder(exc.errors()))}, status_code=422)
        problems = [mend_surrogates(f"{e['loc'][-1]}: {e['msg']}") for e in exc.errors()]
        return _render(request, "error.html", status=422, status_code=422, message="Some of the filters cannot be read.",
                       problems=problems)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        # A bug: the server logs the traceback; the reader gets a page, not a bare "Internal Server Error".
        if not wants_html(request):
            return JSONResponse({"detail": "internal error; the server log has the details"}, status_code=500)
        return _render(request, "error.html", status=500, status_code=500,
                       message="This page failed to render; the server's log says why. Other pages may still work.")


# -- shared filters ---------------------------------------------------------------------------------


def _date(value: str | None, name: str) -> date | None:
    """A form's date: empty means none (browsers send `since=`), anything else must be YYYY-MM-DD."""
    if not value or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise RequestValidationError([{"loc": ("query", name), "msg": f"{value!r} is not a date YYYY-MM-DD", "type": "value_error"}]) from None


def _period(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    s, u = _date(since, "since"), _date(until, "until")
    if s and u and s > u:
        raise RequestValidationError([{"loc": ("query", "until"), "msg": f"the end ({u}) is before the start ({s})", "type": "value_error"}])
    return s, u


def _confidence(value: str | None) -> float:
    if value is None or not value.strip():
        return DEFAULT_MIN_CONFIDENCE
    try:
        x = float(value)
    except ValueError:
        x = -1
    if not 0 <= x <= 1:
        raise RequestValidationError([{"loc": ("query", "min_confidence"), "msg": f"{value!r} is not a number from 0 to 1", "type": "value_error"}])
    return x


def _code(value: str | None, name: str) -> str | None:
    """An actor code for a form field that takes a code or a name; a page error suggesting codes when neither."""
    if not value or not value.strip():
        return None
    found = glossary.find_codes(value)
    if not found:
        near = glossary.suggest(value.replace(" ", ""))
        msg = f"no actor code or name {value!r}" + (f"; did you mean {', '.join(near)}?" if near else "")
        raise RequestValidationError([{"loc": ("query", name), "msg": msg, "type": "value_error"}])
    return found[0]


def _unknown(code: str, candidates: list[str]) -> str:
    near = glossary.suggest(code, candidates)
    return f"No actor {code} in this database" + (f"; did you mean {', '.join(near)}?" if near else ".")


def _query(**params) -> str:
    """A query string of the non-empty parameters."""
    return urlencode({k: v for k, v in params.items() if not (v is None or v is False or v == "")})  # 0 is a value


# -- pages --------------------------------------------------------------------------------------------


@router.get("/favicon.ico", include_in_schema=False)
def favicon():
    from fastapi.responses import RedirectResponse

    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, since: str | None = None, until: str | None = None, min_confidence: str | None = None):
    s, u = _period(since, until)
    conf = _confidence(min_confidence)
    try:
        with request.app.state.db.read() as store:
            ctx = {
                "stats": stats(store),
                "dyads": top_dyads(store, limit=12, since=s, until=u, min_confidence=conf),
                "events": events(store, EventFilter(modality="asserted", since=s, until=u, min_confidence=conf, limit=15)),
                "articles": arts.search_articles(store, arts.ArticleQuery(since=s, until=u, limit=10))["items"],
                "clusters": [c for c in similar.event_clusters(store, since=s, until=u, min_confidence=conf) if c["num_articles"] > 1][:8],
            }
    except StoreError as exc:
        return _no_db(request, exc)
    return _render(request, "overview.html", since=s, until=u, min_confidence=conf,
                   range_query=_query(since=s, until=u), **ctx)


@router.get("/events", response_class=HTMLResponse)
def explorer(
    request: Request,
    since: str | None = None, until: str | None = None,
    actor: str | None = None, source: str | None = None, target: str | None = None,
    dyad_a: str | None = None, dyad_b: str | None = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{0,4}$")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_]{0,30}$")] = None,
    quad_class: Annotated[str | None, Query(pattern=r"^[1-4]?$")] = None,
    modality: Annotated[str | None, Query(pattern=r"^(asserted|negated|future|hypothetical)?$")] = None,
    min_confidence: str | None = None,
    sort: Annotated[str, Query(pattern="^-?(" + "|".join(SORTS) + ")$")] = "-date",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    """The events explorer: every filter of /api/events as a form, the view in the URL."""
    s, u = _period(since, until)
    conf = _confidence(min_confidence)
    form = {"since": s or "", "until": u or "", "actor": actor or "", "source": source or "", "target": target or "",
            "dyad_a": dyad_a or "", "dyad_b": dyad_b or "", "cameo": cameo or "", "plover": (plover or "").upper(),
            "quad_class": quad_class or "", "modality": modality or "", "min_confidence": conf, "sort": sort}
    if bool(dyad_a) != bool(dyad_b):
        raise RequestValidationError([{"loc": ("query", "dyad_b" if dyad_a else "dyad_a"), "msg": "a dyad needs both sides", "type": "value_error"}])
    dyad = (_code(dyad_a, "dyad_a"), _code(dyad_b, "dyad_b")) if dyad_a and dyad_b else None
    flt = EventFilter(actor=_code(actor, "actor"), source=_code(source, "source"), target=_code(target, "target"), dyad=dyad,
                      since=s, until=u, cameo=cameo or None, plover=(plover or None), quad_class=int(quad_class) if quad_class else None,
                      modality=modality or None, min_confidence=conf, sort=sort, limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            total = count_events(store, flt)
            rows = glossary.name_events(events(store, flt))
            warnings = [_unknown(c, stored_codes(store)) for c in unknown_codes(store, flt)]
    except StoreError as exc:
        return _no_db(request, exc)
    api = {"since": s, "until": u, "actor": flt.actor, "source": flt.source, "target": flt.target,
           "dyad": ",".join(dyad) if dyad else None, "cameo": flt.cameo, "plover": flt.plover, "quad_class": flt.quad_class,
           "modality": flt.modality, "min_confidence": conf, "sort": sort}
    view = {k: v for k, v in form.items() if k != "sort"}
    sort_links = {}
    for key in ("date", "source", "target", "cameo", "goldstein", "confidence"):
        first = "-" if key in ("date", "goldstein", "confidence") else ""  # numbers and dates: largest first
        flip = {"-": ""}.get(sort[0], "-") if sort.lstrip("-") == key else first
        sort_links[key] = "/events?" + _query(**view, sort=flip + key)
    return _render(
        request, "events.html", form=form, rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)),
        view_query=_query(**view), page_query=_query(**form), api_query=_query(**api),
        map_query=_query(since=s, until=u, cameo=flt.cameo, quad_class=flt.quad_class, actor=flt.actor, min_confidence=conf),
        plover_types=list(glossary.plover_types()), modalities=MODALITIES, sort_links=sort_links, warnings=warnings,
    )


@router.get("/dyads/{a}/{b}", response_class=HTMLResponse)
def dyad(
    request: Request,
    a: Annotated[str, Path(pattern=CODE)],
    b: Annotated[str, Path(pattern=CODE)],
    by: Literal["day", "week", "month", "year"] = "month",
    directed: bool = False,
    since: str | None = None, until: str | None = None, min_confidence: str | None = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
):
    # /dyads/china/russia: names where codes go (a code is written in capitals)
    named = [(glossary.find_codes(x) or [x.upper()])[0] if not x.isupper() else x for x in (a, b)]
    a, b = a.upper(), b.upper()
    if named != [a, b]:
        return RedirectResponse(f"/dyads/{named[0]}/{named[1]}?" + _query(by=by, directed=directed, since=since, until=until,
                                                                          min_confidence=min_confidence), status_code=307)
    s, u = _period(since, until)
    conf = _confidence(min_confidence)
    flt = EventFilter(dyad=(a, b), directed=directed, since=s, until=u, min_confidence=conf, limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            total = count_events(store, flt)
            rows = events(store, flt)
            timeline = dyad_timeline(store, a, b, by=by, directed=directed, since=s, until=u, min_confidence=conf)
    except StoreError as exc:
        return _no_db(request, exc)
    rng = _query(since=s, until=u, min_confidence=conf if conf != DEFAULT_MIN_CONFIDENCE else None)
    return _render(request, "dyad.html", a=a, b=b, by=by, directed=directed, events=rows, total=total, page=page,
                   pages=max(1, -(-total // PAGE)), timeline=timeline, since=s, until=u, min_confidence=conf, range_query=rng,
                   api=f"/api/dyads/{a}/{b}?" + _query(by=by, directed=directed, since=s, until=u, min_confidence=conf))


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor(
    request: Request, code: Annotated[str, Path(pattern=CODE)],
    since: str | None = None, until: str | None = None, min_confidence: str | None = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    typed, code = code, code.upper()
    s, u = _period(since, until)
    conf = _confidence(min_confidence)
    flt = EventFilter(actor=code, since=s, until=u, min_confidence=conf, limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            profile = network.actor_profile(store, code, min_confidence=conf)
            total = count_events(store, flt)
            rows = events(store, flt)
            found = arts.search_articles(store, arts.ArticleQuery(actor=code, since=s, until=u, limit=15))
    except StoreError as exc:
        return _no_db(request, exc)
    if profile is None:
        named = [] if typed.isupper() else glossary.find_codes(typed)  # /actors/russia: a name where a code goes
        if named and named[0] != code:
            return RedirectResponse(f"/actors/{named[0]}", status_code=307)
        near = glossary.suggest(code)
        raise HTTPException(404, f"No actor or event with code {code}." + (f" Did you mean {', '.join(near)}?" if near else ""))
    rng = _query(since=s, until=u, min_confidence=conf if conf != DEFAULT_MIN_CONFIDENCE else None)
    return _render(request, "actor.html", p=profile, events=rows, total=total, page=page, pages=max(1, -(-total // PAGE)),
                   articles=found["items"], narticles=found["total"], since=s, until=u, min_confidence=conf, range_query=rng)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")]):
    try:
        with request.app.state.db.read() as store:
            art = arts.get_article(store, article_id)
            sims = similar.similar_articles(store, article_id, k=5) if art else []
    except StoreError as exc:
        return _no_db(request, exc)
    if art is None:
        raise HTTPException(404, f"No article {article_id}. Search the articles instead.")
    body = highlight(art["text"], marks_for(art))
    return _render(request, "article.html", art=art, body=body, similar=sims)


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, since: str | None = None, until: str | None = None,
    level: Literal["country", "actor"] = "country", min_confidence: str | None = None,
):
    s, u = _period(since, until)
    conf = _confidence(min_confidence)
    return _render(request, "network.html", since=s, until=u, level=level, min_confidence=conf,
                   api="/api/network?" + _query(level=level, since=s, until=u, min_confidence=conf))


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request, since: str | None = None, until: str | None = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{0,4}$")] = None,
    quad_class: Annotated[str | None, Query(pattern=r"^[1-4]?$")] = None,
    actor: str | None = None,
    min_confidence: str | None = None,
):
    """Events per country; with `actor`, the countries on either side of that actor's events."""
    s, u = _period(since, until)
    conf = _confidence(min_confidence)
    code = _code(actor, "actor")
    q = _query(since=s, until=u, cameo=cameo, quad_class=quad_class, actor=code, min_confidence=conf)
    return _render(request, "map.html", since=s, until=u, cameo=cameo or "", quad_class=quad_class or "", min_confidence=conf,
                   actor=actor or "", code=code, api="/api/map?" + q,
                   events_query=_query(since=s, until=u, cameo=cameo, quad_class=quad_class, actor=code))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=100)] = None,
    actor: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    since: str | None = None, until: str | None = None,
    min_confidence: str | None = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
):
    s, u = _period(since, until)
    conf = _confidence(min_confidence) if min_confidence else 0.0
    flt = QuoteFilter(speaker=speaker, actor=_code(actor, "actor"), q=q, since=s, until=u, min_confidence=conf,
                      limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            found = quotes(store, flt)
    except StoreError as exc:
        return _no_db(request, exc)
    form = {"speaker": speaker or "", "actor": actor or "", "q": q or "", "since": s or "", "until": u or "", "min_confidence": conf}
    return _render(request, "quotes.html", form=form, found=found, page=page, pages=max(1, -(-found["total"] // PAGE)),
                   page_query=_query(**form))


@router.get("/glossary", response_class=HTMLResponse)
def glossary_page(request: Request):
    return _render(request, "glossary.html", g=glossary.glossary(), default_confidence=DEFAULT_MIN_CONFIDENCE)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    q: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(max_length=60)] = None,
    since: str | None = None,
    until: str | None = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
):
    s, u = _period(since, until)
    code = _code(actor, "actor")
    query = arts.ArticleQuery(q=q, actor=code, since=s, until=u, limit=PAGE, offset=(page - 1) * PAGE)
    try:
        with request.app.state.db.read() as store:
            found = arts.search_articles(store, query)
    except StoreError as exc:
        return _no_db(request, exc)
    return _render(request, "search.html", q=q or "", actor=actor or "", code=code, since=s, until=u, page=page,
                   found=found, pages=max(1, -(-found["total"] // PAGE)))


__all__ = ["install_error_pages", "router", "static"]
