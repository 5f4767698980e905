"""An unowned force that strikes ("Warplanes destroyed a depot in X") is of the state the article
last told striking, not of the land or the victims its own sentence names; the side is marked
inferred (`via="context"`), which the confidence stage weighs below a named country."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[dict]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-03-01"}])
    return [e for e in rec["events"] if e["modality"] == "asserted"]


def test_bare_warplanes_take_the_state_that_struck_before():
    got = _events("Russia launched air strikes on Ukraine on Monday. "
                  "Warplanes destroyed a fuel depot in Kharkiv, Ukrainian officials said.")
    hit = [e for e in got if e["trigger"] == "destroyed"]
    assert hit and hit[0]["source"] == "RUSMIL", got
    assert "source.context" in hit[0]["confidence_factors"], hit[0]


def test_no_earlier_strike_leaves_the_old_rule():
    got = _events("Warplanes destroyed a fuel depot in Kharkiv, Ukrainian officials said.")
    assert not any(e["source"] == "RUSMIL" for e in got), got


def test_owned_troops_keep_their_owner():
    got = _events("Pakistan shelled Indian posts in Kashmir. India said its troops destroyed three Pakistani bunkers.")
    hit = [e for e in got if e["trigger"] == "destroyed"]
    assert hit and hit[0]["source"] == "INDMIL", got


def test_a_dateline_places_the_bare_force_instead():
    got = _events("TEL AVIV (Reuters) - Iran launched missiles at Israel overnight, officials said. "
                  "The army struck targets in Gaza on Tuesday.")
    hit = [e for e in got if e["trigger"] == "struck"]
    assert not any(e["source"] == "IRNMIL" for e in hit), got


def test_a_strike_told_long_before_is_out_of_reach():
    filler = "Talks on the grain corridor resumed in Istanbul. " * 6
    got = _events("Russia launched air strikes on Ukraine on Monday. " + filler
                  + "Warplanes destroyed a fuel depot in Kharkiv, Ukrainian officials said.")
    assert not any(e["source"] == "RUSMIL" and e["trigger"] == "destroyed" for e in got), got


def test_a_dateline_the_story_does_not_name_again_is_no_party():
    got = _events("WASHINGTON (Reuters) - Israel launched air strikes on Gaza on Monday. "
                  "Warplanes also hit targets in Rafah.")
    hit = [e for e in got if e["trigger"] == "hit"]
    assert not any(e["source"] == "USAMIL" for e in hit), got
