"""Police, prosecutors and immigration agencies that crime and migration stories name by their
own name or acronym, with no country word: each is its state's police (COP), justice (JUD) or
government (GOV)."""


def test_immigration_agencies_known_by_name_or_acronym(mention_codes):
    got = mention_codes("ICE detained the Honduran father as he left the courthouse.")
    assert got["ICE"] == "USACOP"
    got = mention_codes("The National Migration Institute said it had detained 600 migrants in Chiapas.")
    assert got["The National Migration Institute"] == "MEXGOV"
    assert mention_codes("The INM freed 45 women and children on Sunday.")["The INM"] == "MEXGOV"


def test_police_and_prosecutors_known_by_name(mention_codes):
    got = mention_codes("The U.S. Marshals Service said it had investigated 564 threats against judges.")
    assert got["The U.S. Marshals Service"] == "USACOP"
    got = mention_codes("The Crown Prosecution Service charged the driver with manslaughter.")
    assert got["The Crown Prosecution Service"] == "GBRJUD"
    got = mention_codes("The Central Bureau of Investigation arrested the former minister on Monday.")
    assert got["The Central Bureau of Investigation"] == "INDCOP"
