"""A framed quote that labels what the speech verb's "of" phrase names: "“X,” Y said of Z"."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_label_said_of_an_act_or_actor_judges_it():
    assert ("USALEG", "USAGOV", "112", "asserted") in _events(
        "“This is a betrayal of the Kurdish people,” Senator Lindsey Graham said of Trump's withdrawal from Syria.")
    assert ("TURGOV", "FRA", "111", "asserted") in _events(
        "“It is a shameful decision,” the Turkish foreign minister said of the French vote.")
    assert ("HKGCOP", "HKGOPP", "112", "asserted") in _events(
        "“They are criminals,” the Hong Kong police commander said of the protesters.")


def test_no_label_a_denied_or_possible_one_judges_no_one():
    for text in ("“This is a great day for our country,” Merkel said of the agreement with France.",
                 "“It is a very difficult situation,” the Turkish foreign minister said of the French vote.",
                 "“This is not illegal,” the French minister said of the German plan.",
                 "“It would be a mistake,” Merkel said of a British exit from the EU."):
        assert not any(e[2].startswith("11") for e in _events(text)), text
