"""A visit or call "in" or "during" which something was discussed or reviewed is that clause's
occasion, held (build.noun_event `occasion`), not an act looked at as "studied sanctions" is."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def test_a_visit_during_which_aid_was_discussed_was_made():
    got = _events("TOKYO (Reuters) - Kishida discussed reconstruction aid during a visit to Kyiv on Tuesday.")
    assert any(t == "UKR" and c == "042" and m == "asserted" for _, t, c, m in got)


def test_sanctions_debated_are_still_not_imposed():
    got = _events("BERLIN (Reuters) - The German ministers debated sanctions on Iran.")
    assert not [e for e in got if e[2].startswith("16") and e[3] == "asserted"]
