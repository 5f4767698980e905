"""Investigations and legal action in political and business news: who opens an inquiry, on whom,
and which of them are only planned, demanded or denied."""

from __future__ import annotations


def test_noun_act_of_a_pronoun_subject_in_reported_speech_is_the_speakers(code):
    # "said it had opened an investigation": the pronoun is the speaker, as for a verb
    got = code("The European Commission said on Tuesday that it had opened an investigation into Alphabet.",
               {"The European Commission": "IGOEUREEC", "Alphabet": "USABUS"})
    assert got == [("IGOEUREEC", "USABUS", "090", "asserted")]
    got = code("Romanian prosecutors said they had launched a probe into the health minister.",
               {"Romanian prosecutors": "ROUJUD", "the health minister": "ROUGOV"})
    assert got == [("ROUJUD", "ROUGOV", "090", "asserted")]


def test_noun_act_of_a_pronoun_subject_keeps_its_modality(code):
    got = code("The regulator said it would open an inquiry into Vantor Bank.", {"The regulator": "GBRGOV", "Vantor Bank": "GBRBUS"})
    assert not any(e[3] == "asserted" for e in got)
    got = code("The ministry denied it had opened an investigation into the editor.",
               {"The ministry": "TURGOV", "the editor": "TURMED"})
    assert not any(e[3] == "asserted" for e in got)


def test_pronoun_of_a_clause_told_before_its_speaker_is_not_the_speaker(code):
    # "They opened an inquiry into X, a rights group said": "they" is not the rights group
    got = code("They opened an inquiry into the mayor, a rights group said.",
               {"the mayor": "KENGOV", "a rights group": "KENNGO"})
    assert not any(e[0] == "KENNGO" for e in got)
