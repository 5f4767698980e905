"""Titles of a country's opposition, rebels and unions ("the opposition leader", "a rebel leader",
"the opposition candidate") take their sentence's one country as a bare agent does
(attachment.yaml `home_title_roles`); a state's titles do not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, mention, code", [
    ("Police in Zambia detained the opposition leader.", "the opposition leader", "ZMBOPP"),
    ("Police detained Peter Mbewe, an opposition leader, in Lusaka.", "Peter Mbewe", "ZMBOPP"),
    ("Police detained Peter Mbewe, the opposition candidate, in Lusaka.", "Peter Mbewe", "ZMBOPP"),
    ("Police in Lusaka detained a rebel leader.", "rebel leader", "ZMBREB"),
])
def test_an_opposition_or_rebel_title_takes_its_sentences_country(mention_codes, text, mention, code):
    assert mention_codes(text)[mention] == code


def test_with_several_countries_named_it_takes_none(mention_codes):
    got = mention_codes("Russia's foreign minister met the opposition leader in Minsk.")
    assert got["the opposition leader"] == "OPP"
