"""A protest made by a state to another country is a diplomatic protest, an official complaint
(114), not a demonstration (14): cues.yaml `state_complaint`, events/senses.py `_state_to_state`."""

from __future__ import annotations


def test_a_state_protesting_another_countrys_act_complains_officially(story):
    assert ("IDNGOV", "CHN", "114", "asserted") in story(
        "Jakarta protested the presence of Chinese vessels in its waters.")
    assert ("IRN", "GBR", "114", "asserted") in story("Iran protested the seizure of its tanker by Britain.")
    assert ("CHNGOV", "JPN", "114", "asserted") in story("Beijing issued a formal protest to Tokyo over the visit.")


def test_a_countrys_people_protesting_still_demonstrate(story):
    for text in ("Thousands of Iranians protested against the United States in Tehran.",
                 "Ukrainians protested outside the Russian embassy.",
                 "Chile protested against inequality for a third week.",
                 "Pakistan protested outside the Indian High Commission.",
                 "Iraqi protesters protested against Iran's influence."):
        assert not any(e[2] == "114" for e in story(text)), text
        assert any(e[2] == "140" for e in story(text)), text
