"""Companies the tables lack, named with a corporate suffix ("Barclays plc", "Vale SA", "Walt Disney
Co"): a business of the country a place in the name names, else of the country in context;
what they do among themselves stays business (companies.py)."""


def _events(text):
    from detente.engine import code_records

    (rec,) = code_records([{"id": "1", "text": text, "date": "2021-03-10"}])
    return {(e["source"], e["target"], e["cameo"]) for e in rec["events"] if e["modality"] == "asserted"}


def test_a_suffixed_name_is_a_business_of_the_dateline_country(mention_codes):
    got = mention_codes("LONDON (Reuters) - Britain's markets watchdog fined Barclays plc 40 million pounds on Tuesday.")
    assert got["Barclays plc"] == "GBRBUS"
    got = mention_codes("CANBERRA (Reuters) - Australia's competition regulator sued Harvey Norman Holdings Ltd on Thursday.")
    assert got["Harvey Norman Holdings Ltd"] == "AUSBUS"
    got = mention_codes("BRASILIA (Reuters) - Brazilian prosecutors sued mining company Vale SA over the dam collapse.")
    assert got["company Vale SA"] == "BRABUS"


def test_a_place_in_the_name_gives_its_country(mention_codes):
    got = mention_codes("WASHINGTON (Reuters) - The Justice Department sued Hertz Global Holdings Inc on Monday.")
    assert got["Hertz Global Holdings Inc"] == "USABUS"  # no place in the name: the dateline's
    got = mention_codes("TORONTO (Reuters) - The Ontario government sued Imperial Tobacco Canada Ltd for damages.")
    assert got["Imperial Tobacco Canada Ltd"] == "CANBUS"
    got = mention_codes("WASHINGTON (Reuters) - The Commerce Department added China Jiangsu Shipping Corp to a blacklist.")
    assert got["China Jiangsu Shipping Corp"] == "CHNBUS"


def test_a_descriptor_before_the_name_does_not_change_its_role(mention_codes):
    got = mention_codes("HAVANA (Reuters) - Cuba's government praised Canadian miner Sherritt International Corp on Monday.")
    assert got["Canadian miner Sherritt International Corp"] == "CANBUS"


def test_no_suffix_no_company(mention_codes):
    got = mention_codes("WASHINGTON (Reuters) - Texas AG Ken Paxton sued the manufacturer on Monday.")
    # "the manufacturer" is a firm by its trade (agents.tsv); "Texas AG" is no company's suffix
    assert not any(c.endswith("BUS") for k, c in got.items() if "manufacturer" not in k)
    got = mention_codes("DUBLIN (Reuters) - Police in Co. Kerry arrested two men on Saturday.")
    assert not any(c.endswith("BUS") for c in got.values())


def test_a_federal_corporation_is_the_government(mention_codes):
    got = mention_codes("The Federal Deposit Insurance Corp seized the bank on Friday.")
    assert got["The Federal Deposit Insurance Corp"] == "USAGOV"


def test_a_government_acting_on_a_company_is_an_event():
    assert ("USABUS", "USAGOV", "115") in _events(
        "ORLANDO, Fla. (Reuters) - Walt Disney Co sued Florida Governor Ron DeSantis on Wednesday.")
    assert ("GBRGOV", "GBRBUS", "172") in _events(
        "LONDON (Reuters) - Britain's Financial Conduct Authority fined Barclays plc 40 million pounds.")


def test_companies_among_themselves_do_business():
    assert _events("TOKYO (Reuters) - Toyota Motor Corp sued Nissan Motor Co Ltd on Tuesday over a patent.") == set()
    assert _events("LONDON (Reuters) - Barclays plc agreed to buy Kensington Mortgage Holdings Ltd.") == set()


def test_a_table_company_runs_on_to_its_suffix(mention_codes):
    got = mention_codes("China's Commerce Ministry added Lockheed Martin Corp and Raytheon Technologies Corp to a list.")
    assert got["Lockheed Martin Corp"] == "USABUSLMT" and got["Raytheon Technologies Corp"] == "USABUSRTN"
    got = mention_codes("Samsung Electronics Co Ltd criticised the government on Monday.")
    assert got["Samsung Electronics Co Ltd"].startswith("KORBUS")


def test_a_commercial_bank_of_a_country_is_its_business_not_the_country(mention_codes):
    got = mention_codes("WASHINGTON (Reuters) - U.S. regulators fined Bank of China 50 million dollars on Tuesday.")
    assert got["Bank of China"] == "CHNBUSBOC"
    got = mention_codes("New York's financial regulator fined Bank of America on Tuesday.")
    assert got["Bank of America"] == "USABUSBAC"
    got = mention_codes("The People's Bank of China criticised the plan.")  # the central bank stays the state's
    assert got["The People's Bank of China"] == "CHNGOV"


def test_banks_among_themselves_do_business():
    assert _events("Bank of America sued Bank of China on Tuesday over a loan.") == set()


def test_a_suffixed_name_is_not_the_country_of_whoever_acts_on_it(mention_codes):
    # a government's sanctions, bans and entity lists are mostly aimed at foreign firms: the
    # sentence's one country is the actor's, not the firm's (no dateline, no place in the name)
    got = mention_codes("China added Brightline Robotics Inc to its unreliable entity list on Thursday.")
    assert got["Brightline Robotics Inc"] == "BUS"
    got = mention_codes("Moscow fined Nordvik Media Ltd for failing to delete banned content.")
    assert got["Nordvik Media Ltd"] == "BUS"
    # a place in the name, or the dateline, still places it
    got = mention_codes("China sanctioned Canadian Solar Inc on Thursday.")
    assert got["Canadian Solar Inc"] == "CANBUS"
    got = mention_codes("LONDON (Reuters) - Britain's markets watchdog fined Harbour Bank plc 12 million pounds.")
    assert got["Harbour Bank plc"] == "GBRBUS"


def test_a_place_inside_a_known_company_name_is_no_actor_of_its_own(mention_codes):
    got = mention_codes("SEOUL (Reuters) - U.S. regulators fined Samsung Electronics America Inc. on Tuesday.")
    assert got == {"U.S. regulators": "USAGOV", "Samsung Electronics America Inc.": "KORBUSSAM"}


def test_suffixes_alone_at_a_sentence_start_name_no_company(mention_codes):
    assert mention_codes("Inc Inc Inc.") == {}


def test_a_company_named_again_without_its_suffix_is_the_same_business():
    # "Harvey Norman Holdings Ltd ... Harvey Norman denied", "Barclays plc ... Barclays": the short name is the company
    got = _events("CANBERRA (Reuters) - Australia's competition regulator sued Harvey Norman Holdings Ltd on Thursday.\n\n"
                  "Harvey Norman Holdings accused the regulator of overreach.")
    assert ("AUSBUS", "AUSGOV", "112") in got, got
    got = _events("LONDON (Reuters) - The Serious Fraud Office charged Halvern Logistics plc on Monday.\n\n"
                  "Halvern Logistics criticised the office's decision.")
    assert any(s == "GBRBUS" and c[:2] == "11" for s, t, c in got), got


def test_the_first_word_of_a_name_joined_by_of_is_no_short_name(mention_codes):
    got = mention_codes("NEW YORK (Reuters) - Regulators fined Bank of Tasmania Corp on Monday. Bank officials declined to comment.")
    assert "Bank" not in got
