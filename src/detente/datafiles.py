"""Reading detente's data files (the YAML word lists and factor tables, the TSV tables): one
reader each for text, TSV with a header row and YAML, so a missing file, a file that is not UTF-8 and bad YAML all come
back as the same `DictionaryError`, naming the file and, where it can, the line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import DictionaryError


def read_utf8(path: str | Path) -> str:
    """A data file's text; unreadable or not UTF-8 is a `DictionaryError` naming the file (and line)."""
    path = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read the file ({exc}); check the path", source=path) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DictionaryError(f"line {line}: not UTF-8 text (byte {data[exc.start]:#04x}); save the file as UTF-8", source=path) from None


def read_yaml(path: str | Path, what: str) -> dict[str, Any]:
    """A YAML file whose top level is a mapping (`what` names it in errors); an empty file is `{}`."""
    path = str(path)
    try:
        data = yaml.safe_load(read_utf8(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or exc.__class__.__name__
        raise DictionaryError(f"{at}not valid YAML ({problem}); fix the syntax", source=path) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DictionaryError(f"expected {what} (a YAML mapping), found a {type(data).__name__}", source=path)
    return data


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
