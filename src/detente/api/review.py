"""/api/review: analysts confirm, reject, correct and add events (writes need the token, as
POST /api/ingest does), and read the reviewed events, the queue, the stats and the history.

A review is validated completely before anything is written, and written in one transaction, so
a bad request (422, or 404 for an article or event that is not stored) stores nothing. Writes go
through the server's one write connection at a time (`access.Database.write`), so reviewers
writing at once are serialised and none is lost.
"""

from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from ..errors import ReviewError, ReviewNotFound
from .ingest import check_token

router = APIRouter(prefix="/api/review", tags=["review"])

_CODE = r"^[A-Za-z0-9-]{0,24}$"


class Judgment(BaseModel):
    """confirm | reject | correct an event; `correct` takes any of source, target, cameo, modality."""

    model_config = ConfigDict(extra="forbid")
    action: str = Field(pattern="^(confirm|reject|correct)$")
    reviewer: str = Field(min_length=1, max_length=100)
    source: str | None = Field(default=None, pattern=_CODE)
    target: str | None = Field(default=None, pattern=_CODE)
    cameo: str | None = Field(default=None, max_length=8)
    modality: str | None = Field(default=None, max_length=20)
    note: str | None = Field(default=None, max_length=2000)


class Addition(BaseModel):
    """An event the coder missed: the sentence holding `text[start:end]` is its evidence."""

    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    cameo: str = Field(max_length=8)
    source: str | None = Field(default=None, pattern=_CODE)
    target: str | None = Field(default=None, pattern=_CODE)
    modality: str = Field(default="asserted", max_length=20)
    trigger: str | None = Field(default=None, max_length=200)
    reviewer: str = Field(min_length=1, max_length=100)
    note: str | None = Field(default=None, max_length=2000)


def _out(review) -> dict:
    from ..review.records import ADDED_BASE

    d = asdict(review)
    d["at"] = review.at.isoformat()
    if review.action == "add" and review.ref is None:
        d["event_idx"] = ADDED_BASE + review.id
    return d


def _fail(exc: ReviewError) -> HTTPException:
    return HTTPException(404 if isinstance(exc, ReviewNotFound) else 422, exc.message)


@router.post("/events/{article_id}/{idx}", status_code=201, dependencies=[Depends(check_token)],
             summary="Confirm, reject or correct one event (needs the server's token)")
def judge(request: Request, article_id: str, idx: int, body: Judgment):
    from ..review import review

    changes = {f: getattr(body, f) for f in ("source", "target", "cameo", "modality") if getattr(body, f) is not None}
    try:
        with request.app.state.db.write() as store:
            r = review(store, article_id, idx, body.action, reviewer=body.reviewer, changes=changes, note=body.note)
    except ReviewError as exc:
        raise _fail(exc) from None
    return _out(r)


@router.post("/articles/{article_id}/events", status_code=201, dependencies=[Depends(check_token)],
             summary="Add an event the coder missed (needs the server's token)")
def add_event(request: Request, article_id: str, body: Addition):
    from ..review import add

    try:
        with request.app.state.db.write() as store:
            r = add(store, article_id, start=body.start, end=body.end, cameo=body.cameo, source=body.source,
                    target=body.target, modality=body.modality, trigger=body.trigger, reviewer=body.reviewer,
                    note=body.note)
    except ReviewError as exc:
        raise _fail(exc) from None
    return _out(r)


@router.get("/articles/{article_id}/events", summary="One article's events as reviewed, names beside codes")
def article_events(request: Request, article_id: str):
    from ..analytics.glossary import name_events
    from ..review import article_events as reviewed
    from ..review.service import rejected_events

    with request.app.state.db.read() as store:
        if store.con.execute("SELECT count(*) FROM articles WHERE id = ?", [article_id]).fetchone()[0] == 0:
            raise HTTPException(404, f"no stored article {article_id!r}")
        rows = reviewed(store.con, article_id)
        gone = rejected_events(store.con, article_id)
    writable = bool(request.app.state.token)
    return {"article_id": article_id, "writable": writable, "items": name_events(rows), "rejected": name_events(gone)}


@router.get("/queue", summary="Events still to review, the coder's least sure first")
def review_queue(request: Request, limit: int = Query(50, ge=1, le=500), article_id: str | None = None):
    from ..analytics.glossary import name_events
    from ..review.report import queue

    with request.app.state.db.read() as store:
        return {"items": name_events(queue(store, limit=limit, article_id=article_id))}


@router.get("/stats", summary="Share of reviewed events confirmed, per CAMEO root and confidence band")
def review_stats(request: Request):
    from ..review.report import stats

    with request.app.state.db.read() as store:
        return stats(store)


@router.get("/history", summary="Every review (of one article), oldest first")
def review_history(request: Request, article_id: str | None = None):
    from ..review import history

    with request.app.state.db.read() as store:
        return {"items": [_out(r) for r in history(store.con, article_id)]}


@router.get("/codes", summary="CAMEO codes and modalities for the correction form, names beside codes")
def codes():
    from ..analytics.glossary import MODALITIES, cameo_codes

    return {"cameo": [{"code": c, "name": n} for c, (n, _) in sorted(cameo_codes().items())],
            "modalities": list(MODALITIES)}
