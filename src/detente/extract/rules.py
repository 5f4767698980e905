"""Load the data files of the extract stage (chrome rules, stopwords), once, validated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DictionaryError

_DATA = Path(__file__).resolve().parent.parent / "data" / "extract"


@dataclass(frozen=True, slots=True)
class ChromeRules:
    """Whole-line patterns: `drop` lines anywhere, `cut` starts the trailing chrome block."""

    drop: tuple[re.Pattern[str], ...]
    cut: tuple[re.Pattern[str], ...]

    def is_drop(self, line: str) -> bool:
        return any(p.fullmatch(line) for p in self.drop)

    def is_cut(self, line: str) -> bool:
        return any(p.fullmatch(line) for p in self.cut)


def _lines(name: str) -> tuple[str, list[tuple[int, str]]]:
    path = _DATA / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"cannot read data file ({exc.strerror}); reinstall detente", source=str(path)) from exc
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append((number, line))
    return str(path), rows


@cache
def chrome_rules() -> ChromeRules:
    """The rules of ``data/extract/boilerplate.txt`` (format documented in its header)."""
    path, rows = _lines("boilerplate.txt")
    found: dict[str, list[re.Pattern[str]]] = {"drop": [], "cut": []}
    for number, line in rows:
        action, sep, pattern = line.partition(":")
        action, pattern = action.strip(), pattern.strip()
        if not sep or action not in found or not pattern:
            raise DictionaryError(
                f"line {number}: expected 'drop: <regex>' or 'cut: <regex>', got {line[:60]!r}", source=path
            )
        try:
            found[action].append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise DictionaryError(f"line {number}: bad regex {pattern!r}: {exc}", source=path) from exc
    return ChromeRules(drop=tuple(found["drop"]), cut=tuple(found["cut"]))


@cache
def english_stopwords() -> frozenset[str]:
    """The words of ``data/extract/stopwords_en.txt``."""
    path, rows = _lines("stopwords_en.txt")
    words = set()
    for number, line in rows:
        if not re.fullmatch(r"[a-z']+", line):
            raise DictionaryError(f"line {number}: expected one lowercase word, got {line[:60]!r}", source=path)
        words.add(line)
    return frozenset(words)
