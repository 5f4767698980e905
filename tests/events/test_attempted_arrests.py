"""An arrest, a detention or a seizure only tried ("police tried to arrest the suspect", "troops
trying to arrest a wanted man shot him") is not made: hypothetical, not asserted; an attack tried
stays one, and an arrest managed is made (cues.yaml unmade_attempt_codes, events/modality.py
`attempted`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_an_arrest_tried_is_not_asserted():
    got = _events("KABUL (Reuters) - Afghan police attempted to detain the commander but he escaped.")
    assert any(c == "173" for s, t, c, m in got) and not any(c == "173" and m == "asserted" for s, t, c, m in got), got


def test_an_arrest_tried_in_a_participle_is_not_asserted():
    got = _events("HEBRON (Reuters) - Israeli troops trying to arrest a wanted Hamas member shot the suspect dead.")
    assert not any(c == "173" and m == "asserted" for s, t, c, m in got), got


def test_an_arrest_managed_is_made():
    got = _events("LONDON (Reuters) - British police managed to arrest the man after a chase.")
    assert any(c == "173" and m == "asserted" for s, t, c, m in got), got
