"""A country named only inside a quotation does not place the speaker outside it: '"Japan must
face up to its history," a foreign ministry spokesman said' in a Beijing story is China's
spokesman, as the dateline says (places.py `in_quotation`)."""

from __future__ import annotations


def test_a_country_inside_the_quote_does_not_place_its_speaker(mention_codes):
    got = mention_codes('BEIJING (Reuters) - "Japan must face up to its history," a foreign ministry spokesman said.')
    assert got["foreign ministry spokesman"] == "CHNGOV", got
    got = mention_codes('LONDON (Reuters) - "Russia is a threat to Europe," the defence minister told parliament.')
    assert got["parliament"] == "GBRLEG", got


def test_a_country_outside_the_quote_still_places_it(mention_codes):
    got = mention_codes('TOKYO (Reuters) - "We will respond firmly," a Chinese foreign ministry spokesman said.')
    assert "CHNGOV" in got.values(), got
    got = mention_codes("BEIJING (Reuters) - The foreign ministry said Japan must face up to its history.")
    assert got["The foreign ministry"] == "CHNGOV", got
