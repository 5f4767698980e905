"""An option not excluded ("did not rule out sending troops", "would not rule out talks", "refused
to rule out the use of force") is kept open: no rejection, and its act is possible (hypothetical),
never negated nor done (cues.yaml `excluding_governors`, modality.py `unexcluded`). Ruled out, the
act is rejected (120) as before."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("France did not rule out sending troops to Mali.", {"France": "FRA", "Mali": "MLI"}, ("FRA", "MLI", "154")),
        ("Erdogan did not rule out a meeting with Assad.", {"Erdogan": "TURGOV", "Assad": "SYRGOV"}, ("TURGOV", "SYRGOV", "040")),
        ("Tehran never ruled out talks with Washington.", {"Tehran": "IRNGOV", "Washington": "USA"}, ("IRNGOV", "USA", "046")),
        ("Moscow refused to rule out the use of force against Ukraine.", {"Moscow": "RUSGOV", "Ukraine": "UKR"}, ("RUSGOV", "UKR", None)),
    ],
)
def test_an_option_not_ruled_out_is_possible_and_refused_by_no_one(code, text, phrases, expected):
    got = code(text, phrases)
    src, tgt, cameo = expected
    assert [e for e in got if e[:2] == (src, tgt) and (cameo is None or e[2] == cameo) and e[3] == "hypothetical"], got
    assert not [e for e in got if e[2][:2] == "12"], got  # no rejection
    assert not [e for e in got if e[3] in ("negated", "asserted")], got


@pytest.mark.parametrize(
    "text, phrases, expected",
    [
        ("Germany ruled out talks with the Taliban.", {"Germany": "DEU", "the Taliban": "AFGREBTAL"},
         ("DEU", "AFGREBTAL", "120", "asserted")),
        ("Italy ruled out sending troops to Libya.", {"Italy": "ITA", "Libya": "LBY"}, ("ITA", "LBY", "120", "asserted")),
    ],
)
def test_an_option_ruled_out_is_rejected(code, text, phrases, expected):
    assert expected in code(text, phrases)
