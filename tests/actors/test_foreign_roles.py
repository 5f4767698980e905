"""A bare role called foreign ("foreign journalists", "Western companies", "overseas investors") is
expressly not of the country its sentence or dateline names: it takes no country from them."""


def test_a_foreign_role_takes_no_country_from_its_sentence(mention_codes):
    got = mention_codes("Russia froze the assets of Western companies on Wednesday.")
    assert got["Russia"] == "RUS" and got["companies"] == "BUS"
    assert mention_codes("Russia expelled foreign journalists.")["journalists"] == "MED"


def test_a_foreign_role_takes_no_country_from_the_dateline(mention_codes):
    got = mention_codes("BEIJING (Reuters) - Police arrested two foreign nationals on Monday.")
    assert got["Police"] == "CHNCOP" and got["nationals"] == "CVL"


def test_a_role_named_foreign_keeps_its_country(mention_codes):
    # "the foreign ministry" is the state's own office: the word is its name, no modifier
    assert mention_codes("MOSCOW (Reuters) - The foreign ministry summoned the British ambassador.")[
        "The foreign ministry"] == "RUSGOV"
    assert mention_codes("Russia expelled Russian journalists.")["Russian journalists"] == "RUSMED"
