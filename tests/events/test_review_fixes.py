"""Rules that reached too far once several branches met (the review of 2026-12-04): each case
is a sentence of a kind the wire services write every day."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "SEOUL (Reuters) - Samsung workers went on strike over wages on Monday.",  # against the employer
    "CARACAS (Reuters) - Thousands of pro-government demonstrators rallied on Sunday.",  # for it
])
def test_dissent_against_ones_own_government_is_not_workers_or_supporters(story, text):
    assert not [e for e in story(text, date=None) if e[2][:2] == "14" and e[1] and e[1].endswith("GOV")], text


def test_students_marching_still_protest_their_government(story):
    assert ("CHLEDU", "CHLGOV", "141", "asserted") in story(
        "SANTIAGO (AP) - Thousands of students marched to demand free education on Thursday.", date=None)


@pytest.mark.parametrize("text", [
    "OTTAWA (Reuters) - The Bank of Canada reversed its interest rate hike on Wednesday.",
    "The Federal Reserve abandoned its planned rate increase.",
])
def test_a_rate_move_is_no_concession(story, text):
    assert not [e for e in story(text, date=None) if e[2] == "0832"], text


def test_a_fuel_price_hike_given_up_is_a_concession(story):
    assert ("NGAGOV", "NGACVL", "0832", "asserted") in story(
        "ABUJA (Reuters) - The Nigerian government reversed a 150 percent fuel price increase after a week of protests.", date=None)


def test_weapons_say_nothing(story):
    assert story("KYIV (Reuters) - Russian missiles tore into apartment blocks in Kyiv on Monday.", date=None) == []
    assert ("USAGOV", "USALEG", "111", "asserted") in story("WASHINGTON (Reuters) - Trump tore into Pelosi on Twitter.", date=None)


def test_emergencies_proclaimed_and_health_measures(story):
    assert ("LKAGOV", "LKACVL", "1724", "asserted") in story(
        "COLOMBO (Reuters) - The government of Sri Lanka proclaimed a state of emergency on Tuesday.", date=None)
    assert not [e for e in story("ROME (Reuters) - Italy imposed emergency measures to curb the spread of the virus.", date=None)
                if e[2] == "1724"]


def test_examining_a_patient_or_looking_into_a_possibility_is_no_inquiry(story):
    assert not [e for e in story("BERLIN (Reuters) - German doctors examined Navalny at the Charite hospital in Berlin.", date=None)
                if e[2] == "090"]
    assert not [e for e in story("WASHINGTON (Reuters) - Biden said he would look into the possibility of sanctions on Russia.", date=None)
                if e[2] == "090"]
    assert ("GBRGOV", "GBRPTYBRX", "090", "asserted") in story(
        "LONDON (Reuters) - The Electoral Commission is examining donations to the Brexit Party.", date=None)


def test_an_investigation_abandoned_is_dropped_as_one_dropped(story):
    got = {e[2] for e in story("ROME (Reuters) - Italian prosecutors abandoned their investigation into the minister.", date=None)}
    assert "081" not in got


def test_a_detention_labelled_blames_its_doer_not_the_detainee(story):
    assert not [e for e in story("BERLIN (Reuters) - Merkel said Navalny's detention was unacceptable.", date=None) if e[2] == "111"]
    got = story("WASHINGTON (Reuters) - “Russia's detention of Paul Whelan is unacceptable,” Pompeo said.", date=None)
    assert [e for e in got if e[0].startswith("USA") and e[1] == "RUS" and e[2] == "111"]
