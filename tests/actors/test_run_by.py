"""A named actor hyphened to "-run", "-led" or "-controlled" before a bare agent governs it: the
agent is of that actor's country (attach.py `_run_by`); a backer ("Iran-backed militias") is not."""

import pytest


@pytest.mark.parametrize("text,mention,code", [
    ("The Hamas-run health ministry accused Israel of killing 40 people.", "ministry", "PSEGOV"),
    ("The Taliban-led government accused Pakistan of air strikes.", "government", "AFGGOV"),
    ("Kremlin-controlled media accused Ukraine of lying.", "media", "RUSMED"),
])
def test_an_agent_run_by_a_named_actor_is_of_its_country(mention_codes, text, mention, code):
    assert mention_codes(text).get(mention) == code


def test_a_backer_is_no_ruler(mention_codes):
    assert mention_codes("Iran-backed militias attacked U.S. forces in Iraq.")["militias"] == "REB"
