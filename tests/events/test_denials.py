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
