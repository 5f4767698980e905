"""A country's national security council is its government, not the U.N. Security Council whose
short name it contains: South Korea's, Japan's, the White House's, Iran's Supreme National
Security Council (agents.tsv)."""

import pytest


@pytest.mark.parametrize("text, name, code", [
    ("South Korea's National Security Council convened an emergency meeting on Thursday.",
     "South Korea's National Security Council", "KORGOV"),
    ("Japan's National Security Council met on Friday and condemned the launch.",
     "Japan's National Security Council", "JPNGOV"),
    ("SEOUL (Reuters) - The presidential National Security Council urged restraint.",
     "National Security Council", "KORGOV"),
    ("TEHRAN (Reuters) - Iran's Supreme National Security Council rejected the proposal.",
     "Iran's Supreme National Security Council", "IRNGOV"),
])
def test_a_national_security_council_is_its_countrys_government(mention_codes, text, name, code):
    assert mention_codes(text)[name] == code


def test_the_security_council_alone_is_still_the_un(mention_codes):
    got = mention_codes("NEW YORK (Reuters) - The Security Council condemned the attack on Monday.")
    assert got["The Security Council"] == "IGOUNO"
