"""The fixed split of every dev set into two halves: develop on one, check on the other.

A record goes to half "A" (the half rules may be tuned on) or "B" (the half kept aside) by the
SHA-256 of its id, so the split never changes when records are added, reordered or re-read. A
change is kept only if it also helps half B; both halves are reported.
"""

from __future__ import annotations

import hashlib

HALVES = ("A", "B")


def half(record_id: str) -> str:
    """ "A" or "B" for a record id (a gold sentence's `id`, a wild or quote page's `page`)."""
    return "A" if hashlib.sha256(record_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"
