"""Analyst review: confirm, correct or reject an event, or add a missed one (see `records`)."""

from .records import ACTIONS, ADDED_BASE, Overlay, Review, apply, overlay
from .service import add, article_events, history, review

__all__ = ["ACTIONS", "ADDED_BASE", "Overlay", "Review", "add", "apply", "article_events", "history", "overlay", "review"]
