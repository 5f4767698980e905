"""Party leaders are their party's, not the government's; names several countries' parties and
institutions share take the country their phrase or article names (parties.py, context.py)."""

from __future__ import annotations

from datetime import date

from detente.actors import resolve_actors

ON = date(2024, 6, 1)


def codes(nlp, dictionary, text, on=ON):
    return {m.text: m.code for m in resolve_actors(nlp(text), on=on, dictionary=dictionary).mentions}


def test_an_unknown_party_named_by_its_form_owns_its_leader(nlp, dictionary):
    got = codes(nlp, dictionary, "PARIS (Reuters) - Socialist Party leader Olivier Faure criticised the government.")
    assert got["Socialist Party leader Olivier Faure"] == "FRAPTY"
    got = codes(nlp, dictionary, "SEOUL (Reuters) - Workers' Party leader Kim Dae-ho criticised the government.")
    assert got["Workers' Party leader Kim Dae-ho"] == "KORPTY"  # "Workers'" is no labour actor here
    got = codes(nlp, dictionary, "NAIROBI (Reuters) - Kenya's Jubilee Party criticised the opposition.")
    assert got["Kenya's Jubilee Party"] == "KENPTY"


def test_a_known_party_owns_an_unknown_leader_and_spokesman(nlp, dictionary):
    assert codes(nlp, dictionary, "Boris Johnson met Labour leader John Doe.")["Labour leader John Doe"] == "GBRPTYLAB"
    got = codes(nlp, dictionary, "Hamas spokesman Fawzi Barhoum criticised Israel.")
    assert got["Hamas spokesman Fawzi Barhoum"] == "PSEREBHMS"


def test_a_party_adjective_before_leader_is_the_party(nlp, dictionary):
    got = codes(nlp, dictionary, "LONDON (Reuters) - Liberal Democrat leader Ed Davey criticised the government.")
    assert got["Liberal Democrat leader Ed Davey"] == "GBRPTYLDM"
    got = codes(nlp, dictionary, "WASHINGTON (Reuters) - Republican leader John Doe criticised the White House.")
    assert got["Republican leader John Doe"] == "USAPTYREP"


def test_the_party_leader_is_not_the_head_of_government_named_before(nlp, dictionary):
    got = codes(nlp, dictionary, "Prime Minister Boris Johnson spoke first. The Labour leader criticised him.", date(2021, 6, 1))
    assert got["The Labour leader"] == "GBRPTYLAB"


def test_a_known_party_leader_keeps_the_dictionary_role_after_a_dash_dateline(nlp, dictionary):
    text = "LONDON - Labour leader Keir Starmer criticised the government."
    assert codes(nlp, dictionary, text, date(2022, 1, 1))["Labour leader Keir Starmer"] == "GBROPP"
    assert codes(nlp, dictionary, text, date(2025, 1, 1))["Labour leader Keir Starmer"] == "GBRGOV"


def test_leaders_of_communities_are_not_the_government(nlp, dictionary):
    assert codes(nlp, dictionary, "KABUL (Reuters) - Tribal leaders criticised the government.")["Tribal leaders"] == "AFGCVL"
    got = codes(nlp, dictionary, "NEW DELHI (Reuters) - Farmers' leader Rakesh Tikait criticised the government.")
    assert got["Farmers' leader Rakesh Tikait"] == "INDAGR"
    got = codes(nlp, dictionary, "NEW DELHI (Reuters) - A senior leader criticised the government.")
    assert not any(t.endswith("leader") for t in got)  # the head of something unnamed: no government


def test_a_shared_party_name_takes_the_country_of_its_phrase_or_dateline(nlp, dictionary):
    got = codes(nlp, dictionary, "LAGOS (Reuters) - Nigeria's Labour Party accused the ruling All Progressives Congress of rigging the vote.")
    assert got["Nigeria's Labour Party"] == "NGAPTY"
    assert codes(nlp, dictionary, "HONG KONG (Reuters) - The Democratic Party criticised the police.")["The Democratic Party"] == "HKGPTY"
    assert codes(nlp, dictionary, "SEOUL (Reuters) - The Democratic Party criticised the government.")["The Democratic Party"] == "KORPTY"
    # in the table's own country, or with that country named before it, the table's party
    assert codes(nlp, dictionary, "WASHINGTON (Reuters) - The Democratic Party criticised Trump.")["The Democratic Party"] == "USAPTYDEM"
    assert codes(nlp, dictionary, "KYIV (Reuters) - In Washington, Trump said Democrats were plotting against him.")["Democrats"] == "USAPTYDEM"


