"""An "It" or "They" opening a sentence as its main verb's subject is the subject of the sentence
before, when that is one actor and no person (coref.resolve_subject_pronouns)."""

from __future__ import annotations

import pytest

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def _codes(text: str) -> dict[str, list[str]]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    out: dict[str, list[str]] = {}
    for a in rec["actors"]:
        out.setdefault(a["text"], []).append(a["code"])
    return out


@pytest.mark.parametrize("text, want", [
    ("China rejected the report on Monday. It also criticised Britain for interfering.", ("CHN", "GBR", "111", "asserted")),
    ("The Russian government denied the claims. It accused Ukraine of staging the attack.", ("RUSGOV", "UKR", "112", "asserted")),
    ("The EU imposed sanctions on Belarus. On Tuesday, it also banned flights from Minsk.", ("IGOEUREEC", "BLR", "172", "asserted")),
    ("Police fired tear gas at the crowd in Nairobi. They arrested 20 people.", ("KENCOP", "KENCRM", "173", "asserted")),
])
def test_the_pronoun_is_the_subject_before(text, want):
    assert want in _events(text)


@pytest.mark.parametrize("text, pronoun", [
    ("China launched a rocket. It is unclear whether it reached orbit.", "It"),  # expletive
    ("Britain sent a team. It\u2019s a 24-hour trip from the capital.", "It"),  # a copula
    ("Putin criticised NATO. It was expanding, he said.", "It"),  # a person before: not "it"
    ("Iran and Saudi Arabia met in Beijing. They agreed to reopen embassies.", "They"),  # several actors
    ("The protesters marched on parliament. It condemned the march.", "It"),  # plural before "it"
    ("The ministry condemned the attack. They demanded an inquiry.", "They"),  # singular before "they"
])
def test_no_antecedent_where_the_rule_does_not_hold(text, pronoun):
    assert pronoun not in _codes(text)


@pytest.mark.parametrize("text, want", [
    ("After China imposed tariffs on American goods, it also banned imports of soybeans from the United States.",
     ("CHN", "USA", "163", "asserted")),
    ("When the protesters in Baghdad reached the square, they accused the Iraqi government of corruption.",
     ("IRQOPP", "IRQGOV", "112", "asserted")),
])
def test_the_pronoun_is_the_subject_of_the_clause_before_it(text, want):
    assert want in _events(text)


def test_a_pronoun_of_the_other_number_or_after_a_person_is_left_alone():
    # "it" is not the plural protesters; "they" after one person is not that person
    assert "it" not in _codes("When the protesters reached the square, it was empty.")
    assert "they" not in _codes("When President Trump arrived, they cheered.")


@pytest.mark.parametrize("text, wrong", [
    ("Iran said that if Israel attacked its nuclear sites, it would retaliate.", ("ISR", "IRN")),
    ("The United States said that if Iran attacked its ships, it would strike back.", ("IRN", "USA")),
])
def test_a_pronoun_after_a_spoken_condition_is_not_the_conditions_subject(text, wrong):
    # the speaker may threaten (coref._spoken_condition): "it" is left to the clause's speaker
    assert "it" not in _codes(text)
    assert not any(e[:2] == wrong and e[2][:2] == "13" for e in _events(text))


def test_a_spoken_conditional_threat_is_the_speakers():
    assert ("IRN", "ISR", "138", "future") in _events("Iran said that if Israel attacked its nuclear sites, it would retaliate.")
