"""A verb coordinated right before another that has the object ("condemned and rejected the
sanctions") shares it, when both code acts of one kind (arguments.shared_object)."""

from __future__ import annotations

import pytest

ACTORS = {"Russia": "RUS", "the European Union": "IGOEUREEC", "China": "CHN", "the United States": "USA",
          "Russian troops": "RUSMIL", "Kherson": "UKR", "The minister": "UKRGOV", "the president": "UKRGOV"}


@pytest.mark.parametrize("text, want", [
    ("Russia condemned and rejected the sanctions imposed by the European Union.", ("RUS", "IGOEUREEC", "111")),
    ("China criticised and warned the United States over Taiwan.", ("CHN", "USA", "111")),
])
def test_the_first_of_two_verbs_shares_the_second_ones_object(code, text, want):
    got = [(s, t, c) for s, t, c, _ in code(text, ACTORS)]
    assert want in got, got


@pytest.mark.parametrize("text, verb_code", [
    ("Russian troops retreated and shelled Kherson.", "0874"),  # an act of another kind takes no object
    ("Russia condemned the attack and rejected the sanctions imposed by the European Union.", "111"),
])
def test_a_verb_of_another_kind_or_with_its_own_object_shares_none(code, text, verb_code):
    got = code(text, ACTORS)
    assert not any(c == verb_code and t in ("UKR", "IGOEUREEC") for _, t, c, _ in got), got
