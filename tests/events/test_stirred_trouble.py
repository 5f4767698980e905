"""A reported clause that tells its subject stirred up or fomented strife, or made trouble,
accuses it (112), as "stoking tensions" does (cues.yaml `misdeed_acts`): "China said the United
States was stirring up trouble", "said the West was fomenting unrest in Georgia"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt", [
    ("China said the United States was stirring up trouble in the South China Sea.", "CHN", "USA"),
    ("Beijing said Tokyo was making trouble over the islands.", "CHNGOV", "JPNGOV"),
    ("Moscow said Washington was fomenting unrest in Georgia.", "RUSGOV", "USAGOV"),
])
def test_trouble_stirred_is_an_accusation(story, text, src, tgt):
    assert (src, tgt, "112") in [e[:3] for e in story(text)]


@pytest.mark.parametrize("text", [
    "Iran said the United States was not stirring up trouble.",
    "The coach said the striker was making trouble in the dressing room.",
])
def test_no_accusation_where_none_is_made(story, text):
    assert not any(e[2] == "112" for e in story(text))
