"""The "to"-infinitive of a noun of refusing is not done, as the verb's is not: "Iran's refusal
to allow inspectors into the site" allows no one in."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_what_a_refusal_refuses_is_not_asserted():
    got = _events("TEHRAN (Reuters) - Iran's refusal to allow inspectors into the site angered the IAEA.")
    assert not any(c.startswith("08") and m == "asserted" for s, t, c, m in got), got


def test_tanks_refused_are_not_sent():
    got = _events("BERLIN (Reuters) - Germany's refusal to send tanks to Ukraine frustrated Kyiv.")
    assert not any(c.startswith("07") and m == "asserted" for s, t, c, m in got), got


def test_a_plan_to_send_tanks_is_not_refused():
    got = _events("BERLIN (Reuters) - Germany's decision to send tanks to Ukraine pleased Kyiv.")
    assert not any(c.startswith("07") and m == "negated" for s, t, c, m in got), got
