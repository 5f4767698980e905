"""A relative clause set off by a comma adds what its noun does, whatever its tense: "Israel,
which accuses Iran of seeking nuclear weapons, ..." is Israel's accusation (112), as "which has
accused" is; what its noun is ("Hamas, which rules Gaza") stays no event."""

from __future__ import annotations


def test_set_off_clause_is_its_nouns_act(story):
    assert ("ISR", "IRN", "112", "asserted") in story(
        "Israel, which accuses Iran of seeking nuclear weapons, struck targets in Syria.")
    assert any(e[:3] == ("RUS", "SYRGOV", "051") for e in story(
        "Russia, which supports the Assad government, vetoed the resolution."))


def test_description_gains_nothing(story):
    assert story("Hamas, which rules Gaza, fired rockets at Israel.") == [("PSEREBHMS", "ISR", "190", "asserted")]
