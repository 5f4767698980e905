"""To call out names, numbers or orders is to read or shout them aloud, no criticism; "called out
Washington for hypocrisy" stays criticism (111)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Lula called out the names of the victims of the Brazilian dam collapse.",
    "The Russian officer called out orders to Ukrainian prisoners.",
])
def test_calling_out_names_or_orders_is_no_criticism(story, text):
    assert not any(e[2] == "111" for e in story(text))


def test_calling_out_a_state_is_criticism(story):
    assert ("CHNGOV", "USA", "111") in [e[:3] for e in story(
        "The Chinese foreign ministry called out the United States over its arms sales to Taiwan.")]
