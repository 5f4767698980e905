"""The bare victims of a state's strike in another state's land are that land's people, not the
dateline's (places.py `Places.abroad`)."""

from __future__ import annotations

from detente.actors import resolve_actors


def codes(nlp, dictionary, text):
    return {m.text: m.code for m in resolve_actors(nlp(text), dictionary=dictionary).mentions}


def test_victims_of_a_strike_abroad(nlp, dictionary):
    assert codes(nlp, dictionary, "ISLAMABAD (Reuters) - Pakistan carried out air strikes inside Afghanistan, "
                                  "killing at least 15 people.")["people"] == "AFGCVL"
    assert codes(nlp, dictionary, "TEHRAN (Reuters) - Iran fired missiles at targets in Iraq, killing four people.")["people"] == "IRQCVL"


def test_victims_at_home(nlp, dictionary):
    # no state strikes abroad: the sentence's or the dateline's own people
    assert codes(nlp, dictionary, "DAMASCUS (Reuters) - Syrian government forces carried out air strikes in Idlib, "
                                  "killing 9 civilians.")["civilians"] == "SYRCVL"


def test_victims_of_a_strike_on_a_town(nlp, dictionary):
    """A town placed in the context's country (towns.py) gives that country to the civilians the
    strike on it kills, not the strikers' (setting.py `_town_victims`)."""
    assert codes(nlp, dictionary, "KYIV (Reuters) - Russian forces shelled the village of Velyka Pysarivka, "
                                  "killing two civilians.")["civilians"] == "UKRCVL"
    assert codes(nlp, dictionary, "KYIV (Reuters) - Russia carried out strikes on the town of Shostka, "
                                  "killing two people.")["people"] == "UKRCVL"
    # a group of the town's own country: its people stay theirs
    assert codes(nlp, dictionary, "GOMA (Reuters) - The M23 rebels attacked the town of Walikale, "
                                  "killing 5 civilians.")["civilians"] == "CODCVL"
