"""A verbal act "in" which a clause's subject acted is the subject's: "in a rebuke to X"."""

from __future__ import annotations


def test_a_rebuke_snub_or_defiance_in_which_the_subject_acted_is_its_own(story):
    assert ("USAGOV", "CHN", "111", "asserted") in story(
        "In a sharp rebuke of Beijing, Washington imposed visa restrictions on Chinese officials.")
    assert any(e[0] == "CZELEG" and e[1].startswith("CHN") and e[2] == "120"
               for e in story("In a snub to China, the Czech Senate speaker visited Taiwan."))
    assert ("HUNLEG", "IGOEUREEC", "128", "asserted") in story(
        "Hungary's parliament passed the law in defiance of the European Union.")


def test_a_manner_of_another_kind_or_aimed_at_no_actor_codes_no_rebuke(story):
    assert not any(e[2].startswith(("11", "12")) for e in story(
        "In a rebuke to critics, the coach named the same team for the final."))
    assert not any(e[2].startswith(("11", "12")) for e in story(
        "The governor held a rally in support of the president."))
