"""An act about another act ("condemned", "praised") whose object names any act done to someone
by someone ("the beating of students by police") is done to the "by" phrase, its doer, never to
whom the act was done, whether or not the noun is one the patterns code."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Amnesty condemned the beating of students by police in Hong Kong.", ("NGOAMN", "HKGCOP", "111")),
    ("The EU criticised the treatment of migrants by Greek authorities.", ("IGOEUREEC", "GRCGOV", "111")),
    ("Germany welcomed the release of the journalist by Turkey.", ("DEU", "TUR", "051")),
    # a noun the patterns code keeps its doer as before
    ("The EU condemned the arrest of journalists by Turkish police.", ("IGOEUREEC", "TURCOP", "111")),
])
def test_the_by_phrase_of_an_act_named_is_the_target(story, text, expected):
    got = story(text)
    assert (*expected, "asserted") in got
    assert not any(e[1] in ("HKGEDU", "MED", "GRCCVL") for e in got)


@pytest.mark.parametrize("text, victims", [
    ("France expressed outrage at the killing of its aid workers in Gaza.", "PSE"),
    ("Britain expressed anger over the arrest of its citizens in Iran.", "IRNCVL"),
])
def test_a_feeling_about_an_act_on_someone_is_never_aimed_at_its_victims(story, text, victims):
    # the act's doer is unsaid: no target, and never the victims the phrase names
    assert not any(e[1] and e[1].startswith(victims) and e[2].startswith("11") for e in story(text))


def test_a_feeling_about_an_act_with_its_doer_is_aimed_at_the_doer(story):
    got = story("Germany voiced outrage at the detention of a German journalist by Turkish police.")
    assert ("DEU", "TURCOP", "111", "asserted") in got
