"""Companies the text calls so by a copula ("Acme is the company that ...") or by their
management ("Acme management"): every mention of the name is then a business
(companies.py `_called_company`)."""


def test_a_name_that_is_the_company_is_a_business_everywhere(mention_codes):
    got = mention_codes("Nurses in Ottawa say Bellwood is refusing to negotiate. "
                        "\"Bellwood is the company that walked away from the table,\" the union said.")
    assert got["Bellwood"].endswith("BUS")


def test_a_name_with_its_management_is_a_business(mention_codes):
    got = mention_codes("Bellwood management and the nurses' union met in Ottawa on Tuesday. "
                        "The union accused Bellwood of bargaining in bad faith.")
    assert got["Bellwood"].endswith("BUS")


def test_a_name_that_is_a_place_or_a_person_is_no_company(mention_codes):
    got = mention_codes("Smith was the man who founded the town.")
    assert not any(c.endswith("BUS") for c in got.values())
