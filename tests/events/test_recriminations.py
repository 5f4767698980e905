"""Recriminations drawn or sparked are blame laid by whom the verb or the "from" phrase names on
whoever did what drew them, as an outcry is (a `light` noun, 112); recriminations with no one
named to make them code nothing."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("The Indian decision sparked bitter recriminations from Pakistan.", ("PAK", "IND", "112")),
    ("Turkey imposed sanctions on Russia. The move drew recriminations from the Kremlin.", ("RUSGOV", "TUR", "112")),
])
def test_recriminations_drawn_blame_the_doer(story, text, want):
    assert (*want, "asserted") in story(text), text


@pytest.mark.parametrize("text", [
    "The collapse of the talks led to mutual recriminations.",
    "The party's defeat sparked internal recriminations.",
])
def test_recriminations_of_no_one_code_nothing(story, text):
    assert not any(e[2][:2] == "11" for e in story(text)), text
