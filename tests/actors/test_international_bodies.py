"""International bodies and NGOs as wire stories name them: the U.N.'s offices and agencies by their
full names, their dotted "U.N." spelling and the agency words of the press ("the U.N. atomic
watchdog"), the European and inter-American courts, and rights and aid groups. A body named in a
Geneva or Strasbourg dateline story is the body, not the host country's government."""

import pytest

from detente.actors import ActorDictionary, resolve_actors


@pytest.fixture(scope="module")
def run(nlp):
    d = ActorDictionary.load()

    def go(text):
        res = resolve_actors(nlp(text), dictionary=d)
        return [m.code for m in res.mentions]

    return go


@pytest.mark.parametrize("text, code", [
    ("GENEVA (Reuters) - The U.N. High Commissioner for Human Rights criticised Britain's new immigration law.", "IGOUNOHCH"),
    ("GENEVA (Reuters) - The OHCHR said the trials were unfair.", "IGOUNOHCH"),
    ("GENEVA (Reuters) - The U.N. High Commissioner for Refugees urged Greece to stop the pushbacks.", "IGOUNOHCR"),
    ("NEW YORK (Reuters) - The U.N. Children's Fund appealed for aid to Yemen.", "IGOUNOCEF"),
    ("VIENNA (Reuters) - The U.N. atomic watchdog rebuked Iran on Thursday.", "IGOUNOIAE"),
    ("THE HAGUE (Reuters) - The OPCW blamed Syria for the chlorine attack.", "IGOOPW"),
    ("GAZA (Reuters) - UNRWA said Israeli strikes hit its schools.", "IGOUNORWA"),
    ("PARIS (Reuters) - UNESCO criticised Russia over the destruction of Ukrainian heritage sites.", "IGOUNOSCO"),
    ("GENEVA (Reuters) - The International Labour Organization urged Qatar to protect migrant workers.", "IGOUNOILO"),
    ("GENEVA (Reuters) - The International Organization for Migration helped Libya return migrants.", "IGOUNOIOM"),
    ("STRASBOURG (Reuters) - The European Court of Human Rights ruled against Turkey.", "IGOEURCOEJUD"),
    ("LUXEMBOURG (Reuters) - The European Court of Justice fined Poland 1 million euros a day.", "IGOEUREECJUD"),
    ("WASHINGTON (Reuters) - The Inter-American Commission on Human Rights criticised Nicaragua.", "IGOAMROASHRC"),
    ("BERLIN (Reuters) - Transparency International accused Hungary of misusing EU funds.", "NGOTRI"),
])
def test_an_international_body_named_in_full_is_the_body(run, text, code):
    assert run(text)[0] == code


def test_the_huthis_in_afp_spelling(nlp):
    # AFP writes "Huthi": the same movement as Reuters' and AP's "Houthi"
    from detente.actors import resolve_actors
    res = resolve_actors(nlp("Yemen's Huthi rebels fired a missile. The Huthis said the Huthi movement would respond."))
    assert {m.code for m in res.mentions if "Huthi" in m.text} == {"YEMREBHTH"}
