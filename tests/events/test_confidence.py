"""Event confidence (events/confidence.py): named dyads are surer than roles without a country,
doubts in the sentence lower it, repetition raises it, and the factors file is validated."""

from __future__ import annotations

import pytest

from detente.engine import code_records
from detente.errors import DictionaryError
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE, Weights, repeated


def events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    return rec["events"]


def one(text, cameo_root):
    found = [e for e in events(text) if e["cameo"].startswith(cameo_root)]
    assert found, events(text)
    return found[0]


def test_named_dyad_with_a_constrained_pattern_is_sure():
    ev = one("Russia imposed sanctions on Ukraine.", "16")
    assert ev["source"] == "RUS" and ev["target"] == "UKR"
    assert ev["confidence"] >= 0.85


def test_a_side_without_a_country_falls_below_the_default():
    ev = one("Police arrested the protesters.", "17")
    assert ev["source"] == "COP"
    assert ev["confidence"] < DEFAULT_MIN_CONFIDENCE


def test_question_and_headline_lower_it():
    plain = one("China accused Japan of provocation.", "11")["confidence"]
    asked = one("Did China accuse Japan of provocation?", "11")["confidence"]
    headline = one("China accuses Japan of provocation", "11")["confidence"]
    assert asked < plain and headline < plain
    assert asked < DEFAULT_MIN_CONFIDENCE


def test_a_country_that_only_modifies_a_thing_is_a_weaker_target():
    plain = one("China criticised Japan.", "11")["confidence"]
    thing = one("China criticised the Japan trade deal.", "11")
    assert thing["target"] == "JPN" and thing["confidence"] < plain
    # an actor with a role that modifies its own act ("a Japanese court ruling") is the target proper
    assert one("China denounced a Japanese court ruling.", "11")["confidence"] > thing["confidence"]


def test_repetition_raises_it_up_to_one():
    assert repeated(0.6, 1) == 0.6
    assert repeated(0.6, 2) > 0.6
    assert repeated(0.95, 3) == 1.0


def test_every_event_carries_a_confidence_in_range():
    for ev in events("Iran condemned the attack. Israel struck targets in Syria, the army said."):
        assert 0.0 < ev["confidence"] <= 1.0


