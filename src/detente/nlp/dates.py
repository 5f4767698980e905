"""Dates mentioned in an article, resolved against the article's own date.

    find_dates(doc, on) -> [{"text", "start", "end", "value", "resolution"}]

``value`` is "YYYY-MM-DD" (resolution "day"), "YYYY-MM" ("month"), "YYYY" ("year") or, for a
week, the ISO date of that week's Monday (resolution "week"); both are None when the text names a
time that cannot be pinned down (the 1990s, "recent years") or, for relative expressions
("last Tuesday", "next month"), when the article date `on` is unknown.

Rules for relative dates, as a news reader takes them:
* a bare weekday ("on Monday") is the latest such day up to the article date — unless the
  sentence looks ahead (will, shall, next, to be, due, scheduled), then the next one after it;
* "last Tuesday" is the one before the article date, "next Tuesday" the one after;
* a day and month without a year ("3 March") take the year that puts them nearest the article date.

Candidates are spaCy's DATE entities plus years and month-year phrases its tagger missed;
pure durations ("four years", "the next two weeks") are not dates and are left out.

    reference_date(doc, on[, dates]) -> (date, "article" | "stated" | "today")

The day an article speaks from, which every stage reads offices and roles at: its own date, else
the latest day it states (`stated_date`: an undated 2019 story on "Starmer" is about an MP, not the
prime minister of today), else `TODAY`. Relative dates are still resolved against the article's
own date only: a stated day is a guess at when it was written, not a date to count from.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc

from .pipeline import text_of

#: "today" for an article that gives and states no day: fixed, so that the same input codes the same
#: way on any day (raised with each release of the people and office tables)
TODAY = date(2026, 11, 27)

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:1[0-9]|2[0-1])\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)\b"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b"),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b"),
    re.compile(r"\b" + _MONTH + r"(?:\s+of)?,?\s+" + _YEAR + r"\b"),
    re.compile(r"\b" + _MONTH + r"\b"),
    re.compile(r"(?<![\d.,$€£])\b" + _YEAR + r"\b(?![\d%]|s\b|\s*(?:percent|per cent|people|troops))"),
]
_DURATION = re.compile(
    r"^(?:about\s+|nearly\s+|almost\s+|more than\s+)?(?:the\s+)?(?:(?:next|past|last|first|coming|previous|following)\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|a few|many|some|fifteen|twenty|thirty|fifty|hundred)"
    r"\s+(?:days?|weeks?|months?|years?|decades?)$"
)
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_DECADE = re.compile(r"\b(?:1[0-9]|2[0-1])\d0s\b")
_LOOKS_AHEAD = {"will", "shall", "next", "due", "scheduled", "expected", "plans", "plan", "upcoming", "'ll", "until"}
_UNITS = {"week": "week", "month": "month", "year": "year"}
_SCAN = re.compile(
    r"\b(?:(?:by|in|since|until|before|after|from|during|of)\s+(?:(?:early|mid|late)[-\s]+)?)(?P<y>(?:19|20)\d\d)\b(?![\d%])"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def find_dates(doc: Doc, on: date | None = None) -> list[dict]:
    """Dates mentioned in a parsed text, each resolved against the article date `on`."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ == "DATE":
            spans.append((ent.start_char, ent.end_char))
    text = text_of(doc)
    for m in _SCAN.finditer(text):
        a, b = (m.start("y"), m.end("y")) if m.group("y") else (m.start(), m.end())
        if not any(x < b and a < y for x, y in spans):
            spans.append((a, b))
    out = []
    for a, b in sorted(spans):
        phrase = text[a:b]
        if _DURATION.match(phrase.lower().strip()):
            continue
        value, resolution = resolve(phrase, on, ahead=_looks_ahead(doc, a))
        if value is None and not _DECADE.search(phrase) and not re.search(r"[A-Za-z]", phrase):
            continue  # a number the tagger called a date, with nothing to read
        out.append({"text": phrase, "start": a, "end": b, "value": value, "resolution": resolution})
    return out


def _looks_ahead(doc: Doc, pos: int) -> bool:
    span = doc.char_span(pos, pos, alignment_mode="expand")
    tok = doc[span.start] if span is not None and span.start < len(doc) else None
    if tok is None:
        return False
    words = {t.lower_ for t in tok.sent}
    return bool(words & _LOOKS_AHEAD) or any(t.lower_ == "to" and t.head.pos_ == "AUX" and t.head.lower_ in ("is", "are") for t in tok.sent)


