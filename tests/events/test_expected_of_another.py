"""What a verb of foreseeing expects of another ("Analysts expect Russia to impose sanctions") is
foreseen, not done: hypothetical, not asserted; the subject's own plan ("Russia expects to sign
the deal next week") stays future."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, code", [
    ("Analysts expect Russia to impose sanctions on Ukraine.", "163"),
    ("Analysts expect Russia to expel British diplomats.", "161"),
    ("Markets anticipate China to cut tariffs on US goods.", "085"),
])
def test_expected_act_of_another_is_not_done(story, text, code):
    events = story(text)
    assert not any(e[2] == code and e[3] == "asserted" for e in events)


def test_own_expected_act_stays_future(story):
    assert ("RUS", "UKR", "032", "future") in [e[:4] for e in story(
        "Russia expects to sign the gas deal with Ukraine next week.")]
