"""An infinitive with its own subject that the parser labels a clausal complement ("allow the
tanks to be sent", "let Ukraine receive the tanks") stands under the verb governing it, as an
xcomp does (events/modality.py `_bare_complement`); reported speech keeps its own modality."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_an_act_an_asked_act_would_allow_is_not_done():
    # "to be sent" is parsed as a clausal complement of "allow", no reported speech
    got = _events("BERLIN (Reuters) - Germany asked Poland to allow the tanks to be sent to Ukraine.")
    assert not any(c.startswith("07") and m == "asserted" for s, t, c, m in got), got


def test_a_reported_clause_keeps_its_own_modality():
    got = _events("MOSCOW (Reuters) - Russia said Ukraine attacked its border posts.")
    assert any(s == "UKR" and c.startswith("19") and m == "asserted" for s, t, c, m in got), got
