"""An -ing participle set before a person's title and name ("visiting French President Macron") is
the person's attribute, even where the parser hangs it as the complement of the verb before it:
"Xi told visiting French President Macron that ..." is no visit of Xi's to Macron."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Chinese President Xi Jinping told visiting French President Emmanuel Macron that the two countries should deepen cooperation.",
        "Xi told visiting U.S. Secretary of State Antony Blinken that China wants stable ties.",
        "BEIJING (Reuters) - Xi told visiting German Chancellor Olaf Scholz that China opposes sanctions.",
    ],
)
def test_the_host_is_no_visitor(story, text):
    assert [e for e in story(text) if e[2].startswith("042") and e[0] == "CHNGOV"] == []


def test_a_gerund_complement_with_no_person_still_visits(story):
    got = story("Saudi Crown Prince Mohammed bin Salman began visiting European capitals in June.")
    assert [e for e in got if e[2] == "042" and e[0] == "SAUGOV"], got


def test_the_host_still_acts_on_the_visitor(story):
    got = story("Chinese President Xi Jinping welcomed visiting French President Emmanuel Macron on Monday.")
    assert ("CHNGOV", "FRAGOV", "051", "asserted") in got
