"""A label whose source an "according to" phrase names: "X's behaviour is unacceptable, according to Y"."""

from __future__ import annotations


def test_a_label_according_to_an_actor_is_its_judgment(story):
    assert ("AUSGOV", "CHN", "111", "asserted") in story(
        "China's behaviour is unacceptable, according to the Australian prime minister.")
    assert ("IGOUNO", "RUS", "111", "asserted") in story(
        "Russia's annexation of Crimea was illegal, according to the United Nations General Assembly.")


def test_figures_reports_and_denied_labels_judge_no_one(story):
    for text in ("China's economy grew 6 percent, according to official figures.",
                 "Iran's missile program is a threat, according to reports.",
                 "China's behaviour is not unacceptable, according to the Australian prime minister."):
        assert not any(e[2].startswith("11") for e in story(text)), text
