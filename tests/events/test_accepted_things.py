"""What is accepted decides the act: an apology accepted is forgiven (056), an invitation accepted
an agreement to meet (036), responsibility accepted an admission (015), a resignation or an honour
accepted a personnel move (no event); proposals and offers stay agreements (030)."""

from __future__ import annotations


def _codes(story, text):
    return {(s, t, c, m) for s, t, c, m in story(text)}


def test_an_apology_accepted_is_forgiveness(story):
    got = _codes(story, "Japan accepted an apology from South Korea over the radar incident.")
    assert ("JPN", "KOR", "056", "asserted") in got and not any(c == "030" for _, _, c, _ in got)


def test_an_invitation_accepted_is_an_agreement_to_meet(story):
    got = _codes(story, "Nigeria accepted an invitation from France to visit Paris.")
    assert ("NGA", "FRA", "036", "asserted") in got and not any(c == "030" for _, _, c, _ in got)


def test_a_resignation_accepted_is_no_event(story):
    for text in ("President Biden accepted the resignation of Defense Secretary Lloyd Austin.",
                 "India accepted the resignation of its ambassador to the United States."):
        assert not any(c.startswith("03") for _, _, c, _ in story(text)), text


def test_responsibility_accepted_is_an_admission(story):
    assert any(s.startswith("AFGREB") and c == "015" for s, _, c, _ in story(
        "The Taliban accepted responsibility for the attack on the US embassy."))


def test_proposals_and_offers_accepted_stay_agreements(story):
    assert ("UKR", "RUS", "030", "asserted") in _codes(story, "Ukraine accepted a ceasefire offer from Russia.")
    assert any(c == "030" for _, _, c, _ in story("Serbia accepted the European Union's proposal for a new round of talks."))
