"""Pleas, confessions and denials of blame in crime stories (wild gold conventions: a guilty plea
or confession is 015, a not-guilty plea or denial of blame 016). They are about their doer's own
deed and name no counterpart, so a missing target is no doubt on them (patterns.tsv flag `alone`)."""

from __future__ import annotations

from detente.events.confidence import DEFAULT_MIN_CONFIDENCE


def _one(code, text, phrases):
    got = [e for e in code(text, phrases, full=True) if e.cameo.startswith("01")]
    assert len(got) == 1, got
    return got[0]


def test_a_not_guilty_plea_denies_blame(code):
    ev = _one(code, "Marek Dalton pleaded not guilty to murder at Leeds Crown Court on Monday.", {"Marek Dalton": "GBRCVL"})
    assert (ev.source, ev.cameo, ev.modality) == ("GBRCVL", "016", "asserted")
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_guilty_plea_is_a_confession(code):
    ev = _one(code, "Marek Dalton pleaded guilty to two counts of fraud.", {"Marek Dalton": "GBRCVL"})
    assert (ev.source, ev.cameo) == ("GBRCVL", "015")
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_denial_of_the_crime_named_is_a_denial_of_blame(code):
    for text in ("Asha Verma denied murder, telling the jury she had acted in self-defence.",
                 "Asha Verma has denied any wrongdoing."):
        ev = _one(code, text, {"Asha Verma": "INDCVL"})
        assert (ev.source, ev.cameo, ev.modality) == ("INDCVL", "016", "asserted")
        assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_confession_needs_no_target(code):
    ev = _one(code, "In a recorded interview, Tomas Ruiz confessed to the robbery.", {"Tomas Ruiz": "MEXCVL"})
    assert (ev.source, ev.cameo) == ("MEXCVL", "015")
    assert ev.confidence >= DEFAULT_MIN_CONFIDENCE


def test_other_denials_and_admissions_without_a_target_stay_in_doubt(code):
    # a denial of an unnamed involvement, an admission of anything: no counterpart and no crime named
    crime = _one(code, "The family denies murder.", {"The family": "USACVL"}).confidence
    assert _one(code, "The family denies any involvement.", {"The family": "USACVL"}).confidence < crime
    ev = _one(code, "Senator Hale admitted the plan had failed.", {"Senator Hale": "USALEG"})
    assert ev.confidence < DEFAULT_MIN_CONFIDENCE


def test_a_verdict_of_not_guilty_codes_no_conviction(code):
    got = code("Marek Dalton was found not guilty of murder by the jury.", {"Marek Dalton": "GBRCVL", "the jury": "GBRJUD"})
    assert not any(e[2] == "116" for e in got)


def test_jailed_and_imprisoned_take_a_court_as_their_understood_agent():
    # "was jailed for life" is a court's sentence (173), of the country of the one jailed
    from detente.engine import code_records

    text = ("Two Kenyan activists were jailed for life on Friday. "
            "A Kenyan student was imprisoned for six years in March.")
    (rec,) = code_records([{"id": "1", "text": text, "date": "2025-11-14"}])
    got = [(e["source"], e["cameo"], e["text"][:3]) for e in rec["events"]]
    assert ("KENJUD", "173", "Two") in got
    assert ("KENJUD", "173", "A K") in got


def test_a_participle_ordered_is_done_by_the_orderer_to_the_one_ordered(code):
    # "was ordered deported by a judge": the judge deports him, not he the judge
    got = code("Luis Ortega was ordered deported by an immigration judge in 2011.",
               {"Luis Ortega": "GTMCVL", "an immigration judge": "USAJUD"})
    assert got == [("USAJUD", "GTMCVL", "174", "asserted")]
    # the active form, which the parser reads as a clause of its own ("Ortega deported")
    got = code("An immigration judge ordered Luis Ortega deported in 2011.",
               {"Luis Ortega": "GTMCVL", "An immigration judge": "USAJUD"})
    assert got == [("USAJUD", "GTMCVL", "174", "asserted")]


def test_a_to_clause_ordered_is_still_the_addressees_act_to_come(code):
    got = code("The judge ordered the government to release Luis Ortega.",
               {"The judge": "USAJUD", "the government": "USAGOV", "Luis Ortega": "GTMCVL"})
    assert ("USAGOV", "GTMCVL", "0841", "hypothetical") in got


def test_remanded_and_taken_into_custody_are_detentions(code):
    got = code("Salim Qureshi was remanded in custody until Nov. 24 by a magistrate's court.",
               {"Salim Qureshi": "INDCVL", "a magistrate's court": "INDJUD"})
    assert got == [("INDJUD", "INDCVL", "173", "asserted")]
    got = code("Daniel Kessler was taken into custody by FBI agents at his home.",
               {"Daniel Kessler": "USACVL", "FBI agents": "USACOP"})
    assert got == [("USACOP", "USACVL", "173", "asserted")]
    # taken elsewhere is no arrest
    assert code("Daniel Kessler was taken to hospital by FBI agents.", {"Daniel Kessler": "USACVL", "FBI agents": "USACOP"}) == []
