"""A place named only as where a body sits ("the Norway-based group Hengaw", "London-based") is
not the country of its sentence's bare roles (places.py `_seat`)."""


def test_a_bodys_seat_does_not_place_the_sentence(mention_codes):
    got = mention_codes("The Norway-based group Hengaw said the forces opened fire on crowds.")
    assert not got["the forces"].startswith("NOR")
    assert not got["crowds"].startswith("NOR")


def test_a_place_named_otherwise_still_places_it(mention_codes):
    got = mention_codes("A group in Norway said the forces opened fire on crowds.")
    assert got["the forces"] == "NORMIL"


def test_a_seat_places_the_body_it_names(mention_codes):
    got = mention_codes("ABUJA (Reuters) - SERAP, a Lagos-based civil society group, criticised the president.")
    assert got["civil society group"] == "NGANGO"
