"""A warning of what someone else may do is a forecast, no threat to them (events/senses.py `_forecast`)."""

from __future__ import annotations


def test_a_warning_that_another_may_act_threatens_no_one(code):
    assert code("NATO warned that Russia could attack a member state.", {"NATO": "IGOWSTNAT", "Russia": "RUS"}) == []
    got = code("US officials warned that China may invade Taiwan.", {"US officials": "USAGOV", "China": "CHN", "Taiwan": "TWN"})
    assert all(c[:2] != "13" for _, _, c, _ in got)


def test_a_warning_of_what_a_thing_will_do_to_others_threatens_no_one(code):
    sides = {"McConnell": "USALEG", "Russia": "RUS", "Iran": "IRN", "The IMF": "IGOIMF", "China": "CHN"}
    got = code("McConnell warned that the withdrawal would benefit Russia and Iran.", sides)
    assert all(c[:2] != "13" for _, _, c, _ in got), got
    got = code("The IMF warned that the tariffs will hurt China.", sides)
    assert all(c[:2] != "13" for _, _, c, _ in got), got
    # one's own strikes are one's own act: still a threat
    got = code("Israel warned that its strikes would hurt Hamas.", {"Israel": "ISR", "its": "ISR", "Hamas": "PSEREBHMS"})
    assert ("ISR", "PSEREBHMS", "130", "asserted") in got, got


def test_warnings_to_an_addressee_or_of_ones_own_act_stay_threats(code):
    sides = {"Biden": "USAGOV", "Russia": "RUS"}
    assert ("USAGOV", "RUS", "130", "asserted") in code("Biden warned Russia that it could face sanctions.", sides)
    assert ("USAGOV", "RUS", "130", "asserted") in code("Biden warned that Russia would face severe consequences.", sides)
    assert ("USAGOV", "RUS", "130", "asserted") in code("Biden warned that Russia could face sanctions.", sides)


def test_a_present_tense_after_a_conjunction_of_time_has_not_happened():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": "Sanctions will remain until Russia withdraws its troops from Ukraine.", "date": "2023-06-01"}])
    assert [e["modality"] for e in rec["events"] if e["trigger"] == "withdraws"] == ["hypothetical"], rec["events"]
    (rec,) = code_records([{"id": "1", "text": "Russia withdrew its troops before Ukraine attacked.", "date": "2023-06-01"}])
    assert [e["modality"] for e in rec["events"] if e["trigger"] == "withdrew"] == ["asserted"], rec["events"]
