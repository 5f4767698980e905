"""Regional bodies of Africa, Asia, the Pacific and the Americas by their full names and
acronyms (organisations.tsv): a full name is one body, not its words read apart."""

import pytest


@pytest.mark.parametrize("text, phrase, code", [
    ("The Economic Community of Central African States suspended Gabon.",
     "The Economic Community of Central African States", "IGOAFRECC"),
    ("The Community of Sahel-Saharan States condemned the attack.",
     "The Community of Sahel-Saharan States", "IGOAFRCSS"),
    ("The Alliance of Sahel States accused Algeria of shooting down a drone.",
     "The Alliance of Sahel States", "IGOAFRAES"),
    ("The East African Community sent observers to Tanzania.", "The East African Community", "IGOAFREAC"),
    ("CARICOM leaders urged Haiti's politicians to form a government.", "CARICOM leaders", "IGOCRBCRCGOV"),
    ("Mercosur signed a trade agreement with the European Union.", "Mercosur", "IGOSAMMRC"),
    ("The Pacific Islands Forum criticised Japan.", "The Pacific Islands Forum", "IGOPIF"),
    ("The CSTO sent troops to Kazakhstan.", "The CSTO", "IGOCASCST"),
    ("The African Development Bank lent Kenya $500 million.", "The African Development Bank", "IGOAFRADB"),
    ("The African Union's Peace and Security Council suspended Mali.", "Peace and Security Council", "IGOAFRAFU"),
])
def test_regional_bodies(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code


def test_no_word_of_a_bodys_full_name_is_a_country(mention_codes):
    got = mention_codes("The Economic Community of Central African States suspended Gabon.")
    assert "States" not in got and "Central African" not in got
