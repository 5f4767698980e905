""""Took (strong) exception to X" is criticism of whom X names (111), as "took issue with" is, also
where the parser hangs the preposition on the object the row names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The Indian government took strong exception to remarks by Malaysian Prime Minister Mahathir Mohamad.",
     ("INDGOV", "MYSGOV")),
    ("India took exception to Malaysia's comments on Kashmir.", ("IND", "MYS")),
])
def test_took_exception_is_criticism(story, text, want):
    assert (*want, "111", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "The judge took exception to the lawyer's tone.",
    "The new rules take effect with exceptions for small firms in Germany.",
])
def test_exceptions_elsewhere_are_no_criticism(story, text):
    assert not any(e[2].startswith("11") for e in story(text)), text
