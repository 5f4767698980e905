"""The one Python API for reviews: the CLI (`detente review ...`), the HTTP routes and the tests
call these. Writing takes a read-write `Store`; each review is one transaction (all or nothing)."""

from __future__ import annotations

import json
import re
from ..errors import ReviewError, ReviewNotFound
from .records import ACTIONS, ADDED_BASE, FIELDS, Review, apply
from .table import candidates, ensure, insert, load, now
from .records import overlay as make_overlay

_CODE = re.compile(r"^[A-Z0-9-]{3,24}$")
MAX_NAME = 100
MAX_NOTE = 2000


def _reviewer(name: str | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ReviewError("a review needs the reviewer's name (reviewer)")
    if len(name) > MAX_NAME:
        raise ReviewError(f"reviewer: at most {MAX_NAME} characters")
    return name


def _note(note: str | None) -> str | None:
    if note is not None and len(note) > MAX_NOTE:
        raise ReviewError(f"note: at most {MAX_NOTE} characters")
    return note or None


def derive(fields: dict) -> dict:
    """Checked event fields (source, target, cameo, modality) with the ones derived from them
    (countries, CAMEO root, PLOVER type, Goldstein score, quad class), as the coder stores them."""
    from ..analytics.glossary import MODALITIES
    from ..events.lexicon import Lexicon, quad_class
    from ..store.database import _country

    out = {}
    for side in ("source", "target"):
        code = (fields.get(side) or "").strip().upper() or None
        if code is not None and not _CODE.match(code):
            raise ReviewError(f"{side}: {code[:40]!r} is not an actor code (3-24 letters, digits or '-', e.g. USAGOV)")
        out[side] = code
    cameo = str(fields.get("cameo") or "").strip()
    codes = Lexicon.load().codes
    if cameo not in codes:
        raise ReviewError(f"cameo: {cameo[:20]!r} is not a CAMEO event code (e.g. 042, 111, 190)")
    modality = fields.get("modality") or "asserted"
    if modality not in MODALITIES:
        raise ReviewError(f"modality: {str(modality)[:20]!r} is not one of {', '.join(MODALITIES)}")
    info = codes[cameo]
    out.update(cameo=cameo, modality=modality, root=cameo[:2], plover=info.plover or None,
               goldstein=info.goldstein, quad_class=quad_class(cameo),
               source_country=_country(out["source"]), target_country=_country(out["target"]))
    return out


def article_events(con, article_id: str) -> list[dict]:
    """One article's events as the analysts have them (reviews applied), from any connection."""
    reviews = load(con, [article_id])
    stored = candidates(con, [article_id])
    return apply(stored, make_overlay(reviews, stored))


def rejected_events(con, article_id: str) -> list[dict]:
    """One article's coder events that an analyst rejected (the review in force), as stored."""
    reviews = load(con, [article_id])
    stored = candidates(con, [article_id])
    ov = make_overlay(reviews, stored)
    return [{**e, "review": "reject", "review_id": ov.applied[(e["article_id"], e["idx"])].id} for e in stored
            if ov.applied.get((e["article_id"], e["idx"])) and ov.applied[(e["article_id"], e["idx"])].action == "reject"]


def _article_text(con, article_id: str) -> str:
    row = con.execute("SELECT text FROM main.articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise ReviewNotFound(f"no stored article {article_id!r}", source=article_id)
    return row[0]


def review(store, article_id: str, idx: int, action: str, *, reviewer: str, changes: dict | None = None,
           note: str | None = None) -> Review:
    """Confirm, reject or correct the event `idx` of `article_id` (a coder's event, or one an
    analyst added). `changes` (correct): any of source, target, cameo, modality."""
    if action not in ("confirm", "reject", "correct"):
        raise ReviewError(f"action: {str(action)[:20]!r} is not one of confirm, reject, correct (use add for a new event)")
    who, note = _reviewer(reviewer), _note(note)
    changes = dict(changes or {})
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ReviewError(f"cannot change {', '.join(sorted(unknown))}: only {', '.join(FIELDS)}")
    if action == "correct" and not changes:
        raise ReviewError("correct: give at least one of source, target, cameo, modality")
    if action != "correct" and changes:
        raise ReviewError(f"{action}: takes no changed fields (use correct)")
    con = store.con
    _article_text(con, article_id)
    ensure(con)
    con.execute("BEGIN TRANSACTION")
    try:
        shown = {(e["article_id"], e["idx"]): e for e in article_events(con, article_id)}
        event = shown.get((article_id, int(idx)))
        rejected = False
        if event is None and int(idx) < ADDED_BASE:
            # a rejected coder event: reviewing it again (confirm, correct) takes the reject back
            event = next((e for e in candidates(con, [article_id]) if e["idx"] == int(idx)), None)
            rejected = event is not None
        if event is None:
            raise ReviewNotFound(f"article {article_id} has no event {idx}", source=article_id)
        before = {k: event.get(k) for k in (*FIELDS, "confidence")}
        if rejected:
            before["review"] = "reject"
        after = derive({**before, **changes}) if action == "correct" else None
        coded = {k: event.get(k) for k in FIELDS}
        coded["confidence"] = event.get("coder_confidence")
        ref = None
        if int(idx) >= ADDED_BASE:
            ref = int(idx) - ADDED_BASE
        else:
            raw = candidates(con, [article_id])
            coded = next({**{k: e.get(k) for k in FIELDS}, "confidence": e.get("confidence")}
                         for e in raw if e["idx"] == int(idx))
        row = con.execute("SELECT CAST(versions AS VARCHAR) FROM main.articles WHERE id = ?", [article_id]).fetchone()
        coded["version"] = (json.loads(row[0]) if row and row[0] else {}).get("events")  # which coder made it
        r = Review(id=0, article_id=article_id, action=action, sentence=event["sentence"], start=event["start"],
                   end=event["end"], trigger=event.get("trigger"), trigger_start=event.get("trigger_start"),
                   trigger_end=event.get("trigger_end"), event_idx=int(idx), ref=ref, coded=coded,
                   before=before, after=after, reviewer=who, at=now(), note=note)
        r = insert(con, r)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return r


_END = re.compile(r"[.!?][\u201d\"')\]]*(?=\s+[\u201c\"'(\[]?[A-Z0-9])|\n")
_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec))\.$")


