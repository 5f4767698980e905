"""US states that share a name with a country: Georgia's offices and a US dateline say the state."""


def test_a_us_dateline_makes_georgia_the_state(mention_codes):
    got = mention_codes("ATLANTA (AP) - Georgia's health department sued the company on Monday.")
    assert not any(c.startswith("GEO") for c in got.values())
    got = mention_codes("ATHENS, Ga. (AP) - Georgia's education board fined the university on Friday.")
    assert not any(c.startswith("GEO") for c in got.values())


def test_a_us_office_after_georgia_is_the_states(mention_codes):
    got = mention_codes("WASHINGTON (Reuters) - Georgia's attorney general filed a lawsuit against the federal government.")
    assert got["attorney general"] == "USAJUD"
    got = mention_codes("Georgia's lieutenant governor criticised the plan on Tuesday.")
    assert not any(c.startswith("GEO") for c in got.values())


def test_the_country_georgia_stays_the_country(mention_codes):
    got = mention_codes("TBILISI (Reuters) - Georgia's government accused Russia of occupying its territory.")
    assert got["Georgia's government"] == "GEOGOV"
    got = mention_codes("WASHINGTON (Reuters) - Georgia's president criticised the ruling party on Thursday.")
    assert got["Georgia's president"] == "GEOGOV"
    got = mention_codes("ATLANTA (Reuters) - Georgia's prime minister criticised Russia and the Kremlin on Monday.")
    assert got["Georgia's prime minister"] == "GEOGOV"  # a keep word in the sentence outweighs the dateline
