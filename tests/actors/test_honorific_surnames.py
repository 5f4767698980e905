"""A surname after an honorific ("Mr Traore", "Dr Abiy") is the person the article named in full
before it (people.py `later_surnames`); another capitalised word before it still makes it part of
another name."""


def test_an_honorific_before_a_later_surname(mention_codes):
    got = mention_codes("ACCRA (Reuters) - Ghana's President John Mahama met Burkina Faso's leader Ibrahim Traore."
                        "\n\nMr Traore thanked Ghana for its support.")
    assert got.get("Traore") == "BFAGOV"


def test_another_name_before_a_later_surname(mention_codes):
    got = mention_codes("ACCRA (Reuters) - Ghana's President John Mahama met Burkina Faso's leader Ibrahim Traore."
                        "\n\nAdama Traore scored twice for the national team.")
    assert got.get("Traore") != "BFAGOV"
