"""Firms named by their trade ("wireless providers", "retailers", "manufacturers", "telecom
operators") are a country's businesses as "companies" are; a firm's customers and workers keep
their own role ("airline passengers" CVL, "company workers" LAB)."""


def test_firms_named_by_their_trade_are_businesses(mention_codes):
    got = mention_codes("California regulators are demanding answers from wireless providers after the outage.")
    assert got["providers"] == "USABUS"
    got = mention_codes("Chinese authorities ordered retailers to stop selling the toys.")
    assert got["retailers"] == "CHNBUS"
    got = mention_codes("Indian regulators fined two telecom operators for failing to protect customer data.")
    assert got["telecom operators"] == "INDBUS"


def test_a_firms_people_keep_their_role(mention_codes):
    got = mention_codes("Company workers protested outside the Kenyan parliament.")
    assert got["Company workers"] == "KENLAB"
    got = mention_codes("Airline passengers were stranded after French air traffic controllers went on strike.")
    assert got.get("Airline passengers", "CVL").endswith("CVL")


def test_carriers_and_operators_alone_are_no_business(mention_codes):
    got = mention_codes("Drone operators from the army struck a convoy near Kherson.")
    assert "Drone operators" not in got
