"""A measure named as the subject of a verb of aiming ("the sanctions target three Iranian
officials", "the tariffs hit Chinese steel makers") is aimed at that verb's object (cues.yaml
`aiming_verbs`), also when a set-off participle names its doer ("The sanctions, announced by the
Treasury Department on Friday, target ...")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, phrases, want", [
    ("The sanctions, announced by the Treasury Department on Friday, target three Iranian officials.",
     {"the Treasury Department": "USAGOV", "three Iranian officials": "IRNGOV"}, ("USAGOV", "IRNGOV", "163", "asserted")),
    ("The new EU sanctions target Russian banks.",
     {"EU": "IGOEUREEC", "Russian banks": "RUSBUS"}, ("IGOEUREEC", "RUSBUS", "163", "asserted")),
    ("The tariffs imposed by Washington hit Chinese steel makers.",
     {"Washington": "USA", "Chinese steel makers": "CHNBUS"}, ("USA", "CHNBUS", "163", "asserted")),
])
def test_a_measure_is_aimed_at_the_object_of_its_verb_of_aiming(code, text, phrases, want):
    assert want in code(text, phrases)


def test_a_measure_with_no_doer_named_is_no_event(code):
    assert code("The sanctions target three Iranian officials.", {"three Iranian officials": "IRNGOV"}) == []
