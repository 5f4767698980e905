"""A present participle set off by a comma after a negated clause tells an act done beside it,
outside the clause's "not": "did not attend the meeting, accusing Ukraine of sabotaging the
talks" accuses Ukraine (asserted); a "will" or "may" it still shares."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, src, tgt, code", [
    ("Russia did not attend the meeting, accusing Ukraine of sabotaging the talks.", "RUS", "UKR", "112"),
    ("The Polish foreign minister did not mince words, calling the Russian ambassador's remarks scandalous.",
     "POLGOV", "RUSGOV", "111"),
])
def test_a_set_off_participle_is_outside_the_negation(story, text, src, tgt, code):
    assert (src, tgt, code, "asserted") in story(text)


def test_the_negated_clause_itself_stays_negated(story):
    assert ("GOV", "ISR", "111", "negated") in story("The minister did not criticise Israel, saying only that restraint was needed.")


def test_a_possible_clause_keeps_its_participle_possible(story):
    assert ("CHN", "USA", "163", "hypothetical") in story("China may retaliate, imposing tariffs on American goods.")
