"""An act noun whose doer a relative clause tells, with a verb whose object is the act itself
(cues.yaml `doing_verbs`: "the strikes that Israel carried out", "the airstrikes Trump ordered
against Syria", "the criticism Tokyo voiced"), is that subject's act, aimed at whom the noun or
the clause names, in the clause's own modality; as a passive participle's "by" agent is ("the
sanctions imposed by the United States"). The subject of any other verb is no doer ("the strikes
Britain condemned", "the sanctions Russia faces", "the attack Hamas denied carrying out")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The airstrikes Trump ordered against Syria destroyed a chemical weapons site.", ("USAGOV", "SYR", "195")),
    ("The attacks, which Ukraine launched against Russian airbases with drones, destroyed several bombers.",
     ("UKR", "RUS", "190")),
    ("The accusations that China made against Australia were baseless, Canberra said.", ("CHN", "AUS", "112")),
    ("The tariffs China announced on American soybeans took effect on Friday.", ("CHN", "USA", "163")),
    ("The visit Xi made to Moscow in March cemented ties with Russia.", ("CHNGOV", "RUS", "042")),
    ("The war Russia waged against Ukraine has killed thousands.", ("RUS", "UKR", "190")),
    ("The demands that Washington made to Beijing were ignored.", ("USAGOV", "CHN", "100")),
    ("Seoul dismissed the criticism Tokyo voiced over the ruling.", ("JPNGOV", "KORGOV", "111")),
])
def test_the_subject_of_a_doing_clause_did_the_act(story, text, expected):
    assert (*expected, "asserted") in story(text)


@pytest.mark.parametrize("text, expected", [
    ("The aid Washington will send to Ukraine includes artillery shells.", ("USAGOV", "UKR", "future")),
    ("The talks Iran might hold with the US are unlikely to succeed.", ("IRN", "USA", "hypothetical")),
])
def test_the_clause_tells_whether_it_was_done(story, text, expected):
    got = story(text)
    assert any((e[0], e[1], e[3]) == expected for e in got)
    assert not any(e[3] == "asserted" and (e[0], e[1]) == expected[:2] for e in got)


@pytest.mark.parametrize("text, doer, root", [
    ("The strikes that Britain condemned against Syria killed dozens.", "GBR", "19"),
    ("The sanctions that Russia faces from the EU have hurt its economy.", "RUS", "16"),
    ("The attack on Israel that Hamas denied carrying out killed 12 people.", "PSE", "19"),
    ("The accusations which made headlines in Beijing were false.", "CHN", "11"),
])
def test_the_subject_of_another_verb_is_no_doer(story, text, doer, root):
    assert not any(e[0] and e[0].startswith(doer) and e[2][:2] == root for e in story(text))


@pytest.mark.parametrize("text, pair, code", [
    ("The aid that Japan offered to Ukraine arrived on Monday.", ("JPN", "UKR"), "070"),
    ("The talks that Iran offered to the United States never took place.", ("IRN", "USA"), "046"),
    ("The aid Japan announced for Ukraine includes generators.", ("JPN", "UKR"), "070"),
    ("The aid offered by Japan to Ukraine was rejected.", ("JPN", "UKR"), "070"),
])
def test_an_act_offered_is_an_offer_not_done(story, text, pair, code):
    # "offered talks", "announced aid" are offers (03), as the verb's own object would be
    assert not any(e[:3] == (*pair, code) and e[3] == "asserted" for e in story(text))
