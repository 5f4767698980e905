"""A state's membership, bid or seat in an international body (grouping._joins): "Finland's NATO
membership" names Finland and NATO, two actors, not one body owned by a state; "Turkey's NATO
allies" stays the body's other members."""

import pytest


@pytest.mark.parametrize("text, owner, body", [
    ("Poland supported Finland's NATO membership.", "Finland", "NATO"),
    ("Germany backed Ukraine's EU bid on Monday.", "Ukraine", "EU"),
    ("Turkey lifted its veto on Sweden's NATO membership.", "Sweden", "NATO"),
    ("Washington questioned China's WTO commitments.", "China", "WTO"),
])
def test_a_state_in_a_body_is_two_actors(mention_codes, text, owner, body):
    got = mention_codes(text)
    assert got.get(owner, "")[:3] == {"Finland": "FIN", "Ukraine": "UKR", "Sweden": "SWE", "China": "CHN"}[owner]
    assert got.get(body, "").startswith("IGO")


def test_fellow_members_stay_the_body(mention_codes):
    got = mention_codes("Turkey's NATO allies criticised Ankara.")
    assert any(code == "IGOWSTNAT" for code in got.values())
