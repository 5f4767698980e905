"""The embedded store (DuckDB, one file) and its read queries."""

from .database import DEFAULT_DB, Store, WriteSummary, default_path
from .queries import EventFilter, events, failures, stats

__all__ = ["DEFAULT_DB", "EventFilter", "Store", "WriteSummary", "default_path", "events", "failures", "stats"]
