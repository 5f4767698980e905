"""Labels that accuse or criticise an actor: the words news uses for them (cues.yaml
`accusation_labels`, `disapproval_words`, `label_frames`) and the verbs of naming that give them
(`label` rows of patterns.tsv: "termed", "portrayed", "characterised")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, want", [
    ("CARACAS (Reuters) - Opposition leader Juan Guaido described President Nicolas Maduro as a usurper.",
     ("VENOPP", "VENGOV", "112")),
    ("HONG KONG (Reuters) - The police chief said the protesters were rioters.", ("HKGCOP", "HKGOPP", "112")),
    ("WASHINGTON (Reuters) - Pompeo said Iran was the world's largest state sponsor of terrorism.", ("USAELI", "IRN", "112")),
    ("MOSCOW (Reuters) - The Kremlin described the new U.S. sanctions as unfriendly.", ("RUSGOV", "USA", "111")),
    ("ISLAMABAD (Reuters) - Pakistan's foreign ministry termed India's move illegal.", ("PAKGOV", "IND", "111")),
    ("BEIJING (Reuters) - China portrayed the Hong Kong protesters as rioters.", ("CHN", "HKGOPP", "112")),
    ("NEW DELHI (Reuters) - India said Pakistan was the epicentre of terrorism.", ("IND", "PAK", "112")),
    ("PARIS (Reuters) - Macron said the Turkish offensive was madness.", ("FRA", "TUR", "111")),
    ("BERLIN (Reuters) - Merkel said the attack by the Islamic State militants was a cowardly act.", ("DEU", "IMGMOSISI", "111")),
    ("KYIV (Reuters) - Ukraine said the Russian strike on the hospital was a war crime.", ("UKR", "RUS", "112")),
    ("KYIV (Reuters) - Zelenskiy said the killings in Bucha by Russian troops were genocide.", ("UKR", "RUS", "112")),
    ("WASHINGTON (Reuters) - Trump described the Democrats' impeachment effort as \"a con job\".", ("USA", "USA", "111")),
    ("MEXICO CITY (Reuters) - Mexico called Trump's comments offensive.", ("MEX", "USAGOV", "111")),
    ("ATHENS (Reuters) - Greece said Erdogan's remarks were insulting.", ("GRC", "TURGOV", "111")),
])
def test_labels_of_rivals_accuse_or_criticise(story, text, want):
    assert _has(story(text), want), text


@pytest.mark.parametrize("text", [
    "WASHINGTON (Reuters) - Biden said the country had a corrupt system.",
    "LONDON (Reuters) - The minister said the new budget was a sponsor of growth.",
    "MOSCOW (Reuters) - The Kremlin described the talks as friendly.",
    "ISLAMABAD (Reuters) - Pakistan's foreign ministry termed the meeting useful.",
    "NEW DELHI (Reuters) - India said Mumbai was the epicentre of the outbreak.",
    "WASHINGTON (Reuters) - The senator said the vote by the Senate was a brave act.",
])
def test_other_words_label_no_one(story, text):
    assert not any(e[2][:2] == "11" for e in story(text)), text


def _has(events, want) -> bool:
    """Whether an asserted event has the wanted source and target countries and code."""
    return any((e[0][:3], e[1][:3], e[2], e[3]) == (want[0][:3], want[1][:3], want[2], "asserted") for e in events if e[0] and e[1])


@pytest.mark.parametrize("text, want", [
    ('WASHINGTON (Reuters) - "Biden is a corrupt politician," Trump wrote on Twitter.', ("USA", "USA", "111")),
    ("WASHINGTON (Reuters) - Trump wrote that Biden was corrupt.", ("USA", "USA", "111")),
])
def test_a_label_written_is_one_said(story, text, want):
    assert _has(story(text), want), text


def test_writing_with_no_clause_reported_is_no_event(story):
    assert story("WASHINGTON (Reuters) - Obama wrote a letter to Putin.") == []
