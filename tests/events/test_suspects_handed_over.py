"""A wanted person handed over by a state to another's justice is judicial cooperation (063), as
an extradition is (patterns.tsv hand/turn over rows, flagged `state`): "the UAE handed over the
suspect to U.S. authorities"; a family or a gang handing someone over is none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("ABU DHABI (Reuters) - The United Arab Emirates handed over the suspect to U.S. authorities.", ("ARE", "USAGOV")),
    ("RABAT (Reuters) - Morocco handed the fugitive over to France.", ("MAR", "FRA")),
    ("ISLAMABAD (Reuters) - Pakistan turned over the suspect to the United States.", ("PAK", "USA")),
])
def test_a_suspect_handed_over_by_a_state_is_judicial_cooperation(story, text, event):
    assert event + ("063", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - His family handed him over to police.",
    "MEXICO CITY (Reuters) - The gang handed over the suspect to its rivals.",
])
def test_no_state_no_judicial_cooperation(story, text):
    assert not any(e[2] == "063" for e in story(text))
