"""Verbs whose inflected forms the rule lemmatizer used to cut short ("raped" -> "rap", "staged"
-> "stag", "fined" -> "fin") code as their own rows (nlp/pipeline.py `lemmas`)."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-18"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def test_a_rape_is_a_sexual_assault():
    assert ("SDNMIL", "SDNCVL", "1821", "asserted") in _events(
        "KHARTOUM (Reuters) - Sudanese soldiers raped dozens of women in Darfur, witnesses said.")


def test_a_strike_staged_against_a_government_is_a_strike():
    got = _events("NAIROBI (Reuters) - Kenyan doctors staged a strike against the government on Monday.")
    assert any(c == "143" and t == "KENGOV" for _, t, c, _ in got)


def test_a_fine_is_a_sanction_in_every_form():
    got = _events("BRUSSELS (Reuters) - The European Commission is fining Google for abusing its dominance.")
    assert any(code == "172" for _, _, code, _ in got)


def test_an_act_told_with_allegedly_is_alleged_not_asserted():
    got = _events("KABUL (Reuters) - Taliban fighters allegedly killed 12 civilians in Kunduz.")
    assert {(code, mod) for _, _, code, mod in got} == {("1823", "hypothetical")}
    assert ("1823", "asserted") in {(code, mod) for _, _, code, mod in _events(
        "KABUL (Reuters) - Taliban fighters reportedly killed 12 civilians in Kunduz.")}  # wires confirm what they report
