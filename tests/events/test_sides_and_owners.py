"""Whose troops, which sides, and what a "with" phrase of units is.

- The object of an accusing verb whose "of"/"for" gerund tells what it did owns the forces that
  gerund names: "Kosovo accused Serbia of massing troops" (Serbia's troops), not the accuser's
  (actors/attach.py `_charged_doer`).
- A noun a verb describes with no subject of its own ("The EU's foreign policy chief called on both
  sides ...", parsed as a noun and its participle) is who addresses "both sides": it is none of them
  (actors/plural.py `_addressers`).
- Reinforcing a peacekeeping mission is peacekeeping (074), no threat of force on the host; the
  units it is reinforced "with" are its means, no one it is done to (events/arguments.py `_units_used`).
"""

from __future__ import annotations

from detente.engine import code_records


def _record(text: str) -> dict:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    return rec


def _events(text: str) -> list[tuple]:
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in _record(text)["events"]]


def test_troops_massed_by_the_accused_are_the_accuseds():
    events = _events("PRISTINA (Reuters) - Kosovo accused Serbia of massing troops on the border.")
    assert ("XKX", "SRB", "112", "asserted") in events
    rec = _record("KYIV (Reuters) - Ukraine accused Russia of sending troops into the Kharkiv region.")
    assert "RUSMIL" in {a["code"] for a in rec["actors"]}
    assert "UKRMIL" not in {a["code"] for a in rec["actors"]}


def test_both_sides_addressed_by_a_described_noun_are_the_pair_before():
    events = _events("PRISTINA (Reuters) - Kosovo accused Serbia of massing troops on the border.\n\n"
                     "The European Union's foreign policy chief called on both sides to show restraint.")
    targets = {t[:3] for s, t, c, _ in events if s.startswith("IGOEUREEC") and c.startswith("02")}
    assert targets == {"SRB", "XKX"}


def test_a_third_body_between_is_no_side():
    events = _events("PRISTINA (Reuters) - Kosovo accused Serbia of massing troops on the border.\n\n"
                     "NATO said it would reinforce its peacekeeping mission in Kosovo if needed.\n\n"
                     "The European Union's foreign policy chief called on both sides to show restraint.")
    assert not any(s.startswith("IGOEUREEC") and t and t.startswith("IGO") for s, t, _, _ in events)


def test_reinforcing_peacekeepers_is_no_threat():
    events = _events("PRISTINA (Reuters) - NATO said it would reinforce its peacekeeping mission in Kosovo.")
    assert not any(c.startswith("13") for _, _, c, _ in events)
    assert any(c in ("074", "0334") for _, _, c, _ in events)


def test_units_a_force_is_reinforced_with_are_no_target():
    events = _events("PRISTINA (Reuters) - NATO reinforced its peacekeeping force in Kosovo with 200 British troops.")
    assert not any(t and t.startswith("GBR") for _, t, _, _ in events)


def test_with_alone_still_names_a_counterpart():
    assert any(t == "RUSMIL" for _, t, _, _ in _events("KYIV (Reuters) - Ukrainian forces clashed with Russian troops near Bakhmut."))
