"""A bare role owned by a definite plural ("the two countries' foreign ministers", "the leaders
of both countries", "both sides' troops") is each of the plural's actors' role: one mention per
country, so a meeting or a clash of theirs runs both ways; with no country to give, the role
stays bare."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors

ON = date(2025, 6, 1)


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=ON, dictionary=d)


@pytest.mark.parametrize("text, role, codes", [
    ("India and China held border talks last week. The two countries' foreign ministers met in Moscow on Monday.",
     "foreign ministers", ["INDGOV", "CHNGOV"]),
    ("Armenia and Azerbaijan signed a ceasefire. The two countries' soldiers exchanged fire on Monday.",
     "soldiers", ["ARMMIL", "AZEMIL"]),
    ("India and China held border talks last week. The foreign ministers of the two countries met in Moscow on Monday.",
     "The foreign ministers", ["INDGOV", "CHNGOV"]),
    ("India and China held border talks last week. The leaders of both countries met in Moscow on Monday.",
     "The leaders", ["INDGOV", "CHNGOV"]),
])
def test_a_role_owned_by_the_two_countries_is_both_of_theirs(run, text, role, codes):
    assert [m.code for m in run(text).mentions if m.text == role] == codes


def test_with_no_pair_named_the_role_stays_bare(run):
    got = [m.code for m in run("The two countries' foreign ministers met in Geneva on Monday.").mentions
           if m.text == "foreign ministers"]
    assert got == ["GOV"]


def test_the_meeting_runs_both_ways():
    from detente.engine import code_records

    text = "India and China held border talks last week. The two countries' foreign ministers met in Moscow on Monday."
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    got = [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]
    assert ("INDGOV", "CHNGOV", "040", "asserted") in got and ("CHNGOV", "INDGOV", "040", "asserted") in got


@pytest.mark.parametrize("text, role, codes", [
    ("India and China agreed to ease tensions after talks between their foreign ministers in Moscow.",
     "foreign ministers", ["INDGOV", "CHNGOV"]),
    ("Armenia and Azerbaijan said their troops had exchanged fire overnight.", "troops", ["ARMMIL", "AZEMIL"]),
])
def test_a_role_their_coordinated_subject_owns_is_each_of_theirs(run, text, role, codes):
    assert [m.code for m in run(text).mentions if m.text == role] == codes


def test_a_role_the_subjects_verb_acts_on_is_not_shared(run):
    # "urged their citizens": each urged its own, no British citizens urged by Washington
    got = [m.code for m in run("The United States and Britain urged their citizens to leave Lebanon.").mentions
           if m.text == "citizens"]
    assert len(got) == 1
