"""A reaction told of an indefinite shell noun set beside a clause ("..., a move that angered
Ankara", "..., in a move condemned by the Netherlands", "..., a move that drew condemnation from
Beijing") is aimed at whoever did the clause's deed (events/anaphora.py `clause_act_doers`)."""

from __future__ import annotations


def test_a_reaction_to_a_move_beside_a_clause_is_aimed_at_its_doer(story):
    assert ("TUR", "USA", "110", "asserted") in story(
        "The United States imposed sanctions on Turkey, a move that angered Ankara.")
    assert ("NLD", "RUS", "111", "asserted") in story(
        "Russia expelled two Dutch diplomats on Monday, in a move condemned by the Netherlands.")
    assert ("CHN", "USAGOV", "111", "asserted") in story(
        "Washington imposed new tariffs on Chinese goods, a move that drew swift condemnation from Beijing.")


def test_a_relative_clause_on_an_actor_or_no_deed_is_unchanged(story):
    assert ("USA", "TUR", "110", "asserted") in story(
        "Turkey, which angered Washington by buying Russian missiles, said it would not back down.")
    assert story("The team signed a new striker, a move that angered fans.") == []
