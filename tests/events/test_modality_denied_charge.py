"""An accusation followed by ", a charge X denies": the denial is of the charge, and the accusation
itself was made (events/modality.py `_negating_governor`), however the parser hangs the clause."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2021-09-30"}])
    return rec["events"]


def test_an_accusation_that_its_target_denies_was_made():
    text = ("WASHINGTON (Reuters) - Lawmakers criticized Facebook Inc on Monday.\n\nRepublicans on the House panel "
            "have also accused the company of censoring conservative voices, a charge Facebook denies.")
    acc = [e for e in _events(text) if e["trigger"] == "accused"]
    assert acc and all(e["modality"] == "asserted" for e in acc), acc


def test_a_denied_act_is_still_negated():
    text = "MOSCOW (Reuters) - The Kremlin denied sending troops into Ukraine."
    sent = [e for e in _events(text) if e["trigger"] == "sending"]
    assert all(e["modality"] == "negated" for e in sent), sent
