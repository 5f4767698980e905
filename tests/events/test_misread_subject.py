"""A name the parser hangs on a finite verb as a compound, as if the verb were a plural noun
("If Israel attacks, Iran said ..."), is the verb's subject (events/roles.py `misread_subject`):
never the target of an act the speaker is made to do."""

from __future__ import annotations


def test_a_conditional_attack_is_not_the_speakers(story):
    got = story("TEHRAN (Reuters) - If Israel attacks, Iran said it would respond with force.")
    assert not any(e[0] == "IRN" and e[1] == "ISR" and e[2][:2] == "19" for e in got), got


def test_the_compound_name_is_the_subject(nlp):
    from detente.events.roles import subject_token

    doc = nlp("TEHRAN (Reuters) - If Israel attacks, Iran said it would respond with force.")
    verb = next(t for t in doc if t.lower_ == "attacks")
    assert subject_token(verb)[0].text == "Israel"


def test_a_noun_compound_is_left_alone(nlp):
    from detente.events.roles import misread_subject

    doc = nlp("Israel said the rocket attacks on Sderot had stopped.")
    assert all(misread_subject(t) is None for t in doc)
