"""HTML pages: trafilatura finds the article; we serialise its tree to plain paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lxml import etree
from trafilatura import bare_extraction
from trafilatura.settings import set_date_params

from ..errors import EmptyDocument
from .dates import parse_date
from .lang import declared_language
from .rules import chrome_rules
from .text import title_key

_DOCUMENT = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlResult:
    text: str
    title: str | None
    date: date | None
    author: str | None
    site: str | None
    language: str | None


def extract_html(html: str, *, url: str | None = None) -> HtmlResult:
    """Main text and metadata of an HTML page (trafilatura, precision first, no comments/tables)."""
    if not _DOCUMENT.search(html[:5000]):
        # A fragment (feed <content>, a JSON "html" field): give trafilatura a page to parse.
        html = f"<html><body><article>{html}</article></body></html>"
    try:
        doc = bare_extraction(
            html,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,  # lists keep their <item>s either way; no markdown markers
            with_metadata=True,
            deduplicate=False,
            # No extensive search: it turns "Copyright 2024" into 2024-01-01; no date beats a wrong one.
            date_extraction_params=set_date_params(False),
        )
    except (ValueError, TypeError, LookupError, etree.LxmlError) as exc:
        # trafilatura gives up on some malformed trees; that page has no readable article for us.
        raise EmptyDocument(f"no article text found: the HTML could not be parsed ({type(exc).__name__})") from exc
    if doc is None or doc.body is None:
        return HtmlResult("", None, None, None, None, declared_language(html))
    title = _clean(doc.title) or None
    paragraphs = _paragraphs(doc.body)
    # The headline is metadata (Article.title); the body should not open with it again.
    if title and paragraphs and title_key(paragraphs[0]) == title_key(title):
        paragraphs = paragraphs[1:]
    # The same whole-line chrome rules as for plain text ("Share this:", "Advertisement").
    rules = chrome_rules()
    paragraphs = [p for p in paragraphs if not rules.is_drop(p)]
    return HtmlResult(
        text="\n\n".join(paragraphs),
        title=title,
        date=parse_date(doc.date),
        author=_clean(doc.author) or None,
        site=_clean(doc.sitename) or _clean(doc.hostname) or None,
        language=(doc.language or "").split("-")[0].lower() or declared_language(html),
    )


def _clean(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _inline(element: etree._Element) -> str:
    """The text of a block: inline markup flattened, <lb/> kept as a line break."""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if child.tag == "lb":
                parts.append("\n")
            elif child.tag == "list":
                pass  # nested lists are serialised as their own lines by _list
            else:
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _list(element: etree._Element, depth: int = 0) -> list[str]:
    ordered = element.get("rend", "").lower() == "ol"
    lines: list[str] = []
    number = 0
    for item in element:
        if item.tag != "item":
            continue
        number += 1
        text = _inline(item).replace("\n", " ")
        if text:
            marker = f"{number}." if ordered else "-"
            lines.append(f"{'  ' * depth}{marker} {text}")
        for sub in item.iter("list"):
            if sub.getparent() is item:
                lines.extend(_list(sub, depth + 1))
    return lines


def _paragraphs(body: etree._Element) -> list[str]:
    paragraphs: list[str] = []

    def add(text: str | None) -> None:
        block = "\n".join(" ".join(line.split()) for line in (text or "").split("\n") if line.strip())
        if block:
            paragraphs.append(block)

    add(body.text)
    for element in body:
        if element.tag == "list":
            add("\n".join(_list(element)))
        elif element.tag not in ("table", "graphic", "fw", "note"):
            add(_inline(element))
        # trafilatura leaves loose text between blocks as the tail of the block before it
        add(element.tail)
    return paragraphs


_WORDS = re.compile(r"\w+")


def word_count(text: str) -> int:
    return len(_WORDS.findall(text))
