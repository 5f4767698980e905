"""What a state welcomes or praises: an act of another is praise of its doer, told with the word's
usual sense (patterns.tsv welcome/praise rows naming an act: "welcomed the U.S. decision",
"praised Turkey's role"), so the word's rarer senses cast no doubt on it; people let in are
no praise ("welcomed a record number of tourists")."""

from __future__ import annotations

import pytest


def _events(text: str) -> list[tuple]:
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-02"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"], e["confidence"]) for e in rec["events"]]


@pytest.mark.parametrize("text, event", [
    ("MEXICO CITY (Reuters) - Mexico welcomed the U.S. decision to lift tariffs.", ("MEX", "USA", "051")),
    ("SEOUL (Reuters) - South Korea welcomed Washington's pledge to defend it.", ("KOR", "USA", "051")),
    ("WASHINGTON (Reuters) - The White House praised Turkey's role in brokering the grain deal.", ("USAGOV", "TUR", "051")),
])
def test_an_act_welcomed_or_praised_is_sure_praise_of_its_doer(text, event):
    got = _events(text)
    assert any(e[:3] == event and e[3] == "asserted" and e[4] >= 0.7 for e in got), got


@pytest.mark.parametrize("text", [
    "TOKYO (Reuters) - Japan welcomed a record number of tourists this year.",
    "ROME (Reuters) - Italy welcomed millions of visitors last summer.",
])
def test_people_let_in_are_no_praise(story, text):
    assert not any(e[2][:2] == "05" for e in story(text))
