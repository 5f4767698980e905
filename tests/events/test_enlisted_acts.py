"""After a verb of enlisting (cues.yaml enlisting_verbs) a "to"-infinitive the parser reads as a
purpose is the enlisted one's act: "Washington enlisted Egypt to mediate between Israel and Hamas"
(Egypt mediates); other purposes stay the subject's ("Russia sent troops to attack Ukraine")."""

from __future__ import annotations


def test_enlisted_one_does_it(story):
    got = story("Washington enlisted Egypt to mediate between Israel and Hamas.")
    assert any(e[0] == "EGY" and e[2] == "045" for e in got)
    assert not any(e[0].startswith("USA") and e[2] == "045" for e in got)


def test_purpose_stays_the_subjects(story):
    assert any(e[:3] == ("RUS", "UKR", "190") for e in story("Russia sent troops to attack Ukraine."))
