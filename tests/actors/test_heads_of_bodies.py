"""The head of a body named after "of" or "for" whose country is not known yet is that body's:
"the leader of the opposition" is the opposition's (OPP, placed as it is), not the government
of the country in context (builder.py)."""

import pytest


@pytest.mark.parametrize("text, phrase, code", [
    ("DHAKA (Reuters) - Police arrested the leader of the opposition.", "the leader", "BGDOPP"),
    ("LAGOS (Reuters) - Police arrested the leader of the separatists.", "the leader", "NGAREB"),
    ("KABUL (Reuters) - The commander of the insurgents was killed.", "The commander", "AFGREB"),
    ("CAIRO (Reuters) - A spokesman for the protesters said police fired.", "spokesman", "EGYOPP"),
])
def test_the_head_of_a_body_is_the_bodys(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code


def test_a_ministry_named_with_its_country_still_gives_its_code(mention_codes):
    got = mention_codes("A spokesman for the Kenyan foreign ministry denied the report.")
    assert got["spokesman"] == "KENGOV"
