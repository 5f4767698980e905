"""Reading detente's data files (the YAML word lists and factor tables, the TSV lexicons): one
reader each for text and YAML, so a missing file, a file that is not UTF-8 and bad YAML all come
back as the same `DictionaryError`, naming the file and, where it can, the line."""

from __future__ import annotations

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
