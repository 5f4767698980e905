"""A verb of asking that reports a quoted question ('"Why should China pay?" the minister asked')
puts a question, no appeal to anyone the quotation names; a request asked stays an appeal."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, asked", [
    ('"Why China?" the minister asked.', "CHN"),
    ('"And why Canada, who gives this power to the Canadian Government to force the mining towns to accept the cuts?"'
     ' the union leader asked.', None),
    ('"So why Germany, which lectures the French Government about spending?" she asked.', "DEU"),
])
def test_a_quoted_question_is_no_appeal(text, asked):
    got = _events(text)
    assert not any(e[2].startswith("02") and (e[1] == asked or e[0] == "CAN") for e in got), got


@pytest.mark.parametrize("text", [
    'Zelensky asked Germany to send more air defence systems.',
    '"Please send us more air defence systems," Zelensky asked Germany.',
])
def test_a_request_asked_stays_an_appeal(text):
    got = _events(text)
    assert any(e[:2] == ("UKRGOV", "DEU") and e[2].startswith("02") for e in got), got
