"""A force another power backs ("US-backed forces in Syria", "Saudi-backed government forces in
Yemen") is a local force of the country it is in, never its backer's; troops of a named country in
another ("Russian forces in Syria") stay their own country's."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in rec["events"]}


def test_backed_forces_are_of_the_country_they_are_in():
    got = _events("Saudi-backed government forces in Yemen attacked Houthi positions.")
    assert ("YEMGOV", "190", "YEMREBHTH") in got or ("YEMMIL", "190", "YEMREBHTH") in got, got
    assert not any(s and s.startswith("SAU") for s, _, _ in got)
    assert ("SYRMIL", "190", "IMGMOSISI") in _events("US-backed forces in Syria attacked Islamic State fighters on Sunday.")
    assert ("IRQMIL", "190", "USAGOV") in _events("Iranian-backed forces in Iraq attacked the US embassy.")  # the embassy is its government abroad


def test_foreign_troops_in_a_country_stay_their_own():
    assert ("RUSMIL", "190", "SYR") in _events("Russian forces in Syria attacked Idlib.")
