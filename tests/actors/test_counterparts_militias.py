"""Agent words wire copy leans on: "his Chinese counterpart" is the other side's office holder, and
militiamen are a militia's men (REB, as "militia"), not the state's army."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str, date: str = "2023-09-06") -> set[tuple[str, str, str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": date}])
    return {(e["source"], e["cameo"][:2], e["target"] or "") for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, a, b, root", [
    ("TOKYO (AFP) - Japanese Prime Minister Fumio Kishida and his Chinese counterpart Li Qiang held talks in "
     "Jakarta on Wednesday, a Japanese official said.", "JPNGOV", "CHNGOV", "04"),
    ("NAIROBI (Reuters) - Kenyan President William Ruto and his Ugandan counterpart signed a trade deal on Monday.",
     "KENGOV", "UGAGOV", "05"),
])
def test_his_counterpart_is_the_other_government(text, a, b, root):
    got = _events(text)
    assert (a, root, b) in got and (b, root, a) in got, got


def test_militiamen_are_no_army_of_the_state():
    got = _events("ADDIS ABABA (Reuters) - Ethiopian federal forces clashed with Fano militiamen in the Amhara "
                  "region over the weekend, residents said.")
    assert ("ETHMIL", "19", "ETHREB") in got, got
