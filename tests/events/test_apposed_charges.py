"""A denial or rejection told in a relative clause on a charge set beside the clause that made it
("accused Russia of shelling the plant, a charge Moscow denied"): aimed at whoever made the charge."""

from __future__ import annotations


def test_a_charge_denied_beside_the_accusation_answers_the_accuser(story):
    assert ("RUS", "UKRGOV", "016", "asserted") in story("Kyiv accused Moscow of shelling the plant, a charge Russia denied.")
    assert ("RUSGOV", "UKR", "016", "asserted") in story(
        "Ukraine accused Russia of shelling the plant, a charge that Moscow denies.")
    assert ("PSEREBHMS", "ISR", "016", "asserted") in story(
        "Israel has accused Hamas of diverting aid, an allegation the group denies.")


def test_a_charge_reported_by_a_verb_of_saying_answers_the_speaker(story):
    assert ("PRKGOV", "KORGOV", "016", "asserted") in story(
        "Seoul said North Korean soldiers crossed the border that divides the peninsula, a claim Pyongyang denied.")


def test_a_charge_that_did_something_is_no_object_of_the_answer(story):
    events = story("Ukraine accused Russia of shelling the plant, a charge which angered Moscow.")
    assert not any(e[2] == "016" for e in events)
