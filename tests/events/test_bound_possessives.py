"""The possessive pronoun of an act noun bound to its clause's named subject ("Trump released the
transcript of his call with Zelensky") is as sure a doer as a surname; one whose clause has no
named subject before it stays a pronoun's doubt."""

from __future__ import annotations

from detente.engine import code_records


def _conf(text: str, cameo: str) -> float:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return max(e["confidence"] for e in rec["events"] if e["cameo"] == cameo and e["modality"] == "asserted")


def test_his_call_with_is_the_subjects_call_at_default_confidence():
    assert _conf("Once Trump released the transcript of his July 25th call with Ukrainian president Zelensky, "
                 "the nation learned about it.", "041") >= 0.5
    assert _conf("Trump discussed the investigation during his call with Zelensky.", "041") >= 0.5


def test_a_possessive_with_its_antecedent_in_another_sentence_keeps_its_doubt():
    text = "Trump spoke to reporters on Friday. The transcript of his call with Zelensky was released."
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    assert all(e["confidence"] < 0.5 for e in rec["events"] if e["cameo"] == "041")
