"""Progress on stderr: a live line on a terminal, a line every few seconds otherwise."""

from __future__ import annotations

import sys
import time


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
        if self.total:
            left = (self.total - self.n) / rate if rate else 0
            line += f"/{self.total} ({100 * self.n / self.total:.0f}%), ~{left:.0f}s left"
        line += f", {self.failed} failed, {rate:.1f} docs/s"
        end = "\n" if final or not self.tty else ""
        self.stream.write(("\r" if self.tty else "") + line + end)
        self.stream.flush()
