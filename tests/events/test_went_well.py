""""go" plans an act only as "going to" + infinitive: talks that "went well" or "were going well"
were held, not announced."""

from __future__ import annotations


def test_talks_that_went_well_were_held(story):
    got = story("The talks between Russia and Ukraine went well.")
    assert ("RUS", "UKR", "046", "asserted") in got
    got = story("The Taliban said their talks with the United States were going well.")
    assert any(c == "046" and m == "asserted" for _, _, c, m in got)


def test_going_to_still_plans(story):
    got = story("Russia is going to hold talks with Ukraine.")
    assert got and all(m == "future" for *_, m in got)
