"""Speaking to someone is a consultation, as speaking with them is ("Macron spoke to Putin");
speaking or talking to an audience or to a news outlet is not ("spoke to reporters", "spoke to
the nation", "talked to CNN": cues.yaml `interview_verbs`)."""

from __future__ import annotations


def test_speaking_to_a_leader_is_a_consultation(story):
    assert ("FRAGOV", "RUSGOV", "040", "asserted") in story("Macron spoke to Putin for two hours on Friday.")
    assert ("GBRGOV", "IRNGOV", "040", "asserted") in story(
        "Britain's foreign secretary spoke to his Iranian counterpart on Tuesday.")
    assert ("USAGOV", "CHNGOV", "040", "asserted") in story(
        "Trump has spoken to Chinese leader Xi Jinping several times.")


def test_speaking_to_an_audience_or_the_press_is_no_consultation(story):
    for text in ("Putin spoke to reporters after the summit.",
                 "The president spoke to the nation in a televised address.",
                 "Modi spoke to parliament on Tuesday.",
                 "Merkel spoke to CNN on Sunday.",
                 "Trump talked to CNN on Sunday.",
                 "Pompeo talked to Fox News on Monday.",
                 "The prime minister talked to college students in Delhi."):
        assert not any(e[2].startswith("04") for e in story(text)), text
