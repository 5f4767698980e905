"""The attack a killing happened in may hang on the harm joined to it ("were killed and 30 wounded
in Russian air strikes") or be measured by a noun of time or count ("in three nights of US air
strikes"): its doer is still the killing's source."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["modality"] == "asserted"}


def test_setting_on_the_joined_harm():
    got = _events("Twelve Syrian soldiers were killed and 30 wounded in Russian air strikes near the border.")
    assert any(e[0].startswith("RUS") and e[1] == "SYRMIL" and e[2] == "19" for e in got), got


def test_setting_measured_by_time():
    got = _events("Twelve Syrian soldiers were killed in two nights of Russian air strikes.")
    assert ("RUS", "SYRMIL", "19") in got, got  # the strikes' maker, not unidentified forces (RUSUAF)
