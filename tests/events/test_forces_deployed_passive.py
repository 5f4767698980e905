"""Forces moved or readied in an agentless passive ("US Marines were deployed in Afghanistan",
"Russian troops were put on high alert") are shown by their own side (root 15): the forces are
the doer, never whom the act is done to."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


@pytest.mark.parametrize("text, source, target", [
    ("Hundreds of Canadian soldiers have been deployed in northern Latvia.", "CANMIL", "LVA"),
    ("French troops were sent to the border with Niger on Tuesday.", "FRAMIL", "NER"),
    ("Several Chinese navy vessels were mobilised near the disputed reef.", "CHNMIL", None),
    ("Belarusian troops were put on high alert.", "BLRMIL", None),
])
def test_forces_deployed_are_the_doer(text, source, target):
    got = _events(text)
    assert any(e[0] == source and e[2].startswith("15") and (target is None or e[1] == target) for e in got), got
    assert not any(e[1] == source and e[2].startswith("15") for e in got), got


def test_a_named_deployer_stays_the_doer():
    got = _events("Germany deployed two hundred soldiers in Lithuania.")
    assert any(e[0] == "DEU" and e[1] == "LTU" and e[2].startswith("15") for e in got), got


def test_people_readied_are_no_forces():
    got = _events("Hospital staff were put on alert.")
    assert not any(e[0] and e[0].endswith("HLH") and e[2].startswith("15") for e in got), got
