"""Election campaigns and party politics: what rivals do to each other is done with words."""

from __future__ import annotations


def test_a_politician_attacking_a_rival_by_name_criticises(code):
    # a head of government attacking a rival, a party or a court named by name: words, not force
    got = code("Prime Minister Boris Johnson attacked Labour leader Jeremy Corbyn over his Brexit policy.",
               {"Prime Minister Boris Johnson": "GBRGOV", "Labour leader Jeremy Corbyn": "GBROPP"})
    assert got == [("GBRGOV", "GBROPP", "111", "asserted")]
    got = code("Narendra Modi attacked the Congress party at a rally in Bihar.",
               {"Narendra Modi": "INDGOV", "the Congress party": "INDPTYINC"})
    assert got == [("INDGOV", "INDPTYINC", "111", "asserted")]
    got = code("President Jair Bolsonaro attacked former President Lula on Monday.",
               {"President Jair Bolsonaro": "BRAGOV", "former President Lula": "BRAELI"})
    assert got == [("BRAGOV", "BRAELI", "111", "asserted")]


def test_an_attack_on_a_country_or_by_the_police_stays_force(code):
    got = code("President Vladimir Putin attacked Ukraine in February 2022.",
               {"President Vladimir Putin": "RUSGOV", "Ukraine": "UKR"})
    assert got == [("RUSGOV", "UKR", "190", "asserted")]
    got = code("Police attacked opposition supporters in Nairobi.",
               {"Police": "KENCOP", "opposition supporters": "KENOPP", "Nairobi": "KEN"})
    assert [g[2] for g in got] == ["190"]
