"""International bodies and NGOs acting on states and acted on, as wire stories report them: the
legal acts of courts and commissions, and the bodies' own names."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return [(e["source"], e["target"], e["cameo"][:3], e["modality"]) for e in rec["events"]]


def test_legal_action_and_proceedings_against_a_state_are_a_lawsuit():
    assert ("IGOEUREEC", "HUN", "115", "asserted") in _events(
        "BRUSSELS (Reuters) - The European Commission launched legal action against Hungary over its asylum law.")
    assert ("IGOEUREEC", "ITA", "115", "asserted") in _events(
        "BRUSSELS (Reuters) - The European Commission opened infringement proceedings against Italy on Thursday.")
    assert ("IGOEUREEC", "DEU", "115", "asserted") in _events(
        "BRUSSELS (Reuters) - The European Commission brought a case against Germany at the EU court.")
    # action of another kind, and a case only talked about, is no lawsuit
    assert [e for e in _events("BRUSSELS (Reuters) - NATO took military action against Libya.") if e[2] == "115"] == []
    assert [e for e in _events("BRUSSELS (Reuters) - The European Commission discussed the case of Poland.")
            if e[2] == "115"] == []


def test_an_arrest_warrant_issued_for_a_leader_is_legal_action_against_him():
    assert ("IGOICC", "SDNGOV", "173", "asserted") in _events(
        "THE HAGUE (Reuters) - The International Criminal Court issued an arrest warrant for Sudan's "
        "president Omar al-Bashir.")


def test_troops_and_peacekeepers_deployed_to_a_country_target_that_country_not_themselves():
    assert ("IGOWSTNAT", "EST", "154", "asserted") in _events(
        "BRUSSELS (Reuters) - NATO deployed additional troops to Estonia on Thursday.")
    assert ("IGOAFRAFU", "SOM", "074", "asserted") in _events(
        "ADDIS ABABA (Reuters) - The African Union deployed peacekeepers to Somalia.")
    assert ("GBR", "YEM", "154", "asserted") in _events(
        "LONDON (Reuters) - Britain dispatched troops to Yemen.")
    # a unit of people sent only counts them: the experts are sent
    assert ("IGOUNOWHO", "COD", "090", "asserted") in _events(
        "GENEVA (Reuters) - The WHO sent a team of experts to the Democratic Republic of Congo.")
    # the force itself is never the one acted on
    assert [e for e in _events("MOSCOW (Reuters) - Russia deployed troops to Belarus.") if e[1].startswith("RUS")] == []