def _sentence_around(text: str, start: int, end: int, known: list[tuple[int, int]] = ()) -> tuple[int, int]:
    """The sentence holding `text[start:end]`: a sentence the coder already found there (an event's
    evidence), else from the end of the previous sentence to the end of this one, where a sentence
    ends at . ! or ? before a capital (not after an initial or a title: "U.S.", "Mr.") or at a line break."""
    for s, e in known:
        if s <= start and end <= e:
            return s, e
    ends = [m.end() for m in _END.finditer(text) if not _ABBREV.search(text[max(0, m.start() - 4):m.start() + 1])]
    s = max([x for x in ends if x <= start], default=0)
    e = min([x for x in ends if x >= end], default=len(text))
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def add(store, article_id: str, *, start: int, end: int, cameo: str, source: str | None = None,
        target: str | None = None, modality: str = "asserted", trigger: str | None = None,
        reviewer: str, note: str | None = None, whole_sentence: bool = True) -> Review:
    """Add an event the coder missed: its evidence is the sentence holding `text[start:end]`
    (exactly that span with `whole_sentence=False`); `trigger`, if given, is a word of it."""
    who, note = _reviewer(reviewer), _note(note)
    fields = derive({"source": source, "target": target, "cameo": cameo, "modality": modality})
    con = store.con
    text = _article_text(con, article_id)
    try:
        start, end = int(start), int(end)
    except (TypeError, ValueError):
        raise ReviewError("start and end must be character offsets in the article text") from None
    if not 0 <= start < end <= len(text):
        raise ReviewError(f"start/end: {start}-{end} is not a span of the article's {len(text)} characters")
    if whole_sentence:
        known = [(e["start"], e["end"]) for e in candidates(con, [article_id])]
        start, end = _sentence_around(text, start, end, known)
    sentence = text[start:end]
    if not sentence.strip():
        raise ReviewError("the selected span has no text")
    t_start = t_end = None
    if trigger:
        trigger = trigger.strip()
        at = sentence.find(trigger)
        if at < 0:
            raise ReviewError(f"trigger: {trigger[:40]!r} is not in the sentence")
        t_start, t_end = start + at, start + at + len(trigger)
    ensure(con)
    con.execute("BEGIN TRANSACTION")
    try:
        r = insert(con, Review(id=0, article_id=article_id, action="add", sentence=sentence, start=start, end=end,
                               trigger=trigger or None, trigger_start=t_start, trigger_end=t_end, after=fields,
                               reviewer=who, at=now(), note=note))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return r


def history(con, article_id: str | None = None) -> list[Review]:
    """Every stored review (of one article), oldest first."""
    return load(con, None if article_id is None else [article_id])


__all__ = ["ACTIONS", "add", "article_events", "derive", "history", "review"]
