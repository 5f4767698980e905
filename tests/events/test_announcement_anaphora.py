""""The announcement" names what an earlier actor announced, "the call", "the appeal" the appeal made: a
reaction to it is aimed at that actor (events/anaphora.py, `anaphoric_nouns` in cues.yaml)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, reaction", [
    # a vow announced
    ("Hamas called for a halt to attacks on Israel and vowed that violators would be punished. "
     "Egypt welcomed the announcement.", ("EGY", "PSEREBHMS", "05")),
    # an intent announced
    ("Russia announced that it would withdraw troops from Kherson. Ukraine dismissed the announcement.", ("UKR", "RUS", "12")),
    # an appeal named as "the call"
    ("The United Nations urged Ethiopia to end the fighting in Tigray. Ethiopia rejected the call.", ("ETH", "IGOUNO", "12")),
])
def test_reaction_to_what_was_announced_is_aimed_at_its_maker(text, reaction):
    assert reaction in _events(text), _events(text)


@pytest.mark.parametrize("text", [
    # the announcement itself coded nothing: no earlier accusation is guessed in its place
    "Russia accused Ukraine of shelling the Zaporizhzhia plant. The fighting continued overnight. "
    "On Monday, the IAEA made an announcement about new inspections. Kyiv welcomed the announcement.",
    "The United States condemned Iran for attacking shipping. Iran announced on Tuesday that it had seized "
    "a tanker. Britain condemned the announcement.",
])
def test_an_announcement_is_no_earlier_accusation(text):
    got = _events(text)
    assert not any(e[0] in ("UKRGOV", "UKR", "GBR") and e[1] in ("RUS", "USA") for e in got), got


def test_a_call_no_one_made_names_no_one():
    got = _events("Protests spread across the country on Monday. Taiwan criticized the call.")
    assert not any(e[0] == "TWN" and e[2] == "11" for e in got), got
