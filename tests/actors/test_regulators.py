"""Regulators and the firms they police: a country's commission, watchdog,
commissioner or treasurer speaks for its state (GOV); its lenders, insurers and utilities are its
businesses (BUS); a committee of its parliament is its legislature (LEG). Central banks and agencies
known by name alone are metonyms."""


def test_a_countrys_commission_and_watchdog_are_its_government(mention_codes):
    assert mention_codes("South Korea's Fair Trade Commission fined Qualcomm on Wednesday.")[
        "South Korea's Fair Trade Commission"] == "KORGOV"
    assert mention_codes("Australia's competition watchdog accused Google of misleading consumers.")[
        "Australia's competition watchdog"] == "AUSGOV"


def test_a_countrys_commissioner_and_treasurer_are_its_government(mention_codes):
    assert mention_codes("Canada's privacy commissioner said Facebook had broken the law.")["Canada's privacy commissioner"] == "CANGOV"
    assert mention_codes("Australia's treasurer rejected the proposal on Wednesday.")["Australia's treasurer"] == "AUSGOV"


def test_lenders_and_utilities_are_businesses_of_the_country_in_context(mention_codes):
    got = mention_codes("Kenya's finance ministry criticised commercial lenders on Monday.")
    assert got["lenders"] == "KENBUS"
    got = mention_codes("Britain's energy regulator ordered the country's largest utility to pay customers.")
    assert got["utility"] == "GBRBUS"


def test_a_parliamentary_committee_is_the_legislature(mention_codes):
    got = mention_codes("British lawmakers summoned the chief executive to appear before a parliamentary committee.")
    assert got["parliamentary committee"] == "GBRLEG"


def test_central_banks_known_by_name_are_their_states(mention_codes):
    assert mention_codes("The Federal Reserve barred Wells Fargo from growing.")["The Federal Reserve"] == "USAGOV"
    assert mention_codes("The Bank of England criticised lenders on Thursday.")["The Bank of England"] == "GBRGOV"
    assert mention_codes("The Reserve Bank of India barred HDFC Bank from launching new products.")[
        "The Reserve Bank of India"] == "INDGOV"
