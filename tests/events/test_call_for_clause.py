"""An appeal for someone to do something ("called for the president to resign"): the parser hangs
"for" on the infinitive as its mark; the appeal is made to the infinitive's subject."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Protesters in Lima called for President Boluarte to step down.", ("PEROPP", "PERGOV", "0241", "asserted")),
    ("The Pakistani opposition called for Prime Minister Sharif to resign.", ("PAKOPP", "PAKGOV", "0241", "asserted")),
    ("Georgian protesters called for the government to step down.", ("GEOOPP", "GEOGOV", "0241", "asserted")),
    ("Germany called for the UN Security Council to meet urgently.", ("DEU", "IGOUNO", "026", "asserted")),
])
def test_a_call_for_someone_to_act_is_an_appeal_to_them(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", [
    "It is time for the government to act, the editorial said.",
    "The minister waited for the president to arrive.",
    "Fans called for the manager to be sacked after the defeat.",
])
def test_no_appeal_no_event(story, text):
    assert not any(code.startswith("02") for _, _, code, _ in story(text))