def test_factor_file_is_validated(tmp_path):
    bad = tmp_path / "confidence.yaml"
    bad.write_text("side: {name: 1.5}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="side: missing factor"):
        Weights.load(bad)
    good = Weights.load()
    assert set(good.side) >= {"name", "pronoun", "context", "no_country", "none"}


def test_a_modal_is_a_doubt_the_month_of_may_is_not():
    plain = one("Russia imposed sanctions on Ukraine on June 16.", "16")["confidence"]
    assert one("Russia imposed sanctions on Ukraine on May 16.", "16")["confidence"] == plain
    assert one("Russia imposed sanctions on Ukraine, which may retaliate.", "16")["confidence"] < plain


def test_a_user_dictionarys_bare_role_places_no_one():
    # Phoenix's agents give "men" [~PPL] and "protesting workers" [~OPPLAB]: roles of no country,
    # as weak as "police" alone, however they are spelled
    from detente.actors.types import Mention
    from detente.events.confidence import side_kind

    def kind(code, via="name"):
        return side_kind(Mention("x", 0, 1, 0, 1, 0, code, via))

    assert kind("PPL") == kind("OPPLAB") == kind("COP") == kind("MNC") == "no_country"
    assert kind("CHNPPL") == kind("IGOUNO") == kind("NGO") == "name"
    assert kind("RUSGOV", "pronoun") == "pronoun"


def test_a_modal_of_a_later_coordinated_clause_doubts_only_that_clause():
    plain = one("The union demanded that the government withdraw the reform.", "10")["confidence"]
    later = one("The union demanded that the government withdraw the reform and said the strike would continue.", "10")
    assert later["confidence"] == plain
    # a condition anywhere still doubts it
    assert one("Russia imposed sanctions on Ukraine and said it would act again if attacked.", "16")["confidence"] \
        < one("Russia imposed sanctions on Ukraine.", "16")["confidence"]


def test_an_object_the_row_names_picks_an_ambiguous_verbs_sense():
    # "fired tear gas" is no firing of an employee: the row's object settles the word's sense
    story = "SANTIAGO, Chile (AP) - Soldiers patrolled the capital.\n\nPolice fired tear gas to disperse protesters."
    ev = one(story, "17")
    assert (ev["source"], ev["target"]) == ("CHLCOP", "CHLOPP") and ev["confidence"] >= DEFAULT_MIN_CONFIDENCE
    # a bare ambiguous verb, or one whose row names only a preposition, keeps its doubt
    assert one("Russia fired at Ukraine.", "19")["confidence"] < one("Russia shelled Ukraine.", "19")["confidence"]
    # a row naming both the object and the preposition is settled by the object the verb has
    assert "ambiguous_trigger" not in one("China fired water cannon at Philippine boats.", "17")["confidence_factors"]


def test_each_event_says_why_and_the_factors_make_its_confidence():
    from detente.events.confidence import product, read

    text = ("Police fired tear gas at protesters in Nairobi on Monday. "
            "The government condemned the violence. The government condemned the violence again, officials said.")
    evs = events(text)
    assert evs
    for ev in evs:
        found = read(ev["confidence_factors"])
        assert found and found[0][0].startswith("trigger.")
        assert ev["confidence"] == pytest.approx(min(1.0, product(found)), abs=0.002)
    named = one("Russia imposed sanctions on Ukraine.", "16")
    assert read(named["confidence_factors"])[1:3] == [("source.name", 1.0), ("target.name", 1.0)]
    bare = one("Police arrested the protesters.", "17")
    assert ("source.no_country", Weights.load().side["no_country"]) in read(bare["confidence_factors"])
    twice = one("China criticised Japan. Later, China criticised Japan again.", "11")
    assert twice["confidence_factors"].endswith(f"; repeated {Weights.load().repetition:g}")


def test_stored_factors_read_back_and_a_foreign_string_reads_as_nothing():
    from detente.events.confidence import read, written

    found = [("trigger.verb", 0.9), ("source.context", 0.8), ("cues.no_target", 0.5)]
    assert read(written(found)) == found
    assert read(None) == [] and read("") == [] and read("not factors") == []


def test_every_factor_has_plain_words_in_the_glossary():
    from detente.analytics.glossary import confidence_words

    w, words = Weights.load(), confidence_words()
    factors = ({f"trigger.{k}" for k in w.trigger} | {f"side.{k}" for k in w.side}
               | {f"cues.{k}" for k in w.cues} | {"repeated"})
    assert factors == set(words), factors ^ set(words)


@pytest.mark.parametrize(
    "text",
    [
        "Hong Kong police deny accusations of brutality.",
        "The Chinese embassy rejected the accusations as groundless.",
        "Israel denied the charges.",
        "The Nigerian army denied allegations of torture.",
    ],
)
def test_a_denial_of_an_accusation_stands_without_its_accuser(text):
    # a denial of blame (016) is about its doer's own deed, as "denied murder" is (patterns.tsv
    # `alone`): no accuser named is no doubt
    ev = one(text, "016")
    assert not ev["target"] and ev["confidence"] >= DEFAULT_MIN_CONFIDENCE, ev




def test_a_modal_around_a_relative_clause_does_not_doubt_its_act():
    # a relative clause states a fact of its noun: the seizure was made, whatever "could" says of
    # the move; a modal in a relative clause beside the trigger still doubts it
    seized = one("Such a move could anger Iran, which seized a British tanker in July.", "17")
    assert seized["confidence"] >= DEFAULT_MIN_CONFIDENCE, seized
    plain = one("Chilean officials accused the Spanish utility of negligence.", "11")["confidence"]
    around = one("The blackout would be the latest in a series of outages, including one that "
                 "angered Chilean officials, who accused the Spanish utility of negligence.", "11")
    assert around["confidence"] == plain, around
    doubted = one("Chilean officials, who may have been angry, accused the Spanish utility of negligence.", "11")
    assert doubted["confidence"] < plain, doubted

def test_a_when_clause_is_no_relative_clause_for_doubt():
    # "when the two men meet next week": a time the modal's clause sets, not a fact of a noun
    evs = [e for e in events("Cavusoglu said he would raise the issue with his Russian counterpart, "
                             "Sergei Lavrov, when the two men meet in Sochi next week.")
           if e["cameo"].startswith("04") and e["modality"] == "asserted"]
    assert all(e["confidence"] < DEFAULT_MIN_CONFIDENCE for e in evs), evs


def test_a_modal_of_what_was_said_beside_the_trigger_does_not_doubt_it():
    # "Pompeo said sanctions might follow, and accused Iran ...": the "might" is what he said;
    # the accusation is made as surely as without it. What the trigger itself says still doubts it
    said = one("Pompeo said sanctions might follow, and accused Iran of attacking the tankers.", "11")
    plain = one("Pompeo accused Iran of attacking the tankers.", "11")
    assert said["confidence"] == plain["confidence"] >= DEFAULT_MIN_CONFIDENCE, said
    warned = one("The Saudi minister warned Qatar that children would face serious risks.", "13")
    assert warned["confidence"] < one("The Saudi minister warned Qatar.", "13")["confidence"], warned
