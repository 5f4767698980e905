"""A name the parser hangs under the company noun before it ("the office-sharing company WeWork",
read as a compound, or as a twin subject) is a company all the same, as "the ride-hailing company
Grab" in apposition is; a company noun in capitals is part of a name, and an event still needs a
political target."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in rec["events"]}


def test_company_noun_compound_to_the_name():
    got = _events("The office-sharing company WeWork sued the city of New York.")
    assert any(s and s.endswith("BUS") and c == "115" for s, c, _ in got), got


def test_apposition_still_holds():
    assert ("IDNBUS", "111", "IDNGOV") in _events("The ride-hailing company Grab criticized the Indonesian government.")
    assert not _events("The office-sharing company WeWork laid off 2,400 workers.")


def test_a_company_noun_beside_a_known_company_is_that_company_not_the_datelines():
    # a company the tables hold keeps its own country against the dateline's, named by a noun too
    for text in ("MOSCOW (Reuters) - The tech company Apple criticized the Russian government.",
                 "MOSCOW (Reuters) - Apple, the tech company, criticized the Russian government.",
                 "MOSCOW (Reuters) - The carmaker Toyota criticized the Russian government."):
        got = _events(text)
        assert got and all(s != "RUSBUS" for s, _, _ in got), (text, got)
    assert ("JPNBUSTYT", "111", "RUSGOV") in _events("MOSCOW (Reuters) - The carmaker Toyota criticized the Russian government.")
    # a noun whose own words name another country is left as it is
    assert ("RUSBUS", "111", "RUSGOV") in _events("The Russian company Apple criticized the Russian government.")


def test_a_body_noun_beside_a_body_the_tables_hold_is_that_body_not_the_datelines():
    # "the charity Oxfam", "the broadcaster BBC": the named body acts, not one of the dateline's country
    assert ("GBRMED", "112", "RUS") in _events("KYIV (Reuters) - The broadcaster BBC accused Russia of jamming its signal.")
    got = _events("NEW DELHI (Reuters) - The rights group Amnesty International accused police of torture.")
    assert got and all(s == "NGOAMN" for s, _, _ in got), got
    # a noun whose own words name a country is left as it is
    got = _events("NEW DELHI (Reuters) - The Indian rights group Amnesty International accused police of torture.")
    assert got and all(s != "NGOAMN" for s, _, _ in got), got
