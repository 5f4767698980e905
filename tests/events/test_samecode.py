"""Acts between two actors that share a code: a governor and the federal government, two
ministers, are coded (USAGOV 115 USAGOV); an actor acting on itself never is."""

from __future__ import annotations

from detente.engine import code_records


def test_a_local_official_acts_on_the_national_government_of_the_same_code(story):
    assert story("Texas Governor Greg Abbott sued the Biden administration.", date=None) == [
        ("USAGOV", "USAGOV", "115", "asserted")]
    assert story("The mayor of Chicago condemned the federal government.", date=None) == [
        ("USAGOV", "USAGOV", "111", "asserted")]
    assert ("USAGOV", "USAGOV", "115", "future") in story(
        "Texas Governor Greg Abbott said he would sue the federal government.", date=None)
    # two institutions of one code, or a national leader and his seat of power, may be one actor
    assert story("The White House defended the Biden administration's record.", date=None) == []
    assert story("The Kremlin praised Putin.", date=None) == []
    assert story("President Biden praised the Biden administration.", date=None) == []


def test_two_named_officials_of_one_code_are_two_actors_but_no_one_acts_on_himself(story):
    assert story("California Governor Gavin Newsom criticized Florida Governor Ron DeSantis.", date=None) == [
        ("USAGOV", "USAGOV", "111", "asserted")]
    assert ("GBRGOV", "GBRGOV", "051", "asserted") in story(
        "Foreign Secretary James Cleverly praised Prime Minister Rishi Sunak.", date=None)
    assert story("President Biden criticized himself.", date=None) == []
    assert story("Texas Governor Greg Abbott criticized Texas Governor Greg Abbott.", date=None) == []
    assert story("Governor Greg Abbott defended himself against the criticism.", date=None) == []


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


def test_two_roles_of_one_code_the_sentence_sets_apart_are_two_actors(story):
    # resolve.py `_set_apart`: "another", "other", "fellow" (attachment.yaml other_words), or a
    # singular and a plural of the role: two actors of one code, and the event stands
    assert ("PHLLEG", "PHLLEG", "112", "asserted") in story(
        "MANILA (Reuters) - One senator accused another senator of taking bribes from a mining firm.", date=None)
    assert ("KENLEG", "KENLEG", "111", "asserted") in story(
        "A Kenyan lawmaker criticised the lawmakers who voted for the finance bill.", date=None)
    assert ("UKRLEG", "UKRLEG", "112", "asserted") in story(
        "KYIV (Reuters) - A Ukrainian lawmaker accused fellow lawmakers of sabotaging the reforms.", date=None)
    assert ("INDCOP", "INDCOP", "112", "asserted") in story(
        "NEW DELHI (Reuters) - A senior police officer accused other officers of torturing the suspects.", date=None)
    # the same role word twice, of one number and not set apart, is still one actor
    assert not [e for e in story("NAIROBI (Reuters) - Lawmakers criticised the lawmakers' pay rise.", date=None)
                if e[0] == e[1]]
