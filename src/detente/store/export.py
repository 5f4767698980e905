"""The store in the formats analysts already use: GDELT 2.0 events and GKG 2.1, PLOVER, JSONL, Parquet.

    export(store, "gdelt-events", "events.tsv")

- ``gdelt-events``: GDELT 2.0 Event rows, 61 tab-separated columns, no header, one per event.
- ``gdelt-mentions``: GDELT 2.0 Mentions rows, 16 columns, one per event; its ``Confidence`` column
  is detente's event confidence on GDELT's 0-100 scale (the Event table has no place for one).
- ``gdelt-gkg``: GDELT GKG 2.1 rows, 27 tab-separated columns, no header, one per article.
- ``plover``: one PLOVER JSON record per event, one a line.
- ``jsonl``: one `detente analyze` object per stored document (failed ones included), rebuilt from the store.
- ``parquet``: a directory with a date-partitioned dataset per table (`store.parquet`).

The column orders are data (``data/export/*.tsv``, the codebooks' names); columns detente has
nothing for are left empty, as GDELT leaves them. GDELT and PLOVER have no modality: by default only
asserted events are exported there (`ExportOptions.all_modalities` adds negated, future and
hypothetical ones). Every format keeps only events the coder is at least
`ExportOptions.min_confidence` sure of (`DEFAULT_MIN_CONFIDENCE`; 0 keeps all) and carries the
confidence: a `confidence` field (JSON Lines, PLOVER, Parquet), GDELT Mentions' `Confidence`.
Rows are read in chunks, so memory stays flat on a large store.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import urlsplit

from .. import __version__
from ..errors import DetenteError, DictionaryError, StoreError
from ..events.confidence import DEFAULT_MIN_CONFIDENCE
from ..model import Actor, Analysis, Article, Entity, ErrorInfo, Event, Quote, Span
from .database import Store

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FORMATS = ("gdelt-events", "gdelt-mentions", "gdelt-gkg", "jsonl", "parquet", "plover")
CHUNK = 500  # articles per read
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    "SANCTION MOBILIZE COERCE ASSAULT INVESTIGATE DEMAND DISAPPROVE FIGHT CRIME".split()
)


@dataclass(frozen=True, kw_only=True)
class ExportOptions:
    all_modalities: bool = False  # GDELT/PLOVER: also negated, future and hypothetical events
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE  # events below it are left out; 0 or None keeps all

    def keeps(self, confidence: float | None) -> bool:
        return not self.min_confidence or confidence is None or confidence >= self.min_confidence

    def conf_sql(self, column: str = "e.confidence") -> str:
        """The same rule as `keeps` in SQL (the value is a float, never user text spliced in)."""
        return f"coalesce({column}, 1.0) >= {float(self.min_confidence)!r}" if self.min_confidence else "TRUE"


def export(store: Store, fmt: str, out: str | os.PathLike | TextIO, *, options: ExportOptions = ExportOptions()) -> int:
    """Write the store as `fmt` to `out` (a path, `-` for stdout, or a text stream); returns rows written."""
    if fmt not in FORMATS:
        raise DetenteError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, (str, os.PathLike)) or str(out) == "-":
            raise DetenteError("--format parquet writes a directory; give one with -o DIR")
        from .parquet import write_parquet

        return sum(write_parquet(store, out, min_confidence=options.min_confidence).values())
    rows = {
        "gdelt-events": lambda: (_tsv(r) for r in gdelt_event_rows(store, options)),
        "gdelt-mentions": lambda: (_tsv(r) for r in gdelt_mention_rows(store, options)),
        "gdelt-gkg": lambda: (_tsv(r) for r in gkg_rows(store)),
        "plover": lambda: (json.dumps(r, ensure_ascii=False) for r in plover_records(store, options)),
        "jsonl": lambda: (json.dumps(a.to_dict(), ensure_ascii=False) for a in analyses(store, options)),
    }[fmt]
    n = 0
    with _writer(out) as f:
        for line in rows():
            f.write(line + "\n")
            n += 1
    return n


# -- column tables --------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def columns(table: str) -> tuple[str, ...]:
    """The codebook column names of `gdelt_events` (61), `gdelt_mentions` (16) or `gdelt_gkg` (27), from data/export/."""
    expected = {"gdelt_events": 61, "gdelt_mentions": 16, "gdelt_gkg": 27}[table]
    path = DATA_DIR / "export" / f"{table}.tsv"
    names: list[str] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name = line.split("\t", 1)[0].strip()
        if not name or " " in name or name in names:
            raise DictionaryError(f"line {n}: bad or repeated column name {name!r}", source=str(path))
        names.append(name)
    if len(names) != expected:
        raise DictionaryError(f"{len(names)} columns, the codebook has {expected}", source=str(path))
    return tuple(names)


# -- GDELT 2.0 events -------------------------------------------------------------------------------

_EVENTS_SQL = """
SELECT e.article_id, e.idx, e.date, e.source, e.target, e.cameo, e.goldstein, e.quad_class, e.mentions,
       e.start, e.source_text, e.target_text, e.confidence, e.trigger_start, e.sentence, a.url, a.source AS article_source,
       a.ingested_at, a.site, length(a.text) AS doc_len,
       CAST(a.tone AS VARCHAR) AS tone,
       CASE WHEN strpos(a.text, chr(10)) = 0 THEN length(a.text) ELSE strpos(a.text, chr(10)) - 1 END AS lead_end,
       s.name AS s_name, s.country AS s_country, s.role AS s_role,
       t.name AS t_name, t.country AS t_country, t.role AS t_role
