"""A country's human rights commission is its human rights body (HRI), as CAMEO codes human rights
organisations, not its government, whether an NGO or a statutory watchdog (agents.tsv: "human
rights commission", "commission on human rights"); other commissions keep their reading."""

import pytest

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"]) for e in rec["events"]}


@pytest.mark.parametrize("text, source, target", [
    ("The Kenya Human Rights Commission condemned the police for the killings in Nairobi.", "KENHRI", "KENCOP"),
    ("The Uganda Human Rights Commission accused the army of torturing detainees.", "UGAHRI", "UGAMIL"),
    ("The Human Rights Commission of Pakistan accused the government of abducting activists.", "PAKHRI", "PAKGOV"),
    ("The Kenya National Commission on Human Rights called on police to stop the abductions.", "KENHRI", "KENCOP"),
    ("Police arrested two members of the Kenya Human Rights Commission on Tuesday.", "KENCOP", "KENHRI"),
])
def test_a_human_rights_commission_is_hri(text, source, target):
    assert (source, target) in _events(text), _events(text)


@pytest.mark.parametrize("text, source, target", [
    ("Kenya's electoral commission rejected the opposition's complaint.", "KENGOV", "KENOPP"),
    ("The Federal Trade Commission sued Meta over its acquisitions.", "USAGOV", "USABUSMET"),
])
def test_other_commissions_keep_their_reading(text, source, target):
    assert (source, target) in _events(text), _events(text)
