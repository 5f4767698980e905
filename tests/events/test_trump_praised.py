"""Short "<Name> <past verb> <Name>" sentences the model misreads as noun phrases are coded once
their parse is mended (nlp `modal_names`): "Trump praised Erdogan" was no event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, want",
    [
        ("Trump praised Erdogan.", {"Trump": "USAGOV", "Erdogan": "TURGOV"}, ("USAGOV", "TURGOV", "051", "asserted")),
        ("President Trump pressured Ukraine.", {"President Trump": "USAGOV", "Ukraine": "UKR"}, ("USAGOV", "UKR", "100", "asserted")),
    ],
)
def test_a_misread_short_sentence_is_coded(code, text, phrases, want):
    assert want in code(text, phrases)
