"""The server: JSON API under /api (OpenAPI at /openapi.json) and the dashboard, in one ASGI app."""

from __future__ import annotations

import os
from collections.abc import Sequence

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .. import __version__
from ..errors import StoreError
from .access import Database
from .guards import HostGuard, SecurityHeaders, TokenFirst

MAX_BODY = 5_000_000  # bytes; a news page is far smaller, and the analysis caps text anyway


def create_app(
    db_path: str | os.PathLike | None = None,
    *,
    token: str | None = None,
    cors_origins: Sequence[str] = (),
    max_body: int = MAX_BODY,
    transport=None,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The detente server over the database at `db_path` (default: $DETENTE_DB or ./detente.duckdb).

    `token` (else $DETENTE_TOKEN) enables POST /api/ingest; without one the server is read-only.
    `cors_origins` allows cross-origin reads from those origins only (none by default).
    `transport` is an httpx transport for fetching URLs (tests inject a mock one).
    `allowed_hosts`: the names the server answers to besides localhost and loopback addresses (the
    bound address first; "0.0.0.0" or "::" also allow any IP address); any other ``Host`` gets 400,
    which closes DNS rebinding. `detente serve` always sets it; None (in-process use) checks nothing.
    Every response carries the security headers of `guards.SecurityHeaders`.
    """
    from ..web.pages import install_error_pages, router as pages, static

    app = FastAPI(
        title="detente",
        version=__version__,
        description="Who did what to whom: coded international events, dyads and networks from news pages.",
        docs_url=None,  # FastAPI's pages load Swagger UI / ReDoc from CDNs: /docs is ours (api/docs.py)
        redoc_url=None,
    )
    app.state.db = Database(db_path)
    app.state.token = token if token is not None else (os.environ.get("DETENTE_TOKEN") or None)
    app.state.transport = transport

    from .docs import router as docs
    from .ingest import router as ingest
    from .routes import router as api

    app.include_router(api)
    from .review import router as review  # /api/review: analysts confirm, reject, correct, add

    app.include_router(review)
    app.include_router(ingest)
    app.include_router(docs)
    app.include_router(pages)
    app.mount("/static", static(), name="static")
    install_error_pages(app)  # dashboard errors as HTML pages; /api keeps JSON

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": str(exc)})

    # Outermost last: security headers on every answer, then the Host check, CORS, the token, the body limit.
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(TokenFirst)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "X-Detente-Token"])
    if allowed_hosts is not None:
        app.add_middleware(HostGuard, allowed=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    return app


class BodyLimit:
    """ASGI middleware: 413 for a request body over `max_body` bytes, declared or streamed."""

    def __init__(self, app, *, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.max_body + 1
                if declared > self.max_body:
                    return await self._too_large(scope, receive, send)
        seen, answered = 0, False

        async def guarded_send(message):
            if not answered:  # once we answered 413, whatever the app says after is dropped
                await send(message)

        async def limited():
            nonlocal seen, answered
            if answered:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    # Answer here: an exception raised inside `receive` reaches the app's body
                    # parser, which would turn it into a 400. Then tell the app the client left.
                    await self._too_large(scope, receive, send)
                    answered = True
                    return {"type": "http.disconnect"}
            return message

        try:
            await self.app(scope, limited, guarded_send)
        except Exception:
            if not answered:
                raise

    async def _too_large(self, scope, receive, send):
        response = JSONResponse(status_code=413, content={"detail": f"request body over {self.max_body:,} bytes"})
        await response(scope, receive, send)
