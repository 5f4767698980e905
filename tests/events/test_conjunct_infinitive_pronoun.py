"""An "it"/"them" object of the "to"-infinitive of the second of two coordinated verbs stands for
the first verb's object, as the second verb's own object does ("surrounded the protesters and
threatened to arrest them": the protesters are threatened)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target, root", [
    ("Riot police in Hong Kong surrounded the protesters and threatened to arrest them.", "HKGCOP", "HKGOPP", "13"),
    ("Police in Hong Kong cornered the demonstrators and threatened to fire tear gas at them.", "HKGCOP", "HKGOPP", "13"),
])
def test_the_infinitive_pronoun_is_the_first_verbs_object(text, source, target, root):
    got = _events(text)
    assert any(e[0] == source and e[1] == target and e[2].startswith(root) for e in got), got


def test_no_first_object_no_target():
    got = _events("Riot police in Hong Kong arrived and threatened to arrest them.")
    assert not any(e[2].startswith("13") and e[1] for e in got), got
