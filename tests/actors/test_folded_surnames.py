"""A later bare surname is the person named in full before it, accents folded: the table's
"Ibrahim Traoré" is the text's "Traore" (people.py `later_surnames`, `_article_person`)."""

import pytest


@pytest.mark.parametrize("text, phrase, code", [
    ("ACCRA (Reuters) - Ghana's President John Mahama met Burkina Faso's junta leader Ibrahim Traore."
     "\n\nMr Mahama urged Captain Traore to return the country to civilian rule.", "Traore", "BFAGOV"),
    ("ACCRA (Reuters) - Ghana's President John Mahama met Burkina Faso's junta leader Ibrahim Traore."
     "\n\nMr Mahama urged Traore to return the country to civilian rule.", "Traore", "BFAGOV"),
    ("ACCRA (Reuters) - Ghana's President John Mahama met Burkina Faso's leader Ibrahim Traoré."
     "\n\nTraoré said the talks went well.", "Traoré", "BFAGOV"),
])
def test_a_later_surname_is_the_person_named_before(mention_codes, text, phrase, code):
    assert mention_codes(text).get(phrase) == code
