"""A verbal act "in" which a clause's subject acted is the subject's: "in a rebuke to X"."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_rebuke_snub_or_defiance_in_which_the_subject_acted_is_its_own():
    assert ("USAGOV", "CHN", "111", "asserted") in _events(
        "In a sharp rebuke of Beijing, Washington imposed visa restrictions on Chinese officials.")
    assert any(e[0] == "CZELEG" and e[1].startswith("CHN") and e[2] == "120"
               for e in _events("In a snub to China, the Czech Senate speaker visited Taiwan."))
    assert ("HUNLEG", "IGOEUREEC", "128", "asserted") in _events(
        "Hungary's parliament passed the law in defiance of the European Union.")


def test_a_manner_of_another_kind_or_aimed_at_no_actor_codes_no_rebuke():
    assert not any(e[2].startswith(("11", "12")) for e in _events(
        "In a rebuke to critics, the coach named the same team for the final."))
    assert not any(e[2].startswith(("11", "12")) for e in _events(
        "The governor held a rally in support of the president."))
