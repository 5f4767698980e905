"""HTML extraction on our fixture and example pages: text, lists, metadata, empty pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.errors import EmptyDocument
from detente.extract import extract
from detente.model import RawDocument

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = ROOT / "examples"


def raw(path: Path, **kwargs) -> RawDocument:
    return RawDocument(source=str(path), data=path.read_bytes(), kind="html", **kwargs)


def test_fixture_article():
    article = extract(raw(FIXTURES / "article.html", url="https://news.example/vienna"))
    assert article.title == "Ministers meet in Vienna on nuclear talks"
    assert article.date == date(2024, 11, 5)
    assert article.author == "Ana Ruiz"
    assert article.language == "en"
    assert article.url == "https://news.example/vienna"
    assert article.id == raw(FIXTURES / "article.html", url="https://news.example/vienna").id
    assert article.text.startswith("VIENNA — Foreign ministers")
    assert article.text.endswith("issued after the meeting.")
    assert "Home | World" not in article.text and "Copyright" not in article.text
    assert article.text.count("\n\n") == 2  # three paragraphs


def test_example_visit_page():
    article = extract(raw(EXAMPLES / "2025-03-12_minister-visit.html"))
    assert article.title == "Indonesian foreign minister visits Tokyo to expand maritime cooperation"
    assert (article.date, article.author, article.site) == (date(2025, 3, 12), "Clara Whitfield", "The Meridian Ledger")
    lines = article.text.split("\n")
    assert "- Joint coast guard exercises in the Natuna Sea later this year." in lines
    assert "- A new dialogue on undersea cable security and port infrastructure." in lines
    assert article.text.startswith("TOKYO — Indonesia's foreign minister Sugiono")
    assert article.text.endswith("officials from both governments said.")
    for chrome in ("Related stories", "Philippines and Japan", "All rights reserved", "Opinion"):
        assert chrome not in article.text


def test_example_sanctions_page():
    article = extract(raw(EXAMPLES / "2025-04-02_sanctions.html"))
    assert article.title == "EU adopts new sanctions on Belarus over migrant crossings"
    assert (article.date, article.author, article.language) == (date(2025, 4, 2), "Tomas Lindqvist", "en")
    lines = article.text.split("\n")
    assert "1. Asset freezes and travel bans on officials of the border and interior ministries." in lines
    assert "3. Restrictions on flights by the state carrier Belavia into EU airspace." in lines
    assert "Kaja Kallas" in article.text and "Russia's foreign ministry condemned" in article.text
    for chrome in ("cookies", "Share on Facebook", "Newsletter", "Contact"):
        assert chrome not in article.text


def test_meta_fills_gaps_but_page_wins():
    data = (FIXTURES / "article.html").read_bytes().replace(b'<meta property="article:published_time" content="2024-11-05">', b"")
    meta = {"title": "Feed title", "date": "2023-01-02"}
    article = extract(RawDocument(source="feed.xml#1", data=data, kind="html", meta=meta))
    assert article.title == "Ministers meet in Vienna on nuclear talks"
    assert article.date == date(2023, 1, 2)  # not a guess from "Copyright 2024"


def test_declared_charset_from_http_header():
    html = (FIXTURES / "article.html").read_text(encoding="utf-8").replace('<meta charset="utf-8">', "")
    html = html.replace("Vienna on Tuesday", "Wien, Österreich, on Tuesday")
    article = extract(RawDocument(source="x", data=html.encode("cp1252"), kind="html", encoding="windows-1252"))
    assert "Wien, Österreich" in article.text


def test_fragment_html():
    fragment = "<p>" + " ".join(["The envoys of Peru and Chile signed a fisheries accord in Lima on Friday."] * 3) + "</p>"
    article = extract(RawDocument(source="j#1", data=fragment.encode(), kind="html"))
    assert article.text.startswith("The envoys of Peru")


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2024</footer></body></html>",
        b"<html><head><title>Login</title></head><body><form><input name=user><input type=password></form></body></html>",
        b"<html><body><p>Too short to be an article.</p></body></html>",
        b"<html></html>",
    ],
)
def test_page_without_article(html):
    with pytest.raises(EmptyDocument, match="no article text found") as info:
        extract(RawDocument(source="page.html", data=html, kind="html"))
    assert info.value.source == "page.html"


def test_json_kind_document():
    data = b'{"text": "Title line\\n\\n' + b"Officials from Kenya and Ethiopia met in Nairobi to discuss the dam dispute, a statement said on Monday. " * 2 + b'", "date": "2024-02-03"}'
    article = extract(RawDocument(source="api", data=data, kind="json"))
    assert article.title == "Title line" and article.date == date(2024, 2, 3)
