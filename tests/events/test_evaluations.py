"""Evaluative speech: what a speaker says of an actor praises, criticises or accuses it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("French President Emmanuel Macron said German Chancellor Angela Merkel had been a great partner.",
         [("FRAGOV", "DEUGOV", "051", "asserted")]),
        ("Vladimir Putin said Donald Trump was a very talented man.", [("RUSGOV", "USAGOV", "051", "asserted")]),
        ("Nigerian President Muhammadu Buhari said the Nigerian army had been heroic.",
         [("NGAGOV", "NGAMIL", "051", "asserted")]),
        # a job judged by its adjective, either way
        ("Nigerian President Muhammadu Buhari said the Nigerian army had done an excellent job.",
         [("NGAGOV", "NGAMIL", "051", "asserted")]),
        ("Vladimir Putin said Donald Trump did a terrible job.", [("RUSGOV", "USAGOV", "111", "asserted")]),
    ],
)
def test_a_reported_clause_that_praises_its_subject_is_praise(code, text, expected):
    phrases = {"French President Emmanuel Macron": "FRAGOV", "German Chancellor Angela Merkel": "DEUGOV",
               "Vladimir Putin": "RUSGOV", "Donald Trump": "USAGOV",
               "Nigerian President Muhammadu Buhari": "NGAGOV", "the Nigerian army": "NGAMIL"}
    assert code(text, phrases) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin said Donald Trump was not a good man.",  # negated
        "Vladimir Putin said Donald Trump would be a great partner if he lifted sanctions.",  # a condition
        "Vladimir Putin said Russia's relations with Donald Trump were good.",  # his own country
    ],
)
def test_no_praise_when_negated_conditional_or_of_the_speakers_own(code, text):
    phrases = {"Vladimir Putin": "RUSGOV", "Donald Trump": "USAGOV", "Russia": "RUS"}
    assert all(e[2] != "051" for e in code(text, phrases))


def test_praise_of_a_governor_by_the_president_is_coded():
    # a governor is no part of the federal government; "tweeted that" reports speech
    from detente.engine import code_records

    text = "President Donald Trump tweeted that Kentucky Governor Matt Bevin has done a wonderful job."
    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    got = [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]
    assert got == [("USAGOV", "USAGOV", "051", "asserted")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mike Pompeo said Iran was responsible for the attacks on Saudi oil facilities.",
         [("USAGOV", "IRN", "112", "asserted")]),
        ("Hassan Rouhani said Washington was to blame for the tensions in the region.",
         [("IRNGOV", "USA", "112", "asserted")]),
        ("Jair Bolsonaro said the NGOs were behind the fires in the Amazon.", [("BRAGOV", "NGO", "112", "asserted")]),
    ],
)
def test_a_reported_clause_that_makes_its_subject_the_author_of_a_harm_accuses_it(code, text, expected):
    phrases = {"Mike Pompeo": "USAGOV", "Iran": "IRN", "Saudi": "SAU", "Hassan Rouhani": "IRNGOV",
               "Washington": "USA", "Jair Bolsonaro": "BRAGOV", "the NGOs": "NGO"}
    assert code(text, phrases) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Rouhani said the Iranian ministry was responsible for security in the region.",  # a duty
        "Hassan Rouhani said Washington was not responsible for the attacks.",  # negated
        "Hassan Rouhani said Washington was behind the scenes.",  # no harm
    ],
)
def test_responsibility_for_a_duty_or_denied_is_no_accusation(code, text):
    phrases = {"Hassan Rouhani": "IRNGOV", "Washington": "USA", "the Iranian ministry": "IRNGOV"}
    assert all(e[2] != "112" for e in code(text, phrases))


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether Vladimir Putin was a good partner, Emmanuel Macron said he would not comment.",
        "Asked if Iran was behind the attack, Mike Pompeo said he would not speculate.",
        "Asked about Iran, Mike Pompeo said he would not speculate.",
        "When asked about Vladimir Putin, Emmanuel Macron said the talks had been useful.",
    ],
)
def test_a_question_about_an_actor_is_no_appeal_to_it(code, text):
    phrases = {"Vladimir Putin": "RUSGOV", "Emmanuel Macron": "FRAGOV", "Iran": "IRN", "Mike Pompeo": "USAGOV"}
    assert code(text, phrases) == []


def test_asking_someone_to_act_still_appeals_to_them(code):
    got = code("Mike Pompeo asked Iran to release the tanker.", {"Mike Pompeo": "USAGOV", "Iran": "IRN"})
    assert got == [("USAGOV", "IRN", "0253", "asserted")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sergei Lavrov said NATO's expansion was a threat to Russia.", ("RUSGOV", "IGOWSTNAT", "111", "asserted")),
        ("Sergei Lavrov said the U.S. decision was a mistake.", ("RUSGOV", "USA", "111", "asserted")),
        ("Sergei Lavrov said Washington's remarks were groundless and irresponsible.", ("RUSGOV", "USA", "111", "asserted")),
        ("Sergei Lavrov said NATO was an aggressor alliance.", ("RUSGOV", "IGOWSTNAT", "112", "asserted")),
        ("Sergei Lavrov said Washington was an enemy of peace.", ("RUSGOV", "USA", "112", "asserted")),
    ],
)
def test_more_labels_of_a_rival_and_coordinated_labels(code, text, expected):
    phrases = {"Sergei Lavrov": "RUSGOV", "NATO": "IGOWSTNAT", "Russia": "RUS", "U.S.": "USA", "Washington": "USA"}
    assert code(text, phrases) == [expected]


def _coded(text: str) -> list[tuple]:
    from detente.engine import code_records

    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-05"}])))
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in out["events"]]


def test_a_quoted_sentence_framed_in_another_sentence_labels_with_the_quotes_speaker():
    # the quote's own sentence ends at "!" or "."; its speaker is named in the next or the last one
    got = _coded("“Governor Matt Bevin has done a wonderful job for the people of Kentucky!” President Donald Trump tweeted.")
    assert ("USAGOV", "USAGOV", "051", "asserted") in got
    got = _coded("Ukrainian President Volodymyr Zelenskiy said: “We will defend our land. Russia is an aggressor.”")
    assert ("UKRGOV", "RUS", "112", "asserted") in got


def test_a_quoted_question_or_a_quoted_thing_is_no_label():
    assert all(e[2][:2] not in ("05", "11", "12") for e in _coded("“Is Russia a partner? No!” Sergei Lavrov said."))
    assert _coded("“The weather was terrible. We walked home,” President Donald Trump said.") == []


def test_a_label_of_a_situation_judges_no_actor_where_it_holds():
    # a state of affairs names where it holds, not who made it: no criticism, no statement to it
    for text in ("German Foreign Minister Heiko Maas said the situation in Yemen was a disaster.",
                 "Sergei Lavrov said the humanitarian crisis in Venezuela was unacceptable.",
                 "Sergei Lavrov said the security situation in Libya was a disaster.",
                 "“The situation in Afghanistan is a disgrace,” Boris Johnson told reporters.",
                 "Heiko Maas called the situation in Lebanon a disaster."):
        assert [e for e in _coded(text) if e[1] and e[1][:3] in ("YEM", "VEN", "LBY", "AFG", "LBN")] == [], text
    # an actor's act or the actor itself still is judged
    assert ("RUSGOV", "USA", "111", "asserted") in _coded("Sergei Lavrov said the U.S. decision was unacceptable.")
    assert ("DEUGOV", "HUN", "111", "asserted") in _coded("Heiko Maas said Hungary's new electoral law was a disgrace.")


def test_a_label_of_an_act_judges_its_doer_not_whom_it_was_done_to():
    # the act's "of" phrase names its victims: the label blames the doer, when one is named
    got = _coded("OTTAWA (Reuters) - Trudeau said the detention of Canadian citizens by China was unacceptable.")
    assert ("CANGOV", "CHN", "111", "asserted") in got
    assert not [e for e in got if e[2] == "111" and e[1] == "CANCVL"]
    got = _coded("WASHINGTON (Reuters) - “Russia's use of force is unacceptable,” Pompeo said.")
    assert ("USAGOV", "RUS", "111", "asserted") in got
    # no doer named: the victims are not criticised
    for text in ("OTTAWA (Reuters) - “The detention of Canadian citizens is unacceptable,” Trudeau said.",
                 "WASHINGTON (Reuters) - “The killing of protesters is unacceptable,” Pompeo said."):
        assert not [e for e in _coded(text) if e[2] == "111"], text
