"""A gerund named as the setting in which a clause's subject suffered something is an occurrence,
not that subject's act: "three people were wounded in shelling" shelled no one
(events/arguments.py `suffered_in`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def _force_by(events: list[tuple], code: str) -> list[tuple]:
    return [e for e in events if e[0] and e[0].endswith(code) and e[2][:2] in ("18", "19", "20")]


def test_victims_of_a_passive_do_not_shell():
    for text in ("KYIV (Reuters) - Three people were wounded in shelling in Kherson.",
                 "KHARTOUM (Reuters) - Dozens of civilians were killed in shelling in El Fasher, activists said.",
                 "KYIV (Reuters) - Two soldiers were killed during fighting in Donetsk."):
        got = _events(text)
        assert not _force_by(got, "CVL") and not _force_by(got, "MIL"), (text, got)


def test_the_dead_did_not_shell():
    got = _events("KYIV (Reuters) - Three people died in shelling in Kherson.")
    assert not _force_by(got, "CVL"), got


def test_victims_are_not_the_doers_of_a_named_shelling():
    got = _events("KYIV (Reuters) - Three people were injured in shelling by Russian forces.")
    assert not _force_by(got, "CVL"), got


def test_an_active_subject_still_shells():
    assert ("RUS", "UKR", "194") in _events("KYIV (Reuters) - Russia retaliated by shelling Kharkiv.")


def test_a_stative_passive_subject_still_fights():
    got = _events("GAZA (Reuters) - Israel's army is engaged in fighting in Gaza.")
    assert any(s == "ISRMIL" and c.startswith("19") for s, t, c in got), got
