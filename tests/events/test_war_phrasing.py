"""How war reports phrase force: strikes counted by a noun ("a wave of air strikes on X") keep
the target the parser hangs on the count (events/roles.py `count_phrases`); fire from a weapon
the noun names is force ("came under Russian artillery fire": senses `_armed_sense`); a state's
forces killing fighters is force, not assault (cues `war_kills`); drones
and jets downed, and military things destroyed, are force on their owner (patterns.tsv `down`,
`destroy`; a number "of" them is seen through, events/triggers.py `_objects`); control taken of a
town is the town taken (cues `frame_nouns`; patterns.tsv take, regain, gain, wrest); those who died
or were wounded "in" a force noun are its targets (events/build.py `_sufferers`); troops moved or
amassed are deployed (patterns.tsv move, amass, mass)."""

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


def test_troops_killing_militants_of_their_own_country_is_force():
    got = _events("ISLAMABAD (Reuters) - Pakistani troops killed eight militants in a raid in North Waziristan, the army said.")
    assert ("PAKMIL", "PAKREB", "19") in got, got


def test_a_soldier_killed_by_another_states_forces_is_force():
    got = _events("BEIRUT (Reuters) - An Israeli soldier was killed by Lebanese forces near the border.")
    assert ("LBNMIL", "ISRMIL", "19") in got, got


def test_civilians_killed_with_no_weapon_of_war_stay_an_assault():
    got = _events("GAZA (Reuters) - Israeli forces killed at least 40 Palestinians across the Gaza Strip on Monday, medics said.")
    assert ("ISRMIL", "PSECVL", "18") in got, got


def test_killings_by_rebels_and_executions_stay_assaults():
    got = _events("NIAMEY (Reuters) - Suspected jihadists killed 20 civilians in an attack on a village in western Niger.")
    assert any(r == "18" for _, _, r in got) and not any(r == "19" for _, _, r in got), got
    got = _events("TEHRAN (Reuters) - Iran executed a British-Iranian national on Saturday.")
    assert not any(r == "19" for _, _, r in got), got


def test_drones_downed_are_aimed_at_their_owner():
    got = _events("MOSCOW (Reuters) - Russian air defences downed 30 Ukrainian drones over the Belgorod region.")
    assert ("RUSMIL", "UKR", "19") in got, got
    got = _events("ANKARA (Reuters) - Turkey downed a Russian jet near the Syrian border.")
    assert ("TUR", "RUS", "19") in got and not any(t == "SYR" for _, t, _ in got), got


def test_a_number_of_military_things_destroyed_is_force():
    got = _events("KYIV (Reuters) - Ukraine's air force destroyed 50 of 70 Russian drones.")
    assert ("UKRMIL", "RUS", "19") in got, got


def test_a_depot_destroyed_by_forces_is_force():
    got = _events("MOSCOW (Reuters) - The Russian defence ministry said its forces had destroyed a Ukrainian ammunition depot.")
    assert ("RUSMIL", "UKR", "19") in got and not any(r == "17" for _, _, r in got), got


def test_a_depot_destroyed_by_fire_is_no_event():
    assert _events("LONDON (Reuters) - The fire destroyed a depot in east London.") == []


def test_control_taken_of_a_town_is_occupation():
    got = _events("KYIV (Reuters) - Russian forces have taken control of the town of Avdiivka.")
    assert ("RUSMIL", "UKR", "19") in got, got
    got = _events("KHARTOUM (Reuters) - Sudan's army regained control of the presidential palace from the RSF.")
    assert ("SDNMIL", "SDNREBRSF", "19") in got, got
    got = _events("KYIV (Reuters) - Russian forces seized control of the village of Novomykhailivka.")
    assert ("RUSMIL", "UKR", "19") in got and not any(r == "17" for _, _, r in got), got


def test_control_taken_by_unarmed_hands_is_none():
    assert _events("WASHINGTON (Reuters) - Democrats took control of the House of Representatives.") == []
    assert _events("LONDON (Reuters) - The company took control of the port operator.") == []


def test_the_dead_and_wounded_in_a_force_noun_are_its_targets():
    got = _events("KYIV (Reuters) - Two Ukrainian soldiers were wounded in Russian shelling.")
    assert ("RUS", "UKRMIL", "19") in got, got
    got = _events("GAZA (Reuters) - Five Palestinians died in an Israeli air strike on Tuesday.")
    assert ("ISR", "PSECVL", "19") in got, got
    got = _events("BAMAKO (Reuters) - Ten soldiers died in an attack by jihadists on an army post in central Mali.")
    assert ("MLIREB", "MLIMIL", "19") in got, got


def test_the_injured_in_an_accident_or_a_game_are_no_targets():
    assert _events("LONDON (Reuters) - Two people were injured in a crash on the M1.") == []
    assert _events("LONDON (Reuters) - The striker was injured in a clash with the goalkeeper.") == []


def test_troops_moved_or_amassed_toward_a_state_are_a_deployment():
    got = _events("KYIV (Reuters) - Belarus moved troops to its border with Ukraine.")
    assert ("BLR", "UKR", "15") in got, got
    got = _events("KYIV (Reuters) - Russia has amassed more than 100,000 troops near the Ukrainian border.")
    assert ("RUS", "UKR", "15") in got, got


def test_things_moved_by_a_company_are_no_deployment():
    assert _events("LONDON (Reuters) - The company moved its headquarters to Dublin.") == []


def test_a_count_of_strikes_on_an_armed_group_matches_the_strike_row():
    got = _events("BEIRUT (Reuters) - Israeli jets carried out dozens of strikes on Hezbollah positions in the Bekaa valley.")
    assert ("ISR", "LBNREBHEZ", "19") in got, got


def test_a_port_taken_over_by_a_government_is_no_occupation():
    got = _events("ATHENS (Reuters) - The Greek government took control of the port of Piraeus from the Chinese operator.")
    assert not any(r == "19" for _, _, r in got), got
