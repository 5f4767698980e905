"""A threat with a condition ("threatened to impose tariffs unless ...") is one threat, coded on
the verb of threatening; the act threatened is not a second threat of its own."""

from __future__ import annotations


def test_a_threat_verbs_condition_makes_no_second_threat(code):
    got = code("The president threatened in 2019 to impose tariffs on all Mexican imports unless Mexico curbed migration.",
               {"The president": "USAGOV", "Mexico": "MEX", "Mexican": "MEX"})
    threats = [e for e in got if e[2].startswith("13") and e[3] == "asserted"]
    assert len(threats) == 1, got
    assert threats[0][:2] == ("USAGOV", "MEX")


def test_a_condition_alone_still_makes_the_act_a_threat(code):
    got = code("Kenya's opposition will boycott the elections unless the president steps down.",
               {"Kenya's opposition": "KENOPP", "the president": "KENGOV"})
    assert ("KENOPP", "KENGOV", "133", "asserted") in got


def test_a_hostile_act_agreed_to_is_decided_not_threatened(code):
    # a body agreeing to sanctions decides them (163); agreed on a condition, they are a threat
    got = code("Arab League ministers agreed on Sunday to impose sanctions on Syria.",
               {"Arab League ministers": "IGOARL", "Syria": "SYR"})
    assert ("IGOARL", "SYR", "163", "asserted") in got, got
    got = code("Arab League ministers agreed on Sunday to impose sanctions on Syria if Damascus did not withdraw.",
               {"Arab League ministers": "IGOARL", "Syria": "SYR", "Damascus": "SYR"})
    assert not any(e[2] == "163" and e[3] == "asserted" for e in got), got
    assert any(e[2].startswith("13") for e in got), got


def test_saying_a_rival_will_face_retribution_is_a_threat(code):
    got = code("Khamenei said Israel would face a bitter and painful fate.", {"Khamenei": "IRNGOV", "Israel": "ISR"})
    assert ("IRNGOV", "ISR", "130", "asserted") in got, got
    # not denied, and no forecast of costs
    got = code("Khamenei said Israel would not face punishment.", {"Khamenei": "IRNGOV", "Israel": "ISR"})
    assert not any(e[2].startswith("13") for e in got), got
    got = code("The IMF said Britain would pay a price for leaving the EU.", {"The IMF": "IGOIMF", "Britain": "GBR", "the EU": "IGOEUREEC"})
    assert not any(e[2].startswith("13") for e in got), got


def test_saying_a_rival_will_regret_it_is_a_threat(code):
    got = code("China said Japan would regret its decision.", {"China": "CHN", "Japan": "JPN"})
    assert ("CHN", "JPN", "130", "asserted") in got, got
    # a forecast about one's own people, or a denial, threatens no one
    got = code("The minister said voters would regret leaving the union.", {"The minister": "GBRGOV", "voters": "GBRCVL"})
    assert not any(e[2].startswith("13") for e in got), got
    got = code("China said Japan would not regret its decision.", {"China": "CHN", "Japan": "JPN"})
    assert not any(e[2].startswith("13") for e in got), got
