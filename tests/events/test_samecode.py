"""Acts between two actors that share a code: a governor and the federal government, two
ministers, are coded (USAGOV 115 USAGOV); an actor acting on itself never is."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_a_local_official_acts_on_the_national_government_of_the_same_code():
    assert _events("Texas Governor Greg Abbott sued the Biden administration.") == [
        ("USAGOV", "USAGOV", "115", "asserted")]
    assert _events("The mayor of Chicago condemned the federal government.") == [
        ("USAGOV", "USAGOV", "111", "asserted")]
    assert ("USAGOV", "USAGOV", "115", "future") in _events(
        "Texas Governor Greg Abbott said he would sue the federal government.")
    # two institutions of one code, or a national leader and his seat of power, may be one actor
    assert _events("The White House defended the Biden administration's record.") == []
    assert _events("The Kremlin praised Putin.") == []
    assert _events("President Biden praised the Biden administration.") == []


def test_two_named_officials_of_one_code_are_two_actors_but_no_one_acts_on_himself():
    assert _events("California Governor Gavin Newsom criticized Florida Governor Ron DeSantis.") == [
        ("USAGOV", "USAGOV", "111", "asserted")]
    assert ("GBRGOV", "GBRGOV", "051", "asserted") in _events(
        "Foreign Secretary James Cleverly praised Prime Minister Rishi Sunak.")
    assert _events("President Biden criticized himself.") == []
    assert _events("Texas Governor Greg Abbott criticized Texas Governor Greg Abbott.") == []
    assert _events("Governor Greg Abbott defended himself against the criticism.") == []


def _dated(text: str, date: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": date}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_two_named_party_politicians_of_one_code_are_two_actors():
    # both party leaders are DEUPTY in March 2025: a campaign quarrel between two people
    assert ("DEUPTY", "DEUPTY", "112", "asserted") in _dated(
        "AfD co-leader Alice Weidel accused Friedrich Merz of betraying his voters.", "2025-03-17")
    assert ("DEUPTY", "DEUPTY", "051", "asserted") in _dated(
        "Alice Weidel praised Friedrich Merz for his speech on migration.", "2025-03-17")
    # a politician and his own party, or himself, are no pair
    assert _dated("Alice Weidel defended herself against the criticism.", "2025-03-17") == []
    assert _dated("Alice Weidel praised Alice Weidel.", "2025-03-17") == []


def test_two_parties_named_by_their_form_are_two_actors():
    # both are Germany's bare PTY: the Greens and the Social Democrats are two parties, not one
    assert ("DEUPTY", "DEUPTY", "111", "asserted") in _dated(
        "BERLIN (dpa) - The Greens criticised the Social Democrats for giving in.", "2025-03-17")
    assert ("KENPTY", "KENPTYODM", "112", "asserted") in _dated(
        "NAIROBI - Kenya's Jubilee Party accused the Orange Democratic Movement of rigging.", "2025-03-17")
    # a party and a common noun for a party ("the party's leadership") stay one side
    assert _dated("BERLIN (dpa) - The Greens criticised the party's leadership.", "2025-03-17") == []


def test_two_roles_of_one_code_the_sentence_sets_apart_are_two_actors():
    # resolve.py `_set_apart`: "another", "other", "fellow" (attachment.yaml other_words), or a
    # singular and a plural of the role: two actors of one code, and the event stands
    assert ("PHLLEG", "PHLLEG", "112", "asserted") in _events(
        "MANILA (Reuters) - One senator accused another senator of taking bribes from a mining firm.")
    assert ("KENLEG", "KENLEG", "111", "asserted") in _events(
        "A Kenyan lawmaker criticised the lawmakers who voted for the finance bill.")
    assert ("UKRLEG", "UKRLEG", "112", "asserted") in _events(
        "KYIV (Reuters) - A Ukrainian lawmaker accused fellow lawmakers of sabotaging the reforms.")
    assert ("INDCOP", "INDCOP", "112", "asserted") in _events(
        "NEW DELHI (Reuters) - A senior police officer accused other officers of torturing the suspects.")
    # the same role word twice, of one number and not set apart, is still one actor
    assert not [e for e in _events("NAIROBI (Reuters) - Lawmakers criticised the lawmakers' pay rise.")
                if e[0] == e[1]]
