"""Progress on stderr: a live bar on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import os
import sys
import threading
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
    """A progress bar on stderr: count, percent and a bar when the total is known, the rate in
    `unit` per second, the ETA, failures. On a terminal it is redrawn in place at least every second
    (a ticker thread redraws it while a slow document is in work); into a file or pipe it is a
    plain line every `every` seconds, so logs stay readable."""

    WIDTH = 24  # characters of the bar

    def __init__(self, verb: str, *, total: int | None = None, every: float = 5.0, stream=None, unit: str = "pages"):
        self.verb, self.total, self.every, self.unit = verb, total, every, unit
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.start = self.last = time.monotonic()
        self.n = self.failed = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker = None
        if self.tty:
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            with self._lock:
                if self.n or time.monotonic() - self.start >= 1.0:
                    self._write(final=False)

    def update(self, n: int, failed: int = 0) -> None:
        with self._lock:
            self.n, self.failed = n, failed
            now = time.monotonic()
            if now - self.last >= (0.2 if self.tty else self.every):
                self._write(final=False)

    def done(self) -> None:
        self._stop.set()
        with self._lock:
            if self.n and (self.tty or time.monotonic() - self.start >= self.every):
                self._write(final=True)

    def line(self) -> str:
        """What the bar says now."""
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.n / elapsed
        parts = [self.verb]
        if self.total and self.n <= self.total:
            filled = round(self.WIDTH * self.n / self.total)
            parts.append("[" + "#" * filled + "-" * (self.WIDTH - filled) + "]")
            parts.append(f"{self.n}/{self.total} {self.unit} ({100 * self.n / self.total:.0f}%)")
            left = (self.total - self.n) / rate if rate else None
            eta = f"ETA {_duration(left)}" if left is not None else "ETA --"
        else:
            parts.append(f"{self.n} {self.unit}")
            eta = "ETA unknown (no total)"
        return " ".join(parts) + f", {rate:.1f} {self.unit}/s, {eta}, {self.failed} failed"

    def _write(self, *, final: bool) -> None:
        self.last = time.monotonic()
        end = "\n" if final or not self.tty else ""
        self.stream.write(("\r\x1b[K" if self.tty else "") + self.line() + end)
        self.stream.flush()


def count_lines(path: str) -> int | None:
    """Non-empty lines of a file (records of a JSON Lines input), or None for stdin or an unreadable file."""
    if path == "-":
        return None
    try:
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError:
        return None


def _duration(seconds: float) -> str:
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"
