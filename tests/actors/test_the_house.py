""""the House" capitalised and alone is a lower house: the U.S. House of Representatives unless a
dateline or story of a state whose chamber English news calls so places it there (metonyms.tsv,
ambiguous.yaml `house`: `shared_states`, `name_before`, `modifier_other`); a building, a dynasty,
a firm or a modifier ("Chatham House", "the House of Saud", "House prices", "House Republicans")
is not it."""

import pytest


@pytest.mark.parametrize("text,mention,code", [
    ("WASHINGTON (Reuters) - The House condemned the decision in a rare bipartisan vote.", "The House", "USALEG"),
    ("The House voted to impose sanctions on Iran.", "The House", "USALEG"),
    ("KYIV (Reuters) - The House approved aid for Ukraine.", "The House", "USALEG"),  # no Rada
    ("LONDON (Reuters) - The House criticized Russia.", "The House", "GBRLEG"),
    ("MANILA (Reuters) - The House criticized China.", "The House", "PHLLEG"),
    ("Nigeria's House criticized China.", "Nigeria's House", "NGALEG"),
])
def test_the_house_is_the_lower_house_of_its_country(mention_codes, text, mention, code):
    assert mention_codes(text).get(mention) == code


@pytest.mark.parametrize("text", [
    "Chatham House criticized Russia.",
    "Random House sued the Chinese government.",
    "The House of Saud criticized Iran.",
    "House prices rose in Britain.",
    "WASHINGTON (Reuters) - House Republicans criticized China.",
    "Trump criticized the House bill.",
])
def test_other_houses_are_no_chamber(mention_codes, text):
    assert not any(c == "USALEG" and "House" in m for m, c in mention_codes(text).items())
