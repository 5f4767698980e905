"""An "it" or "they" doing the act of a time or circumstance clause ("Since it crushed the
protests in 1989, Beijing has ...") is the subject of the clause it frames."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Since it annexed Crimea in 2014, Russia has faced Western sanctions.",
         {"Crimea": "UKR", "Russia": "RUS"}, ("RUS", "UKR", "192", "asserted")),
        ("Russia has faced Western sanctions since it annexed Crimea in 2014.",
         {"Crimea": "UKR", "Russia": "RUS"}, ("RUS", "UKR", "192", "asserted")),
        ("Since 1989, when it crushed the protests in Tiananmen Square, Beijing has tolerated no dissent.",
         {"Beijing": "CHNGOV"}, ("CHNGOV", "CHNOPP", "175", "asserted")),
        ("After they invaded Iraq in 2003, U.S. forces toppled Saddam Hussein.",
         {"U.S. forces": "USAMIL", "Iraq": "IRQ", "Saddam Hussein": "IRQGOV"}, ("USAMIL", "IRQ", "190", "asserted")),
    ],
)
def test_the_pronoun_of_a_framing_clause_is_the_framed_clauses_subject(code, text, phrases, want):
    assert want in code(text, phrases)


@pytest.mark.parametrize(
    "text, phrases",
    [
        # another actor between them might be meant
        ("Russia condemned Ukraine after it shelled Donetsk.", {"Russia": "RUS", "Ukraine": "UKR", "Donetsk": "UKR"}),
        # a relative clause of an ordinary noun is no framing clause
        ("Russia rejected the claims that it annexed Crimea illegally.", {"Russia": "RUS", "Crimea": "UKR"}),
    ],
)
def test_no_framing_subject_when_another_actor_is_told_between_or_in_a_plain_relative_clause(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2] == "192" or e[2].startswith("19")]
