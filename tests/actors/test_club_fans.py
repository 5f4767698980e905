"""A city compounded into a noun for a sports club's people names the club, not the place:
"Liverpool fans", "Marseille supporters" are no actor of Britain or France. The city's own
people and bodies ("Istanbul residents", "Barcelona police") and a country's fans ("England fans")
keep theirs."""


def test_a_citys_fans_are_no_actor_of_its_country(mention_codes):
    assert "Liverpool" not in mention_codes("Liverpool fans protested outside Anfield against ticket prices.")
    got = mention_codes("Marseille supporters threw flares at the visiting players.")
    assert "Marseille" not in got and "Marseille supporters" not in got


def test_a_citys_people_and_bodies_keep_their_country(mention_codes):
    assert mention_codes("Istanbul residents protested against the mayor.")["Istanbul residents"] == "TURCVL"
    assert mention_codes("Barcelona police arrested protesters.")["Barcelona police"] == "ESPCOP"
    assert mention_codes("Residents of Liverpool protested against the closure of the hospital.")[
        "Residents of Liverpool"] == "GBRCVL"


def test_a_capital_in_a_clubs_name_is_no_government(mention_codes):
    got = mention_codes("Real Madrid beat Barcelona 2-1 at the Bernabeu.")
    assert "Madrid" not in got
    assert "Paris" not in mention_codes("Paris Saint-Germain condemned the racist chants directed at its players.")
    assert "Moscow" not in mention_codes("Spartak Moscow fans clashed with police.")
    assert mention_codes("Madrid rejected Catalonia's demands.")["Madrid"] == "ESPGOV"
    assert mention_codes("Police in Paris arrested 20 protesters.")["Police in Paris"] == "FRACOP"
