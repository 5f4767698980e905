"""Loads of goods are counted as what they carry (cues.yaml `quantity_nouns`): "sent 50 trucks of
humanitarian aid to Syria" is aid sent, as "sent aid" is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("ANKARA (Reuters) - Turkey sent 50 trucks of humanitarian aid to Syria.", ("TUR", "SYR")),
    ("CAIRO (Reuters) - Egypt sent 200 truckloads of aid to Gaza.", ("EGY", "PSE")),
    ("TOKYO (Reuters) - Japan delivered a consignment of medical supplies to Ukraine.", ("JPN", "UKR")),
])
def test_a_load_of_aid_sent_is_aid(story, text, event):
    assert any(e[:2] == event and e[2][:2] == "07" and e[3] == "asserted" for e in story(text))
