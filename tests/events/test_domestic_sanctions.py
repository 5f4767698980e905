"""A sanction (CAMEO 163: an asset freeze, a travel ban) a state takes against its own people is an
administrative sanction (172), not an embargo on another state; on another country's people or
state it stays 163 (cues.yaml `domestic_sanctions`, events/senses.py `_on_own_people`)."""

from __future__ import annotations


def test_an_asset_freeze_on_the_states_own_people_is_an_administrative_sanction(story):
    assert ("HKGGOV", "HKGMED", "172", "asserted") in story(
        "HONG KONG (Reuters) - Hong Kong authorities froze the assets of Jimmy Lai.")
    assert ("RUSGOV", "RUSOPP", "172", "asserted") in story(
        "MOSCOW (Reuters) - The Kremlin froze the bank accounts of opposition activists.")


def test_a_travel_ban_on_the_states_own_activist_is_an_administrative_sanction(story):
    assert ("SAU", "SAUOPP", "172", "asserted") in story(
        "RIYADH (Reuters) - Saudi Arabia imposed a travel ban on the activist after her release.")


def test_a_sanction_on_another_countrys_people_or_state_stays_a_sanction(story):
    got = story("WASHINGTON (Reuters) - The U.S. Treasury froze the assets of three Russian oligarchs.")
    assert any(e[0] == "USAGOV" and e[1].startswith("RUS") and e[2] == "163" for e in got), got
    assert ("USA", "CHN", "163", "asserted") in story("WASHINGTON (Reuters) - The United States imposed sanctions on China.")
