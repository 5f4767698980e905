"""Every participle of a text's coordination speaks for its author: "issued a statement condemning
X and calling on Y to ..." is the issuer's condemnation and its appeal."""

from __future__ import annotations


def test_the_second_participle_of_a_statement_is_its_issuers(story):
    got = story("The EU issued a statement criticising Belarus and calling on Minsk to release political prisoners.", date="2024-07-22")
    assert ("IGOEUREEC", "BLR", "111", "asserted") in got
    assert ("IGOEUREEC", "BLR", "0253", "asserted") in got


def test_the_second_participle_of_a_resolution_is_the_adopting_bodys(story):
    got = story("Kenya's parliament passed a resolution condemning the attack and urging the government to compensate the victims.", date="2024-07-22")
    assert ("KENLEG", "KENGOV", "020", "asserted") in got
