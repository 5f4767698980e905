"""Plain-text cleanup: title, chrome rules, lists, metadata lines, paragraphs."""

from __future__ import annotations

from datetime import date

import pytest

from detente.errors import DictionaryError, EmptyDocument
from detente.extract import extract
from detente.extract import rules as rules_module
from detente.extract.text import clean_text
from detente.model import RawDocument

BODY = (
    "Diplomats from Egypt and Qatar met negotiators in Cairo on Sunday to push for a ceasefire, "
    "according to two officials briefed on the talks."
)


def page(*lines: str) -> str:
    return "\n".join(lines)


def test_title_first_line_and_repeats_removed():
    out = clean_text(page("Cairo talks resume", "", "Cairo talks resume", "", BODY, "", "CAIRO TALKS RESUME"))
    assert out.title == "Cairo talks resume"
    assert out.text == BODY


def test_first_line_that_is_prose_is_not_a_title():
    out = clean_text(page(BODY, "", BODY.replace("Sunday", "Monday")))
    assert out.title is None and out.text.startswith("Diplomats")


def test_given_title_is_used_and_removed():
    out = clean_text(page("Headline From Feed", BODY), title="Headline From Feed")
    assert out.title == "Headline From Feed" and out.text == BODY


def test_trailing_chrome_cut_and_form_notices_dropped():
    text = page(
        "Title here",
        "",
        BODY,
        "",
        BODY,
        "",
        "Share this:",
        "Facebook",
        "Twitter",
        "",
        "Related Posts",
        "",
        "Some other headline about the region",
        "Another headline",
        "",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Save my name, email, and website in this browser for the next time I comment.",
    )
    out = clean_text(text)
    assert out.text == f"{BODY}\n\n{BODY}"


def test_cut_word_in_first_half_before_prose_is_kept():
    text = page("Title here", "", BODY, "", "Related Posts", "", BODY + " " + BODY, "", BODY)
    out = clean_text(text)
    assert out.text.count("Diplomats") == 4 and "Related Posts" in out.text


def test_chrome_phrase_inside_a_sentence_is_kept():
    line = "The ministry said people should share this information with their embassy, officials added."
    out = clean_text(page("Title here", "", BODY, "", line))
    assert line in out.text


def test_lists_kept_one_item_per_line():
    text = page(
        "Title here",
        "",
        BODY,
        "",
        "  • First point: trade",
        "  • Second point: security",
        "- dash item",
        "* star item",
        "  1. Numbered one",
        "  2. Numbered two",
    )
    out = clean_text(text)
    assert out.text.split("\n\n")[1].split("\n") == [
        "• First point: trade",
        "• Second point: security",
        "- dash item",
        "* star item",
        "1. Numbered one",
        "2. Numbered two",
    ]


def test_whitespace_normalised_lightly():
    out = clean_text("Title here\r\n\r\n\r\n\r\nDiplomats\u00a0from   Egypt\tmet.\u200b  \r\n\n\n\nSecond paragraph here.")
    assert out.text == "Diplomats from Egypt met.\n\nSecond paragraph here."


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Published: March 3, 2025", date(2025, 3, 3)),
        ("Posted on 2024-11-05 10:12", date(2024, 11, 5)),
        ("Updated 3 Feb. 2023", date(2023, 2, 3)),
        ("Tuesday, 4 June 2024", date(2024, 6, 4)),
    ],
)
def test_date_line_under_title(line, expected):
    out = clean_text(page("Title here", line, "By Maria Lopez", "", BODY))
    assert out.date == expected and out.author == "Maria Lopez"
    assert out.text == BODY


def test_dateline_in_body_kept():
    body = "WASHINGTON, March 3, 2025 (Reuters) - " + BODY
    out = clean_text(page("Title here", "", body))
    assert out.date == date(2025, 3, 3) and out.text == body


def test_no_date():
    assert clean_text(page("Title here", "", BODY)).date is None


def test_short_text_is_empty_document():
    with pytest.raises(EmptyDocument, match="no article text found"):
        extract(RawDocument(source="s.txt", data=b"Title\n\nShare this:\nLeave a Reply\nToo short.", kind="text"))


def test_rules_file_validation(tmp_path, monkeypatch):
    (tmp_path / "boilerplate.txt").write_text("# comment\ndrop: fine\nkeep: what\n")
    monkeypatch.setattr(rules_module, "_DATA", tmp_path)
    rules_module.chrome_rules.cache_clear()
    try:
        with pytest.raises(DictionaryError, match="line 3") as info:
            rules_module.chrome_rules()
        assert "boilerplate.txt" in str(info.value)
        (tmp_path / "boilerplate.txt").write_text("cut: (unclosed\n")
        rules_module.chrome_rules.cache_clear()
        with pytest.raises(DictionaryError, match="bad regex"):
            rules_module.chrome_rules()
    finally:
        rules_module.chrome_rules.cache_clear()
