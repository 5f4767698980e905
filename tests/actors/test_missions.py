"""An embassy or a consulate is its state's government abroad (agents.tsv `envoy`): the country
its phrase names is its own and not the sentence's for other bare roles; with no country named it
is no actor, since a mission in a story's capital is mostly a foreign one."""

import pytest


@pytest.mark.parametrize("text, name, code", [
    ("KAMPALA (Reuters) - The U.S. embassy urged the government to respect the right to peaceful assembly.",
     "The U.S. embassy", "USAGOV"),
    ("KAMPALA (Reuters) - The U.S. embassy urged the government to respect the right to peaceful assembly.",
     "the government", "UGAGOV"),
    ("The Chinese embassy in Washington rejected the report.", "The Chinese embassy", "CHNGOV"),
    ("BAGHDAD (Reuters) - Protesters stormed the U.S. embassy on Tuesday.", "the U.S. embassy", "USAGOV"),
])
def test_a_mission_is_its_states_government(mention_codes, text, name, code):
    assert mention_codes(text)[name] == code


def test_a_mission_with_no_country_named_is_no_actor(mention_codes):
    assert "the embassy" not in mention_codes("BAGHDAD (Reuters) - Protesters stormed the embassy on Tuesday.")
    assert "The embassy" not in mention_codes("MOSCOW (Reuters) - The embassy said the diplomats would leave.")
