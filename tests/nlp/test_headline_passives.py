"""A headline passive without its "was" ("Venezuela accused of abuses by UN") is read as a
passive, not an active past with the name as doer (nlp/pipeline.py `headline_passives`,
data/nlp/headline_passives.tsv)."""

from __future__ import annotations

import pytest


def _deps(doc, word):
    verb = next(t for t in doc if t.text == word)
    return {c.text: c.dep_ for c in verb.children}


@pytest.mark.parametrize(
    "text, verb, subject, agent",
    [
        ("Venezuela accused of human rights abuses by UN", "accused", "Venezuela", "by"),
        ("Russia hit with new sanctions by EU", "hit", "Russia", "by"),
        ("Iran threatened with sanctions over nuclear program", "threatened", "Iran", None),
        ("Turkey slapped with US sanctions over Russian missiles", "slapped", "Turkey", None),
    ],
)
def test_a_headline_passive_is_a_passive(nlp, text, verb, subject, agent):
    deps = _deps(nlp(text), verb)
    assert deps[subject] == "nsubjpass", deps
    if agent:
        assert deps[agent] == "agent", deps


@pytest.mark.parametrize(
    "text, verb, subject",
    [
        ("The UN accused Venezuela of abuses.", "accused", "UN"),
        ("Turkey stood by Qatar during the blockade.", "stood", "Turkey"),
        ("Protesters clashed with police in Hong Kong.", "clashed", "Protesters"),
        ("Putin met with Xi in Beijing.", "met", "Putin"),
        ("Police charged at protesters with batons.", "charged", "Police"),
    ],
)
def test_an_active_past_keeps_its_subject(nlp, text, verb, subject):
    assert _deps(nlp(text), verb)[subject] == "nsubj"


def test_a_headline_participle_is_a_passive(nlp):
    # the tagger reads the root as a participle and the line has no closing stop: the dropped "was"
    assert _deps(nlp("Two Canadian citizens detained in China"), "detained")["citizens"] == "nsubjpass"


def test_a_headline_passive_row_with_another_reading_is_a_dictionary_error(tmp_path):
    from detente.errors import DictionaryError
    from detente.nlp.pipeline import _headline_passive_rows

    path = tmp_path / "headline_passives.tsv"
    path.write_text("lemma\tprep\treading\naccuse\tof\tmaybe\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="line 2"):
        _headline_passive_rows.__wrapped__(path)
