"""Words of disapproval a reported clause labels its subject with: words named untrue
("fabrications", "disinformation"), conduct named base or beyond excuse ("selfish",
"unconscionable", "an outrage"), and "terror" among the labels of crimes of states."""

from __future__ import annotations


def test_more_words_label_a_rivals_act_or_words(story):
    assert ("CHN", "JPN", "111", "asserted") in story(
        "BEIJING (Reuters) - China said Japan's release of the water was \"extremely selfish\".")
    assert ("IRN", "IGOUNOIAE", "111", "asserted") in story(
        "TEHRAN (Reuters) - Iran said the IAEA resolution was unconstructive.")
    assert ("CHN", "USA", "111", "asserted") in story(
        "BEIJING (Reuters) - China said the U.S. accusations were \"unfounded\" and \"slanderous\".")
    assert ("TURGOV", "ISR", "112", "asserted") in story(
        "ANKARA (Reuters) - Erdogan described Israel as a \"terror state\".")


def test_a_word_of_no_actor_judges_no_one(story):
    for text in ("WASHINGTON (Reuters) - Biden said the prices were crazy.",
                 "LONDON (Reuters) - The coach said the fans were crazy about the team.",
                 "LONDON (Reuters) - Johnson said it was insane to leave without a deal."):
        assert not any(e[2].startswith("11") for e in story(text)), text
