"""Military hardware sent toward, near or over another's land, or into its airspace, is the
sender's force moved up (154), not military aid (072), which is sent "to" someone
(events/senses.py `_sent_toward`, cues.yaml approach_force)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_warplanes_sent_toward_a_country_are_a_deployment():
    got = _events("TAIPEI (Reuters) - China sent 30 warplanes toward Taiwan, the defence ministry said.")
    assert ("CHN", "TWN", "154") in got and not any(c == "072" for s, t, c in got), got


def test_warplanes_sent_into_an_air_defence_zone_are_a_deployment():
    got = _events("TAIPEI (Reuters) - China sent 30 warplanes into Taiwan's air defence zone.")
    assert any(s == "CHN" and c == "154" for s, t, c in got) and not any(c == "072" for s, t, c in got), got


def test_an_aircraft_carrier_sent_is_a_deployment():
    assert ("USA", "PRK", "154") in _events(
        "WASHINGTON (Reuters) - The United States sent an aircraft carrier toward North Korea.")


def test_hardware_sent_to_a_country_stays_aid():
    assert ("DEU", "UKR", "072") in _events("KYIV (Reuters) - Germany sent tanks to Ukraine.")
    assert ("IRN", "PSE", "072") in _events("GAZA (Reuters) - Iran sent weapons into Gaza.")


def test_forces_sent_in_are_a_deployment_not_aid():
    # "send in": forces dispatched into a place, whatever hardware they are
    got = _events("JERUSALEM (Reuters) - Israel sent in warplanes, helicopter gunships and tanks to Palestinian police stations.")
    assert any(s[:3] == "ISR" and c == "154" for s, t, c in got) and not any(c == "072" for s, t, c in got), got
    got = _events("KYIV (Reuters) - Russia sent in tanks near Kharkiv.")
    assert not any(c == "072" for s, t, c in got), got


def test_two_sides_massing_troops_along_the_border_face_each_other():
    text = ("NEW DELHI (Reuters) - India and Pakistan have fought three wars since 1947.\n\n"
            "With both countries massing troops along the border, the dispute was growing dangerously tense.")
    got = _events(text)
    assert ("IND", "PAK", "154") in got and ("PAK", "IND", "154") in got, got
    # a border with a third state names that state; words between the two are no show of force
    got = _events("MOSCOW (Reuters) - Russia and Belarus massed troops along the border with Ukraine.")
    assert ("RUS", "UKR", "154") in got and not any(t == "BLR" or t == "RUS" for s, t, c in got), got
