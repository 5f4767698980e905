"""Passives told with "with": the "by" phrase hung on the "with" object is the agent ("Russia was
hit with new sanctions by the EU"), "was slapped with sanctions" is undergone (cues.yaml
`undergo_preps`), a fine hit with is a fine (172, no force), and a headline's dropped "was" keeps
the sides the right way round (nlp `headline_passives`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Russia was hit with new sanctions by the EU.", {"Russia": "RUS", "the EU": "IGOEUREEC"},
         ("IGOEUREEC", "RUS", "163", "asserted")),
        ("Turkey was slapped with US sanctions over its purchase of Russian missiles.",
         {"Turkey": "TUR", "US": "USA", "Russian": "RUS"}, ("USA", "TUR", "163", "asserted")),
        ("Google was hit with a record fine by the European Commission.",
         {"Google": "USABUS", "the European Commission": "IGOEUREEC"}, ("IGOEUREEC", "USABUS", "172", "asserted")),
        ("Venezuela accused of human rights abuses by UN", {"Venezuela": "VEN", "UN": "IGOUNO"},
         ("IGOUNO", "VEN", "112", "asserted")),
        ("Russia hit with new sanctions by EU", {"Russia": "RUS", "EU": "IGOEUREEC"}, ("IGOEUREEC", "RUS", "163", "asserted")),
    ],
)
def test_a_passive_with_its_with_phrase_has_its_sides_right(code, text, phrases, want):
    got = code(text, phrases)
    assert want in got, got
    assert not [e for e in got if e[0] == want[1] and e[1] == want[0]], got
    assert not [e for e in got if e[2].startswith("19")], got
