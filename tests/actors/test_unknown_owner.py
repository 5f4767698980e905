"""A lone state's role owned by a capitalised name no table knows speaks for that body, not for the
state of its story: "a Zalando spokesman", "a Telkom spokesperson" are no government. Names the
tables read keep their reading ("a Kremlin spokesman" RUSGOV, "an Interior Ministry spokesman in
Kabul" AFGGOV, "a Home Office spokesman" GBRGOV)."""


def test_a_spokesman_of_an_unknown_name_is_no_government(mention_codes):
    got = mention_codes("Germany's cartel office fined the retailer. A Zalando spokesman rejected the accusations.")
    assert not any(code.endswith("GOV") and "spokesman" in text for text, code in got.items())
    got = mention_codes("Kenya's tax authority raided the offices of the telecoms firm. A Telkom spokesperson criticised the raid.")
    assert not any("spokesperson" in text for text in got)


def test_spokesmen_of_known_names_keep_their_reading(mention_codes):
    assert mention_codes("A Kremlin spokesman rejected the accusation.")["Kremlin spokesman"] == "RUSGOV"
    assert mention_codes("An Interior Ministry spokesman in Kabul accused the Taliban of attacking civilians.")[
        "Ministry spokesman in Kabul"] == "AFGGOV"
    assert mention_codes("A Home Office spokesman criticised the protesters in London.")["Home Office spokesman"] == "GBRGOV"
    assert mention_codes("A government spokesman in Nairobi rejected the opposition's claims.")[
        "government spokesman in Nairobi"] == "KENGOV"


def test_a_bodys_name_before_its_head_is_no_unknown_owner(mention_codes):
    got = mention_codes("The Kurdistan Regional Government demanded that the paramilitary units leave Sinjar in Iraq.")
    assert any(code.startswith("IRQ") for code in got.values())
