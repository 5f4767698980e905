"""A spokesperson speaks for whoever owns the title, a person too: the owner's whole code
(attachment.yaml `mouthpiece_titles`, builder.py `_voiced_owner`)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _actors(text):
    (out,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {a["text"]: a["code"] for a in out["actors"]}


@pytest.mark.parametrize("text, words, want", [
    ("Erdogan's spokesman said Turkey would respond.", "spokesman", "TURGOV"),
    ("Macron's spokeswoman said France condemned the attack.", "spokeswoman", "FRAGOV"),
    ("HARARE (Reuters) - Police arrested opposition leader Nelson Chamisa's spokesman.", "spokesman", "ZWEOPP"),
    ("HARARE (Reuters) - A spokeswoman for the opposition leader criticised the government.", "spokeswoman", "ZWEOPP"),
])
def test_a_spokesperson_takes_the_code_of_whom_they_speak_for(text, words, want):
    assert _actors(text).get(words) == want


def test_a_pronoun_or_unknown_owner_leaves_the_title_alone():
    assert _actors("A company spokesman declined to comment.").get("company spokesman") == "BUS"
    assert _actors("WASHINGTON (Reuters) - His spokesman said the bill would be vetoed.").get("spokesman") == "USAGOV"


def test_a_spokesperson_for_a_name_no_table_knows_is_no_states():
    # a firm or person we cannot code speaks through them: not the government of the dateline
    assert "spokesperson" not in _actors("NEW YORK (Reuters) - A spokesperson for Zentrix said the company "
                                         "would appeal the ruling.")
    assert _actors("WASHINGTON (Reuters) - A spokesman for the Pentagon criticised the report.").get("spokesman") == "USAMIL"
