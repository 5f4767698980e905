"""A coup, a takeover or a putsch condemned after it was told is aimed at whoever was told doing it
(cues.yaml `anaphoric_nouns`): "Soldiers detained President Bazoum ... The UN condemned the coup"."""

from __future__ import annotations


def test_a_coup_or_takeover_condemned_is_aimed_at_the_putschists(story):
    assert ("IGOUNO", "NERMIL", "111", "asserted") in story(
        "NIAMEY (AFP) - Soldiers detained President Mohamed Bazoum on Wednesday.\n\nThe United Nations condemned the coup.")
    assert ("IGOAFRAFU", "GNBMIL", "111", "asserted") in story(
        "BISSAU (AFP) - Army officers said they had seized power and detained the president.\n\n"
        "The African Union condemned the takeover.")


def test_a_coup_with_nothing_told_before_has_no_target(story):
    assert not any(e[2].startswith("11") for e in story("The African Union condemned the coup attempt."))
