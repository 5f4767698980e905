"""How sure the coder is of each event: a 0-1 confidence read off its evidence.

The threshold below is what analytics, the dashboard, `relations`, `dyad` and the exports keep
by default (`--min-confidence` and the API's `min_confidence` change it).
"""

from __future__ import annotations

#: events at or above this confidence are shown and counted by default
DEFAULT_MIN_CONFIDENCE = 0.5
