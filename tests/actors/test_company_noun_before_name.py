"""A name the parser hangs under the company noun before it ("the office-sharing company WeWork",
read as a compound, or as a twin subject) is a company all the same, as "the ride-hailing company
Grab" in apposition is; a company noun in capitals is part of a name, and an event still needs a
political target."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in rec["events"]}


def test_company_noun_compound_to_the_name():
    got = _events("The office-sharing company WeWork sued the city of New York.")
    assert any(s and s.endswith("BUS") and c == "115" for s, c, _ in got), got


def test_apposition_still_holds():
    assert ("IDNBUS", "111", "IDNGOV") in _events("The ride-hailing company Grab criticized the Indonesian government.")
    assert not _events("The office-sharing company WeWork laid off 2,400 workers.")