FROM events e JOIN articles a ON a.id = e.article_id
LEFT JOIN (SELECT article_id, code, first(name ORDER BY idx) AS name, first(country ORDER BY idx) AS country,
                  first(role ORDER BY idx) AS role FROM actors GROUP BY article_id, code) s
       ON s.article_id = e.article_id AND s.code = e.source
LEFT JOIN (SELECT article_id, code, first(name ORDER BY idx) AS name, first(country ORDER BY idx) AS country,
                  first(role ORDER BY idx) AS role FROM actors GROUP BY article_id, code) t
       ON t.article_id = e.article_id AND t.code = e.target
{where}
ORDER BY e.date NULLS LAST, e.article_id, e.idx
"""


def gdelt_event_rows(store: Store, options: ExportOptions = ExportOptions()) -> Iterator[list[str]]:
    """One 61-field GDELT 2.0 Event row per stored event."""
    names = columns("gdelt_events")
    for r in _rows(store, _EVENTS_SQL.format(where=_event_where(options))):
        added = r["ingested_at"]
        day = r["date"] or added.date()
        row = dict.fromkeys(names, "")
        row.update(
            GlobalEventID=_event_id(r),
            Day=day.strftime("%Y%m%d"),
            MonthYear=day.strftime("%Y%m"),
            Year=str(day.year),
            FractionDate=f"{day.year + day.timetuple().tm_yday / 365:.4f}",
            IsRootEvent="1" if r["start"] is not None and r["start"] < r["lead_end"] else "0",
            EventCode=r["cameo"],
            EventBaseCode=r["cameo"][:3],
            EventRootCode=r["cameo"][:2],
            QuadClass=_num(r["quad_class"]),
            GoldsteinScale=_num(r["goldstein"]),
            NumMentions=str(r["mentions"] or 1),
            NumSources="1",
            NumArticles="1",
            AvgTone=_num(_tone(r["tone"]).get("tone")),
            DATEADDED=added.strftime("%Y%m%d%H%M%S"),
            SOURCEURL=r["url"] or r["article_source"],
        )
        for n, side, p in ((1, "source", "s_"), (2, "target", "t_")):
            code = r[side]
            if not code:
                continue
            name = r[p + "name"] or r[f"{side}_text"] or ""
            country = r[p + "country"] or ""
            types = _types(code, country)
            role = r[p + "role"]
            if role and role not in types:
                types = [role] + types
            row[f"Actor{n}Code"] = code
            row[f"Actor{n}Name"] = name.upper()
            row[f"Actor{n}CountryCode"] = country
            row[f"Actor{n}KnownGroupCode"] = code[3:6] if code[:3] in _GROUP_PREFIXES and len(code) >= 6 else ""
            for k, t in enumerate(types[:3], 1):
                row[f"Actor{n}Type{k}Code"] = t
        yield [row[c] for c in names]


_GROUP_PREFIXES = {"IGO", "NGO", "IMG", "MNC"}


def _event_where(options: ExportOptions) -> str:
    clauses = [options.conf_sql()] + ([] if options.all_modalities else ["e.modality = 'asserted'"])
    return "WHERE " + " AND ".join(clauses)


def _event_id(r: dict) -> str:
    return str(int(hashlib.sha1(f"{r['article_id']}:{r['idx']}".encode()).hexdigest()[:15], 16))


def gdelt_mention_rows(store: Store, options: ExportOptions = ExportOptions()) -> Iterator[list[str]]:
    """One 16-field GDELT 2.0 Mentions row per stored event (same ids and rows as `gdelt_event_rows`)."""
    names = columns("gdelt_mentions")
    article, sentence_no = None, {}  # rows come article by article: number the sentences of one at a time
    for r in _rows(store, _EVENTS_SQL.format(where=_event_where(options))):
        added = r["ingested_at"]
        day = r["date"] or added.date()
        if r["article_id"] != article:
            article, sentence_no = r["article_id"], {}
        nth = sentence_no.setdefault(r["start"], len(sentence_no) + 1)
        offsets = {}
        for key, text in (("s", r["source_text"]), ("t", r["target_text"])):
            at = r["sentence"].find(text) if text else -1
            offsets[key] = str(r["start"] + at) if at >= 0 else "-1"
        row = dict.fromkeys(names, "")
        row.update(
            GlobalEventID=_event_id(r),
            EventTimeDate=day.strftime("%Y%m%d") + "000000",
            MentionTimeDate=added.strftime("%Y%m%d%H%M%S"),
            MentionType="1",
            MentionSourceName=r["site"] or (urlsplit(r["url"]).hostname if r["url"] else "") or "",
            MentionIdentifier=r["url"] or r["article_source"],
            SentenceID=str(nth),
            Actor1CharOffset=offsets["s"],
            Actor2CharOffset=offsets["t"],
            ActionCharOffset=str(r["trigger_start"]) if r["trigger_start"] is not None else "-1",
            InRawText="1",
            Confidence=str(round(100 * (r["confidence"] if r["confidence"] is not None else 1.0))),
            MentionDocLen=str(r["doc_len"]),
            MentionDocTone=_num(_tone(r["tone"]).get("tone")),
        )
        yield [row[c] for c in names]


def _types(code: str, country: str) -> list[str]:
    """The 3-letter type codes after the country part of a CAMEO code (`USAMILGOV` -> MIL, GOV)."""
    rest = code[3:] if (country and code.startswith(country)) or code[:3] in _GROUP_PREFIXES else ""
    if code[:3] in _GROUP_PREFIXES:
        rest = rest[3:]  # after the group code
    return [rest[i : i + 3] for i in range(0, len(rest) - 2, 3)]


# -- GDELT GKG 2.1 ------------------------------------------------------------------------------------


def gkg_rows(store: Store) -> Iterator[list[str]]:
    """One 27-field GKG 2.1 row per stored article."""
    names = columns("gdelt_gkg")
    last_stamp, seq = None, 0
    for a, r in _articles(store, order="a.ingested_at, a.id"):
        art = a.article
        stamp = r["ingested_at"].strftime("%Y%m%d%H%M%S")
        seq = seq + 1 if stamp == last_stamp else 0
        last_stamp = stamp
        persons = _named(a, kinds={"person"}, labels={"PERSON"})
        orgs = _named(a, kinds={"organisation", "organization", "group"}, labels={"ORG"})
        countries = [x for x in a.actors if x.kind == "country" and x.country]
        tone = a.tone or {}
        row = dict.fromkeys(names, "")
        row.update({
            "GKGRECORDID": f"{stamp}-{seq}",
            "V2.1DATE": stamp,
            "V2SOURCECOLLECTIONIDENTIFIER": "1",
            "V2SOURCECOMMONNAME": art.site or (urlsplit(art.url).hostname if art.url else "") or "",
            "V2DOCUMENTIDENTIFIER": art.url or a.source,
            "V1THEMES": ";".join(dict.fromkeys(t for t, _ in _themes(a.themes))),
            "V2ENHANCEDTHEMES": ";".join(f"{t},{o}" for t, o in _themes(a.themes) if o is not None),
            "V1LOCATIONS": ";".join(f"1#{_clean(x.name, '#;')}#{x.country}#{x.country}###{x.country}" for x in countries),
            "V2ENHANCEDLOCATIONS": ";".join(
                f"1#{_clean(x.name, '#;')}#{x.country}#{x.country}####{x.country}#{x.mentions[0].start if x.mentions else ''}"
                for x in countries
            ),
            "V1PERSONS": ";".join(dict.fromkeys(n for n, _ in persons)),
            "V2ENHANCEDPERSONS": ";".join(f"{n},{o}" for n, o in persons),
            "V1ORGANIZATIONS": ";".join(dict.fromkeys(n for n, _ in orgs)),
            "V2ENHANCEDORGANIZATIONS": ";".join(f"{n},{o}" for n, o in orgs),
            "V1.5TONE": ",".join(
                _num(_get(tone, k)) for k in ("tone", "positive", "negative", "polarity", "activity_density", "self_group_density", "word_count")
            ) if tone else "",
            "V2.1ENHANCEDDATES": ";".join(_dates(a.dates)),
            "V2.1QUOTATIONS": "#".join(
                f"{q.start}|{q.end - q.start}|{_clean(q.cue or '', '|#')}|{_clean(q.text, '|#')}" for q in a.quotes
            ),
            "V2.1ALLNAMES": ";".join(f"{n},{o}" for n, o in _all_names(a)),
            "V2.1AMOUNTS": ";".join(_amounts(a.amounts)),
            "V2EXTRASXML": _extras(art),
        })
        yield [row[c] for c in names]


def _named(a: Analysis, *, kinds: set[str], labels: set[str]) -> list[tuple[str, int]]:
    out = [(_clean(x.name, ",;"), x.mentions[0].start if x.mentions else 0) for x in a.actors if x.kind in kinds]
    out += [(_clean(e.text, ",;"), e.start) for e in a.entities if e.label in labels]
    return sorted({n: o for n, o in reversed(out) if n}.items(), key=lambda p: p[1])


def _all_names(a: Analysis) -> list[tuple[str, int]]:
    out = [(_clean(m.text, ",;"), m.start) for x in a.actors for m in x.mentions]
    out += [(_clean(e.text, ",;"), e.start) for e in a.entities]
    return sorted(set(p for p in out if p[0]), key=lambda p: p[1])


def _themes(themes: list) -> list[tuple[str, int | None]]:
    out = []
    for t in themes:
        if isinstance(t, str):
            out.append((t, None))
            continue
        code = _get(t, "theme", "code", "name")
        if not code:
            continue
        mentions = t.get("mentions") if isinstance(t.get("mentions"), list) else []
        offsets = [m.get("start") for m in mentions if isinstance(m, dict)] or _get(t, "offsets") or [_get(t, "start", "offset")]
        out += [(_clean(str(code), ",;"), o) for o in offsets]
    return out


# GDELT's date resolutions: 1 year only, 2 month and year, 3 month and day (no year), 4 full date.
_RESOLUTION = {"year": 1, "month": 2, "monthday": 3, "day": 4}


def _dates(dates: list) -> list[str]:
    out = []
    for d in dates:
        value = str(_get(d, "value", "date") or "")
        parts = value.split("-")  # YYYY, YYYY-MM or YYYY-MM-DD (the dates reader's `value`)
        if not all(p.isdigit() for p in parts) or len(parts) > 3 or len(parts[0]) != 4:
            continue
        year, month, day = (int(p) for p in parts + ["0"] * (3 - len(parts)))
        res = _RESOLUTION.get(str(_get(d, "resolution") or ""), (1, 2, 4)[len(parts) - 1])
        out.append(f"{res}#{month}#{day}#{year}#{_get(d, 'start', 'offset') or 0}")
    return out


def _amounts(amounts: list) -> list[str]:
    out = []
    for m in amounts:
        value = _get(m, "amount", "value")
        if value is None:
            continue
        obj = _get(m, "object", "unit", "what") or ""
        out.append(f"{_num(value)},{_clean(str(obj), ',;')},{_get(m, 'start', 'offset') or 0}")
    return out


def _extras(art: Article) -> str:
    from xml.sax.saxutils import escape

    parts = []
    if art.title:
        parts.append(f"<PAGE_TITLE>{escape(_clean(art.title))}</PAGE_TITLE>")
    if art.author:
        parts.append(f"<PAGE_AUTHORS>{escape(_clean(art.author))}</PAGE_AUTHORS>")
    return "".join(parts)


# -- PLOVER ---------------------------------------------------------------------------------------------


def plover_records(store: Store, options: ExportOptions = ExportOptions()) -> Iterator[dict[str, Any]]:
    """One PLOVER JSON record per stored event with a PLOVER type (CAMEO 01 statements have none)."""
    modes = _plover_modes()
    for a, r in _articles(store):
        art = a.article
        by_code = {}
        for x in a.actors:
            by_code.setdefault(x.code, x)
        for i, e in enumerate(a.events):
            if e.plover not in PLOVER_TYPES or (e.modality != "asserted" and not options.all_modalities):
                continue
            if not options.keeps(e.confidence):
                continue
            mode, context = _nearest(modes, e.cameo) or ("", "")
            rec: dict[str, Any] = {
                "id": f"{a.id}-{i}",
                "date": art.date.isoformat() if art.date else None,
                "event_type": e.plover,
                "mode": mode,
                "context": context,
            }
            for n, code, text in ((1, e.source, e.source_text), (2, e.target, e.target_text)):
                x = by_code.get(code) if code else None
                rec[f"actor{n}"] = code
                rec[f"actor{n}_name"] = x.name if x else None
                rec[f"actor{n}_country"] = x.country if x else None
                rec[f"actor{n}_sector"] = x.role if x else None
                rec[f"actor{n}_text"] = text
            rec.update(
                event_text=e.trigger,
                text=e.text,
                modality=e.modality,
                cameo=e.cameo,
                quad_class=e.quad_class,
                goldstein=e.goldstein,
                confidence=e.confidence,
                story_id=a.id,
                url=art.url,
                publication=art.site,
                language=art.language or "en",
                coder=f"detente {__version__}",
                date_coded=r["ingested_at"].date().isoformat(),
            )
            yield rec


@lru_cache(maxsize=1)
def _plover_modes() -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER mode, context), from the events stage's table when it is installed."""
    path = DATA_DIR / "events" / "cameo_plover.tsv"
    if not path.is_file():
        return {}
    table = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise DictionaryError(f"line {n}: expected code, plover, mode, context", source=str(path))
        table.setdefault(parts[0], (parts[2].strip(), parts[3].strip()))
    return table


