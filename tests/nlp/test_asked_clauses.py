"""A "for"-marked infinitive with its own subject that the model hung on a verb right after the
verb's object, a noun of asking, is what the noun asks (pipeline.asked_clauses): "renewed its
calls for Iran to free the prisoners"."""

from __future__ import annotations

from detente.engine import code_records
from detente.nlp import load


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_the_clause_hangs_on_the_noun_of_asking():
    doc = load()("France renewed its calls for Iran to free the prisoners.")
    free = next(t for t in doc if t.text == "free")
    assert free.head.text == "calls"


def test_a_clause_after_another_object_stays_on_its_verb():
    # money raised for a purpose: no noun of asking, the clause is the verb's
    doc = load()("Ukraine raised money for Kyiv to buy weapons.")
    assert next(t for t in doc if t.text == "buy").head.text == "raised"


def test_the_renewed_call_asks_and_the_release_is_not_done():
    got = _events("PARIS (Reuters) - France renewed its calls for Iran to free the prisoners.")
    assert any(s == "FRA" and t == "IRN" and c.startswith("02") and m == "asserted" for s, t, c, m in got), got
    assert not any(c.startswith("08") and m == "asserted" for s, t, c, m in got), got


def test_a_rejected_call_leaves_what_it_asked_undone():
    got = _events("BRUSSELS (Reuters) - Hungary rejected the EU's call for Russia to withdraw its troops.")
    assert not any(c.startswith("08") and m == "asserted" for s, t, c, m in got), got
