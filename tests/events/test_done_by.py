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
