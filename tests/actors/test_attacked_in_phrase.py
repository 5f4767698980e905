"""A bare role whose own phrase says it attacked a country ("militants accused of an attack on
India's parliament") does not take that country from its paragraph or article."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-03-01"}])
    return rec["events"]


def test_militants_set_against_a_country_are_not_its_own():
    got = _events("Indian security forces shot dead four suspected rebels in Kashmir. The killings came as "
                  "Bangladeshi police arrested a dozen militants from banned groups accused of a bomb attack on "
                  "India's parliament.")
    arrests = [e for e in got if e["cameo"] == "173"]
    assert arrests and not any(e["target"] == "INDREB" for e in arrests), got


def test_militants_with_no_such_phrase_still_take_the_paragraph_country():
    got = _events("Indian troops patrolled the Kashmir valley on Sunday. Later police detained several militants.")
    assert any(e["target"] == "INDREB" for e in got), got
