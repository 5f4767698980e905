"""Coordinated passives share one "by" agent (roles.shared_agent): "were detained by soldiers
and later released" (the soldiers released them), "was caught by police and deported" (the
state of that police deports); an understood agent of one kind (a court sentences) stays."""

from __future__ import annotations

import pytest

ACTORS = {"soldiers": "PHLMIL", "journalists": "PHLMED", "police": "RUSCOP", "activist": "RUSOPP",
          "migrant": "REF", "Italian police": "ITACOP", "Chinese soldiers": "CHNMIL"}


def test_a_second_passive_takes_the_first_ones_agent(code):
    got = code("Two journalists were detained by soldiers and later released.", ACTORS)
    assert ("PHLMIL", "PHLMED", "0841", "asserted") in got, got


def test_the_first_passive_takes_the_country_of_the_agent_after_the_second(code):
    # an arrest's understood agent (police) is of the agent's state, not of those arrested
    got = code("Two journalists were detained and questioned by Chinese soldiers.", ACTORS)
    assert ("CHNCOP", "PHLMED", "173", "asserted") in got, got


def test_an_understood_agent_takes_the_country_of_the_shared_one(code):
    got = code("The migrant was caught by Italian police and deported to Tunisia.", ACTORS)
    assert ("ITAGOV", "REF", "174", "asserted") in got, got


def test_an_understood_agent_of_its_own_kind_stays(code):
    got = code("The activist was detained by police and sentenced to 15 days in jail.", ACTORS)
    assert ("RUSJUD", "RUSOPP", "173", "asserted") in got, got


@pytest.mark.parametrize("text", [
    "The activist was attacked by a mob and rescued by police.",
    "A video showing the moment the activist was rescued by police was released Monday.",
])
def test_a_verb_with_its_own_agent_or_no_conjunction_shares_none(code, text):
    got = code(text, ACTORS)
    assert not any(c == "0841" for _, _, c, _ in got), got
    assert not any(s == "RUSCOP" and c.startswith("19") for s, _, c, _ in got), got
