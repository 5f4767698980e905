"""Criticism told in a finite passive with no doer named ("was accused of", "has been criticised")
is an act by unnamed critics, kept at the default confidence; a participle modifying a noun ("a man
accused of killing") is no such act."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"], e["confidence"]) for e in rec["events"]]


def test_a_finite_passive_accusation_with_no_doer_is_kept():
    # (a country named in the sentence: under a dateline alone the commission's country is context,
    # weaker evidence, as under "ABUJA (Reuters) - ")
    got = _events("The Nigerian electoral commission has been criticised for years over delays.")
    assert [(s, t, c) for s, t, c, m, conf in got if conf >= 0.5] == [(None, "NGAGOV", "111")]


def test_a_participle_of_accusing_codes_no_unnamed_accusation():
    got = _events("NAIROBI - A man accused of killing his wife appeared in court.")
    assert not any(c.startswith("11") and conf >= 0.5 for s, t, c, m, conf in got)
