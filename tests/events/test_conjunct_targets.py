"""Words coordinated with an act of the same doer ("protested to Japan and demanded an apology") are
aimed where the act was, when they name no one; a material or cooperative act coordinated with it
has a counterpart of its own, and a second verb with a subject of its own borrows nothing."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_demand_after_protest_is_made_to_the_protested():
    got = _events("The Chinese embassy protested to Japan and demanded an apology.")
    assert any(e[:2] == ("CHNGOV", "JPN") and e[2].startswith("10") for e in got), got


def test_protest_after_summons_is_lodged_with_the_summoned():
    got = _events("Russia summoned the US ambassador and lodged a protest.")
    assert any(e[:2] == ("RUS", "USAGOV") and e[2].startswith("11") for e in got), got


def test_demand_after_condemnation():
    got = _events("The Indian foreign ministry condemned Pakistan and demanded action.")
    assert any(e[:2] == ("INDGOV", "PAK") and e[2].startswith("10") for e in got), got


def test_a_material_act_borrows_no_target():
    got = _events("A Sydney man stabbed a Brisbane teenager to death and was receiving treatment for an illness.")
    assert not any(e[2].startswith("04") for e in got), got


def test_a_verb_with_its_own_subject_borrows_nothing():
    got = _events("The Chinese embassy protested to Japan, and Beijing demanded an apology.")
    assert not any(e[2].startswith("10") for e in got), got
    assert ("CHNGOV", "JPN", "114") in got, got
