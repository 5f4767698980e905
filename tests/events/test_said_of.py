"""A framed quote that labels what the speech verb's "of" phrase names: "“X,” Y said of Z"."""

from __future__ import annotations


def test_a_label_said_of_an_act_or_actor_judges_it(story):
    assert ("USALEG", "USAGOV", "112", "asserted") in story(
        "“This is a betrayal of the Kurdish people,” Senator Lindsey Graham said of Trump's withdrawal from Syria.")
    assert ("TURGOV", "FRA", "111", "asserted") in story(
        "“It is a shameful decision,” the Turkish foreign minister said of the French vote.")
    assert ("HKGCOP", "HKGOPP", "112", "asserted") in story(
        "“They are criminals,” the Hong Kong police commander said of the protesters.")


def test_no_label_a_denied_or_possible_one_judges_no_one(story):
    for text in ("“This is a great day for our country,” Merkel said of the agreement with France.",
                 "“It is a very difficult situation,” the Turkish foreign minister said of the French vote.",
                 "“This is not illegal,” the French minister said of the German plan.",
                 "“It would be a mistake,” Merkel said of a British exit from the EU."):
        assert not any(e[2].startswith("11") for e in story(text)), text
