"""Progress on stderr: a live line on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable

# One document per file; the other types the reader takes (feeds, WARC, JSON) hold an unknown number.
_SINGLE = (".html", ".htm", ".txt")


def count_inputs(inputs: Iterable[str], *, limit: int = 10_000_000) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (local files and folders), else None.

    Counts what the reader reads (`ingest.sources.EXTENSIONS`, hidden entries passed over); URLs,
    stdin, feeds, WARC and JSON files give None: there is no total, only a rate.
    """
    from ..ingest.sources import EXTENSIONS

    def kind(name: str) -> str | None:
        name = name.lower().removesuffix(".gz")
        return next((e for e in EXTENSIONS if name.endswith(e)), None)

    n = 0
    for src in inputs:
        if src == "-" or "://" in src:
            return None
        if os.path.isdir(src):
            for _root, dirs, files in os.walk(src):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for f in files:
                    k = None if f.startswith(".") else kind(f)
                    if k is None:
                        continue
                    if k not in _SINGLE:
                        return None
                    n += 1
                if n > limit:
                    return None
        elif kind(src) in _SINGLE or not os.path.exists(src):
            n += 1  # a missing file is one (failed) document
        else:
            return None
    return n


class ProgressLine:
    def __init__(self, verb: str, *, total: int | None = None, every: float = 5.0, stream=None):
        self.verb, self.total, self.every = verb, total, every
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = self.last = time.monotonic()
        self.n = self.failed = 0

    def update(self, n: int, failed: int = 0) -> None:
        self.n, self.failed = n, failed
        now = time.monotonic()
        if now - self.last >= (0.2 if self.tty else self.every):
            self.last = now
            self._write(final=False)

    def done(self) -> None:
        if self.n and (self.tty or time.monotonic() - self.start >= self.every):
            self._write(final=True)

    def _write(self, *, final: bool) -> None:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.n / elapsed
        line = f"{self.verb} {self.n}"
        if self.total and self.n <= self.total:
            left = (self.total - self.n) / rate if rate else 0
            line += f"/{self.total} ({100 * self.n / self.total:.0f}%), ETA {_duration(left)}"
        line += f", {self.failed} failed, {rate:.1f} pages/s"
        end = "\n" if final or not self.tty else ""
        self.stream.write(("\r" if self.tty else "") + line + end)
        self.stream.flush()


def _duration(seconds: float) -> str:
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"
