"""A denial of an accusation (016) is addressed to whoever made it, named sentences earlier."""

from __future__ import annotations


def test_rejecting_an_accusation_is_a_denial_of_blame(story):
    assert ("GBRGOV", None, "016", "asserted") in story("Boris Johnson rejected the charges as politically motivated.", date="2022-01-20")
    assert ("GBRGOV", None, "016", "asserted") in story("Boris Johnson dismissed the allegations.", date="2022-01-20")
    # a court's dismissal of charges is a drop; a claim or a demand rejected stays a rejection
    assert not any(e[2] == "016" for e in story("The High Court dismissed the charges against the Kenyan minister.", date="2022-01-20"))
    assert ("GBRGOV", "GBRPTYLAB", "120", "asserted") in story("Boris Johnson rejected Labour's demand for a recount.", date="2022-01-20")


def test_a_denial_is_addressed_to_the_accuser_named_earlier(story):
    text = ("Britain's Labour Party accused Boris Johnson of lying to parliament about the parties.\n\n"
             "Johnson rejected the accusation on Tuesday.")
    assert ("GBRGOV", "GBRPTYLAB", "016", "asserted") in story(text, date="2022-01-20")
    text = ("Kenya's opposition accused the police of killing protesters in Nairobi.\n\n"
             "The police denied the allegations.")
    assert ("KENCOP", "KENOPP", "016", "asserted") in story(text, date="2022-01-20")
    # no accusation before: the denial stands alone
    assert ("GBRGOV", None, "016", "asserted") in story("Boris Johnson denied the allegations on Tuesday.", date="2022-01-20")


def test_a_denial_of_the_act_alleged_answers_the_latest_accuser(story):
    text = ("WARSAW - Poland's defence minister said on Tuesday that Belarusian helicopters had violated Polish airspace.\n\n"
            "Belarus denied the incursion.")
    assert ("BLR", "POLGOV", "016", "asserted") in story(text, date="2023-08-01")
    text = "LONDON - Britain accused Russia of the poisoning of a former spy.\n\nMoscow denied any involvement."
    assert any(e[0][:3] == "RUS" and e[1] == "GBR" and e[2] == "016" for e in story(text, date="2018-03-13"))



def test_a_denial_answers_an_accusation_told_earlier_in_its_own_sentence(story):
    text = "NEW DELHI - India accuses Pakistan's military intelligence of masterminding the assault, but Pakistan denies the allegation."
    assert any(e[0][:3] == "PAK" and (e[1] or "")[:3] == "IND" and e[2] == "016" for e in story(text, date="2001-12-30"))
    text = "LONDON - Britain accused Russia of the poisoning and Moscow denied any involvement."
    assert any(e[0][:3] == "RUS" and (e[1] or "")[:3] == "GBR" and e[2] == "016" for e in story(text, date="2018-03-13"))
    # an accusation aimed at someone else is not what the denier answers
    text = "LONDON - Britain accused Iran of the attack, but Russia denied any involvement."
    assert not any(e[0][:3] == "RUS" and e[2] == "016" and e[1] for e in story(text, date="2018-03-13"))

def test_a_denial_with_no_accusation_before_stands_alone(story):
    assert ("BLR", None, "016", "asserted") in story("Belarus denied the incursion.", date="2023-08-01")
    # an earlier blow that is no words of conflict is not what is denied
    text = "KYIV - Russian missiles struck Kyiv overnight.\n\nMoscow denied any involvement."
    assert not any(e[2] == "016" and e[1] for e in story(text, date="2023-08-01"))


import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    "TEHRAN (Reuters) - Iran denied it was responsible for the attack on the tanker.",
    "TEHRAN (Reuters) - Iran denied being behind the attack.",
    "TEHRAN (Reuters) - Iran denied that it was involved in the attack.",
    "TEHRAN (Reuters) - Iran denied being involved in the attack.",
])
def test_a_denial_told_as_a_clause_about_its_own_doer_is_a_denial_of_blame(story, text):
    # "denied it was responsible", "denied being behind it": as "denied responsibility" (016)
    assert ("IRN", None, "016", "asserted") in story(text)


def test_a_denial_of_what_another_did_is_no_denial_of_blame(story):
    assert not any(e[2] == "016" for e in story(
        "NAIROBI (Reuters) - Police denied the protesters were involved in violence."))


def test_a_denial_in_a_clause_is_addressed_to_the_accuser(story):
    text = "Israel accused Iran of the attack.\n\nIran denied it was responsible."
    assert ("IRN", "ISR", "016", "asserted") in story(text)


@pytest.mark.parametrize("text", [
    "MOSCOW (Reuters) - Moscow denies targeting civilians.",
    "BEIJING (Reuters) - China denied that it had supplied weapons to Russia.",
    "JERUSALEM (Reuters) - Israel denied it had carried out the strike.",
    "TEHRAN (Reuters) - Iran has repeatedly denied seeking nuclear weapons.",
])
def test_denying_a_deed_of_ones_own_is_a_denial_of_blame(story, text):
    # "denied targeting civilians": a denial of blame for the act, aimed at no one the clause names
    got = story(text)
    assert any(e[2] == "016" and e[3] == "asserted" and e[1] is None for e in got), got


def test_denying_anothers_deed_is_no_denial_of_blame(story):
    assert not any(e[2] == "016" for e in story(
        "GAZA (Reuters) - Hamas denied that Israel had killed its commander."))
