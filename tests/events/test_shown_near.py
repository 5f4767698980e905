"""A show of force held near or off another's land is aimed at it (cues.yaml `posture_preps`,
events/build.py `_shown_near`)."""


def test_drills_near_or_off_another_country_are_aimed_at_it(story):
    assert ("CHN", "TWN", "150", "asserted") in story("China held military drills near Taiwan on Sunday.")
    assert ("CHN", "TWN", "150", "asserted") in story("China staged military drills off Taiwan.")
    assert ("RUS", "IRL", "150", "asserted") in story("Russia held naval exercises off the coast of Ireland.")


def test_drills_near_the_doers_own_land_aim_at_no_one(story):
    assert not story("Russia held military drills near Kaliningrad.")
    assert not story("Russian troops held exercises near Belgorod.")
