"""Analytics over the store: dyad timelines and the most active relationships."""

from .dyads import DyadPoint, dyad_series, top_dyads

__all__ = ["DyadPoint", "dyad_series", "top_dyads"]
