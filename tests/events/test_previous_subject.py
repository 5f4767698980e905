"""An "it" subject of a main clause continues the main subject of the sentence before when that
names one state, organisation or body (arguments._previous_subject); otherwise it names no one."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> list[tuple[str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-14"}])
    return [(e["source"] or "", e["cameo"], e["target"] or "") for e in rec["events"] if e["modality"] == "asserted"]


@pytest.mark.parametrize("text, source, root, target", [
    ("KYIV (Reuters) - Ukraine's military said Russian forces shelled the city of Kherson overnight.\n"
     "It accused Moscow of targeting civilians.", "UKRMIL", "11", "RUS"),
    ("GENEVA (Reuters) - The World Health Organization said on Friday that Gaza's hospitals were running out of fuel.\n"
     "It appealed to Israel to allow deliveries.", "IGOUNOWHO", "02", "ISR"),
])
def test_it_continues_the_previous_main_subject(text, source, root, target):
    assert any(s == source and c[:2] == root and t[:3] == target for s, c, t in _events(text)), _events(text)


@pytest.mark.parametrize("text", [
    # a person before: "it" is no person
    "WASHINGTON (Reuters) - President Joe Biden said on Monday that Russia had shelled Kharkiv.\n"
    "It accused Moscow of targeting civilians.",
    # a coordinated subject is "they", not "it"
    "CAIRO (Reuters) - Egypt and Qatar said on Monday that talks would resume.\n"
    "It urged Israel to accept a ceasefire.",
])
def test_no_previous_subject_for_a_person_or_a_pair(text):
    assert not [e for e in _events(text) if e[0] and e[1][:2] in ("11", "02")], _events(text)


def test_they_continues_a_plural_previous_subject():
    text = ("KYIV (Reuters) - Ukrainian officials said on Monday that Russian forces had shelled Kharkiv.\n"
            "They accused Moscow of targeting civilians.")
    assert any(s[:3] == "UKR" and c[:2] == "11" and t[:3] == "RUS" for s, c, t in _events(text)), _events(text)


def test_the_pronoun_must_agree_in_number():
    text = ("KYIV (Reuters) - Ukrainian officials said on Monday that Russian forces had shelled Kharkiv.\n"
            "It accused Moscow of targeting civilians.")
    assert not [e for e in _events(text) if e[0] and e[1][:2] == "11"], _events(text)
