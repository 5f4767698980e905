"""A plural reference whose window names only one of its actors stands for the pair one line a
little further back names together, that one among them (actors/plural.py `FAR_WINDOW`)."""

from datetime import date

import pytest

from detente.actors import ActorDictionary, resolve_actors

ON = date(2025, 6, 1)


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()
    return lambda text: resolve_actors(nlp(text), on=ON, dictionary=d)


def plural(res, phrase):
    return sorted(m.code for m in res.mentions if m.via == "plural" and m.text == phrase)


def test_the_pair_named_together_a_few_lines_back(run):
    res = run("Chilean President Gabriel Boric will host Argentine President Javier Milei for a summit in March. "
              "The date was set on Monday. Boric expects the talks to focus on lithium. "
              "It will be his first summit this year. The two leaders last met in Buenos Aires in May.")
    assert plural(res, "The two leaders") == ["ARGGOV", "CHLGOV"]


def test_no_pair_when_the_far_line_names_others(run):
    # the far line does not name the one the near lines do: no pair is guessed
    res = run("Chilean President Gabriel Boric hosted Argentine President Javier Milei in March. "
              "The date was set on Monday. Peruvian President Dina Boluarte expects talks on lithium. "
              "It will be her first summit this year. The two leaders last met in Lima in May.")
    assert plural(res, "The two leaders") == []


def test_no_pair_when_the_far_line_names_three(run):
    res = run("Boric, Milei and Boluarte held a summit in Santiago in March. "
              "The date was set on Monday. Boric expects the talks to focus on lithium. "
              "It will be his first summit this year. The two leaders last met in Buenos Aires in May.")
    assert plural(res, "The two leaders") == []


def test_the_pair_three_lines_back_after_a_quote(run):
    res = run("Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Lima on Friday. "
              "\"We agreed to work closely on North Korea,\" Ishiba told reporters. "
              "Officials said a trilateral summit is planned for next year. "
              "The two leaders also discussed trade.")
    assert plural(res, "The two leaders") == ["JPNGOV", "KORGOV"]


def test_the_pair_five_lines_back(run):
    res = run("Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Lima on Friday. "
              "Officials said the talks were useful. A trilateral summit is planned. "
              "The date has not been set. Ishiba expects it in spring. "
              "The two leaders also discussed trade.")
    assert plural(res, "The two leaders") == ["JPNGOV", "KORGOV"]
