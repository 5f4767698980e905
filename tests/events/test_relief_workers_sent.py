"""Relief workers sent abroad are humanitarian aid (patterns.tsv send/dispatch with rescuers,
doctors or a rescue team; 073), as food and medicine sent are; aid dispatched is aid as aid sent is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("LONDON (Reuters) - Britain dispatched a rescue team to Turkey after the earthquake.", ("GBR", "TUR", "073")),
    ("TOKYO (Reuters) - Japan sent rescuers to Morocco.", ("JPN", "MAR", "073")),
    ("HAVANA (Reuters) - Cuba sent a team of doctors to Italy.", ("CUB", "ITA", "073")),
    ("CAIRO (Reuters) - Egypt dispatched aid to Gaza.", ("EGY", "PSE", "070")),
])
def test_relief_workers_and_aid_sent_abroad_are_aid(story, text, event):
    assert event + ("asserted",) in story(text)


@pytest.mark.parametrize("text", [
    "MADRID (Reuters) - The coach sent his team to a training camp in Spain.",
    "BERLIN (Reuters) - The company sent a team to Germany to negotiate.",
])
def test_other_teams_sent_are_no_aid(story, text):
    assert not any(e[2][:2] == "07" for e in story(text))


def test_relief_workers_coordinated_with_a_team_are_no_target(story):
    got = story("Israel dispatched doctors and search-and-rescue teams to Turkey.", date=None)
    assert ("ISR", "TUR", "073", "asserted") in got, got
