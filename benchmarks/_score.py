"""Precision, recall and F1 from counts: what every benchmark prints.

`empty` is the figure for a ratio with nothing in it: 0.0 for the event and extraction benchmarks
(nothing found is no precision), 1.0 for the quote benchmark (a passage with no quote to find and
none found is perfect).
"""

from __future__ import annotations


def prf(tp: int, fp: int, fn: int, empty: float = 0.0) -> tuple[float, float, float]:
    """(precision, recall, F1) of `tp` right, `fp` wrong and `fn` missed."""
    p = tp / (tp + fp) if tp + fp else empty
    r = tp / (tp + fn) if tp + fn else empty
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
