"""An act noun that is the passive subject of a verb whose object is the act itself (cues.yaml
`doing_verbs`) is done by the passive's agent, as the active's object is by its subject:
"airstrikes were ordered by Trump", "talks were held by the US envoy". The passive subject of any
other verb is not its agent's act ("the visit was criticised by China"), and one considered,
discussed or demanded is not done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Airstrikes on Syrian military sites were ordered by Trump on Friday.", ("USAGOV", "SYRMIL", "195")),
    ("Talks with the Taliban were held by US envoy Zalmay Khalilzad in Doha.", ("USAGOV", "AFGREBTAL", "046")),
    ("A crackdown on protesters was ordered by the Iranian government.", ("IRNGOV", "IRNOPP", "175")),
])
def test_a_passive_doing_verbs_agent_did_the_act(story, text, expected):
    assert (*expected, "asserted") in story(text)


@pytest.mark.parametrize("text, doer, root", [
    ("The visit to Taiwan was criticised by China.", "CHN", "04"),
    ("The strikes on Syria were welcomed by Israel.", "ISR", "19"),
    ("New sanctions on Russia are being considered by the EU.", "IGOEUREEC", "16"),
    ("Sanctions on Iran were discussed by European ministers.", "EUR", "16"),
])
def test_the_agent_of_another_verb_did_not_do_the_act(story, text, doer, root):
    assert not any(e[0] and e[0].startswith(doer) and e[2][:2] == root and e[3] == "asserted" for e in story(text))