def _nearest(table: dict, code: str):
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


# -- JSONL: Analysis objects rebuilt from the store ---------------------------------------------------


def analyses(store: Store, options: ExportOptions = ExportOptions()) -> Iterator[Analysis]:
    """Every stored document as the `Analysis` that made it (its events at or above
    `options.min_confidence`), then every recorded failure."""
    for a, _ in _articles(store):
        a.events = [e for e in a.events if options.keeps(e.confidence)]
        yield a
    for r in _rows(store, "SELECT id, source, type, message, stage FROM failures ORDER BY id"):
        yield Analysis(source=r["source"], id=r["id"], error=ErrorInfo(type=r["type"], message=r["message"], stage=r["stage"]))


def _articles(store: Store, order: str = "a.date NULLS LAST, a.id") -> Iterator[tuple[Analysis, dict]]:
    """(Analysis, article row) for every stored article, read CHUNK articles at a time."""
    cur = store.con.cursor()
    cur.execute(f"SELECT a.* REPLACE (CAST(tone AS VARCHAR) AS tone, CAST(amounts AS VARCHAR) AS amounts, "
                f"CAST(dates AS VARCHAR) AS dates, CAST(claims AS VARCHAR) AS claims, CAST(themes AS VARCHAR) AS themes, "
                f"CAST(entities AS VARCHAR) AS entities) FROM articles a ORDER BY {order}")
    names = [d[0] for d in cur.description]
    while True:
        chunk = [dict(zip(names, row)) for row in cur.fetchmany(CHUNK)]
        if not chunk:
            break
        ids = [r["id"] for r in chunk]
        parts = {t: _children(store, t, ids) for t in ("actors", "quotes", "events")}
        for r in chunk:
            yield _analysis(r, parts), r
    cur.close()


