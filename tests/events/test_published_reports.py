"""A report made public is no event, but a later reaction to "the report" is aimed at its author
("Amnesty published a report ... Moscow dismissed the report as propaganda")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Amnesty International published a report on torture in Chechnya.\nMoscow dismissed the report as Western propaganda.",
     ("RUSGOV", "NGOAMN", "120", "asserted")),
    ("The UN issued a report on abuses in Xinjiang.\nBeijing rejected the report as a farce.", ("CHNGOV", "IGOUNO", "120", "asserted")),
    ("Human Rights Watch released a report accusing Egypt of torture.\nCairo dismissed the report as baseless.",
     ("EGYGOV", "NGOHRW", "120", "asserted")),
])
def test_a_reaction_to_the_report_is_aimed_at_its_author(story, text, want):
    assert want in story(text)


def test_a_report_told_is_not_one_published(story):
    events = story("Israeli jets struck Gaza, the Health Ministry reported.\nIsrael dismissed the report.")
    assert not any(code.startswith("12") for _, _, code, _ in events)
