"""Companies the tables lack and no suffix ends, that the text itself calls a company: in
apposition to a word for a firm ("PG&E, the state's largest utility") or owning what only a firm
has ("WeWork's founder and former CEO"). Every mention of the name is then the company, a
business of its country in context ("a WeWork spokesperson"); a news outlet never is one."""


def test_a_name_called_a_utility_is_a_business_everywhere(mention_codes):
    got = mention_codes("California regulators fined PG&E, the state's largest utility, for the blackouts. "
                        "PG&E officials said they would appeal.")
    assert got["PG&E"].endswith("BUS")
    assert got["PG&E officials"] == "USABUS"


def test_a_name_with_a_ceo_is_a_business(mention_codes):
    got = mention_codes("WeWork's founder and former CEO resigned last month. \"We are cooperating,\" a WeWork "
                        "spokesperson said in New York.")
    assert got["WeWork"].endswith("BUS")
    assert got["WeWork spokesperson"].endswith("BUS")


def test_a_retailer_in_apposition_is_a_business(mention_codes):
    got = mention_codes("Germany's cartel office accused Zalando, the online retailer, of misleading customers.")
    assert got["Zalando"].endswith("BUS")


def test_news_outlets_and_other_appositions_are_no_company(mention_codes):
    got = mention_codes("Bloomberg News reported that the SEC was investigating the firm.")
    assert "Bloomberg News" not in got
    got = mention_codes("Hamas, the militant group, fired rockets at Israel.")
    assert got["Hamas"] != "BUS" and not got["Hamas"].endswith("BUS")


def test_a_name_after_a_word_for_a_firm_is_a_business_everywhere(mention_codes):
    got = mention_codes("The ride-hailing company Grab rejected the Indonesian government's new tax. "
                        "Grab said it would appeal.")
    assert got["Grab"] == "IDNBUS"


def test_a_warship_is_no_company(mention_codes):
    got = mention_codes("The aircraft carrier USS Lincoln entered the Gulf as Iran warned Washington.")
    assert "USS Lincoln" not in got
    got = mention_codes("Verizon, the wireless carrier, agreed to pay a fine to US regulators.")
    assert got["Verizon"].endswith("BUS")


def test_a_name_with_its_own_management_or_staff_is_a_business(mention_codes):
    got = mention_codes("Veltrona management rejected the pay claim. The union said Veltrona was greedy.")
    assert got["Veltrona"].endswith("BUS")
    got = mention_codes("Korvix maintenance workers walked off the job in Melbourne. Korvix said talks would resume.")
    assert got["Korvix"] == "AUSBUS"
    got = mention_codes("Talvane executives met union leaders in Ohio.")
    assert got["Talvane executives"] == "USABUS"


def test_a_peoples_workers_are_no_company(mention_codes):
    got = mention_codes("Chinese workers protested outside the factory in Kenya.")
    assert not got["Chinese workers"].endswith("BUS")
