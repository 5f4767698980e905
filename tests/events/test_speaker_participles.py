"""A participle of saying set off by a comma after a reported clause of what may or will be ("Pompeo
said Iran could face sanctions, accusing Tehran of attacking tankers") is hung by the parser on the
reported verb, but tells what the speaker did as it spoke: the speaker is its doer and it is done,
whatever the reported clause's "could", "may" or "would" (cues.yaml `speaker_participles`, roles.py
`speaker_adjunct`). A material participle ("said troops would open fire, killing dozens") stays the
reported clause's, as does one after a clause told as done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Pompeo said Iran could face new sanctions, accusing Tehran of attacking tankers in the Gulf.",
         {"Pompeo": "USAGOV", "Iran": "IRN", "Tehran": "IRN"}, ("USAGOV", "IRN", "112", "asserted")),
        ("Putin said talks with Ukraine may resume, accusing Kiev of sabotage.",
         {"Putin": "RUSGOV", "Ukraine": "UKR", "Kiev": "UKR"}, ("RUSGOV", "UKR", "112", "asserted")),
        ("Merkel said Germany could send more aid, praising Greece for its reforms.",
         {"Merkel": "DEUGOV", "Germany": "DEU", "Greece": "GRC"}, ("DEUGOV", "GRC", "051", "asserted")),
        ("Wang said China would retaliate, accusing the United States of bullying.",
         {"Wang": "CHNGOV", "China": "CHN", "the United States": "USA"}, ("CHNGOV", "USA", "112", "asserted")),
        # the speaker set in between
        ("Iran could face new sanctions, Pompeo said, accusing Tehran of attacking tankers.",
         {"Pompeo": "USAGOV", "Iran": "IRN", "Tehran": "IRN"}, ("USAGOV", "IRN", "112", "asserted")),
        ("Zelensky said Russia is shelling Kharkiv, accusing Moscow of war crimes.",
         {"Zelensky": "UKRGOV", "Russia": "RUS", "Kharkiv": "UKR", "Moscow": "RUS"}, ("UKRGOV", "RUS", "112", "asserted")),
    ],
)
def test_a_participle_of_saying_after_a_reported_clause_is_the_speakers_and_done(code, text, phrases, expected):
    got = code(text, phrases)
    assert expected in got, got


@pytest.mark.parametrize(
    "text, phrases, unexpected",
    [
        # the reported subject does not accuse
        ("Pompeo said Iran could face new sanctions, accusing Tehran of attacking tankers in the Gulf.",
         {"Pompeo": "USAGOV", "Iran": "IRN", "Tehran": "IRN"}, "IRN"),
        ("Wang said China would retaliate, accusing the United States of bullying.",
         {"Wang": "CHNGOV", "China": "CHN", "the United States": "USA"}, "CHN"),
    ],
)
def test_the_reported_subject_does_not_take_the_participle(code, text, phrases, unexpected):
    got = code(text, phrases)
    assert not [e for e in got if e[0] == unexpected and e[2][:2] == "11"], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        # a material participle keeps the reported clause's doer and modality
        ("Witnesses said soldiers would storm the village, killing dozens of Rohingya.",
         {"Witnesses": "MMRCVL", "soldiers": "MMRMIL", "Rohingya": "MMRCVL"}, "MMRMIL"),
        # a verb that may be either stays the reported clause's
        ("The ministry said Ankara could launch an offensive in Syria, threatening Kurdish fighters.",
         {"The ministry": "SYRGOV", "Ankara": "TUR", "Syria": "SYR", "Kurdish fighters": "SYRREB"}, "TUR"),
    ],
)
def test_a_material_participle_stays_the_reported_clauses(code, text, phrases, expected):
    got = code(text, phrases)
    assert all(e[3] != "asserted" for e in got if e[0] == expected), got
    assert not [e for e in got if e[0] in ("MMRCVL", "SYRGOV") and e[3] == "asserted"], got
