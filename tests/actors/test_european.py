""""European" is Europe (EUR), never the country of the story it appears in: "European leaders
criticised Ankara" is no Turkish government; "European lawmakers" are the European Parliament's
(IGOEUREEC). Inside a name the tables lack ("the European Investment Bank") it is no actor."""


def test_european_leaders_are_europe_not_the_storys_country(mention_codes):
    got = mention_codes("Erdogan threatened to send refugees to Europe. Turkey has hosted 3.6 million Syrians. "
                        "European leaders criticised Ankara's threats.")
    assert got["European leaders"] == "EURGOV"
    got = mention_codes("ANKARA, Turkey (AP) — European officials warned the government against the offensive.")
    assert got["European officials"] == "EURGOV"


def test_european_lawmakers_are_the_european_parliament(mention_codes):
    got = mention_codes("Turkish troops shelled Kurdish positions on Monday. European lawmakers condemned Turkey's offensive.")
    assert got["European lawmakers"] == "IGOEUREEC"


def test_european_in_an_unknown_name_is_no_actor(mention_codes):
    got = mention_codes("The European Investment Bank lent Egypt $1 billion.")
    assert not any(code.startswith("EUR") for code in got.values())
