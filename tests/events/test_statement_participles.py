"""Every participle a text hangs from speaks for the text's author, also one the parser joins to
the infinitive of the first ("issued a statement vowing to continue its war and slamming the
truce": the issuer's criticism, events/arguments.py `subjects`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("Hamas issued a statement vowing to continue its holy war and slamming the Palestinian leader's peace call.",
     ("PSEREBHMS", "PSEGOV", "111")),
    ("The Chinese foreign ministry issued a statement promising to protect its citizens and condemning "
     "the Japanese decision.", ("CHNGOV", "JPN", "111")),
])
def test_a_second_participle_speaks_for_the_text_author(story, text, want):
    assert (*want, "asserted") in story(text), text
