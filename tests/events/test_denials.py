"""A denial of an accusation (016) is addressed to whoever made it, named sentences earlier."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2022-01-20"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_rejecting_an_accusation_is_a_denial_of_blame():
    assert ("GBRGOV", None, "016", "asserted") in _events("Boris Johnson rejected the charges as politically motivated.")
    assert ("GBRGOV", None, "016", "asserted") in _events("Boris Johnson dismissed the allegations.")
    # a court's dismissal of charges is a drop; a claim or a demand rejected stays a rejection
    assert not any(e[2] == "016" for e in _events("The High Court dismissed the charges against the Kenyan minister."))
    assert ("GBRGOV", "GBRPTYLAB", "120", "asserted") in _events("Boris Johnson rejected Labour's demand for a recount.")


def test_a_denial_is_addressed_to_the_accuser_named_earlier():
    story = ("Britain's Labour Party accused Boris Johnson of lying to parliament about the parties.\n\n"
             "Johnson rejected the accusation on Tuesday.")
    assert ("GBRGOV", "GBRPTYLAB", "016", "asserted") in _events(story)
    story = ("Kenya's opposition accused the police of killing protesters in Nairobi.\n\n"
             "The police denied the allegations.")
    assert ("KENCOP", "KENOPP", "016", "asserted") in _events(story)
    # no accusation before: the denial stands alone
    assert ("GBRGOV", None, "016", "asserted") in _events("Boris Johnson denied the allegations on Tuesday.")
