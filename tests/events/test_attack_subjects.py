"""A killing whose subject is an attack names the attack's doer as its own, when the attack's
phrase or the clause hung on it tells who made it: "an attack by the Taliban killed 12 soldiers",
"the airstrikes that Israel carried out killed 12 fighters" (events/arguments.py `attack_doers`),
as "killed in an attack by the Taliban" does; never the agent of a verb of reacting ("the attack
condemned by the UN")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("An attack by the Taliban killed 12 Afghan soldiers in Kunduz.", ("AFGREBTAL", "AFGMIL")),
    ("A suicide bombing by Islamic State killed 30 people in Kabul.", ("IMGMOSISI", "AFGCVL")),
    ("The airstrikes that Israel carried out killed 12 Hezbollah fighters in southern Lebanon.", ("ISR", "LBNREBHEZ")),
    ("The airstrikes Israel launched on Tuesday killed 12 Hezbollah fighters in southern Lebanon.", ("ISR", "LBNREBHEZ")),
])
def test_a_killing_by_an_attack_is_its_makers(story, text, expected):
    got = [e for e in story(text) if e[3] == "asserted" and e[2][:2] in ("18", "19")]
    assert any(e[:2] == expected for e in got), got
    assert not any(e[0] and e[0].endswith("UAF") for e in got)


def test_an_attack_condemned_is_not_the_condemners(story):
    got = story("The attack condemned by the UN killed 20 Syrian civilians.")
    assert not any(e[0] and e[0].startswith("IGOUNO") and e[2][:2] in ("18", "19") for e in got)
