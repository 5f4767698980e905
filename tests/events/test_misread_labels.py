"""A label the parser read as a passive verb: a participle used as an adjective ("the move was
misguided", "the report was biased") or a noun that is also a verb ("“It is blackmail”")."""

from __future__ import annotations


def test_a_participle_label_judges_the_subjects_owner(story):
    assert ("DEU", "USA", "111", "asserted") in story("BERLIN (Reuters) - Germany said Washington's move was misguided.")
    assert ("ISR", "IGOUNO", "111", "asserted") in story("JERUSALEM (Reuters) - Israel said the U.N. report was biased.")
    assert ("ISR", "IGOUNO", "111", "asserted") in story("JERUSALEM (Reuters) - Israel called the U.N. report biased.")


def test_a_noun_label_read_as_a_verb_said_of_an_act(story):
    events = story("KYIV (Reuters) - “This is blackmail,” Zelensky said of Russia's demands.")
    assert any(e[:2] == ("UKRGOV", "RUS") and e[2].startswith("11") for e in events)


def test_a_true_passive_names_no_label(story):
    for text in ("KYIV (Reuters) - Zelensky said Ukraine's president was bullied.",
                 "KYIV (Reuters) - Zelensky said Ukraine had been bullied and insulted.",
                 "BERLIN (Reuters) - Germany said Washington's move was misguided by bad advice."):
        assert not any(e[2].startswith("11") for e in story(text)), text
