"""Protests a noun names with no doer of its own ("the protests began in June") are held by the
protesters the article has already named, against their own government (arguments.earlier_dissenters)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"][:2], e["modality"]) for e in rec["events"]]


LEAD = "HONG KONG (Reuters) - Police fired tear gas at demonstrators in Kowloon on Sunday.\n\n"


def test_the_protests_are_the_protesters_named_before_against_their_government():
    got = _events(LEAD + "The protests began in June over a bill that would have allowed extraditions.")
    assert ("HKGOPP", "HKGGOV", "14", "asserted") in got
    got = _events("SANTIAGO, Chile (AP) - Police arrested 300 protesters on Saturday.\n\n"
                  "The president resigned after weeks of riots over a rise in subway fares.")
    assert ("CHLOPP", "CHLGOV", "14", "asserted") in got


def test_no_protesters_named_before_no_doer():
    got = _events("HONG KONG (Reuters) - The protests began in June over a bill that would have allowed extraditions.")
    assert not any(e[2] == "14" for e in got)


def test_a_new_demonstration_or_one_the_sentence_gives_a_doer_takes_none_from_before():
    # "a demonstration" may be another's; "in protest at" qualifies its clause's own act
    got = _events(LEAD + "Officials said a demonstration was planned for Friday.")
    assert not any(e[2] == "14" for e in got)
    got = _events(LEAD + "Two students refused food in protest at the arrests.")
    assert ("HKGOPP", "HKGGOV", "14", "asserted") not in got
