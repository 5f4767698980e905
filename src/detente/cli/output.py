"""What the read commands share: one `--format table|csv|jsonl`, tables that fit the terminal,
help that states every default and ends with an example, and codes read as names when they are.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from collections.abc import Sequence

FORMATS = ("table", "csv", "jsonl")


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Each option's help ends with its default (unless it says it already); the epilog keeps its lines."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if "default" in text.lower() or action.default in (None, False, [], argparse.SUPPRESS) or not action.option_strings:
            return text
        return f"{text} (default: {action.default})" if text else f"(default: {action.default})"


def example(*lines: str) -> str:
    return "example:\n" + "\n".join("  " + line for line in lines)


def emit(rows: Sequence[dict], cols: Sequence[str], fmt: str, *, widths: dict[str, int] | None = None,
         stream=None, all_fields: bool = False) -> None:
    """Rows as an aligned table, CSV (a header, then `cols` or every field) or JSON Lines (every field)."""
    out = stream or sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    if fmt == "csv":
        names = list(rows[0]) if (all_fields and rows) else list(cols)
        w = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: _csv(r.get(k)) for k in names})
        return
    table(rows, cols, widths=widths, stream=out)


def _csv(v) -> str:
    if v is None:
        return ""
    return " ".join(str(v).split()) if isinstance(v, str) else str(v)


def table(rows: Sequence[dict], cols: Sequence[str], *, widths: dict[str, int] | None = None, stream=None,
          width: int | None = None) -> None:
    """An aligned table no wider than the terminal (or `width`): the widest columns give way first."""
    out = stream or sys.stdout
    widths = dict(widths or {})

    def cell(v) -> str:
        s = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
        return " ".join(s.split())

    cells = [[cell(r.get(c)) for c in cols] for r in rows]
    size = [max([len(c)] + [len(t[i]) for t in cells]) for i, c in enumerate(cols)]
    for i, c in enumerate(cols):
        if c in widths:
            size[i] = min(size[i], max(widths[c], len(c)))
    tty = hasattr(out, "isatty") and out.isatty()
    limit = width or (shutil.get_terminal_size((120, 24)).columns if tty else 10_000)  # a pipe gets whole rows
    while sum(size) + 2 * (len(cols) - 1) > limit:
        i = max(range(len(cols)), key=lambda k: size[k])
        if size[i] <= max(12, len(cols[i])):
            break
        size[i] -= 1

    def fit(s: str, n: int) -> str:
        return s if len(s) <= n else s[: n - 1] + "…"

    out.write("  ".join(c.ljust(size[i]) for i, c in enumerate(cols)).rstrip() + "\n")
    for t in cells:
        out.write("  ".join(fit(v, size[i]).ljust(size[i]) for i, v in enumerate(t)).rstrip() + "\n")


def min_confidence(text: str) -> float:
    """argparse type for --min-confidence: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 1") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"{value} is outside 0-1")
    return value


def read_code(store, value: str | None, what: str, missing: list[str] | None = None) -> str | None:
    """The actor code an argument means: a code as it is, a name ("Russia", "china") as its code.
    Says on stderr how a name was read, and warns with suggestions when the store has no such code
    (adding it to `missing`, so the command can exit 1 when that leaves it nothing to show)."""
    if not value:
        return None
    from ..analytics.glossary import actor_name, find_codes, suggest

    typed = value.strip()
    found = find_codes(typed)
    code = found[0] if found else typed.upper()
    if code != typed.upper():
        print(f"detente: {what} {typed!r} read as {code} ({actor_name(code)})", file=sys.stderr)
    if not _known(store, code):
        near = [c for c in suggest(typed.replace(" ", ""), _stored_codes(store)) if _known(store, c)]
        hint = f"; did you mean {', '.join(near)}?" if near else "; list codes with `detente events` or the dashboard's glossary"
        print(f"detente: warning: no actor {code} in {store.path}{hint}", file=sys.stderr)
        if missing is not None:
            missing.append(code)
    return code


def _known(store, code: str) -> bool:
    from ..store.queries import known_code

    return known_code(store, code)


def _stored_codes(store) -> list[str]:
    from ..store.queries import stored_codes

    return stored_codes(store)
