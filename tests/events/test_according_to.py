"""A label whose source an "according to" phrase names: "X's behaviour is unacceptable, according to Y"."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_label_according_to_an_actor_is_its_judgment():
    assert ("AUSGOV", "CHN", "111", "asserted") in _events(
        "China's behaviour is unacceptable, according to the Australian prime minister.")
    assert ("IGOUNO", "RUS", "111", "asserted") in _events(
        "Russia's annexation of Crimea was illegal, according to the United Nations General Assembly.")


def test_figures_reports_and_denied_labels_judge_no_one():
    for text in ("China's economy grew 6 percent, according to official figures.",
                 "Iran's missile program is a threat, according to reports.",
                 "China's behaviour is not unacceptable, according to the Australian prime minister."):
        assert not any(e[2].startswith("11") for e in _events(text)), text
