"""Purpose clauses: "sent troops to arrest militants" asserts the sending, not the arrest; what a
"to"-infinitive adjunct with no subject of its own aims at is hypothetical (WILD.md)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, cameo",
    [
        ("Israel sent troops into Jenin to arrest militants.",
         {"Israel": "ISR", "Jenin": "PSE", "militants": "PSEREB"}, "173"),
        ("Egypt sent a delegation to Israel to discuss a ceasefire with Israeli officials.",
         {"Egypt": "EGY", "Israel": "ISR", "Israeli officials": "ISRGOV"}, "040"),
        ("Thousands of Serbs marched through Belgrade to protest against the government.",
         {"Thousands of Serbs": "SRBCVL", "Belgrade": "SRB", "the government": "SRBGOV"}, "140"),
    ],
)
def test_the_aim_of_a_purpose_clause_is_not_asserted(code, text, phrases, cameo):
    assert [e for e in code(text, phrases) if e[2] == cameo and e[3] == "asserted"] == []


def test_the_act_a_purpose_clause_hangs_from_stays_asserted(code):
    got = code("Israel sent troops into Jenin to arrest militants.", {"Israel": "ISR", "Jenin": "PSE"})
    assert ("ISR", "PSE", "154", "asserted") in got


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Thousands of Serbs took to the streets of Belgrade to protest against the government.",
         {"Thousands of Serbs": "SRBCVL", "Belgrade": "SRB", "the government": "SRBGOV"}),
        ("The court took just two days to convict the opposition leader.",
         {"The court": "BLRJUD", "the opposition leader": "BLROPP"}),
    ],
)
def test_after_take_the_infinitive_tells_what_was_done(code, text, phrases):
    assert any(e[3] == "asserted" for e in code(text, phrases))
