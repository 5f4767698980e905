"""A verb of feeling is the feeling of its object about its subject: "X's remarks infuriated Y" is Y's disapproval."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_the_one_angered_disapproves_of_who_angered_it():
    assert ("MEX", "USAGOV", "110", "asserted") in _events("Trump's remarks infuriated Mexico.")
    assert ("CHN", "USA", "110", "asserted") in _events("China was infuriated by Washington's arms sale to Taiwan.")
    assert ("CHN", "USA", "110", "asserted") in _events("Washington's arms sale to Taiwan has enraged Beijing.")


def test_anger_with_a_side_unnamed_or_no_actor_codes_nothing():
    for text in ("The decision angered Beijing.", "The defeat angered Liverpool fans.",
                 "The referee's decision infuriated Chelsea."):
        assert not _events(text), text
