"""POST /api/ingest: analyze one page (a URL to fetch, or raw HTML or text) and store it.

Writing needs a token (`DETENTE_TOKEN` or `create_app(token=...)`), sent as
`Authorization: Bearer <token>` or `X-Detente-Token`, compared in constant time. A server with
no token configured is read-only and answers 403. The page is analyzed outside any lock; only
`Store.write` holds a (short) write connection. URLs are fetched with the same guards as the CLI
(private, loopback and link-local addresses refused, size and time caps).
"""

from __future__ import annotations

import hmac
import threading
import datetime as dt

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator

from ..errors import reason
from ..ingest.formats import mend_surrogates
from ..model import Analysis, RawDocument

router = APIRouter(prefix="/api")
_analyzing = threading.Lock()  # one document at a time: spaCy pipelines are large, the machine small


class IngestRequest(BaseModel):
    """A URL to fetch, or a page's `html` or `text` (then `url` only names it)."""

    url: str | None = Field(default=None, max_length=2048, pattern=r"^https?://\S+$")
    html: str | None = None
    text: str | None = None
    title: str | None = Field(default=None, max_length=1000)
    date: dt.date | None = None

    @model_validator(mode="after")
    def _one_body(self) -> "IngestRequest":
        if self.html is not None and self.text is not None:
            raise ValueError("give either 'html' or 'text', not both")
        if self.html is None and self.text is None and not self.url:
            raise ValueError("give a 'url' to fetch, or the page as 'html' or 'text'")
        return self


def check_token(request: Request) -> None:
    """403 on a read-only server, 401 without the right token."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "this server is read-only: start it with DETENTE_TOKEN set to enable ingest")
    given = request.headers.get("x-detente-token", "")
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})


@router.post("/ingest", summary="Analyze and store one page (needs the server's token)", status_code=201,
             dependencies=[Depends(check_token)])
def ingest(request: Request, body: IngestRequest):
    analysis = _analyze(body, request.app.state.transport)
    with request.app.state.db.write() as store:
        store.write([analysis])
    if analysis.error:
        return JSONResponse(
            status_code=422,
            content={"detail": f"{analysis.source}: {analysis.error.message}", "id": analysis.id,
                     "stored": False, "error": {"type": analysis.error.type, "message": analysis.error.message,
                                                "stage": analysis.error.stage}},
        )
    return {
        "id": analysis.id,
        "stored": True,
        "title": analysis.article.title if analysis.article else None,
        "events": len(analysis.events),
        "actors": len(analysis.actors),
        "quotes": len(analysis.quotes),
        "href": f"/articles/{analysis.id}",
    }


def _analyze(body: IngestRequest, transport) -> Analysis:
    from ..engine import AnalyzeOptions, analyze, analyze_batch

    with _analyzing:
        if body.html is None and body.text is None:
            from ..ingest import FetchOptions

            try:
                return next(iter(analyze([body.url], options=AnalyzeOptions(batch_size=1), fetch=FetchOptions(),
                                         transport=transport)))
            except Exception as exc:  # noqa: BLE001 - a fetch error is the document's failure, recorded like the CLI's
                return Analysis(source=body.url, id=RawDocument(source=body.url, data=b"", kind="html", url=body.url).id,
                                error=reason(exc, stage="ingest"))
        data = mend_surrogates(body.html if body.html is not None else body.text).encode("utf-8")
        meta = {k: v for k, v in (("title", mend_surrogates(body.title) if body.title else None),
                                  ("date", body.date.isoformat() if body.date else None)) if v}
        # Without a URL a posted page is named by its content, like stdin (`-`): same bytes, same id.
        doc = RawDocument(source=body.url or "-", data=data, kind="html" if body.html is not None else "text",
                          url=body.url, meta=meta)
        [analysis] = analyze_batch([doc], AnalyzeOptions(batch_size=1))
        if doc.source == "-":
            analysis.source = f"api:{analysis.id}"
            if analysis.article is not None:
                analysis.article.source = analysis.source
        return analysis
