"""The pattern table holds each row once: a row repeated with the same lemma, part of speech,
preposition, object, code and flags is dead weight that a later edit of one copy leaves stale."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import detente

PATTERNS = Path(detente.__file__).parent / "data" / "events" / "patterns.tsv"


def test_no_pattern_row_is_repeated():
    keys = Counter()
    for line in PATTERNS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        keys[tuple(cols[:6])] += 1
    assert [k for k, n in keys.items() if n > 1] == []
