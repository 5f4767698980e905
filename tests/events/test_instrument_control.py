"""The object of a verb of using is the means of its infinitive's act, which its subject does
("Russia used Iranian drones to attack Kyiv": Russia, not Iran, attacks); a verb of asking still
hands the act to its object ("urged Israel to halt")."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, doer", [
    ("Russia used Iranian drones to attack Kyiv.", "RUS"),
    ("Russian forces used Iranian drones to strike power plants in Ukraine.", "RUS"),
    ("The president used the speech to attack the media.", "GOV"),
])
def test_the_user_of_a_means_does_the_act(text, doer):
    got = _events(text)
    assert any(e[0] and e[0].startswith(doer) and e[2][:2] in ("11", "19") for e in got), got
    assert not any(e[0] and e[0].startswith("IRN") for e in got), got


def test_a_verb_of_asking_keeps_object_control():
    assert ("USAGOV", "ISR", "020", "asserted") in _events("Washington urged Israel to halt the offensive.")
