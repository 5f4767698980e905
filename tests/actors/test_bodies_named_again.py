"""A body's people and short names are the body's, whatever countries their sentence names.

- A new person titled under an international body ("EU trade chief Valdis Dombrovskis") is the
  body's, never the country the rest of the sentence names (actors/people.py `person_group`).
- "the Commission", "the Ministry" capitalised name again the body named before whose name holds
  the word (actors/builder.py `_named_body_again`); a lower-case "the ministry in Kyiv" is still read
  by its own place.
- A verb the parser joined to a comma-closed relative clause of a root noun is that noun's
  ("Scholz, whose country's carmakers depend on China, criticised the tariffs": events/roles.py
  `_after_relative`).
"""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _record(text: str) -> dict:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    return rec


@pytest.mark.parametrize("other", ["Japan", "Beijing"])
def test_a_bodys_titled_person_keeps_the_body_beside_a_country(other):
    rec = _record(f"BRUSSELS (Reuters) - EU trade chief Valdis Dombrovskis said the bloc remained open to talks with {other}.")
    codes = {a["text"]: a["code"] for a in rec["actors"]}
    assert codes["EU trade chief Valdis Dombrovskis"].startswith("IGOEUREEC")


def test_a_capitalised_short_name_is_the_body_named_before():
    rec = _record("BRUSSELS (Reuters) - The European Commission imposed tariffs on Chinese cars.\n\n"
                  "EU trade chief Valdis Dombrovskis said the Commission remained open to talks with Beijing "
                  "and invited Chinese officials to Brussels to negotiate a solution.")
    events = [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]
    assert not any(s == "CHNGOV" for s, _, _ in events)
    assert any(s.startswith("IGOEUREEC") and t == "CHNGOV" for s, t, _ in events)


def test_a_lower_case_ministry_placed_by_its_phrase_is_still_that_places():
    rec = _record("MOSCOW (Reuters) - Russia said the ministry in Kyiv was lying.")
    assert ("RUS", "UKRGOV") in {(e["source"], e["target"]) for e in rec["events"]}


def test_a_verb_after_a_closed_relative_clause_is_the_root_nouns():
    rec = _record("BRUSSELS (Reuters) - The European Commission imposed tariffs on Chinese electric vehicles.\n\n"
                  "German Chancellor Olaf Scholz, whose country's carmakers depend heavily on the Chinese market, "
                  "criticised the tariffs.")
    events = [(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["cameo"].startswith("11")]
    assert events and all(s == "DEUGOV" for s, _, _ in events)
