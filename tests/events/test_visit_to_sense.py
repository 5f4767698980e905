"""A visit "to" a named actor ("on a three-day visit to Chile", "during his visit to Ghana") is a
journey there: the noun's "to" phrase picks its sense as a particle picks a verb's (confidence.yaml
`sense_particles`), so the visit gets no `ambiguous_trigger` doubt. A visit to no actor ("a visit
to the hospital") codes nothing."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return [e for e in rec["events"] if e["modality"] == "asserted"]


@pytest.mark.parametrize("text, source, target", [
    ("The Peruvian foreign minister is on a three-day visit to Chile.", "PERGOV", "CHL"),
    ("The Danish prime minister paid a visit to Estonia last month.", "DNKGOV", "EST"),
    ("During his visit to Ghana, the Dutch trade minister signed two contracts.", "NLDGOV", "GHA"),
])
def test_a_visit_to_someone_is_settled(text, source, target):
    got = [e for e in _events(text) if e["cameo"] == "042"]
    assert any(e["source"] == source and e["target"] == target and e["confidence"] >= 0.5 for e in got), got
    assert all("ambiguous_trigger" not in e["confidence_factors"] for e in got), got


def test_a_visit_to_no_actor_codes_nothing():
    got = _events("The Danish prime minister paid a visit to the new hospital.")
    assert not any(e["cameo"].startswith("04") for e in got), got
