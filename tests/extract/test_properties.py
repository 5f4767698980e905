"""Property tests: wild bytes and text never raise anything but InputError, and lose no body line."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from detente.errors import DecodeError, InputError
from detente.extract import extract
from detente.extract.decode import decode
from detente.extract.rules import chrome_rules
from detente.extract.text import clean_text, title_key
from detente.model import Article, RawDocument

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ’'é,;", min_size=1, max_size=10)
body_line = st.lists(words, min_size=4, max_size=20).map(" ".join).map(lambda s: s + ".")
bullet_line = st.tuples(st.sampled_from(["•", "-", "*", "1.", "2.", "10."]), body_line).map(" ".join)
headline = st.lists(st.text(alphabet="abcdefghijKLMNOP", min_size=1, max_size=9), min_size=2, max_size=12).map(" ".join)
noise = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "latin-1", "shift_jis", "bogus", "utf-16"]))
def test_decode_returns_text_or_decode_error(data, declared):
    try:
        text, encoding = decode(data, declared)
    except DecodeError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert isinstance(text, str) and isinstance(encoding, str)


@SETTINGS
@given(st.one_of(st.binary(max_size=2000), noise.map(lambda s: s.encode("utf-8", "surrogatepass"))), st.sampled_from(["text", "html", "json"]))
def test_extract_raises_only_input_errors(data, kind):
    try:
        article = extract(RawDocument(source="prop", data=data, kind=kind))
    except InputError as exc:
        assert exc.source == "prop" and "\n" not in str(exc)
        return
    assert isinstance(article, Article) and article.text == article.text.strip()


@SETTINGS
@given(st.lists(st.one_of(body_line, bullet_line, st.just(""), noise), max_size=30))
def test_clean_text_invariants(lines):
    out = clean_text("\n".join(lines))
    text = out.text
    assert text == text.strip()
    assert "\r" not in text and "\n\n\n" not in text
    assert all(line == line.strip() and "  " not in line for line in text.split("\n") if line)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text)
    if out.title:
        assert title_key(out.title)
        assert all(title_key(line) != title_key(out.title) for line in text.split("\n") if line)


@SETTINGS
@given(headline, st.lists(st.one_of(body_line, bullet_line), min_size=1, max_size=25), st.data())
def test_body_lines_are_never_lost(title, body, data):
    rules = chrome_rules()
    assume(all(not rules.is_drop(line) and not rules.is_cut(line) for line in body))
    assume(all(title_key(line) != title_key(title) for line in body))
    separators = data.draw(st.lists(st.sampled_from(["\n", "\n\n", "\n \n", "\r\n"]), min_size=len(body), max_size=len(body)))
    text = title + "\n\n" + "".join(line + sep for line, sep in zip(body, separators))
    out = clean_text(text)
    assert out.title == title
    kept = out.text.split("\n")
    for line in body:
        assert line in kept
    assert [line for line in kept if line] == body


tag = st.sampled_from(["p", "div", "article", "li", "ul", "ol", "h1", "table", "td", "script", "nav", "br", "a", "b", "![CDATA[", "!--", "?xml", "meta charset='x'"])
fragment = st.one_of(
    st.tuples(tag, noise).map(lambda t: f"<{t[0]}>{t[1]}</{t[0].split()[0]}>"),
    tag.map(lambda t: f"<{t}>"),
    body_line,
    noise,
)


@SETTINGS
@given(st.lists(fragment, max_size=40), st.booleans())
def test_tag_soup_raises_only_input_errors(parts, wrap):
    html = "".join(parts)
    if wrap:
        html = f"<html><body>{html}</body></html>"
    try:
        article = extract(RawDocument(source="soup", data=html.encode("utf-8", "surrogatepass"), kind="html"))
    except InputError:
        return
    assert article.text and "<script" not in article.text
