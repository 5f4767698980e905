"""Readers for users' PETRARCH/TABARI actor and agent dictionaries.

Actor files (e.g. PETRARCH's ``Phoenix.Countries.actors.txt``)::

    UNITED_STATES  [USA]          # a phrase and its code; `_` and spaces both join words
    +U.S.                         # a synonym of the entry above
    GOLLUM                        # codes may follow on their own lines ...
        [HOB <950601]             # ... restricted to dates before 1995-06-01
        [HOBGOV 19950601-19990815]  # between two dates (both inclusive)
        [HOBREB >990816]          # after a date; YYMMDD means 19YY, or 20YY when YY <= 30
    BOROMIR [---]                 # a known name that codes to no actor

Agent files::

    !PERSON! = MAN, MEN, WOMAN, WOMEN   # a substitution set, used as CONGRESS!PERSON!
    TROOPS {} [~MIL]                     # `{}`: no plural; `~X` appends X to the actor's code
    GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]   # an irregular plural
    HUMAN_RIGHTS_BODY [NGO~]             # `X~` puts X before the actor's code
    OFFICIAL [~GOV]                      # regular plurals (+S, Y->IES, SS->SES) are added

Comments: lines starting with `#` or `<!`, `<!-- ... -->` blocks (also over several lines), and
` #` to the end of a line. A malformed line (an impossible date, a missing bracket, an entry with
no code) is skipped, as PETRARCH does, with one `DictionaryWarning` per file naming the count and
the first line; a file that is not UTF-8, or of which no entry can be read, is a `DictionaryError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import DictionaryError, warn_skipped

_CODE_RE = re.compile(r"^[A-Za-z0-9*]+(?:/[A-Za-z0-9*]+)*$|^[-+#]{3}$")
_SUBST_RE = re.compile(r"^(![A-Z0-9]+!)\s*=\s*(.+)$", re.I)


@dataclass(frozen=True, slots=True)
class Period:
    """A code valid from `start` (inclusive) to `end` (exclusive); None = unbounded."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def holds(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(slots=True)
class TabariActor:
    phrases: list[str]
    periods: list[Period] = field(default_factory=list)
    source: str = ""


@dataclass(slots=True)
class TabariAgent:
    phrases: list[str]
    code: str
    prefix: bool  # "NGO~": the code goes before the actor's code
    source: str = ""


