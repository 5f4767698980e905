"""Associations, unions and institutes the tables lack, named by the word that heads their name
("the Nigerian Bar Association", "the Center for Responsible Lending"): an NGO (a union: LAB) of
the country a place in the name names, else of the country in context (bodies.py)."""

import pytest


@pytest.mark.parametrize("text, name, code", [
    # the head word and the country in context (the dateline)
    ("NEW DELHI (Reuters) - The Internet Freedom Foundation criticised the government over the ban.",
     "The Internet Freedom Foundation", "INDNGO"),
    ("WASHINGTON (Reuters) - The Center for Responsible Lending urged regulators to act.",
     "The Center for Responsible Lending", "USANGO"),
    # a place in the name gives its country, over the dateline
    ("LONDON (Reuters) - The Nigerian Bar Association condemned the arrests on Monday.", "The Nigerian Bar Association", "NGANGO"),
    ("The Manufacturers Association of Nigeria warned the government on Monday.", "The Manufacturers Association of Nigeria", "NGANGO"),
    # a union is labour; one named for no trade or members' work is an NGO (union_trade_words)
    ("ABUJA (Reuters) - The Academic Staff Union of Universities accused the government of lying.",
     "The Academic Staff Union of Universities", "NGALAB"),
    ("WASHINGTON (Reuters) - The American Civil Liberties Union sued the government on Monday.",
     "The American Civil Liberties Union", "USANGO"),
    # capitalised agent words inside the name are its own
    ("LONDON (Reuters) - The Police Federation accused the Home Secretary of betraying officers.", "The Police Federation", "GBRNGO"),
    ("WASHINGTON (Reuters) - Rob Nichols, head of the American Bankers Association, praised the Treasury.",
     "the American Bankers Association", "USANGO"),
    # a cartel is a criminal group of its country
    ("MEXICO CITY (Reuters) - The Jalisco New Generation Cartel attacked police officers on Monday.",
     "The Jalisco New Generation Cartel", "MEXCRM"),
    # names run on over possessives; "Confederation" heads a body
    ("MEXICO CITY (Reuters) - The Mexican Employers' Confederation urged the government to issue work permits.",
     "The Mexican Employers' Confederation", "MEXNGO"),
    ("LONDON (Reuters) - The Confederation of British Industry urged ministers to settle the dispute.",
     "The Confederation of British Industry", "GBRNGO"),
    ("LONDON (Reuters) - The Children's Society accused the government of failing vulnerable children.",
     "The Children's Society", "GBRNGO"),
    # a congress of workers (labour_heads with a trade word) is labour, its trade word no party's
    ("ABUJA (Reuters) - The Nigeria Labour Congress threatened a nationwide strike over fuel prices.",
     "The Nigeria Labour Congress", "NGALAB"),
    ("ACCRA (Reuters) - The Ghana Trades Union Congress called on the government to raise the minimum wage.",
     "The Ghana Trades Union Congress", "GHALAB"),
    ("JOHANNESBURG (Reuters) - The Congress of South African Trade Unions criticised the ANC government.",
     "The Congress of South African Trade Unions", "ZAFLAB"),
    ("LUSAKA (Reuters) - The Zambia Congress of Trade Unions accused the government of failing workers.",
     "The Zambia Congress of Trade Unions", "ZMBLAB"),
    # agents.tsv: paramilitary units are the military of their story
    ("BAGHDAD (Reuters) - The Kurdistan Regional Government accused the paramilitary units of abuses.",
     "the paramilitary units", "IRQMIL"),
])
def test_a_body_named_by_its_head_word_is_of_its_role_and_country(mention_codes, text, name, code):
    assert mention_codes(text)[name] == code


def test_no_name_of_its_own_or_an_international_one_is_no_body(mention_codes):
    got = mention_codes("ABUJA (Reuters) - The Center said it would sue on Monday.")
    assert not any(c.endswith(("NGO", "LAB")) for c in got.values())
    got = mention_codes("NAIROBI (Reuters) - The International Refugee Foundation criticised the government.")
    assert not any(c.endswith("NGO") and c.startswith("KEN") for c in got.values())


def test_a_named_body_acting_on_its_government_is_an_event():
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": "MEXICO CITY (Reuters) - The Fray Matias Human Rights Center criticised "
                            "the National Migration Institute on Wednesday.", "date": "2023-11-01"}])
    assert ("MEXNGO", "MEXGOV", "111") in {(e["source"], e["target"], e["cameo"]) for e in rec["events"]}


def test_the_head_word_alone_later_is_the_body_named_before():
    from detente.engine import code_records

    text = ("ABUJA (Reuters) - The Nigerian Bar Association condemned the arrests on Monday.\n\n"
            "The association also accused the police of torturing detainees.")
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    got = {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}
    assert ("NGANGO", "NGACOP", "11") in got
    text = ("MEXICO CITY (Reuters) - The Fray Matias Human Rights Center said it had documented 12 cases.\n\n"
            "The center accused the National Migration Institute of using excessive force.")
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-11-01"}])
    got = {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}
    assert ("MEXNGO", "MEXGOV", "11") in got


def test_a_title_of_a_body_with_no_country_yet_is_no_ngo_code(mention_codes):
    got = mention_codes("LONDON (Reuters) - Rachel Power, chief executive of the Patients Association, "
                        "called on the government to return to talks.")
    assert got["the Patients Association"] == "GBRNGO"
    assert not any(c.startswith("NGO") for c in got.values())


def test_a_think_tank_or_trade_group_in_apposition_is_no_military(mention_codes):
    got = mention_codes("LONDON (Reuters) - The Institute for Fiscal Studies, an economic think tank, criticised the government.")
    assert not any(c.endswith("MIL") for c in got.values())
    assert got["think tank"] == "GBRNGO"
    got = mention_codes("WASHINGTON (Reuters) - The lenders' trade group praised the Treasury Department.")
    assert any(c == "USABUS" for c in got.values())


@pytest.mark.parametrize("text, want", [
    ("The Ghana Medical Association urged the government to pay doctors their arrears.", ("GHANGO", "GHAGOV", "02")),
    ("The Nigeria Bar Association criticised the government over the detention of journalists.", ("NGANGO", "NGAGOV", "11")),
    ("The Uganda Law Society condemned the arrest of the lawyer by police.", ("UGANGO", "UGACOP", "11")),
    ("The Pakistan Medical Association demanded that the government release the detained doctors.", ("PAKNGO", "PAKGOV", "10")),
])
def test_a_body_named_for_its_country_places_its_sentence(text, want):
    """The place word a body's name swallows still names its sentence's country: the bare roles
    next to it are that country's ("the government": GHAGOV), as beside "the Ghana government"."""
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-06-03"}])
    got = {(e["source"], e["target"], e["cameo"][:2]) for e in rec["events"] if e["confidence"] >= 0.5}
    assert want in got


def test_a_congress_of_no_trade_is_no_workers_body(mention_codes):
    # labour_heads: without a trade word "Congress" is left to the tables (a legislature, a party)
    got = mention_codes("JOHANNESBURG (Reuters) - The Pan Africanist Congress criticised the government over land reform.")
    assert not any(c.endswith(("NGO", "LAB")) for c in got.values()), got
    got = mention_codes("MADRID (Reuters) - The Congress of Deputies voted to censure the government.")
    assert "ESPLEG" in got.values() and not any(c.endswith(("NGO", "LAB")) for c in got.values()), got
