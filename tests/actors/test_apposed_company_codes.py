"""A name the text calls a firm in apposition takes the code of its company phrase, at every
mention: "WeWork, the office-sharing company" in a New York story is USABUS, not a bare BUS."""


def test_the_apposed_company_phrase_gives_the_name_its_country(mention_codes):
    got = mention_codes("The New York attorney general sued WeWork, the office-sharing company. "
                        "The attorney general is also investigating WeWork over its lease practices.")
    assert got["WeWork"] == "USABUS"
    got = mention_codes("German authorities searched the headquarters of Wirecard, the payments company.")
    assert got["Wirecard"] == "DEUBUS"


def test_a_demonym_on_the_company_noun_places_the_name(mention_codes):
    got = mention_codes("Japan's trade ministry accused Acme, an American chipmaker, of dumping memory chips.")
    assert got["Acme"] == "USABUS"
    got = mention_codes("The European Commission fined Qualcomm, the US chipmaker, 242 million euros.")
    assert got["Qualcomm"] == "USABUS"


def test_a_company_the_tables_hold_keeps_its_code(mention_codes):
    got = mention_codes("The Justice Department accused Toyota, the Japanese carmaker, of hiding defects.")
    assert got["Toyota"] == "JPNBUSTYT"
    got = mention_codes("WeWork, the office-sharing company, said on Monday it would cut 2,400 jobs.")
    assert got["WeWork"] == "BUS"