def _lines(path: str) -> list[tuple[int, str]]:
    """Non-empty, comment-free lines with their 1-based numbers."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read the dictionary ({exc}); check the path", source=path) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DictionaryError(f"line {line}: not UTF-8 text (byte {data[exc.start]:#04x}); save the file as UTF-8", source=path) from None
    out: list[tuple[int, str]] = []
    in_block = False
    for n, line in enumerate(text.splitlines(), start=1):
        if in_block:
            if "-->" in line:
                in_block = False
                line = line[line.index("-->") + 3 :]
            else:
                continue
        while "<!--" in line:
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail[tail.index("-->") + 3 :]
            else:
                line, in_block = head, True
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            continue
        if " #" in line or "\t#" in line:
            line = re.split(r"[ \t]#", line, maxsplit=1)[0]
        if line.strip():
            out.append((n, line.rstrip()))
    return out


def _date(text: str, path: str, n: int) -> date:
    t = text.strip()
    try:
        if len(t) == 8 and t.isdigit():
            return date(int(t[:4]), int(t[4:6]), int(t[6:]))
        if len(t) == 6 and t.isdigit():
            yy = int(t[:2])
            return date((2000 if yy <= 30 else 1900) + yy, int(t[2:4]), int(t[4:]))
    except ValueError:
        pass
    raise DictionaryError(f"line {n}: {text!r} is not a date (use YYYYMMDD or YYMMDD)", source=path)


def _code_block(body: str, path: str, n: int) -> Period:
    """`CODE`, `CODE <D`, `CODE >D` or `CODE D1-D2` (spaces around < > - allowed)."""
    parts = body.split(None, 1)
    if not parts:
        raise DictionaryError(f"line {n}: empty code block []", source=path)
    code = parts[0]
    if not _CODE_RE.match(code):
        raise DictionaryError(f"line {n}: {code!r} is not an actor code", source=path)
    code = code.split("/")[0].upper()  # "ELR/GAL": TABARI's alternatives; the first one codes
    if len(parts) == 1:
        return Period(code)
    restriction = parts[1].replace(" ", "")
    if restriction.startswith("<"):
        return Period(code, None, _date(restriction[1:], path, n))
    if restriction.startswith(">"):
        return Period(code, _date(restriction[1:], path, n) + timedelta(days=1), None)
    if restriction.count("-") == 1:
        a, b = restriction.split("-")
        return Period(code, _date(a, path, n), _date(b, path, n) + timedelta(days=1))
    raise DictionaryError(f"line {n}: date restriction {parts[1]!r} must be <DATE, >DATE or DATE-DATE", source=path)


def _bracket(line: str, path: str, n: int) -> tuple[str, str | None]:
    """Split `PHRASE ... [BODY]` into the text before the bracket and the body (None: no bracket)."""
    if "[" not in line:
        if "]" in line:
            raise DictionaryError(f"line {n}: ']' without '['", source=path)
        return line, None
    head, _, rest = line.partition("[")
    if "]" not in rest:
        raise DictionaryError(f"line {n}: '[' without a closing ']'", source=path)
    body, _, tail = rest.partition("]")
    if tail.strip() and not tail.strip().startswith("#"):  # "[ZBW]#jw 9/30/91": a glued comment
        raise DictionaryError(f"line {n}: unexpected text {tail.strip()!r} after the code", source=path)
    return head, body.strip()


def read_actors(path: str | Path) -> list[TabariActor]:
    """Parse a TABARI/PETRARCH actor dictionary; malformed lines are skipped with one warning."""
    path = str(path)
    entries: list[TabariActor] = []
    skipped: list[DictionaryError] = []
    current: TabariActor | None = None

    def close() -> None:
        if current is not None and not current.periods:
            entries.remove(current)
            line = current.source.rsplit(":", 1)[-1]
            if not any(e.message.startswith(f"line {line}:") for e in skipped[-1:]):  # its code line was the bad one
                skipped.append(DictionaryError(f"line {line}: entry {current.phrases[0]!r} has no [CODE]", source=path))

    for n, line in _lines(path):
        text = line.strip()
        src = f"{path}:{n}"
        try:
            if text.startswith("["):
                if current is None:
                    raise DictionaryError(f"line {n}: a code line before any actor name", source=path)
                _, body = _bracket(text, path, n)
                current.periods.append(_code_block(body or "", path, n))
            elif text.startswith("+"):
                if current is None:
                    raise DictionaryError(f"line {n}: a '+' synonym before any actor name", source=path)
                head, body = _bracket(text[1:], path, n)
                if body is not None:
                    current.periods.append(_code_block(body, path, n))
                if head.strip():
                    current.phrases.append(head.strip())
            else:
                close()
                current = None
                head, body = _bracket(text, path, n)
                if not head.strip():
                    raise DictionaryError(f"line {n}: a code without an actor name", source=path)
                current = TabariActor([head.strip()], [], src)
                entries.append(current)
                if body is not None:
                    current.periods.append(_code_block(body, path, n))
        except DictionaryError as exc:
            skipped.append(exc)
    close()
    warn_skipped(path, skipped, len(entries))
    return entries


def _plural(phrase: str) -> str:
    words = phrase.split("_") if "_" in phrase else phrase.split(" ")
    sep = "_" if "_" in phrase else " "
    last = words[-1]
    up = last.upper()
    if up.endswith("Y") and len(up) > 1 and up[-2] not in "AEIOU":
        last = last[:-1] + "IES"
    elif up.endswith(("SS", "SH", "CH", "X")):
        last = last + "ES"
    else:
        last = last + "S"
    return sep.join(words[:-1] + [last])


def read_agents(path: str | Path) -> list[TabariAgent]:
    """Parse a TABARI/PETRARCH agent dictionary; malformed lines are skipped with one warning."""
    path = str(path)
    subst: dict[str, list[str]] = {}
    out: list[TabariAgent] = []
    skipped: list[DictionaryError] = []
    for n, line in _lines(path):
        try:
            agent = _agent(line.strip(), subst, path, n)
        except DictionaryError as exc:
            skipped.append(exc)
            continue
        if agent is not None:
            out.append(agent)
    warn_skipped(path, skipped, len(out))
    return out


def _agent(text: str, subst: dict[str, list[str]], path: str, n: int) -> TabariAgent | None:
    """One line of an agent file: a substitution set (None, recorded in `subst`) or an agent."""
    m = _SUBST_RE.match(text)
    if m:
        subst[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
        return None
    head, body = _bracket(text, path, n)
    if body is None:
        raise DictionaryError(f"line {n}: agent {text!r} has no [~CODE]", source=path)
    code = body.replace(" ", "")
    if code.startswith("~") and len(code) > 1:
        prefix, code = False, code[1:]
    elif code.endswith("~") and len(code) > 1:
        prefix, code = True, code[:-1]
    else:
        raise DictionaryError(f"line {n}: agent code {body!r} must be ~CODE or CODE~", source=path)
    if not code.isalnum():
        raise DictionaryError(f"line {n}: agent code {code!r} is not letters and digits", source=path)
    plurals: list[str] | None = None
    if "{" in head:
        phrase, _, rest = head.partition("{")
        if "}" not in rest:
            raise DictionaryError(f"line {n}: '{{' without a closing '}}'", source=path)
        plurals = [p.strip() for p in rest.partition("}")[0].split(",") if p.strip()]
    else:
        phrase = head
    phrase = phrase.strip()
    if not phrase:
        raise DictionaryError(f"line {n}: a code without an agent phrase", source=path)
    if plurals is None:  # substitution sets already list their plural forms
        plurals = [] if "!" in phrase else [_plural(phrase)]
    forms = [phrase] + plurals
    expanded: list[str] = []
    for form in forms:
        markers = re.findall(r"![A-Z0-9]+!", form, flags=re.I)
        variants = [form]
        for mk in markers:
            if mk.upper() not in subst:
                raise DictionaryError(f"line {n}: substitution set {mk} is not defined above", source=path)
            variants = [v.replace(mk, w) for v in variants for w in subst[mk.upper()]]
        expanded.extend(variants)
    return TabariAgent(expanded, code.upper(), prefix, f"{path}:{n}")
