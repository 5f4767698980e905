"""The values of detente's actor tables: lists, dates, codes and the lookup form of a phrase.

The tables are read by `datafiles.read_tsv` (TSV with a header row; `#` lines are comments), and
every row comes back with its file and line so that a bad value can be reported where it is.
The formats are documented in `src/detente/data/actors/README.md`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from ..datafiles import Row

CODE_RE = re.compile(r"^[A-Z0-9]{3,18}$")
ROLE_RE = re.compile(r"^[A-Z]{3}$")


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def parse_date(row: Row, key: str) -> date | None:
    text = row.get(key)
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise row.fail(f"{key} {text!r} is not a date (use YYYY-MM-DD)") from None


def check_code(row: Row, key: str, code: str, pattern: re.Pattern[str] = CODE_RE) -> str:
    if not pattern.match(code):
        raise row.fail(f"{key} {code!r} is not an actor code (upper-case letters and digits)")
    return code


@lru_cache(maxsize=1 << 16)  # read per token of every article: the same words over and over
def norm(text: str) -> str:
    """The lookup form of a phrase: accents folded, lower case, one space between words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ").lower()
    return " ".join(text.split())
