"""Professional and church bodies named "<body> of <country>" are that country's civil society, not
the country itself (agents.tsv: law society, bar association, bishops conference ...), so that
their acts against its government are kept."""

import pytest

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-25"}])
    return rec["events"]


@pytest.mark.parametrize("text, source, target", [
    ("NAIROBI (AFP) - The Law Society of Kenya sued the government on Monday.", "KENNGO", "KENGOV"),
    ("MANILA (Reuters) - The Catholic Bishops Conference of the Philippines criticised the government.", "PHLREL", "PHLGOV"),
    ("ISLAMABAD (Reuters) - The Pakistan Bar Council condemned the arrests of lawyers by police.", "PAKNGO", "PAKCOP"),
])
def test_a_civil_body_of_a_country_acts_on_its_government(text, source, target):
    assert (source, target) in {(e["source"], e["target"]) for e in _events(text)}


def test_a_tribunal_is_a_court():
    text = ("WARSAW (Reuters) - Poland's Constitutional Tribunal ruled against the government on Wednesday.\n\n"
            "Justice Minister Adam Bodnar criticised the tribunal.")
    assert ("POLGOV", "POLJUD") in {(e["source"], e["target"]) for e in _events(text)}
