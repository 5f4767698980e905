"""A verb of blaming (cues.yaml blaming_verbs) lays an act on whom its "on" phrase names, wherever
the parser hangs it: "Iran blamed the attack on Israel" accuses Israel (112), never the attack's
victims; a lone "on" phrase naming a thing of someone's ("the attack on the Saudi embassy") may
name the victim and gives no target."""

from __future__ import annotations


def test_blamed_on_accuses_the_on_phrase(story):
    assert ("IRN", "ISR", "112", "asserted") in story("Iran blamed the attack on Israel.")
    assert ("LBNREBHEZ", "USA", "112", "asserted") in story("Hezbollah blamed the assassination on the United States.")
    assert any(e[:3] == ("RUS", "UKRMIL", "112") for e in story(
        "Russia pinned the downing of the plane on Ukrainian forces."))


def test_second_on_phrase_is_the_one_blamed(story):
    got = story("Kabul blamed the attack on the US base on the Taliban.")
    assert any(e[1] == "AFGREBTAL" and e[2] == "112" for e in got)
    assert not any(e[1].startswith("USA") for e in got)


def test_victims_thing_and_other_pins_are_no_target(story):
    assert not any(e[1].startswith("SAU") for e in story("Iran blamed the attack on the Saudi embassy."))
    assert not any(e[2].startswith("11") for e in story("The president pinned a medal on the French soldier."))
    assert ("USA", "IRN", "112", "asserted") in story("The US blamed Iran for the attack on Israel.")
