"""An attack undergone with no doer named by a body nobody in politics attacks with arms is one in
words (events/build.py `_attacked_in_words`, cues.yaml `verbal_attacks`, `verbal_targets`):
"Warren was under near-constant attack" is criticism; troops or an embassy under attack are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, target",
    [
        ("Warren was under near-constant attack last month.", {"Warren": "USALEG"}, "USALEG"),
        ("The Supreme Court has come under attack.", {"The Supreme Court": "USAJUD"}, "USAJUD"),
    ],
)
def test_a_politician_under_attack_is_criticised(code, text, phrases, target):
    assert (None, target, "111", "asserted") in code(text, phrases)


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Troops came under attack near Kabul.", {"Troops": "USAMIL", "Kabul": "AFG"}),
        ("The senator came under attack from Taliban fighters.", {"The senator": "USALEG", "Taliban fighters": "AFGREBTAL"}),
    ],
)
def test_an_armed_attack_stays_force_or_nothing(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2] == "111"]
