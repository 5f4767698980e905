"""A state's office named by the sector it regulates or serves is the state's (GOV), not the
sector's: "California's utilities regulators", "the utilities commission", "Italy's media
regulator", "the business secretary". Heads a group owns as well as a state keep the group's
role ("union leaders" LAB, "a company spokesman" BUS), and a state's own forces keep theirs
("the police commissioner" COP, "the police chief" COP)."""


def test_a_sectors_regulator_or_commission_is_the_government(mention_codes):
    got = mention_codes("California's utilities regulators fined PG&E $1.6 billion for its role in the wildfires.")
    assert got["California's utilities regulators"] == "USAGOV"
    got = mention_codes("Italy's media regulator fined the broadcaster for bias.")
    assert got["Italy's media regulator"] == "ITAGOV"
    assert got["the broadcaster"] == "ITAMED"
    got = mention_codes("The utilities commission ordered the company to compensate victims in Texas.")
    assert got["The utilities commission"] == "USAGOV"


def test_a_cabinet_secretary_named_by_department_is_a_minister(mention_codes):
    assert mention_codes("Britain's home secretary condemned the attack on the mosque.")[
        "Britain's home secretary"] == "GBRGOV"
    assert mention_codes("The White House press secretary accused China of stealing technology.")[
        "The White House press secretary"] == "USAGOV"


def test_heads_a_group_owns_keep_the_groups_role(mention_codes):
    assert mention_codes("Union leaders in France called for a strike against the pension reform.")["Union leaders in France"] == "FRALAB"
    assert mention_codes("A company spokesman in Germany denied the allegations against the firm.")[
        "company spokesman in Germany"] == "DEUBUS"
    assert mention_codes("The police commissioner in Nairobi banned the protest.")[
        "The police commissioner in Nairobi"] == "KENCOP"
    assert mention_codes("The opposition leader in Kenya accused the government of fraud.")["The opposition leader"] == "KENOPP"
