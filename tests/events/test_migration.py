"""Migration and border enforcement as wire services report it: migrants intercepted at sea,
caught by border police, pushed or sent back across a border."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"][:3], e["modality"]) for e in rec["events"]]


def test_migrants_intercepted_or_caught_are_detained():
    assert ("MRTMIL", "SENREF", "173", "asserted") in _events(
        "Mauritania's navy intercepted 150 Senegalese migrants bound for the Canary Islands.")
    assert ("UKRMIL", "VNMREF", "173", "asserted") in _events(
        "Ukraine's border guards caught 12 Vietnamese migrants trying to cross into Slovakia.")
    # what else is intercepted or caught is no act on anyone
    assert [e for e in _events("Israel's army intercepted two Syrian missiles on Sunday.") if e[2] == "173"] == []
    assert [e for e in _events("A Russian cargo ship caught fire off the coast of Norway.") if e[2] == "173"] == []


def test_migrants_pushed_or_sent_back_across_a_border_are_expelled():
    assert ("BGDMIL", "MMRREF", "174", "asserted") in _events(
        "Bangladesh's coast guard pushed back two boats carrying Rohingya refugees from Myanmar.")
    assert ("GRCCOP", "AFGREF", "174", "asserted") in _events(
        "Greek police sent back 40 Afghan migrants to Turkey on Friday.")
    # troops pushed back, a deadline pushed back: no expulsion
    assert [e for e in _events("Ukrainian troops pushed back Russian forces near Kharkiv.") if e[2] == "174"] == []
    assert [e for e in _events("Britain's government pushed back the deadline by a month.") if e[2] == "174"] == []


def test_me_or_us_in_a_quote_is_its_speaker():
    # the first person a reported clause acts on is whoever reports it, as its subject "I" is
    assert ("HRVCOP", "SYRCVL", "173", "asserted") in _events(
        '"Croatian police arrested us in the forest," said a Syrian man.')
    events = _events('"The Bulgarian police caught me and deported me back to Turkey," said an Afghan teenager.')
    assert ("BGRCOP", "AFGCVL", "174", "asserted") in events
    assert [e for e in events if e[1] == "TUR"] == []  # where he was sent is not whom it was done to


def test_immigration_agencies_gendarmes_and_coast_guards_are_state_agents():
    # named by the possessive of the dateline's country, or by a demonym
    assert ("PHLGOV", "CHNCVL", "174", "asserted") in _events(
        "MANILA (Reuters) - The country's immigration bureau deported 30 Chinese nationals on Tuesday.")
    assert ("JPNGOV", "LKAEDU", "174", "asserted") in _events(
        "TOKYO (Reuters) - The country's immigration agency deported a Sri Lankan student on Friday.")
    assert ("DZACOP", "MLICVL", "173", "asserted") in _events(
        "ALGIERS (Reuters) - The country's gendarmerie arrested 45 Malian nationals in Oran on Tuesday.")
    assert ("TUNMIL", "LBYCVL", "173", "asserted") in _events(
        "Tunisian coast guards intercepted 80 Libyan people trying to reach Italy on Saturday.")


def test_a_state_that_closes_its_border_or_fights_before_an_election_is_no_race():
    # an election word in the sentence makes force between parties a race, not a state's own force
    assert ("COL", "VEN", "191", "asserted") in _events(
        "Colombia closed its border with Venezuela for three days ahead of Sunday's regional elections.")
    assert ("RUS", "UKR", "194", "asserted") in _events(
        "Russia shelled Kharkiv on Sunday as Ukrainians went to the polls.")
    # parties and states beating each other in a vote still race
    assert [e for e in _events("Britain beat France in the vote to host the Expo.") if e[2][:2] in ("18", "19")] == []
    assert [e for e in _events("Labour battled the Conservatives for votes in the north.") if e[2][:2] in ("18", "19")] == []


def test_a_country_taking_in_refugees_or_deportees_hosts_no_visit():
    # received, accepted, welcomed or hosted people sent or fleeing there: no visit (043),
    # no agreement (030), no praise (051) of them or of where they came from
    for text in ("Honduras received 120 deportees from the United States on Thursday, officials in Tegucigalpa said.",
                 "Guatemala received a flight of 130 deported migrants from the United States on Wednesday.",
                 "Greece has received more than 10,000 migrants from Turkey this year.",
                 "Norway accepted 3,000 Congolese refugees under a United Nations resettlement scheme.",
                 "Jordan hosts more than 600,000 Syrian refugees, the UN refugee agency says.",
                 "Chad welcomed 2,000 Sudanese refugees at a border camp on Monday."):
        assert [e for e in _events(text) if e[2] in ("043", "030", "051")] == [], text
    # a leader received or a decision welcomed still is
    assert ("JORGOV", "IRQGOV", "043", "asserted") in _events(
        "Jordan's King Abdullah received Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Sunday.")
    assert ("TURGOV", "SWE", "051", "asserted") in _events("Turkish President Tayyip Erdogan welcomed the decision by Sweden.")


def test_a_person_caught_by_police_is_detained():
    # patterns.tsv catch: people named by a person noun or a pronoun, not only migrants and suspects
    assert ("GBRCOP", "GBRUAF", "173", "asserted") in _events("LONDON (Reuters) - British police caught the gunman hours later.")
    assert [e for e in _events("LONDON (Reuters) - The announcement caught him by surprise.") if e[2] == "173"] == []
