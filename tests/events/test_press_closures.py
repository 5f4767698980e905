"""Coercion by a state as news tells it (CAMEO 17): a news outlet shut down, suspended or blocked
restricts political freedoms (1721), a social network blocked is cut off from all its people, a
licence revoked or a citizenship stripped is an administrative sanction (172), a party banned is
1722, someone forced into exile is expelled (174), held without charge is detained (173), and a
declaration of martial law is 1724; the same words in a company's or a sport's hands code nothing."""

from __future__ import annotations


def test_a_state_shutting_or_suspending_a_news_outlet_restricts_political_freedoms(story):
    assert ("KHMGOV", "KHMMED", "1721", "asserted") in story(
        "PHNOM PENH (Reuters) - Cambodian authorities shut down the independent newspaper.")
    got = story("BAMAKO (Reuters) - Mali's junta suspended the French broadcaster RFI.")
    assert any(e[0] == "MLIMIL" and e[1].startswith("FRA") and e[2] == "1721" for e in got), got
    got = story("CAIRO (Reuters) - Egypt blocked hundreds of news websites.")
    assert any(e[0] == "EGY" and e[2] == "1721" for e in got), got


def test_a_state_blocking_a_social_network_restricts_all_its_people(story):
    assert ("RUS", "RUSCVL", "1721", "asserted") in story(
        "MOSCOW (Reuters) - Russia blocked Facebook on Friday.")


def test_no_state_closing_a_site_or_a_station_codes_nothing(story):
    for text in ("LONDON (Reuters) - The company shut down the news site after a hack.",
                 "LONDON (Reuters) - Engineers shut down the power station for repairs."):
        assert not any(e[2].startswith("17") for e in story(text)), text


def test_a_revoked_licence_is_an_administrative_sanction(story):
    got = story("LONDON (Reuters) - The regulator revoked the licence of the Chinese broadcaster CGTN.")
    assert any(e[2] == "172" and e[1].startswith("CHN") for e in got), got


def test_a_party_banned_is_a_party_banned(story):
    got = story("ISLAMABAD (Reuters) - Pakistan banned the Tehreek-e-Labbaik party under anti-terrorism laws.")
    assert any(e[0] == "PAK" and e[2] == "1722" for e in got), got


def test_forced_into_exile_is_expelled(story):
    got = story("MINSK (Reuters) - Belarus forced the opposition leader into exile in Lithuania.")
    assert any(e[0] == "BLR" and e[1] == "BLROPP" and e[2] == "174" for e in got), got
    assert not any(e[2] == "174" for e in story("MINSK (Reuters) - The opposition leader fled into exile in Lithuania."))


def test_held_without_charge_is_detained(story):
    got = story("HAVANA (Reuters) - Cuban authorities held dozens of dissidents without charge.")
    assert any(e[0] == "CUBGOV" and e[2] == "173" for e in got), got
    got = story("LONDON (Reuters) - Manchester City held Liverpool without a goal.")
    assert not any(e[2] == "173" for e in got), got


def test_a_declaration_of_martial_law_is_martial_law_imposed(story):
    assert ("KORGOV", "KORCVL", "1724", "asserted") in story(
        "SEOUL (Reuters) - President Yoon Suk Yeol's declaration of martial law on Tuesday shocked the country.")


def test_a_name_is_matched_by_the_common_noun_it_is_told_as(story):
    # "the French broadcaster RFI": the parser makes the name the head, the noun its compound
    got = story("BAMAKO (Reuters) - Mali's junta suspended French broadcasters RFI and France 24.")
    assert any(e[0] == "MLIMIL" and e[1].startswith("FRA") and e[2] == "1721" for e in got), got


def test_a_second_complement_the_parser_hangs_on_the_object_still_matches(story):
    # "stripped [94 critics of their citizenship]": the "of" phrase is parsed under the object
    got = story("MANAGUA (Reuters) - Nicaragua stripped 94 critics of their citizenship.")
    assert ("NIC", "NICOPP", "172", "asserted") in got, got
    assert not any(e[2].startswith("17") for e in story("LONDON (Reuters) - The league stripped the club of its title."))


def test_a_curfew_or_a_state_of_emergency_extended_is_imposed_again(story):
    assert ("MMRMIL", "MMRCVL", "1724", "asserted") in story(
        "YANGON (Reuters) - The junta extended the state of emergency by six months.")
    assert ("INDGOV", "INDCVL", "1723", "asserted") in story(
        "NEW DELHI (Reuters) - Authorities extended the curfew by a week.")
    assert not any(e[2].startswith("17") for e in story(
        "LONDON (Reuters) - The government extended the deadline by six months."))


def test_a_newspapers_publication_suspended_by_a_state_restricts_political_freedoms(story):
    got = story("ALGIERS (Reuters) - The government suspended the newspaper's publication for a month.")
    assert ("DZAGOV", "DZAMED", "1721", "asserted") in got, got
    got = story("LONDON (Reuters) - The company suspended publication of its quarterly results.")
    assert not any(e[2].startswith("17") for e in got), got
