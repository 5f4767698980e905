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


def test_a_hoped_for_act_is_not_asserted():
    """"hopes/hoped/hoping to" is "hope" (not "hop"), a governor that leaves its act undone."""
    for text in ("TOKYO (Reuters) - Japan's prime minister hopes to meet Chinese President Xi Jinping next month.",
                 "TEHRAN (Reuters) - Iran hopes to receive Russian fighter jets by the end of the year.",
                 "JERUSALEM (Reuters) - Israel hoped to persuade Egypt to mediate with Hamas.",
                 "ISLAMABAD (Reuters) - Pakistan is hoping to resume talks with India."):
        got = _events(text)
        assert got and all(mod != "asserted" for *_, mod in got), text
    assert any(mod == "asserted" for *_, mod in _events(
        "ISLAMABAD (Reuters) - Pakistan resumed talks with India on Monday."))


def test_a_slated_visit_is_planned():
    got = _events("NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi is slated to visit Moscow next week.")
    assert got and all(mod == "future" for *_, mod in got)


def test_an_act_one_is_keen_or_eager_to_do_is_not_asserted():
    for text in ("KYIV (Reuters) - Zelensky is keen to meet Putin.",
                 "BEIJING (Reuters) - China is eager to sign a trade deal with Australia.",
                 "KABUL (Reuters) - The Taliban are desperate to hold talks with the United States."):
        got = _events(text)
        assert got and all(mod != "asserted" for *_, mod in got), text
    assert any(mod == "asserted" for *_, mod in _events("KYIV (Reuters) - Zelensky met Putin eagerly."))


def test_forgave_is_forgive():
    """"forgave", an irregular past the lemmatizer keeps as it is, is "forgive" (056)."""
    got = _events("KIGALI (Reuters) - Rwanda's president forgave Uganda for the border incidents.")
    assert ("RWAGOV", "UGA", "056", "asserted") in got
