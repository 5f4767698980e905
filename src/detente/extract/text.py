"""Plain-text pages (already scraped): drop page chrome, keep the body and its lists intact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import DATE_LINE, parse_date
from .rules import chrome_rules

# Unicode spaces (NBSP, thin, ideographic ...) become plain spaces; zero-width marks go.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BYLINE = re.compile(r"(?i:by|written by|author:)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})")
_TITLE_MAX_WORDS = 30
_HEAD_LINES = 8  # metadata lines (byline, date) sit right under the title
_LONG_LINE_WORDS = 25  # a line this long is prose, not a related-post link or a form label


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    title: str | None
    date: date | None
    author: str | None


def normalize_lines(text: str) -> list[str]:
    """Lines with newlines unified, odd spaces made plain, runs of spaces collapsed, ends stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    return [re.sub(r" {2,}", " ", _SPACES.sub(" ", line)).strip() for line in text.split("\n")]


def title_key(line: str) -> str:
    """Compare titles ignoring case, spacing and trailing punctuation."""
    return " ".join(re.sub(r"[\W_]+", " ", line.casefold()).split())


def _looks_like_title(line: str, rest: list[str]) -> bool:
    words = line.split()
    key = title_key(line)
    if not key or len(words) > _TITLE_MAX_WORDS:
        return False  # no words at all ("***", "{") or a whole paragraph
    if any(title_key(other) == key for other in rest):
        return True  # scrapers repeat the headline: the surest sign
    return not line.endswith((".", ",", ";", ":")) and not re.match(r"^([-*•‣◦·]|\d+[.)])\s", line)


def clean_text(text: str, *, title: str | None = None) -> CleanText:
    """Clean a scraped plain-text page.

    The first line is the title when it looks like one (or `title` is given); every line equal to
    the title is removed, so it appears in `title` and not in the text. A byline or "Published:"
    line under it gives author and date. Chrome lines (``data/extract/boilerplate.txt``) are
    dropped and a trailing chrome block (related posts, comment form) is cut. Paragraphs come out
    separated by one blank line; lines inside a paragraph (list items) stay on their own lines.
    """
    lines = normalize_lines(text)
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None and title is None and _looks_like_title(lines[first], lines[first + 1:]):
        title = lines[first]
    if title:
        key = title_key(title)
        lines = [line for line in lines if not line or title_key(line) != key]

    found_date, author = _head_metadata(lines)
    rules = chrome_rules()
    lines = [line for line in lines if not line or not rules.is_drop(line)]
    lines = _cut_trailing_chrome(lines, rules)

    paragraphs, current = [], []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if found_date is None:
        found_date = _dateline(paragraphs[0]) if paragraphs else None
    return CleanText(text="\n\n".join(paragraphs), title=title or None, date=found_date, author=author)


def _head_metadata(lines: list[str]) -> tuple[date | None, str | None]:
    """Take a byline and a "Published: <date>" / bare-date line from the top (removing them)."""
    found_date = author = None
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if len(line.split()) > 12:
            continue
        match = DATE_LINE.fullmatch(line)
        when = parse_date(match.group("rest") if match else line)
        if found_date is None and when and (match or _only_date(line)):
            found_date, lines[i] = when, ""
            continue
        by = _BYLINE.fullmatch(line)
        if author is None and by:
            author, lines[i] = by.group("name"), ""
    return found_date, author


def _only_date(line: str) -> bool:
    """A line that is nothing but a date (and maybe a time): "March 3, 2025 10:42 AM"."""
    rest = re.sub(r"[\w]+", lambda m: "" if m.group(0).lower() in _DATE_WORDS or m.group(0).isdigit() else m.group(0), line)
    return not re.search(r"[A-Za-z]", rest)


_DATE_WORDS = {
    *"january february march april may june july august september october november december".split(),
    *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
    *"monday tuesday wednesday thursday friday saturday sunday am pm utc gmt st nd rd th".split(),
    *"mon tue wed thu fri sat sun".split(),
}


def _dateline(paragraph: str) -> date | None:
    """A news dateline opening the body: "WASHINGTON, March 3, 2025 (Reuters) -"."""
    head = paragraph[:80]
    match = re.match(r"^[A-Z][A-Za-z .'-]{1,40},\s*(?P<rest>[^—–-]{4,40})\s*(?:\([^)]*\)\s*)?[—–-]", head)
    return parse_date(match.group("rest")) if match else None


def _cut_trailing_chrome(lines: list[str], rules) -> list[str]:
    """Cut from the first `cut` line that ends the article: past the middle, or only chrome after."""
    total = sum(len(line) for line in lines) or 1
    seen = 0
    for i, line in enumerate(lines):
        if line and rules.is_cut(line):
            after = lines[i + 1:]
            if seen >= total / 2 or all(len(x.split()) < _LONG_LINE_WORDS for x in after):
                # Only once some body precedes it: a page that opens with "Comments" is not all chrome.
                if any(len(x.split()) >= 5 for x in lines[:i]):
                    return lines[:i]
        seen += len(line)
    return lines