def _children(store: Store, table: str, ids: list[str]) -> dict[str, list[dict]]:
    cols = "*" if table != "actors" else "* REPLACE (CAST(mentions AS VARCHAR) AS mentions)"
    out: dict[str, list[dict]] = {}
    for r in store.query(f"SELECT {cols} FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, idx", [ids]):
        out.setdefault(r["article_id"], []).append(r)
    return out


def _analysis(r: dict, parts: dict) -> Analysis:
    aid = r["id"]
    art = Article(id=aid, source=r["source"], text=r["text"], url=r["url"], title=r["title"], date=r["date"],
                  author=r["author"], site=r["site"], language=r["language"])
    return Analysis(
        source=r["source"], id=aid, article=art,
        actors=[Actor(code=x["code"], name=x["name"], country=x["country"], role=x["role"], kind=x["kind"],
                      mentions=[Span(**m) for m in json.loads(x["mentions"] or "[]")]) for x in parts["actors"].get(aid, [])],
        entities=[Entity(**e) for e in _loads(r["entities"], [])],
        quotes=[Quote(text=q["text"], start=q["start"], end=q["end"], speaker=q["speaker"], speaker_actor=q["speaker_actor"],
                      cue=q["cue"], direct=q["direct"], confidence=q.get("confidence"))
                for q in parts["quotes"].get(aid, [])],
        events=[Event(source=e["source"], target=e["target"], cameo=e["cameo"], plover=e["plover"], goldstein=e["goldstein"],
                      quad_class=e["quad_class"], modality=e["modality"], text=e["sentence"], start=e["start"], end=e["end"],
                      trigger=e["trigger"], trigger_start=e["trigger_start"], trigger_end=e["trigger_end"],
                      source_text=e["source_text"], target_text=e["target_text"], mentions=e["mentions"],
                      confidence=e.get("confidence"), confidence_factors=e.get("confidence_factors"))
                for e in parts["events"].get(aid, [])],
        amounts=_loads(r["amounts"], []), dates=_loads(r["dates"], []), claims=_loads(r["claims"], []),
        tone=_loads(r["tone"], {}), themes=_loads(r["themes"], []),
    )