def resolve(phrase: str, on: date | None, *, ahead: bool = False) -> tuple[str | None, str | None]:
    """(value, resolution) for one date phrase; (None, None) when it cannot be pinned down."""
    low = " ".join(phrase.lower().replace("-", " ").split())
    if _DECADE.search(low):
        return None, None
    try:
        rel = _relative(low, on, ahead)
    except OverflowError:  # "next Monday" in an article dated 9999-12-31
        return None, None
    if rel is not None:
        return rel
    for pat in _PATTERNS:
        m = pat.search(low)
        if not m:
            continue
        g = m.groupdict()
        try:
            if g.get("m2"):
                return date(int(g["year"]), int(g["m2"]), int(g["d2"])).isoformat(), "day"
            year = int(g["year"]) if g.get("year") else None
            month = MONTHS[g["month"]] if g.get("month") else None
            day = int(g["day"]) if g.get("day") else None
            if month and day:
                if year is None:
                    if on is None:
                        return None, "day"
                    year = _nearest_year(on, month, day)
                return date(year, month, day).isoformat(), "day"
            if month and year:
                return f"{year:04d}-{month:02d}", "month"
            if month:
                if g["month"] == "may" and not re.search(r"\bmay\b(?!\s+\d)", low):
                    continue
                if on is None:
                    return None, "month"
                return f"{_nearest_year(on, month, 15):04d}-{month:02d}", "month"
            if year:
                return f"{year:04d}", "year"
        except ValueError:
            return None, None  # "February 30": a date that does not exist
    return None, None


def _relative(low: str, on: date | None, ahead: bool) -> tuple[str | None, str | None] | None:
    words = low.split()
    ago = _AGO.search(low)
    if ago:
        n = int(ago.group(1)) if ago.group(1).isdigit() else _SMALL[ago.group(1)]
        unit = ago.group(2)
        if on is None:
            return None, unit
        if unit == "day":
            return (on - timedelta(days=n)).isoformat(), "day"
        return _shift(on, unit, -n), unit
    for w, delta in (("yesterday", -1), ("today", 0), ("tomorrow", 1), ("tonight", 0)):
        if w in words:
            return (None if on is None else (on + timedelta(days=delta)).isoformat()), "day"
    for name, wd in WEEKDAYS.items():
        if name in words:
            if on is None:
                return None, "day"
            k = words.index(name)
            mod = words[k - 1] if k else ""
            if mod == "last" or (mod != "next" and mod != "this" and not ahead):
                back = (on.weekday() - wd) % 7
                if mod == "last" and back == 0:
                    back = 7
                return (on - timedelta(days=back)).isoformat(), "day"
            fwd = (wd - on.weekday()) % 7 or (7 if mod == "next" else 0)
            return (on + timedelta(days=fwd)).isoformat(), "day"
    for unit in _UNITS:
        for mod, step in (("last", -1), ("past", -1), ("previous", -1), ("this", 0), ("current", 0), ("next", 1), ("coming", 1)):
            if f"{mod} {unit}" in low:
                if on is None:
                    return None, unit
                return _shift(on, unit, step), unit
    return None


def _shift(on: date, unit: str, step: int) -> str:
    if unit == "week":
        monday = on - timedelta(days=on.weekday()) + timedelta(weeks=step)
        return monday.isoformat()
    if unit == "month":
        m = on.month - 1 + step
        year = on.year + m // 12
        if not date.min.year <= year <= date.max.year:
            raise OverflowError(f"year {year} is out of range")
        return f"{year:04d}-{m % 12 + 1:02d}"
    if not date.min.year <= on.year + step <= date.max.year:
        raise OverflowError(f"year {on.year + step} is out of range")
    return f"{on.year + step:04d}"


def _nearest_year(on: date, month: int, day: int) -> int:
    best = on.year
    for y in (on.year - 1, on.year, on.year + 1):
        try:
            d = date(y, month, min(day, 28 if month == 2 else day))
        except ValueError:
            continue
        if abs((d - on).days) < abs((date(best, month, min(day, 28)) - on).days):
            best = y
    return best


def stated_date(dates: list[dict]) -> date | None:
    """The latest full date (day, month and year) among an article's `find_dates`, up to `TODAY`;
    None when it states none."""
    days = []
    for d in dates:
        if d["resolution"] == "day" and d["value"]:
            try:
                day = date.fromisoformat(d["value"])
            except ValueError:
                continue
            if day <= TODAY:
                days.append(day)
    return max(days, default=None)


def reference_date(doc: Doc, on: date | None, dates: list[dict] | None = None) -> tuple[date, str]:
    """The day an article speaks from and how it was decided: its own date `on` ("article"), else
    the latest day it states ("stated"), else `TODAY` ("today"). `dates`: its `find_dates(doc, on)`
    when the caller has them already, else they are found here."""
    if on is not None:
        return on, "article"
    stated = stated_date(find_dates(doc) if dates is None else dates)
    return (stated, "stated") if stated is not None else (TODAY, "today")
