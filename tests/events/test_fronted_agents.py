"""A fronted passive participle with its "by" phrase ("Hosted by Qatar, the US and the Taliban held
talks", "Brokered by Egypt, Israel and Hamas agreed to a ceasefire") ends at its comma: the model
reads the "by" phrase as running on through the clause's subject, leaving the clause's verb with
none, so the host seemed to be hosted by the parties and their talks were lost. The phrase and the
clause are parsed again apart (nlp/pipeline.py `fronted_agents`): the host hosts each side (043,
as "Qatar hosted talks between ..." does) and the sides meet."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Hosted by Qatar, the US and the Taliban held talks in Doha.",
         {"Qatar": "QAT", "the US": "USA", "the Taliban": "AFGREBTAL", "Doha": "QAT"},
         {("QAT", "USA", "043"), ("QAT", "AFGREBTAL", "043"), ("USA", "AFGREBTAL", "046"), ("AFGREBTAL", "USA", "046")}),
        ("Hosted by the African Union, Sudan and South Sudan held talks in Addis Ababa.",
         {"the African Union": "IGOAFRAFU", "Sudan": "SDN", "South Sudan": "SSD", "Addis Ababa": "ETH"},
         {("IGOAFRAFU", "SDN", "043"), ("IGOAFRAFU", "SSD", "043"), ("SDN", "SSD", "046")}),
        ("Brokered by Egypt, Israel and Hamas agreed to a ceasefire.",
         {"Egypt": "EGY", "Israel": "ISR", "Hamas": "PSEREBHMS"},
         {("EGY", "ISR", "045"), ("EGY", "PSEREBHMS", "045")}),
    ],
)
def test_a_fronted_participle_ends_at_its_comma(code, text, phrases, expected):
    got = {e[:3] for e in code(text, phrases) if e[3] == "asserted"}
    assert expected <= got, got
    hosts = {e[0] for e in expected if e[2] in ("043", "045")}
    assert not [e for e in got if e[1] in hosts and e[2] in ("043", "045")], got  # the host is hosted by no one


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        # a subject of its own already: the "by" phrase is a list, left whole
        ("Backed by Russia, Iran and Turkey, Syrian troops attacked rebels in Idlib.",
         {"Russia": "RUS", "Iran": "IRN", "Turkey": "TUR", "Syrian troops": "SYRMIL", "rebels": "SYRREB", "Idlib": "SYR"},
         {("RUS", "SYRMIL", "051"), ("IRN", "SYRMIL", "051"), ("SYRMIL", "SYRREB", "190")}),
        ("Hosted by Qatar, the talks between the US and the Taliban ended without a deal.",
         {"Qatar": "QAT", "the US": "USA", "the Taliban": "AFGREBTAL"},
         {("QAT", "USA", "043"), ("QAT", "AFGREBTAL", "043")}),
    ],
)
def test_a_fronted_participle_before_a_subject_is_read_as_before(code, text, phrases, expected):
    got = {e[:3] for e in code(text, phrases) if e[3] == "asserted"}
    assert expected <= got, got
