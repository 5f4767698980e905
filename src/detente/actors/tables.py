"""Reading detente's own actor tables (TSV with a header row; `#` lines are comments).

Every row comes back with its file and line so that a bad value can be reported where it is.
The formats are documented in `src/detente/data/actors/README.md`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..datafiles import read_utf8
from ..errors import DictionaryError

CODE_RE = re.compile(r"^[A-Z0-9]{3,18}$")
ROLE_RE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class Row:
    path: str
    line: int
    values: dict[str, str]

    def get(self, key: str) -> str:
        return self.values.get(key, "").strip()

    def fail(self, what: str) -> DictionaryError:
        return DictionaryError(f"line {self.line}: {what}", source=self.path)


def read_tsv(path: str | Path, required: tuple[str, ...]) -> list[Row]:
    """Rows of a TSV table whose first non-comment line names the columns."""
    path = str(path)
    text = read_utf8(path)
    header: list[str] | None = None
    rows: list[Row] = []
    for n, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip().lower() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DictionaryError(
                    f"line {n}: header lacks column(s) {', '.join(missing)}; expected {', '.join(required)}", source=path
                )
            continue
        if len(cells) > len(header):
            raise DictionaryError(f"line {n}: {len(cells)} tab-separated fields, the header has {len(header)}", source=path)
        cells += [""] * (len(header) - len(cells))
        rows.append(Row(path, n, dict(zip(header, cells))))
    if header is None:
        raise DictionaryError("no header row: the first non-comment line must name the columns", source=path)
    return rows


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


def norm(text: str) -> str:
    """The lookup form of a phrase: accents folded, lower case, one space between words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("_", " ").lower()
    return " ".join(text.split())
