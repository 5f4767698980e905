"""A participle with a "by" phrase put before its clause ("Hosted by Kenya, the talks ...",
"Backed by Russia, the separatists ...") is passive: the clause's subject undergoes it and the
"by" phrase does it; a meeting that undergoes it gives its parties as whom it is done to."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Hosted by Kenya, the talks between South Sudan's government and rebels ended without agreement.",
     [("KEN", "SSDGOV", "043"), ("KEN", "SSDREB", "043")]),
    ("Hosted by Switzerland, the Geneva talks between Armenia and Azerbaijan made progress.",
     [("CHE", "ARM", "043"), ("CHE", "AZE", "043")]),
    ("The talks between Armenia and Azerbaijan, hosted by Russia, ended late on Friday.",
     [("RUS", "ARM", "043"), ("RUS", "AZE", "043")]),
    ("Backed by Russia, the separatists seized the airport.", [("RUS", "RUSREB", "051")]),
])
def test_a_fronted_participle_is_done_by_its_by_phrase(story, text, expected):
    got = story(text)
    for want in expected:
        assert (*want, "asserted") in got, got


def test_the_undergoer_of_a_fronted_participle_does_not_do_it(story):
    got = story("Backed by Russia, the separatists seized the airport.")
    assert not any(e[0] == "RUSREB" and e[2][:2] == "05" for e in got)
