""""the group" names the one non-state body named just before (describe.resolve_groups)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple[str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-14"}])
    return [(e["source"] or "", e["cameo"], e["target"] or "") for e in rec["events"] if e["modality"] == "asserted"]


@pytest.mark.parametrize("text, source, target", [
    ("SANAA (Reuters) - Yemen's Houthi movement attacked a Greek-owned ship in the Red Sea on Monday.\n"
     "The group accused Israel of killing civilians in Gaza.", "YEMREB", "ISR"),
    ("KHARTOUM (Reuters) - Sudan's army accused the Rapid Support Forces of shelling a hospital on Monday.\n"
     "The paramilitary group accused the army of lying.", "SDNREB", "SDN"),
])
def test_the_group_is_the_movement_named_before(text, source, target):
    got = _events(text)
    assert any(s.startswith(source) and c[:2] == "11" and t[:3] == target for s, c, t in got if c != "190"), got


def test_the_group_names_no_one_when_two_groups_are_named():
    text = ("GAZA (Reuters) - Hamas and Islamic Jihad fired rockets at Israel on Monday.\n"
            "The group accused Israel of attacking a refugee camp.")
    assert not [e for e in _events(text) if e[1][:2] == "11" and e[0]], _events(text)


def test_the_group_names_no_state_body():
    text = ("TEHRAN (Reuters) - Iran's Revolutionary Guards seized a tanker in the Gulf on Friday.\n"
            "The group accused Britain of piracy.")
    assert not [e for e in _events(text) if e[1][:2] == "11" and e[0]], _events(text)


def test_the_rights_group_is_the_ngo_named_before_not_the_datelines_country():
    text = ("LONDON (Reuters) - Amnesty International accused Saudi Arabia of torturing detainees on Tuesday.\n"
            "The rights group urged Riyadh to free all political prisoners.")
    got = _events(text)
    assert any(s.startswith("NGO") and c[:2] == "02" and t[:3] == "SAU" for s, c, t in got), got


def test_the_rights_group_with_no_ngo_before_keeps_its_country():
    text = ("LONDON (Reuters) - Britain imposed sanctions on Iranian officials on Tuesday.\n"
            "The rights group urged Tehran to free prisoners.")
    got = _events(text)
    assert any(s == "GBRHRI" and c[:2] == "02" for s, c, t in got), got
