"""Lines read with a cap: a line over it is reported by its size and skipped, never held in memory.

``for line in stream`` (and ``readline()`` without a limit) keeps a whole line in memory however
long it is: a 2 MB ``.jsonl.gz`` that expands to one 2 GiB line took 4.2 GB. `capped_lines` reads
fixed-size chunks instead and holds at most ``cap + chunk`` bytes; the bytes of an oversized line
are counted and dropped as they stream past, so the lines after it are still read. Time stays
proportional to the (decompressed) input.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class LongLine:
    """Stands for a line over the cap: its size in bytes (newline included), not its bytes."""

    size: int


def capped_lines(stream: BinaryIO, cap: int, *, chunk: int | None = None) -> Iterator[bytes | LongLine]:
    """The lines of `stream` with their line ends (like ``splitlines(keepends=True)`` on ``\\n``).

    A line longer than `cap` bytes (newline included) comes as a `LongLine`. Reads `chunk` bytes
    at a time (default CHUNK) with ``read1`` where the stream has it, so a pipe yields each line
    as soon as it arrives.
    """
    read = getattr(stream, "read1", None) or stream.read
    chunk = chunk or CHUNK
    pending = bytearray()  # the start of the current line, at most `cap` bytes
    skipped = 0  # > 0: the current line is over the cap; bytes of it seen so far
    while True:
        block = read(chunk)
        if not block:
            break
        start = 0
        while True:
            end = block.find(b"\n", start)
            if end < 0:
                break
            end += 1
            if skipped:
                yield LongLine(skipped + end - start)
                skipped = 0
            elif len(pending) + end - start > cap:
                yield LongLine(len(pending) + end - start)
                pending.clear()
            else:
                pending += block[start:end]
                yield bytes(pending)
                pending.clear()
            start = end
        rest = len(block) - start
        if skipped:
            skipped += rest
        elif len(pending) + rest > cap:
            skipped = len(pending) + rest
            pending.clear()
        else:
            pending += block[start:]
    if skipped:
        yield LongLine(skipped)
    elif pending:
        yield bytes(pending)
