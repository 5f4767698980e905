"""How war reports phrase force: strikes counted by a noun ("a wave of air strikes on X") keep
the target the parser hangs on the count (events/build.py `_count_phrases`); fire from a weapon
the noun names is force ("came under Russian artillery fire": senses `_armed_sense`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["modality"] == "asserted"]


def test_a_wave_of_strikes_on_a_place_is_aimed_at_it():
    got = _events("BEIRUT (Reuters) - Israel carried out a wave of air strikes on Beirut's southern suburbs.")
    assert ("ISR", "LBN", "19") in got, got


def test_a_series_of_attacks_against_an_actor_is_aimed_at_it():
    got = _events("ANKARA (Reuters) - Turkey conducted a series of drone strikes against Kurdish militants in Syria.")
    assert any(s == "TUR" and t and t.startswith(("SYR", "TUR")) and r == "19" for s, t, r in got), got


def test_a_round_of_sanctions_on_a_state_is_aimed_at_it():
    got = _events("WASHINGTON (Reuters) - The United States imposed a fresh round of sanctions on Iran on Friday.")
    assert ("USA", "IRN", "16") in got, got


def test_a_count_with_no_actor_after_it_names_no_target():
    got = _events("LONDON (Reuters) - The company carried out a series of tests on its new engine.")
    assert got == [], got


def test_fire_from_a_named_weapon_is_force_not_criticism():
    got = _events("KYIV (Reuters) - Ukrainian positions near Chasiv Yar came under constant Russian artillery fire.")
    assert ("RUS", "UKR", "19") in got and not any(r == "11" for _, _, r in got), got


def test_fire_from_politicians_stays_criticism():
    got = _events("WASHINGTON (Reuters) - Biden came under fire from Republicans over the withdrawal.")
    assert any(r == "11" for _, _, r in got) and not any(r == "19" for _, _, r in got), got

