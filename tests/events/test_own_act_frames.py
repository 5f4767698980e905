"""An act noun after a verb through which its subject does it ("retaliated with", "responded
with", "hit back with", "took part in", "engaged in", "pressed ahead with") is the subject's act,
as an object would be (cues.yaml `own_act_frames`); other prepositions after those verbs name
what was responded to, and other verbs' phrases ("reacted with alarm to the attack") name no
one's act. The act keeps the modality of the verb it hangs from."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Israel responded with airstrikes on Hamas positions in Gaza.", ("ISR", "PSEREBHMS", "195")),
    ("Russia answered with a missile attack on Kyiv.", ("RUS", "UKR", "190")),
    ("China reacted with criticism of the British government.", ("CHN", "GBRGOV", "111")),
    ("Moscow countered with the expulsion of 23 British diplomats.", ("RUSGOV", "GBRGOV", "161")),
    ("Turkey pressed ahead with its offensive against Kurdish fighters in Syria.", ("TUR", "SYRREB", "190")),
    ("Saudi Arabia continued with airstrikes on Houthi targets in Yemen.", ("SAU", "YEMREBHTH", "195")),
    ("Pakistan took part in talks with the Taliban in Doha.", ("PAK", "AFGREBTAL", "046")),
    ("Britain participated in the strikes on Syria.", ("GBR", "SYR", "195")),
])
def test_an_act_done_through_a_frame_is_the_subjects(story, text, expected):
    assert (*expected, "asserted") in story(text)


@pytest.mark.parametrize("text, expected", [
    ("China will not engage in talks with Taiwan's government.", ("CHN", "TWNGOV", "046", "negated")),
    ("Germany said it would not go ahead with the visit to China.", ("DEU", "CHN", "042", "negated")),
    ("If Japan takes part in the strikes on North Korea, China will respond.", ("JPN", "PRK", "195", "hypothetical")),
])
def test_the_frame_verbs_modality_is_the_acts(story, text, expected):
    got = story(text)
    assert expected in got
    assert not any(e[3] == "asserted" and e[:3] == expected[:3] for e in got)


@pytest.mark.parametrize("text", [
    "Investors reacted with alarm to the attack on Saudi oil facilities.",
    "Tehran has vowed to respond with force to any attack on its territory.",
    "Did Russia take part in the attack on the convoy?",
])
def test_what_is_responded_to_is_no_act_of_the_subject(story, text):
    assert not any(e[3] == "asserted" and e[2][:2] in ("18", "19") for e in story(text))


def test_a_coded_frame_verb_absorbs_its_act_as_its_object(story):
    # "retaliated" codes the force itself: the strikes are not a second event beside it
    got = [e for e in story("Iran retaliated with missile strikes on US bases in Iraq.") if e[3] == "asserted"]
    assert [e[2][:2] for e in got if e[0] == "IRN"] == ["19"]


@pytest.mark.parametrize("text", [
    "China hinted at sanctions on American firms.",
    "Paris insisted on sanctions against Iran.",
    "Germany is grappling with the sanctions on Russia.",
    "Officials talked about aid to Ukraine.",
    "The company pressed ahead with its plans despite the sanctions on Russia.",
])
def test_a_light_noun_after_another_preposition_is_no_act_of_the_subject(story, text):
    # a "light" noun after any other preposition is talked about, asked for or undergone: not done
    assert not any(e[2][:2] in ("07", "16") and e[3] == "asserted" for e in story(text))


@pytest.mark.parametrize("text, expected", [
    ("Russia responded with a wave of missile strikes on Kyiv.", ("RUS", "UKR", "195")),
    ("Japan followed up with sanctions on North Korean banks.", ("JPN", "PRK", "163")),
    ("Russia responded with sanctions against Ukrainian officials.", ("RUS", "UKRGOV", "163")),
])
def test_a_frame_reaches_its_act_through_a_measure_noun(story, text, expected):
    assert (*expected, "asserted") in story(text)


@pytest.mark.parametrize("text, expected", [
    ("Beijing responded to Washington with sanctions.", ("CHNGOV", "USA", "163")),
    ("China answered the United States with tariffs.", ("CHN", "USA", "163")),
])
def test_a_bare_act_through_a_frame_is_aimed_at_whom_the_verb_names(story, text, expected):
    assert (*expected, "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "Russia responded to the expulsions with sanctions.",
    "Iran responded to the killing of its general with missile strikes.",
])
def test_a_bare_act_through_a_frame_with_no_one_named_codes_nothing(story, text):
    assert not any(e[3] == "asserted" and e[2][:2] in ("16", "19") for e in story(text))


def test_a_joint_act_one_is_in_is_ones_own(story):
    assert ("RUSGOV", "TURGOV", "046", "asserted") in story("Foreign Minister Sergei Lavrov is in talks with his Turkish counterpart.")
    assert ("USA", "AFGREBTAL", "046", "asserted") in story("The United States remains in negotiations with the Taliban.")


def test_being_in_custody_is_no_act_of_ones_own(story):
    got = story("Opposition leader Alexei Navalny is in custody in Moscow.")
    assert not any(s and s.startswith("RUSOPP") for s, t, c, m in got), got
