"""Analytics over the store: dyad timelines, the most active relationships, plain names for codes."""

from .dyads import DyadPoint, DyadTimeline, dyad_series, dyad_timeline, top_dyads

__all__ = ["DyadPoint", "DyadTimeline", "dyad_series", "dyad_timeline", "top_dyads"]
