"""Short-lived connections to the database, so `detente ingest` can write while the server runs.

DuckDB lets one process hold a file read-write *or* several hold it read-only. The server never
keeps the file open: each request opens a read-only connection and closes it when done (the
`Store` retries briefly while an ingest process writes a batch), and the ingest endpoint opens a
write connection only for `Store.write`. Inside this process a readers-writer lock keeps reads
out while the endpoint writes, because DuckDB refuses to mix read-only and read-write
connections to one file in one process.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..store.database import Store, default_path


class _ReadersWriter:
    """Many readers or one writer; a waiting writer holds back new readers so it is not starved."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._waiting += 1
            self._cond.wait_for(lambda: not self._writing and not self._readers)
            self._waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class Database:
    """The database file the server reads; `read()` and `write()` open and close a connection each time."""

    def __init__(self, path: str | os.PathLike | None = None, *, wait: float = 10.0) -> None:
        self.path = default_path(path)
        self.wait = wait
        self._lock = _ReadersWriter()

    @contextmanager
    def read(self) -> Iterator[Store]:
        """A read-only Store for one unit of work (StoreError when there is no database yet)."""
        with self._lock.shared():
            store = Store(self.path, read_only=True, wait=self.wait)
            try:
                yield store
            finally:
                store.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """A read-write Store held only for one `Store.write` (creates the database when missing)."""
        with self._lock.exclusive():
            store = Store(self.path, wait=self.wait)
            try:
                yield store
            finally:
                store.close()
