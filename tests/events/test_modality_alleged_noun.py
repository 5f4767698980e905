"""An act named by a noun whose verb is only what someone is accused or charged of ("accused Ruto of
declaring war") is alleged, not asserted (events/modality.py `_alleged` on the noun's governor)."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-25"}])
    return rec["events"]


def test_the_noun_act_inside_an_accusation_is_not_asserted():
    text = ("NAIROBI (AFP) - Opposition leader Kalonzo Musyoka accused President William Ruto "
            "of declaring war on the country's youth.")
    evs = _events(text)
    assert any(e["trigger"] == "accused" and e["modality"] == "asserted" for e in evs), evs
    war = [e for e in evs if e["trigger"] == "war"]
    assert war and all(e["modality"] == "hypothetical" for e in war), war


def test_a_declared_war_is_still_asserted():
    evs = [e for e in _events("NAIROBI (AFP) - Kenya declared war on Somalia.") if e["trigger"] == "war"]
    assert evs and all(e["modality"] == "asserted" for e in evs), evs


def test_what_someone_is_accused_of_trying_to_do_is_alleged():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": "Iran accused Israel of trying to attack its nuclear facilities.", "date": "2023-06-01"}])
    attack = [e for e in rec["events"] if e["trigger"] == "attack"]
    assert attack and all(e["modality"] == "hypothetical" for e in attack), rec["events"]
    # an attempt told as done stays done
    (rec,) = code_records([{"id": "1", "text": "Israel tried to attack Iranian nuclear facilities.", "date": "2023-06-01"}])
    assert [e["modality"] for e in rec["events"] if e["trigger"] == "attack"] == ["asserted"], rec["events"]
