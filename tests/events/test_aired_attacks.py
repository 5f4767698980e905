"""An attack made where words are aired (cues.yaml platform_nouns) is words, criticism (111), not
force: "took to Twitter to attack China", "went on television to slam the United States",
"attacked China on Twitter"; going there to say it is saying it, no mere purpose. "Took to the
field to attack rebel positions" stays force, "took to the streets to protest" a protest."""

from __future__ import annotations


def test_attack_on_a_platform_is_criticism(story):
    got = story("President Trump took to Twitter to attack China.")
    assert any(e[:3] == ("USAGOV", "CHN", "111") for e in got)
    assert not any(e[2].startswith("19") for e in got)
    assert ("IRNGOV", "USA", "111", "asserted") in story(
        "The Iranian foreign minister went on television to slam the United States.")
    assert ("VENGOV", "COL", "111", "asserted") in story(
        "The Venezuelan president went on state television to denounce Colombia.")


def test_streets_and_fields_stay(story):
    assert any(e[2].startswith("14") for e in story(
        "Thousands of Iranians took to the streets to protest against the government."))
    assert not any(e[2] == "111" for e in story("Russian troops took to the field to attack Ukrainian positions."))
