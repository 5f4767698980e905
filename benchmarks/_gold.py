"""What the gold-data benchmarks share: where the dev gold lives, how its records are read.

`../shared/gold/events_dev.jsonl` mixes PETRARCH records (dates "19950101") and PLOVER records
("2000-01-01"), and its codes use a few legacy CAMEO country codes that detente, like ISO 3166
alpha-3, spells differently. Evaluation data stays in ../shared; nothing of it is copied here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
DATASETS = ("plover_gsr", "petrarch2_gsr", "petrarch_unittest")

#: The PETRARCH validation dictionaries the `petrarch_unittest` records are written against.
PETR_ACTORS = GOLD / "PETR.Validate.actors.txt"
PETR_AGENTS = GOLD / "PETR.Validate.agents.txt"
PETR_VERBS = GOLD / "PETR.Validate.verbs.txt"

#: Legacy CAMEO country codes in the gold -> the ISO 3166-1 alpha-3 codes detente produces.
#: (JAP and ITL are CAMEO's own; ROM, ZAR and BUR were ISO codes before they were retired.)
LEGACY = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR"}


def records() -> list[dict]:
    """Every dev gold record, in file order."""
    with (GOLD / "events_dev.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def record_date(text: str | None) -> date | None:
    """A record's date: "19950101" (PETRARCH records) or "2000-01-01" (PLOVER records); else None."""
    text = (text or "").replace("-", "")
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def modern(code: str) -> str:
    """The code with a legacy country code (JAP, ITL, ...) replaced by its ISO code."""
    return LEGACY.get(code[:3], code[:3]) + code[3:]
