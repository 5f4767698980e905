""""work together" is cooperating, as "cooperate" (patterns.tsv: work V together 060 sym);
"work" alone is no act."""

from __future__ import annotations

SIDES = {"France": "FRA", "Germany": "DEU", "Kenya": "KEN"}


def test_working_together_is_cooperation_both_ways(code):
    got = code("France and Germany have worked together on defence for decades.", SIDES)
    assert ("FRA", "DEU", "060", "asserted") in got and ("DEU", "FRA", "060", "asserted") in got, got


def test_a_pledge_to_work_together_is_an_intent_to_cooperate(code):
    got = code("France and Germany pledged to work together on defence.", SIDES)
    assert any(s == "FRA" and t == "DEU" and c.startswith("03") for s, t, c, _ in got), got


def test_work_alone_is_no_act(code):
    assert code("France and Germany worked on the project in Kenya.", SIDES) == []
