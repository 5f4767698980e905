"""Australia's flag carrier, its big four banks, its telecoms carrier and the firms of its largest
collapses are in the organisations table (organisations.tsv): named bare, with no suffix and no
country in the sentence, they are Australian businesses, not unknown names."""


def test_bare_names_of_australian_firms_are_australian_businesses(mention_codes):
    got = mention_codes("Engineers said Qantas had cancelled the talks.")
    assert got["Qantas"] == "AUSBUSQAN"
    got = mention_codes("The regulator fined Westpac and Telstra last year.")
    assert got["Westpac"] == "AUSBUSWBC"
    assert got["Telstra"] == "AUSBUSTLS"
    got = mention_codes("Investors sued the Commonwealth Bank over the loans.")
    assert got["the Commonwealth Bank"] == "AUSBUSCBA"
    got = mention_codes("Creditors blamed HIH for the losses.")
    assert got["HIH"] == "AUSBUSHIH"


def test_a_named_firm_is_the_target_of_an_event():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": "The union accused Ansett of breaking the agreement.",
                            "date": "2001-09-14"}])
    assert any(e["target"] == "AUSBUSANS" and e["cameo"].startswith("11") for e in rec["events"])
