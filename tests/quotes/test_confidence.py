"""Quote confidence: factors from data/quotes/confidence.tsv, read off each quote's evidence."""

import pytest

from detente.errors import DictionaryError
from detente.quotes import find_quotes
from detente.quotes.confidence import DEFAULT_MIN_CONFIDENCE, FRAMES, KINDS, LOW, SPEAKERS, Evidence, Factors, score


def _q(nlp, text, starts):
    hits = [q for q in find_quotes(nlp(text)) if q.text.startswith(starts)]
    assert hits, f"no quote starting {starts!r}"
    return hits[0]


def test_every_factor_is_present_and_in_range():
    f = Factors.load()
    for group, keys in (("frame", FRAMES), ("speaker", SPEAKERS), ("kind", KINDS)):
        table = getattr(f, group)
        assert set(table) == set(keys)
        assert all(0.0 <= v <= 1.0 for v in table.values())


def test_stronger_evidence_scores_higher():
    best = score(Evidence("cue", "name", "direct"))
    assert best >= DEFAULT_MIN_CONFIDENCE
    assert score(Evidence("cue", "pronoun", "direct")) < best
    assert score(Evidence("carried", "name", "direct")) < best
    assert score(Evidence("cue", "name", "partial")) < best
    assert score(Evidence("governed", "description", "partial")) < score(Evidence("cue", "description", "direct"))
    # with nobody named, the frame says nothing: always low
    assert score(Evidence("cue", "none", "direct")) < LOW
    assert score(Evidence("none", "none", "direct")) < LOW


def test_a_bad_factor_file_is_refused(tmp_path):
    bad = tmp_path / "confidence.tsv"
    bad.write_text("frame\tcue\t1.5\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="outside 0-1"):
        Factors.load(bad)
    bad.write_text("frame\tcue\t0.9\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="missing"):
        Factors.load(bad)
    bad.write_text("frame\tshout\t0.9\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="unknown factor"):
        Factors.load(bad)


def test_quotes_carry_their_evidence(nlp):
    text = (
        "Finance Minister Rosa Valdes spoke on Monday. “The budget is balanced,” Valdes said. "
        "“Nobody will pay more tax next year.” She said the plan was “the fairest in a decade.” "
        "“We are not done,” he said."
    )
    named = _q(nlp, text, "The budget is balanced")
    carried = _q(nlp, text, "Nobody will pay")
    partial = _q(nlp, text, "the fairest in a decade")
    assert named.direct and named.confidence == score(Evidence("cue", "name", "direct"))
    assert carried.speaker == "Rosa Valdes" and carried.confidence == score(Evidence("carried", "name", "direct"))
    assert not partial.direct and partial.speaker == "Rosa Valdes"
    assert partial.confidence < named.confidence
    for q in find_quotes(nlp(text)):
        assert 0.0 <= q.confidence <= 1.0


def test_unattributed_quote_is_low(nlp):
    q = _q(nlp, "The crowd gathered at dawn.\n\n“We will not leave until the law is withdrawn.”", "We will not leave")
    assert q.speaker is None and q.confidence < LOW
