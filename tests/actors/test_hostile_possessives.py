"""An "its"/"their" on what a hostile act is done to belongs to the one who tells of it, not to
the act's doer: no one shells its own positions (actors/attach.py `hostile_owner`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple[str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-06-01"}])
    return [(e["source"] or "", e["cameo"], e["target"] or "") for e in rec["events"] if e["modality"] == "asserted"]


@pytest.mark.parametrize("text, source, root, target", [
    ("Ukraine said Russian forces had shelled its troops near Bakhmut.", "RUSMIL", "19", "UKRMIL"),
    ("KHARTOUM (Reuters) - Fighting continued in Sudan on Sunday. The RSF said the army had bombed its positions.",
     "SDNMIL", "19", "SDNREB"),
    ("Russia said Ukrainian drones had attacked its territory overnight.", "UKR", "19", "RUS"),
    ("Israel said Hezbollah fired rockets at its northern towns.", "LBNREBHEZ", "19", "ISR"),
    ("India said Pakistani troops had fired on its posts along the border.", "PAKMIL", "19", "IND"),
    # a part counted out of what "its" owns: the one of the clause above owns it
    ("The Indian army killed two militants who ambushed one of its convoys in Kashmir.", "INDREB", "19", "INDMIL"),
    ("The Israeli army killed three Palestinian gunmen who attacked one of its patrols in Gaza.", "PSEUAF", "19", "ISRMIL"),
    ("Israel said Hezbollah fired rockets at one of its northern towns.", "LBNREBHEZ", "19", "ISR"),
])
def test_what_a_hostile_act_hits_is_the_tellers(text, source, root, target):
    got = _events(text)
    assert any(s == source and c[:2] == root and t.startswith(target) for s, c, t in got), got


def test_an_own_object_stays_the_subjects():
    # sending, offering: "its troops" are the subject's own, as before
    got = _events("Syria has again offered its troops to the peacekeeping mission in Lebanon.")
    assert not any(t.startswith("SYR") and s.startswith("SYR") and c[:2] == "19" for s, c, t in got), got
    (rec,) = code_records([{"id": "1", "text": "Ukraine said Russia had moved its troops to the border.", "date": "2023-06-01"}])
    assert any(a["code"] == "RUSMIL" and a["text"] == "troops" for a in rec["actors"]), rec["actors"]


@pytest.mark.parametrize("text", [
    "Israel said its jets struck their targets in Gaza overnight.",
    "Ukraine said its drones attacked their intended targets in Crimea.",
])
def test_a_tellers_own_doers_hit_no_target_of_the_teller(text):
    # the doer is the teller's own ("its jets"): "their targets" are the doers', not the teller's
    got = _events(text)
    assert not any(t[:3] in ("ISR", "UKR") and c[:2] == "19" for s, c, t in got), got


def test_no_teller_no_owner_guessed():
    # no clause above names who tells it: "its" stays unresolved, no target is made up
    assert _events("Russian forces shelled its positions overnight.") == []


def test_residential_areas_shelled_are_the_civilians_of_their_country():
    got = _events("Russian forces shelled residential areas of Kharkiv overnight.")
    assert ("RUSMIL", "194", "UKRCVL") in got, got
    assert _events("The storm flooded residential areas of Houston.") == []


@pytest.mark.parametrize("text, teller", [
    ("WASHINGTON (Reuters) - The United States accused Russia of violating its commitments under the treaty.", "USA"),
    ("Britain said Iran had breached its obligations under the nuclear deal.", "GBR"),
])
def test_a_pledge_broken_is_the_breakers(text, teller):
    # actors/attach.py `hostile_verb`, `own_pledge_nouns`: no "its" of the teller's, so no event on it
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-06-01"}])
    assert not any(a["text"] == "its" and a["code"] == teller for a in rec["actors"]), rec["actors"]
    assert not any(e["target"] == teller and e["source"] != teller and e["cameo"][:2] != "11" for e in rec["events"]), rec["events"]
