"""A label told through a text a participle of saying hangs from is its author's: "China's
foreign ministry issued a statement saying Washington's arms sales were a serious mistake"."""

from __future__ import annotations


def test_a_statement_saying_a_label_is_its_issuers(story):
    assert ("CHNGOV", "USA", "111", "asserted") in story(
        "BEIJING (Reuters) - China's foreign ministry issued a statement saying Washington's arms sales were \"a serious mistake\".")
    assert ("RUSGOV", "IGOEUREEC", "111", "asserted") in story(
        "MOSCOW (Reuters) - The Kremlin released a statement saying the EU's sanctions were illegal.")


def test_a_statement_that_labels_no_one_addresses_no_one(story):
    events = story("LONDON (Reuters) - The Electoral Commission issued a statement saying voters were entitled to a fair vote.")
    assert not any(e[1] for e in events), events
