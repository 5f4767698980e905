"""Plain names for codes: CHNGOV is "China — government", 041 "Discuss by telephone".

Everything here is read from data files, once per process: CAMEO event names and Goldstein
scores (`data/events/cameo_codes.tsv`), PLOVER types and actor roles (`data/glossary/`), country
and organisation names (the actors stage's dictionary). `find_codes` turns a name an analyst
types ("Russia", "European Union") into codes; `suggest` offers the nearest known codes for a
misspelled one.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
MODALITIES = {
    "asserted": "it happened, as the sentence tells it",
    "negated": "the sentence says it did not happen",
    "future": "announced or planned, not yet done",
    "hypothetical": "conditional or possible: if, could, would",
}


def _table(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows[1:]  # the header


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, tuple[str, float | None]]:
    """CAMEO event code -> (plain name, Goldstein score)."""
    out = {}
    for row in _table(DATA / "events" / "cameo_codes.tsv"):
        code, name = row[0].strip(), row[1].strip()
        if name.isupper():  # the roots are written in capitals in the source table
            name = name.capitalize()
        out[code] = (name, float(row[2]) if len(row) > 2 and row[2].strip() else None)
    return out


@lru_cache(maxsize=1)
def roles() -> dict[str, tuple[str, str]]:
    """Actor role code -> (name, what it covers)."""
    return {r[0]: (r[1], r[2] if len(r) > 2 else "") for r in _table(DATA / "glossary" / "roles.tsv")}


@lru_cache(maxsize=1)
def plover_types() -> dict[str, str]:
    """PLOVER type -> what it covers."""
    return {r[0]: r[1] for r in _table(DATA / "glossary" / "plover.tsv")}


@lru_cache(maxsize=1)
def confidence_words() -> dict[str, str]:
    """Confidence factor ("trigger.verb", "side.context", "cues.question", "repeated") -> plain words."""
    return {r[0]: r[1] for r in _table(DATA / "glossary" / "confidence.tsv")}


def confidence_factors(text: str | None) -> list[dict]:
    """An event's stored `confidence_factors` in plain words, each {"factor", "words", "value"}:
    "source.context 0.8" is the source's actor "a bare role given the country of its paragraph or
    article", weighing 0.8. A factor the glossary lacks is shown by its own name."""
    from ..events.confidence import read

    words = confidence_words()
    out = []
    for name, value in read(text):
        table, _, kind = name.partition(".")
        if table in ("source", "target"):
            said = f"{table}: {words.get('side.' + kind, kind)}"
        else:
            said = words.get(name, name)
        out.append({"factor": name, "words": said, "value": value})
    return out


def cameo_name(code: str | None) -> str:
    """"Discuss by telephone" for 041; the nearest shorter code's name for an unlisted one; "" if none."""
    table = cameo_codes()
    code = (code or "").strip()
    while code:
        if code in table:
            return table[code][0]
        code = code[:-1]
    return ""


def _dictionary():
    from ..actors.dictionary import ActorDictionary

    return ActorDictionary.load()


@lru_cache(maxsize=4096)
def actor_name(code: str | None) -> str:
    """"China — government" for CHNGOV, "European Union" for IGOEUREEC, "government (no country)"
    for a bare GOV; the code itself when nothing is known of it."""
    if not code:
        return ""
    from ..actors.dictionary import split_code

    code = code.upper()
    d = _dictionary()
    if code in d.org_names:
        return d.org_names[code]
    country, role = split_code(code, d.country_names.keys())
    parts = [roles()[code[i : i + 3]][0] for i in range(3, len(code) - 2, 3) if code[i : i + 3] in roles()]
    if country and country in d.country_names:
        return d.country_names[country] + (" — " + ", ".join(parts) if parts else "")
    if role and len(code) == 3:
        return f"{roles()[role][0]} (no country)" if role in roles() else code
    # an organisation with a role under it (IGOUNOGOV), or a region
    for n in range(len(code) - 3, 2, -3):
        if code[:n] in d.org_names:
            rest = [roles()[code[i : i + 3]][0] for i in range(n, len(code) - 2, 3) if code[i : i + 3] in roles()]
            return d.org_names[code[:n]] + (" — " + ", ".join(rest) if rest else "")
    name = d.name_of(code)
    return name if name != code else code


def known_codes() -> dict[str, str]:
    """Every country and organisation code the dictionary names, with its name."""
    d = _dictionary()
    return {**d.country_names, **d.org_names}


def find_codes(text: str) -> list[str]:
    """Codes for what an analyst typed: a code ("CHN", "chngov") stays as it is; a country or
    organisation name, alias or demonym ("Russia", "the EU", "Chinese") becomes its code(s)."""
    text = " ".join((text or "").split())
    if not text:
        return []
    d = _dictionary()
    key = text.lower().removeprefix("the ")
    found: list[str] = []
    for name_code, name in known_codes().items():
        if name.lower() == key:
            found.append(name_code)
    for entry in d.lookup(key):
        if entry.kind in ("country", "demonym", "org", "region") and entry.code and entry.code not in found:
            found.append(entry.code)
    if found:
        return found
    if text.replace(" ", "").isalnum() and " " not in text and len(text) <= 15:
        return [text.upper()]
    return []


def suggest(code: str, candidates: list[str] | None = None, n: int = 3) -> list[str]:
    """Known codes nearest to a misspelled `code` (or to a name typed as one: CHINA -> CHN)."""
    code = (code or "").upper()
    by_name = find_codes(code.capitalize()) if code.isalpha() and len(code) > 3 else []
    by_name = [c for c in by_name if c != code]
    pool = list(candidates or []) + list(known_codes())
    near = difflib.get_close_matches(code, pool, n=n, cutoff=0.6)
    return list(dict.fromkeys(by_name + near))[:n]


def glossary() -> dict:
    """Everything the glossary page lists."""
    return {
        "roles": [{"code": k, "name": v[0], "what": v[1]} for k, v in roles().items()],
        "cameo": [{"code": k, "name": v[0], "goldstein": v[1]} for k, v in cameo_codes().items()],
        "plover": [{"type": k, "what": v} for k, v in plover_types().items()],
        "quads": [{"quad_class": k, "name": v} for k, v in QUADS.items()],
        "modalities": [{"modality": k, "what": v} for k, v in MODALITIES.items()],
        "confidence": _confidence_table(),
    }


def _confidence_table() -> list[dict]:
    """Every confidence factor with its plain words and its weight in `confidence.yaml`."""
    from ..events.confidence import Weights

    w = Weights.load()
    weight = {**{f"trigger.{k}": v for k, v in w.trigger.items()}, **{f"side.{k}": v for k, v in w.side.items()},
              **{f"cues.{k}": v for k, v in w.cues.items()}, "repeated": w.repetition}
    return [{"factor": k, "words": v, "value": weight.get(k)} for k, v in confidence_words().items()]


def name_events(rows: list[dict]) -> list[dict]:
    """Each event row with `source_name`, `target_name` and `cameo_name` beside its codes."""
    for r in rows:
        r["source_name"] = actor_name(r.get("source"))
        r["target_name"] = actor_name(r.get("target"))
        r["cameo_name"] = cameo_name(r.get("cameo"))
    return rows
