"""A noun of asking (a demand, a call, a request) asks the subject of the clause it takes ("a
demand that Japan withdraw", "a call for Russia to withdraw"), and what it asks is not done."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_demand_that_someone_act_is_made_of_them():
    got = _events("BEIJING (Reuters) - China's demand that Japan withdraw its ships went unanswered.")
    assert any(s == "CHN" and t == "JPN" and c.startswith("10") and m == "asserted" for s, t, c, m in got), got


def test_a_request_that_someone_act_is_made_of_them():
    got = _events("WASHINGTON (Reuters) - Trump's request that Ukraine investigate Biden sparked the impeachment inquiry.")
    assert any(s[:3] == "USA" and t == "UKR" and c.startswith("02") for s, t, c, m in got), got


def test_a_call_for_someone_to_act_asks_them_and_is_not_done():
    got = _events("BRUSSELS (Reuters) - The EU's call for Russia to withdraw its troops fell on deaf ears.")
    assert any(s == "IGOEUREEC" and t == "RUS" and c.startswith("02") for s, t, c, m in got), got
    assert not any(c.startswith("08") and m == "asserted" for s, t, c, m in got), got


def test_a_demand_for_a_thing_has_no_clause_target():
    assert _events("NEW YORK (Reuters) - Demand that outstrips supply pushed oil prices higher.") == []


def test_a_call_whose_for_clause_the_parser_hangs_as_adverbial_asks_its_subject():
    # the parser hangs "for Iran to free" on "call" as an adverbial clause
    got = _events("PARIS (Reuters) - France's call for Iran to free the prisoners went unanswered.")
    assert any(s == "FRA" and t == "IRN" and c.startswith("02") and m == "asserted" for s, t, c, m in got), got
    got = _events("MOSCOW (Reuters) - Russia repeated its demand for NATO to withdraw from eastern Europe.")
    assert any(s == "RUS" and t == "IGOWSTNAT" and c.startswith("10") for s, t, c, m in got), got
