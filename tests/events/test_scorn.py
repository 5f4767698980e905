"""Idioms of criticism and rejection: "heaped scorn on X", "poured cold water on X's proposal"."""

from __future__ import annotations


def test_scorn_heaped_or_poured_is_criticism_and_cold_water_a_rejection(story):
    assert ("IRNGOV", "USA", "111", "asserted") in story("Iran's supreme leader heaped scorn on the United States.")
    assert ("RUS", "FRA", "120", "asserted") in story("Russia poured cold water on the French proposal for a summit.")


def test_praise_heaped_and_literal_water_are_no_criticism(story):
    assert not any(e[2].startswith(("11", "12")) for e in story("Moscow heaped praise on Beijing."))
    assert not story("The chef poured cold water on the pan.")


def test_praise_heaped_is_praise_and_rallying_behind_someone_support_no_street_rally(story):
    assert ("RUS", "CHN", "051", "asserted") in story("Russia heaped praise on China.")
    got = story("Republican senators rallied behind President Trump.")
    assert any(c == "051" and t == "USAGOV" for s, t, c, m in got), got
    assert not any(c.startswith("14") for s, t, c, m in got), got


def test_calling_out_rapping_and_pointing_the_finger_are_criticism_and_blame(story):
    assert ("CHNGOV", "USA", "111", "asserted") in story("Beijing called out Washington for hypocrisy.")
    assert ("IGOEUREEC", "POL", "111", "asserted") in story("The EU rapped Poland over its judicial reforms.")
    assert ("USAGOV", "IRN", "112", "asserted") in story("Washington pointed the finger at Tehran for the attack on the tanker.")


def test_calling_out_troops_is_no_criticism_nor_an_appeal(story):
    got = story("Beijing called out Washington for hypocrisy.")
    assert not any(e[2].startswith("02") for e in got)
    assert not any(e[2].startswith(("11", "02")) for e in story("The governor called out the National Guard to restore order."))