def test_a_longer_party_name_ending_in_a_known_one_is_another_party(nlp, dictionary):
    got = codes(nlp, dictionary, "The Social Democratic Party criticised the Swedish government.")
    assert got["The Social Democratic Party"] == "SWEPTY"


def test_shared_institutions_take_the_dateline_country(nlp, dictionary):
    got = codes(nlp, dictionary, "ABUJA (Reuters) - The House of Representatives criticised the police.")
    assert got["The House of Representatives"] == "NGALEG"
    got = codes(nlp, dictionary, "ABUJA (Reuters) - The Department of State Services detained the journalist.")
    assert got["The Department of State Services"] == "NGASPY"
    got = codes(nlp, dictionary, "BERLIN (Reuters) - The Foreign Office summoned the Russian ambassador.")
    assert got["The Foreign Office"] == "DEUGOV"
    got = codes(nlp, dictionary, "WASHINGTON (Reuters) - The House of Representatives passed the bill.")
    assert got["The House of Representatives"] == "USALEG"


def test_a_party_adjective_before_its_members_in_a_legislature_is_the_party(nlp, dictionary):
    got = codes(nlp, dictionary, "WASHINGTON (Reuters) - Republican senators criticised the White House.")
    assert got["Republican senators"] == "USAPTYREP"
    got = codes(nlp, dictionary, "WASHINGTON (Reuters) - Democratic lawmakers accused the president of lying.")
    assert got["Democratic lawmakers"] == "USAPTYDEM"
    got = codes(nlp, dictionary, "LONDON (Reuters) - Conservative MPs accused the prime minister of misleading parliament.")
    assert got["Conservative MPs"] == "GBRPTYCON"
    got = codes(nlp, dictionary, "PARIS (Reuters) - Socialist lawmakers criticised the pension reform.")
    assert got["Socialist lawmakers"] == "FRAPTY"


def test_a_party_leader_the_text_calls_opposition_leader_is_the_opposition():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "date": "2019-11-20", "text":
                            "NAIROBI (Reuters) - Opposition leader Raila Odinga criticised President Uhuru Kenyatta on Sunday."}])
    assert ("KENOPP", "KENGOV", "111") in {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}
    (rec,) = code_records([{"id": "1", "date": "2019-11-20", "text":
                            "NAIROBI (Reuters) - Raila Odinga criticised President Uhuru Kenyatta on Sunday."}])
    assert ("KENPTY", "KENGOV", "111") in {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}


def test_the_party_a_state_is_ruled_by_is_its_government(nlp, dictionary):
    """In a state one party rules by law, that party named bare is the state's government, as
    "the Chinese Communist Party" is; a Communist Party elsewhere is one party among others."""
    got = codes(nlp, dictionary, "BEIJING (Reuters) - The Communist Party has tightened its grip. "
                                 "In 1989 it crushed the protests in Tiananmen Square.")
    assert got["The Communist Party"] == "CHNGOV" and got["it"] == "CHNGOV", got
    got = codes(nlp, dictionary, "HANOI (Reuters) - The ruling Communist Party expelled a senior official.")
    assert "VNMGOV" in got.values() and "VNMPTY" not in got.values(), got
    got = codes(nlp, dictionary, "MOSCOW (Reuters) - The Communist Party criticised the Kremlin.")
    assert got["The Communist Party"] == "RUSPTY", got


def test_bare_labor_is_the_australian_labor_party_but_not_american_labor(nlp, dictionary):
    on = date(2002, 8, 1)
    got = codes(nlp, dictionary, "CANBERRA - The Government has called on Labor not to delay its tax plans.", on)
    assert got["Labor"] == "AUSPTYLAB"
    got = codes(nlp, dictionary, "JERUSALEM - Labor has threatened to quit the coalition government.", on)
    assert got["Labor"].startswith("ISR")  # Israel's Labor: the shared name takes the dateline's country
    for text in ("WASHINGTON - The Labor Department said jobless claims rose.",
                 "WASHINGTON - Labor Secretary Elaine Chao criticised the union.",
                 "WASHINGTON - The Labor and Commerce departments reported weak data.",
                 "Senators said Labor Day traffic was heavy."):
        assert not any("Labor" in t and c and "PTY" in c for t, c in codes(nlp, dictionary, text, on).items()), text
