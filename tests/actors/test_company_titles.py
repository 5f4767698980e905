"""A title owned by a company of no country yet ("president of Acme Corp") is the company's bare
BUS, placed in context as the company is: a company's president is no government."""


def test_a_title_of_a_company_found_by_its_suffix_is_business(mention_codes):
    got = mention_codes("John Smith, president of Acme Corp, criticised the tariffs imposed by Washington.")
    assert got["president"] == "BUS"


def test_a_title_of_a_placed_body_keeps_its_code(mention_codes):
    got = mention_codes("A spokesperson for the South Korean foreign ministry criticised Japan.")
    assert any(code == "KORGOV" and "spokesperson" in text for text, code in got.items())
