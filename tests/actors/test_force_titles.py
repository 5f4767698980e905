"""A title owned by a bare force after "of"/"for" is of that force ("the district commander of
police": COP; "a spokesman for the army": MIL; attachment.yaml `force_owner_roles`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _actors(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {a["text"]: a["code"] for a in out["actors"]}


@pytest.mark.parametrize("text, words, want", [
    ("HONG KONG (Reuters) - The district commander of police accused protesters of rioting.", "commander", "HKGCOP"),
    ("LONDON (Reuters) - The chief of police condemned the attack.", "The chief", "GBRCOP"),
    ("HONG KONG (Reuters) - A spokesman for the army denied the report.", "spokesman", "HKGMIL"),
    ("MOSCOW (Reuters) - The district commander said troops shelled the village.", "commander", "RUSMIL"),
])
def test_a_title_of_a_force_is_of_that_force(text, words, want):
    assert _actors(text).get(words) == want
