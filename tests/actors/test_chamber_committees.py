"""A chamber's committees and panels are the legislature of the country in context ("A Senate
committee subpoenaed Meta", "a parliamentary panel": agents.tsv), not nobody because the chamber
word only modifies them."""

import pytest


@pytest.mark.parametrize("text,mention,code", [
    ("WASHINGTON (Reuters) - A Senate committee subpoenaed Meta.", "Senate committee", "USALEG"),
    ("LAGOS (Reuters) - A Senate committee summoned the central bank governor.", "Senate committee", "NGALEG"),
    ("NEW DELHI (Reuters) - A parliamentary panel summoned Twitter executives.", "parliamentary panel", "INDLEG"),
])
def test_a_chambers_committee_is_the_legislature(mention_codes, text, mention, code):
    assert mention_codes(text).get(mention) == code
