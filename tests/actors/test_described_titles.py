"""A definite title repeats the unnamed official of a country named earlier with the same title:
"The New York attorney general sued ... The attorney general is also investigating" is one
USAJUD; with officials of two countries bearing it, it is left to its clause."""


def test_the_title_again_is_the_same_official(mention_codes):
    got = mention_codes("The New York attorney general sued WeWork, the office-sharing company. "
                        "The attorney general is also investigating WeWork over its lease practices.")
    assert got["The attorney general"] == "USAJUD"
    got = mention_codes("The Russian foreign minister criticised NATO. The foreign minister also accused Britain of lying.")
    assert got["The foreign minister"] == "RUSGOV"


def test_two_countries_officials_leave_it_open(mention_codes):
    got = mention_codes("The Russian foreign minister met the Chinese foreign minister. "
                        "The foreign minister said the talks went well.")
    assert got["The foreign minister"] == "GOV"
