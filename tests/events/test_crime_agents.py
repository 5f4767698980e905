"""Police and criminals as crime news names them (actors/agents.tsv): state troopers and federal
agents are police, a rapist, a fugitive, a burglar or a drug dealer a criminal."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("HOUSTON (AP) - State troopers arrested two men on the interstate.", ("USACOP", "USACRM", "173", "asserted")),
    ("WASHINGTON (Reuters) - Federal agents arrested the man on Friday.", ("USACOP", "USACRM", "173", "asserted")),
    ("LONDON (Reuters) - Police arrested a convicted rapist on Friday.", ("GBRCOP", "GBRCRM", "173", "asserted")),
])
def test_police_and_criminals_of_crime_news_are_actors(story, text, event):
    assert event in story(text)


def test_a_fugitive_arrested_abroad_is_the_target_not_the_place(story):
    events = story("HOUSTON (AP) - U.S. marshals arrested the fugitive in Mexico.")
    assert any(e[0] == "USACOP" and e[1].endswith("CRM") and e[2] == "173" for e in events)
    assert not any(e[1] == "MEX" for e in events)
