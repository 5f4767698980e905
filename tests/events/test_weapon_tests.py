"""A missile fired or launched as a test, or into the sea, and a weapon tested or a nuclear test
conducted, are a show of force (150), aimed at no one unless a phrase names whom; a missile fired
at or on someone stays an attack (events/senses.py `weapon_test`, cues.yaml test_force,
patterns.tsv test/conduct rows)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_missile_fired_into_the_sea_is_a_show_of_force_at_no_one():
    got = _events("SEOUL (Reuters) - North Korea fired a ballistic missile into the sea, South Korea's military said.")
    assert ("PRK", None, "150") in got or ("PRK", "", "150") in got, got


def test_a_test_fired_missile_is_a_show_of_force():
    for text in ("SEOUL (Reuters) - North Korea test-fired a cruise missile on Sunday.",
                 "MOSCOW (Reuters) - Russia test-launched a Sarmat missile.",
                 "SEOUL (Reuters) - North Korea fired a ballistic missile in a test on Friday."):
        got = _events(text)
        assert [c for s, t, c in got] == ["150"] and not any(t for s, t, c in got), (text, got)


def test_a_warning_names_whom_a_test_is_aimed_at():
    got = _events("SEOUL (Reuters) - North Korea fired two missiles into the East Sea in a warning to Seoul.")
    assert ("PRK", "KOR", "150") in got and not any(c.startswith("19") for s, t, c in got), got


def test_a_weapon_tested_and_a_nuclear_test_conducted():
    assert any(s == "IRN" and c == "150" for s, t, c in _events(
        "TEHRAN (Reuters) - Iran tested a new hypersonic missile, state television said."))
    assert any(s == "PRK" and c == "150" for s, t, c in _events(
        "SEOUL (Reuters) - North Korea conducted a nuclear test, its seventh."))


def test_a_test_never_takes_an_earlier_paragraphs_country():
    got = _events("SEOUL (Reuters) - Japan criticised North Korea.\n\nNorth Korea fired a ballistic missile into the sea on Monday.")
    assert not any(s == "PRK" and t for s, t, c in got), got


def test_missiles_fired_at_or_into_a_country_stay_an_attack():
    assert any(c.startswith("19") and t == "ISR" for s, t, c in _events(
        "GAZA (Reuters) - Hamas fired rockets into southern Israel on Sunday."))
    assert ("RUS", "UKR", "195") in _events("KYIV (Reuters) - Russia launched missiles on Kyiv overnight.")
