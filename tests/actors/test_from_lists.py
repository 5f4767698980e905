"""A role "from" a coordinated list of countries gives one actor per country ("officials from
Russia, Ukraine and China"), as "the ministers of Egypt and Jordan" does; a plural title
("ministers", "diplomats", "envoys") from a country is that country's, as "officials" is."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"], e["cameo"][:2], e["modality"]) for e in rec["events"]}


def test_officials_from_three_countries_meet_pairwise():
    got = _events("ISTANBUL (Reuters) - Officials from Russia, Ukraine and China met in Istanbul on Tuesday.")
    pairs = {(s[:3], t[:3]) for s, t, c, m in got if c == "04" and m == "asserted"}
    assert pairs == {(a, b) for a in ("RUS", "UKR", "CHN") for b in ("RUS", "UKR", "CHN") if a != b}


def test_ministers_from_two_countries_talk_both_ways():
    got = _events("ASTANA (Reuters) - Ministers from India and Pakistan held talks in Astana.")
    assert ("INDGOV", "PAKGOV", "04", "asserted") in got and ("PAKGOV", "INDGOV", "04", "asserted") in got


def test_envoys_from_a_list_meet_a_third_party():
    got = _events("DOHA (Reuters) - Envoys from Egypt and Qatar met Hamas leaders in Doha.")
    assert {s[:3] for s, t, c, m in got if c == "04" and t.startswith("PSE")} == {"EGY", "QAT"}


def test_ambassadors_recalled_from_countries_stay_the_senders():
    got = _events("LONDON (Reuters) - Britain recalled its ambassadors from Iran and Iraq.")
    assert not any(s[:3] in ("IRN", "IRQ") for s, *_ in got)
