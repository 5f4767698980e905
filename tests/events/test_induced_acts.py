"""After a verb of inducing (cues.yaml inducing_verbs) the gerund of "into" is the act of the one
induced, the verb's object: "the US goaded Iran into attacking Saudi oil facilities" (Iran
attacks). After other verbs it stays the subject's: "poured resources into attacking"."""

from __future__ import annotations


def test_induced_one_does_the_act(story):
    got = story("The United States goaded Iran into attacking Saudi oil facilities, the Iranian foreign minister said.")
    assert any(e[:3] == ("IRN", "SAU", "190") for e in got)
    assert not any(e[0].startswith("USA") and e[2] == "190" for e in got)
    got = story("Russia pushed Turkey into invading northern Syria, analysts said.")
    assert any(e[:3] == ("TUR", "SYR", "190") for e in got)
    assert not any(e[0].startswith("RUS") and e[2] == "190" for e in got)
    got = story("Moscow lured Belarus into deploying troops on the Polish border.")
    assert not any(e[0].startswith("RUS") and e[2] == "154" for e in got)


def test_invested_thing_is_no_doer(story):
    assert any(e[:3] == ("RUS", "UKR", "190") for e in story("Russia poured resources into attacking Ukraine."))
    assert any(e[:3] == ("CHN", "TWN", "100") for e in story("China turned its attention into pressuring Taiwan."))
