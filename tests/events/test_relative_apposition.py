"""A relative clause on a common noun in apposition to a name tells what the named actor did
("Amnesty International, a group that has urged Congress to act": Amnesty urged; events/roles.py
`_relative`)."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-25"}])
    return rec["events"]


def test_the_relative_clause_of_an_apposition_is_the_names_act():
    evs = _events("NAIROBI (AFP) - Amnesty International, a group that has urged parliament to act, "
                  "criticised the police.")
    urged = [e for e in evs if e["trigger"] == "urged"]
    assert urged and all(e["source"] == "NGOAMN" for e in urged), urged


def test_a_relative_clause_of_a_plain_common_noun_stays_unread():
    # "the faction that controls ...": a common noun of its own, no name in apposition
    evs = _events("NAIROBI (AFP) - Police arrested members of a group that has attacked the parliament.")
    assert not any(e["trigger"] == "attacked" and (e["source"] or "").startswith("KEN") for e in evs), evs