# -- helpers ----------------------------------------------------------------------------------------


def _rows(store: Store, sql: str) -> Iterator[dict]:
    cur = store.con.cursor()
    if getattr(store, "overlaid", False):  # a cursor is a connection of its own: give it the reviewed `events` too
        from ..review.table import install_on

        install_on(cur)
    cur.execute(sql)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(1000):
        for row in rows:
            yield dict(zip(names, row))
    cur.close()


def _loads(text: str | None, default):
    return json.loads(text) if text else default


@lru_cache(maxsize=256)
def _tone(text: str | None) -> dict:
    value = _loads(text, {})
    return value if isinstance(value, dict) else {}


def _get(d: Any, *keys: str):
    if not isinstance(d, dict):
        return None
    for k in keys:
        if d.get(k) is not None:
            return d[k]
    return None


def _num(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else f"{value:.10g}"
    return str(value)


def _clean(text: str, extra: str = "") -> str:
    """One line with no tabs, and none of `extra` (a format's own delimiters)."""
    text = " ".join(str(text).split())
    for ch in extra:
        text = text.replace(ch, " ")
    return text


def _tsv(fields: list[str]) -> str:
    return "\t".join(_clean(f) for f in fields)


@contextlib.contextmanager
def _writer(out) -> Iterator[TextIO]:
    if isinstance(out, io.TextIOBase) or hasattr(out, "write"):
        yield out
        return
    if str(out) == "-":
        yield sys.stdout
        return
    path = Path(out)
    try:
        f = open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise StoreError(f"cannot write the export: {exc.strerror}", source=str(path)) from exc
    with f:
        yield f
