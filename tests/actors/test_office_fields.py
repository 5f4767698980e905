"""An office's field of work names no owner ("vice president of sales", "head of operations"):
its owner is the one named after the field ("vice president of sales at Acme Corp": the firm's,
BUS, no government's)."""


def test_a_company_title_after_its_field_is_the_companys(mention_codes):
    got = mention_codes("Police arrested John Miller, vice president of sales at Acme Corp, on fraud charges.")
    assert got["vice president"] == "BUS"
    got = mention_codes("Mary Chen, the vice president of operations at Boeing, told senators the planes were safe.")
    assert got["the vice president"] == "USABUSBOE"


def test_a_state_office_after_its_field_is_the_states(mention_codes):
    got = mention_codes("The minister of defence for Kenya accused Somalia of harbouring militants.")
    assert got["The minister"] == "KENGOV"
    got = mention_codes("Kenya's vice president accused the opposition of inciting violence.")
    assert got["Kenya's vice president"] == "KENGOV"


def test_a_head_of_a_body_no_table_knows_is_no_government(mention_codes):
    got = mention_codes("Prosecutors charged the president of Acme Industries with bribing Nigerian officials.")
    assert "the president" not in got
    got = mention_codes("The president of Tatarstan met Chinese investors.")
    assert "The president" not in got


def test_heads_of_known_states_and_towns_stay(mention_codes):
    assert mention_codes("The Prime Minister of Grenada criticised Washington.")["The Prime Minister of Grenada"] == "GRDGOV"
    assert mention_codes("The mayor of Springfield accused the governor of ignoring the city.")["The mayor"] == "GOV"
