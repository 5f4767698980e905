"""Quotation marks: where quoted stretches of text begin and end, before any grammar.

Works on the raw string, line by line (a newline ends a paragraph). Handles straight ("),
curly double (“ ”), guillemets (« ») and curly single marks (‘ ’) where they are clearly
quotation marks and not apostrophes ("Trump‘s", "countries’"); two closing single marks after an
opening double one (“…’’) close it, as in some wire copy. A double quote left open at the
end of a paragraph and answered by an opening mark at the start of the next paragraph is the
newspaper convention for a quote running over paragraphs: those pieces are chained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_BEFORE = set(" \t([{—–-/“‘\"«")
_SINGLE_CLOSE_BEFORE = set(",.!?;:")
_SINGLE_CLOSE_AFTER = set(",.!?;:)]—–")


@dataclass(slots=True)
class Segment:
    """One quoted stretch: `start`/`end` bound the words inside the marks."""

    start: int
    end: int
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark; None when the paragraph ended first
    family: str  # "double" | "single"
    line_start: bool  # the opening mark is the first thing on its line


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _double_segments(line: str, base: int) -> list[Segment]:
    segs: list[Segment] = []
    open_at: int | None = None
    open_ch = ""
    skip = -1
    for i, ch in enumerate(line):
        if i == skip:
            continue
        if ch == "’" and line[i + 1 : i + 2] == "’" and open_at is not None and open_ch in "“\"":
            # two closing single marks set for a closing double one (“…’’), as some wire copy does
            seg = _seg(line, base, open_at, i, "double")
            seg.close_at = base + i + 1  # the words end before the first mark, the quote after the second
            segs.append(seg)
            open_at, skip = None, i + 1
        elif ch in "“«":
            if open_at is None:
                open_at, open_ch = i, ch
        elif ch in "”»":
            if open_at is not None and (ch == "»") == (open_ch == "«"):
                segs.append(_seg(line, base, open_at, i, "double"))
                open_at = None
        elif ch == '"':
            if open_at is None:
                prev = line[i - 1] if i else " "
                nxt = line[i + 1] if i + 1 < len(line) else " "
                # a stray closer (after a word, before a space) opens nothing
                if prev in _OPEN_BEFORE or not nxt.isspace():
                    open_at, open_ch = i, ch
            elif open_ch in "\"“":
                segs.append(_seg(line, base, open_at, i, "double"))
                open_at = None
    if open_at is not None:
        segs.append(_seg(line, base, open_at, None, "double"))
    return segs


def _single_segments(line: str, base: int, taken: list[tuple[int, int]]) -> list[Segment]:
    segs: list[Segment] = []
    i = 0
    n = len(line)
    while i < n:
        ch = line[i]
        inside = any(a <= base + i < b for a, b in taken)
        if ch == "‘" and not inside and (i == 0 or line[i - 1] in _OPEN_BEFORE) and i + 1 < n and line[i + 1].isalnum():
            j = _single_close(line, i + 1)
            if j is not None:
                segs.append(_seg(line, base, i, j, "single"))
                i = j + 1
                continue
        i += 1
    return segs


def _single_close(line: str, start: int) -> int | None:
    for j in range(start, len(line)):
        if line[j] != "’":
            continue
        nxt = line[j + 1] if j + 1 < len(line) else " "
        prev = line[j - 1]
        if nxt.isalnum():
            continue  # an apostrophe inside a word: don’t, region’s
        if prev in _SINGLE_CLOSE_BEFORE or nxt in _SINGLE_CLOSE_AFTER:
            return j
        if nxt.isspace() and prev.lower() != "s":
            return j  # "countries’ leaders" is a plural possessive, not a close
    return None


def _seg(line: str, base: int, open_at: int, close_at: int | None, family: str) -> Segment:
    end = close_at if close_at is not None else len(line.rstrip())
    start = open_at + 1
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return Segment(
        start=base + start,
        end=base + end,
        open_at=base + open_at,
        close_at=None if close_at is None else base + close_at,
        family=family,
        line_start=not line[:open_at].strip(),
    )


def find_segments(text: str) -> list[list[Segment]]:
    """Quoted stretches of `text` as chains: one segment each, or several for a multi-paragraph quote."""
    chains: list[list[Segment]] = []
    pending: list[Segment] | None = None  # a chain whose last piece ran to the end of its paragraph
    for base, line in _lines(text):
        if not line.strip():
            continue
        doubles = _double_segments(line, base)
        taken = [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in doubles]
        segs = sorted(doubles + _single_segments(line, base, taken), key=lambda s: s.open_at)
        for k, seg in enumerate(segs):
            if k == 0 and pending is not None and seg.line_start and seg.family == "double":
                pending.append(seg)
                chain = pending
            else:
                chain = [seg]
                chains.append(chain)
            pending = chain if seg.close_at is None else None
        if not segs:
            pending = None
        elif segs[-1].close_at is not None:
            pending = None
    return [c for c in chains if any(s.end > s.start for s in c)]


_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
