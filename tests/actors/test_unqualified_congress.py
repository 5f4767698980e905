""""Congress" capitalised and unqualified, in a story that names no other country's congress, is
the U.S. Congress (USALEG); a congress its phrase or story places elsewhere keeps that country, and
a party congress or the Indian National Congress are not it."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in rec["events"]}


def test_unqualified_congress_is_the_us_congress():
    assert ("USAGOV", "023", "USALEG") in _events("President Biden urged Congress to approve more aid for Ukraine.")
    assert ("USALEG", "111", "USAGOV") in _events("Congress criticized the White House over the new tariffs on Chinese steel.")


def test_congress_placed_elsewhere_keeps_its_country():
    assert ("BRALEG", "120", "BRAGOV") in _events("In Brazil, Congress rejected Bolsonaro's budget.")
    assert ("PHLLEG", "111", "CHN") in _events("The Philippine Congress condemned China's incursions.")
    assert ("INDPTYINC", "112", "INDGOV") in _events("The Indian National Congress accused Prime Minister Modi of lying.")


def test_congress_in_a_story_about_a_state_with_no_congress_is_the_us_one():
    got = _events("Israel launched strikes on Gaza. Congress criticized the Israeli government over the strikes.")
    assert ("USALEG", "111", "ISRGOV") in got, got
    assert not any(s == "ISRLEG" for s, _, _ in got)
