"""Arms captured are property seized (1711), done to whom they are taken from: "the Taliban
captured American-made weapons from the Afghan army" is the Taliban's seizure from the Afghan
army; the country a thing was made in ("American-made") is no side. People captured are arrested."""

from __future__ import annotations


def test_taken_from_is_the_target(story):
    got = story("The Taliban captured American-made weapons from the Afghan army.")
    assert ("AFGREBTAL", "AFGMIL", "1711", "asserted") in got
    assert not any(e[1] and e[1].startswith("USA") for e in got)


def test_people_captured_are_arrested(story):
    assert any(e[2] == "173" for e in story("The army captured two rebel commanders."))
