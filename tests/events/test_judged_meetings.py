"""A meeting, call or visit someone held, praised or criticised ("Merkel praised her talks with
Erdogan"), is told as held: it is coded beside the judgement; one demanded or rejected is not."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


@pytest.mark.parametrize("text, source, target, judged", [
    ("Merkel praised her talks with Erdogan.", "DEUGOV", "TURGOV", "051"),
    ("Macron hailed his meeting with Xi.", "FRAGOV", "CHNGOV", "051"),  # "with Xi" hung on the verb
    ("Johnson criticised his meeting with Trump.", "GBRGOV", "USAGOV", "111"),
    ("Zelensky criticised Macron's visit to Beijing.", "FRAGOV", "CHN", "111"),
])
def test_a_judged_meeting_is_held(text, source, target, judged):
    got = _events(text)
    assert any(e[0] == source and e[1] == target and e[2][:2] == "04" and e[3] == "asserted" for e in got), got
    assert any(e[2] == judged for e in got), got


@pytest.mark.parametrize("text", [
    "Erdogan rejected his meeting with Biden.",
    "The opposition demanded talks with the government.",
    "Washington criticised their talks with Iran.",  # held by someone unsaid: not the judge's
])
def test_a_meeting_rejected_or_demanded_is_not_held(text):
    assert not any(e[2][:2] == "04" for e in _events(text))


@pytest.mark.parametrize("text, expected", [
    ("Ukraine criticised Hungary's support for Russia.", ("HUN", "RUS", "05")),
    ("Zelensky praised Germany's aid to Ukraine.", ("DEU", "UKR", "07")),
    ("Washington criticised Beijing's cooperation with Moscow.", ("CHN", "RUS", "06")),
])
def test_support_or_aid_someone_gave_judged_is_given(text, expected):
    got = _events(text)
    assert any(e[:2] == expected[:2] and e[2][:2] == expected[2] and e[3] == "asserted" for e in got), got
