"""A person named after an organisation's title holds that organisation's office, whatever the
article's date says the table has him doing: "NATO Secretary-General Jens Stoltenberg" in an
undated story (or one dated after his term) is NATO's, not Norway's finance minister."""

from datetime import date

from detente.actors import ActorDictionary, resolve_actors


def codes(nlp, text, on):
    res = resolve_actors(nlp(text), dictionary=ActorDictionary.load(), on=on)
    return {m.text: m.code for m in res.mentions}


def test_an_organisations_title_picks_the_persons_office_in_it(nlp):
    got = codes(nlp, "NATO Secretary-General Jens Stoltenberg met Polish President Andrzej Duda in Warsaw.",
                date(2026, 3, 1))
    assert got["NATO Secretary-General Jens Stoltenberg"].startswith("IGOWSTNAT")


def test_without_the_organisation_the_date_decides(nlp):
    got = codes(nlp, "Finance Minister Jens Stoltenberg presented the budget in Oslo.", date(2026, 3, 1))
    assert got["Finance Minister Jens Stoltenberg"] == "NORGOV"
    got = codes(nlp, "Jens Stoltenberg met Polish President Andrzej Duda in Warsaw.", date(2019, 3, 1))
    assert got["Jens Stoltenberg"] == "IGOWSTNAT"
