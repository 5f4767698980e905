"""Analysts' reviews of events, and the pure overlay that applies them.

A review is one analyst's judgment of one event: `confirm` (right as coded), `reject` (not an
event), `correct` (right sentence, wrong source, target, CAMEO code or modality) or `add` (an
event the coder missed). Reviews are never updated in place: each keeps who, when, the value the
analyst saw (`before`) and the value given (`after`); the latest review of an event wins.

How a review finds its event again after the article is re-analysed (a newer coder, `--force`):

* the same article id;
* the same evidence sentence *text* (at any offset in the article, so an extraction change that
  moves the sentence does not detach it);
* the same trigger word at the same place in that sentence (`trigger`, `trigger_start - start`);
* when several events share that trigger (one verb coded for several dyads), the one whose coded
  source and target are those the coder gave when the review was made (`coded`); when none of
  them has, the review is ambiguous and detached;
* a `confirm` vouches for what was coded: it stays attached only while the coder still gives the
  same source, target, CAMEO code and modality (`coded`); a changed event needs a fresh look.

A review that matches no event is *detached*: kept, not applied, and reported (`Overlay.detached`,
`detente review stats`). An `add` needs no coder event: it is its own event, included as long as
its article is stored, with index `ADDED_BASE + review id`; a later review of an added event
(`ref`) corrects or retracts it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

ACTIONS = ("confirm", "reject", "correct", "add")
#: the event fields an analyst may set (the rest are derived from them)
FIELDS = ("source", "target", "cameo", "modality")
#: added events are numbered from here, so they never collide with the coder's `idx`
ADDED_BASE = 1_000_000


@dataclass(frozen=True, kw_only=True)
class Review:
    """One analyst's judgment of one event, as stored in the `reviews` table."""

    id: int
    article_id: str
    action: str  # one of ACTIONS
    sentence: str  # the evidence sentence's text when reviewed
    start: int  # the sentence's offsets in the article text when reviewed
    end: int
    trigger: str | None = None
    trigger_start: int | None = None  # offsets in the article text
    trigger_end: int | None = None
    event_idx: int | None = None  # the event's index when reviewed (information only)
    ref: int | None = None  # the `add` review this one acts on
    coded: dict | None = None  # what the coder gave: source, target, cameo, modality, confidence
    before: dict | None = None  # the event as the analyst saw it (after earlier reviews)
    after: dict | None = None  # correct/add: the event's fields as the analyst gave them
    reviewer: str
    at: datetime
    note: str | None = None

    @property
    def offset(self) -> int | None:
        """Where the trigger starts inside the sentence (None without a trigger)."""
        return None if self.trigger_start is None else self.trigger_start - self.start

    def key(self) -> tuple:
        """Reviews with the same key judge the same event; the latest one counts."""
        if self.action == "add" and self.ref is None:
            return ("add", self.id)
        if self.ref is not None:
            return ("ref", self.ref)
        coded = self.coded or {}
        return ("event", self.article_id, self.sentence, self.trigger, self.offset,
                coded.get("source"), coded.get("target"))


@dataclass(frozen=True)
class Overlay:
    """What the reviews do to the stored events: per coder event `(article_id, idx)` the review
    in force, the events analysts added (as event rows), and the reviews that match nothing."""

    applied: dict[tuple[str, int], Review] = field(default_factory=dict)
    added: list[dict] = field(default_factory=list)
    detached: list[Review] = field(default_factory=list)

    def empty(self) -> bool:
        return not (self.applied or self.added)


def latest(reviews: list[Review]) -> list[Review]:
    """The review in force for each key (the latest by time, then by id), in id order."""
    best: dict[tuple, Review] = {}
    for r in reviews:
        k = r.key()
        if k not in best or (r.at, r.id) > (best[k].at, best[k].id):
            best[k] = r
    return sorted(best.values(), key=lambda r: r.id)


def _offset(event: dict) -> int | None:
    ts = event.get("trigger_start")
    return None if ts is None else ts - event["start"]


def _same(a: dict, b: dict | None, names=("source", "target")) -> bool:
    b = b or {}
    return all((a.get(n) or None) == (b.get(n) or None) for n in names)


def find(review: Review, events: list[dict]) -> dict | None:
    """The stored event `review` judges, by the rule in this module's docstring, or None."""
    candidates = [
        e for e in events
        if e["article_id"] == review.article_id and e["sentence"] == review.sentence
        and (e.get("trigger") or None) == (review.trigger or None) and _offset(e) == review.offset
    ]
    same = [e for e in candidates if _same(e, review.coded)]
    pick = same[0] if same else (candidates[0] if len(candidates) == 1 else None)
    if pick is not None and review.action == "confirm" and not _same(pick, review.coded, FIELDS):
        return None
    return pick


def added_event(review: Review) -> dict:
    """The event row an `add` review stands for (the shape of a stored event)."""
    after = review.after or {}
    return {
        "article_id": review.article_id, "idx": ADDED_BASE + review.id, **after,
        "sentence": review.sentence, "start": review.start, "end": review.end,
        "trigger": review.trigger, "trigger_start": review.trigger_start, "trigger_end": review.trigger_end,
        "source_text": None, "target_text": None, "mentions": 1, "confidence": 1.0,
        "coder_confidence": None, "reviewed": True, "review": "add", "review_id": review.id,
    }


def overlay(reviews: list[Review], events: list[dict]) -> Overlay:
    """Apply the rule above: which stored event each review in force acts on, the added events
    (each with the later reviews of it applied), and the reviews that no longer match."""
    out = Overlay()
    now = latest(reviews)
    adds = {r.id: added_event(r) for r in now if r.action == "add" and r.ref is None}
    for r in now:
        if r.action == "add" and r.ref is None:
            continue
        if r.ref is not None:
            row = adds.get(r.ref)
            if row is None:
                out.detached.append(r)
            elif r.action == "reject":
                del adds[r.ref]
            elif r.action == "correct":
                adds[r.ref] = {**row, **(r.after or {}), "review_id": r.id}
            continue
        event = find(r, events)
        if event is None:
            out.detached.append(r)
            continue
        key = (event["article_id"], event["idx"])
        held = out.applied.get(key)
        if held is None or (r.at, r.id) > (held.at, held.id):
            out.applied[key] = r
    out.added.extend(adds.values())
    return out


def apply(events: list[dict], ov: Overlay) -> list[dict]:
    """Stored events as the analysts have them: rejected ones dropped, corrected ones replaced,
    added ones included (after their article's other events); each says whether it was reviewed."""
    out = []
    for e in events:
        r = ov.applied.get((e["article_id"], e["idx"]))
        if r is None:
            out.append({**e, "coder_confidence": e.get("confidence"), "reviewed": False, "review": None, "review_id": None})
        elif r.action == "reject":
            continue
        else:
            changed = r.after if r.action == "correct" else {}
            out.append({**e, **(changed or {}), "confidence": 1.0, "coder_confidence": e.get("confidence"),
                        "reviewed": True, "review": r.action, "review_id": r.id})
    articles = {e["article_id"] for e in events}
    out += [dict(a) for a in ov.added if a["article_id"] in articles]
    return out
