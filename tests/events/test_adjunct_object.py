"""An "it" or "them" object of a participial adjunct is the actor named before it in the clause
the adjunct hangs from ("..., accusing it of ...")."""

from __future__ import annotations


def test_it_after_a_clause_is_the_organisation_named_in_it(story):
    got = story("JERUSALEM - Lapid submitted a motion of no confidence in Netanyahu's government, "
                  "accusing it of abandoning the hostages.", date="2024-07-22")
    assert ("ISROPP", "ISRGOV", "112", "asserted") in got


def test_them_after_a_clause_is_the_group_named_in_it(story):
    got = story("MOSCOW - Russia expelled two British diplomats, accusing them of spying.", date="2024-07-22")
    assert ("RUS", "GBRGOV", "112", "asserted") in got


def test_a_pronoun_that_fits_no_earlier_actor_gives_no_target(story):
    # "it" is no person; "them" no single person
    assert not any(e[2] == "112" for e in story("Lapid met Benjamin Netanyahu on Monday, accusing it of delays.", date="2024-07-22"))
    assert not any(e[2] == "112" for e in story("Lapid met Benjamin Netanyahu on Monday, accusing them of delays.", date="2024-07-22"))
