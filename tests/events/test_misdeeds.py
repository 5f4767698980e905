"""A reported clause that tells its subject did a misdeed CAMEO has no code for accuses it (112)."""

from __future__ import annotations


def test_a_reported_misdeed_is_an_accusation_of_its_doer(story):
    assert ("PSEREBHMS", "ISRGOV", "112", "asserted") in story("Hamas said Netanyahu was sabotaging the negotiations.", date="2024-07-22")
    assert ("CHN", "USA", "112", "asserted") in story("China said the United States was meddling in its internal affairs.", date="2024-07-22")
    assert ("ISROPP", "ISRGOV", "112", "asserted") in story("Yair Lapid said Netanyahu had betrayed the hostages.", date="2024-07-22")


def test_a_denied_or_only_possible_misdeed_accuses_no_one(story):
    assert not any(e[2] == "112" for e in story("Yair Lapid said Netanyahu had not betrayed the hostages.", date="2024-07-22"))
    assert not any(e[2] == "112" for e in story("Yair Lapid said the bill would undermine trust in the courts.", date="2024-07-22"))


def test_a_reported_misdeed_told_by_verb_and_object_is_an_accusation(story):
    assert ("CHN", "USA", "112", "asserted") in story("China said the United States had violated international law.", date="2024-07-22")
    assert ("IRN", "GBR", "112", "asserted") in story("Iran said Britain had breached the nuclear agreement.", date="2024-07-22")
    assert ("NGOAMN", "MMRMIL", "112", "asserted") in story(
        "Amnesty International said Myanmar's military had committed atrocities against the Rohingya.", date="2024-07-22")


def test_a_denied_undecided_or_own_misdeed_accuses_no_one(story):
    for text in ("The ministry said Israeli forces had not committed war crimes.",
                 "The court said it would decide whether the president had abused his power.",
                 "Germany said it had violated no law."):
        assert not any(e[2] == "112" for e in story(text, date="2024-07-22")), text


def test_a_truce_said_broken_accuses_who_broke_it(story):
    assert ("UKR", "RUS", "112", "asserted") in story("Ukraine said Russia had violated the ceasefire.", date="2024-07-22")
    assert ("ISR", "PSEREBHMS", "112", "asserted") in story("Israel said Hamas had breached the truce by firing rockets.", date="2024-07-22")
    assert not any(e[2] == "112" for e in story("Ukraine said Russia had not violated the ceasefire.", date="2024-07-22"))


def test_a_misdeed_said_attempted_accuses_as_the_deed(story):
    assert ("CHN", "USA", "112", "asserted") in story("China said the United States was trying to smear it.", date="2024-07-22")
    assert ("VEN", "COL", "112", "asserted") in story("Venezuela said Colombia had incited the violence.", date="2024-07-22")
    for text in ("Russia said the US was not trying to sabotage the talks.",
                 "China said the United States was trying to improve relations."):
        assert not any(e[2] == "112" for e in story(text, date="2024-07-22")), text


def test_untruths_spread_and_strife_stirred_accuse_their_doer(story):
    assert ("CHN", "USA", "112", "asserted") in story(
        "China said the United States was spreading disinformation about the virus.", date="2024-07-22")
    assert ("PHL", "CHN", "112", "asserted") in story(
        "The Philippines said China was stoking tensions in the South China Sea.", date="2024-07-22")
    assert ("IND", "PAK", "112", "asserted") in story("India said Pakistan was sponsoring terrorism.", date="2024-07-22")
    for text in ("China said the United States was not stoking tensions.",
                 "The central bank said wage growth was fuelling inflation."):
        assert not any(e[2] == "112" for e in story(text, date="2024-07-22")), text
