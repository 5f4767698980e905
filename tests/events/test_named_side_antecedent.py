"""A reaction to an act its object names with its doer's side ("condemned the Palestinian attack")
is aimed at an earlier act's doers of that side only: another country's actors, told near another
act the noun could name, are no target (events/coder.py `_of_named_side`)."""

from __future__ import annotations


def test_named_side_rules_out_another_countrys_doers(story):
    events = story("Palestinian gunmen killed ten Israelis in an ambush on a bus in the West Bank. "
                   "Israeli warplanes launched strikes on Gaza City hours after the attack. "
                   "The Palestinian Authority condemned the Palestinian attack on the bus.")
    assert not any(e[2][:2] == "11" and e[1][:3] == "ISR" for e in events), events


def test_named_side_keeps_its_own_doers(story):
    events = story("Palestinian militants killed ten Israelis in an attack on a bus in the West Bank. "
                   "The Palestinian Authority condemned the Palestinian attack.")
    assert any(e[2] == "111" and e[1] == "PSEREB" for e in events), events
