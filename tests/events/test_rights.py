"""Human rights and humanitarian reporting as wire services write it: reactions to arrests,
releases, sentences and executions told a sentence earlier, the labels rights groups give them,
and executions by hanging."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"][:3], e["modality"]) for e in rec["events"]]


def test_a_reaction_names_the_earlier_act_by_another_word_of_it():
    # the verb told first, a different noun in the reaction: detained / the arrests, freed / the
    # release, jailed / the sentence, expelled / the deportations
    assert ("DEU", "RUSCOP", "111", "asserted") in _events(
        "Russian police detained dozens of protesters. Germany criticised the arrests.")
    assert ("USA", "BLR", "051", "asserted") in _events(
        "Belarus freed 18 political prisoners on Wednesday. The United States welcomed the release.")
    assert ("ITA", "EGYGOV", "051", "asserted") in _events(
        "Egypt's president pardoned the researcher on Wednesday. Italy welcomed the pardon.")
    assert ("AFG", "PAK", "111", "asserted") in _events(
        "Pakistan expelled thousands of Afghan refugees. Afghanistan condemned the deportations.")


def test_an_unresolved_possessive_pronoun_names_the_earlier_act_as_a_definite_article_does():
    assert ("IGOEUREEC", "CUB", "051", "asserted") in _events(
        "Cuba released 500 prisoners on Monday. The European Union welcomed their release.")


def test_rights_groups_labels_of_a_sentence_or_an_execution_are_criticism():
    assert ("NGOAMN", "SAU", "111", "asserted") in _events(
        "Saudi Arabia executed seven men. Amnesty International called the executions "
        "a grave violation of human rights.")
    assert ("USA", "TUNJUD", "111", "asserted") in _events(
        "A Tunisian court sentenced the opposition leader to three years. "
        "The United States called the sentence politically motivated.")


def test_a_hanging_is_an_execution_and_is_condemned_as_one():
    events = _events("Iran hanged a man over the protests. France condemned the execution.")
    assert ("IRN", "IRNCVL", "182", "asserted") in events
    assert ("FRA", "IRN", "111", "asserted") in events
    assert ("SGP", "SGPCVL", "182", "asserted") in _events("Singapore hanged a man convicted of drug trafficking.")
    # what is hung, or hangs itself, is no killing
    assert _events("Protesters in Tbilisi hung banners from the bridge.") == []
    assert _events("The Georgian minister hung up the phone.") == []
    assert [e for e in _events("The Iranian rapper hanged himself in his cell.") if e[2] == "182"] == []


def test_a_court_jailing_a_human_rights_lawyer_is_no_act_of_the_judiciary_on_itself():
    # a bare "lawyer" is judiciary (JUD) as the Phoenix agents have it; a rights lawyer defends
    # rights (HRI), so a court's sentence on one is no longer dropped as JUD on JUD
    assert ("CHNJUD", "CHNHRI", "173", "asserted") in _events(
        "A Chinese court sentenced a human rights lawyer to 10 years in prison.")
    assert ("CHNJUD", "CHNHRI", "173", "asserted") in _events(
        "A Chinese court sentenced the rights lawyer Wang Quanzhang to four and a half years.")
