"""The embedded store (DuckDB, one file) and its read queries."""

from .database import DEFAULT_DB, Store, WriteSummary, default_path
from .queries import EventFilter, QuoteFilter, count_events, events, failures, quotes, stats

__all__ = ["DEFAULT_DB", "EventFilter", "QuoteFilter", "Store", "WriteSummary", "count_events", "default_path", "events",
           "failures", "quotes", "stats"]
