"""A hostage's country is not the country of the others its sentence leaves bare: hostages are
mostly held abroad ("militants threatened to behead the Japanese hostage": no Japanese rebels)."""


def test_a_hostages_country_is_not_the_kidnappers(mention_codes):
    got = mention_codes("Militants threatened to behead the Japanese hostage.")
    assert got["Militants"] == "REB"
    assert got["the Japanese hostage"] == "JPNCVL"
    got = mention_codes("The rebels released the French hostage after months of talks.")
    assert got["The rebels"] == "REB"


def test_a_place_still_places_the_others(mention_codes):
    got = mention_codes("Soldiers freed the French hostages in northern Mali.")
    assert got["Soldiers"] == "MLIMIL"
    got = mention_codes("Militants attacked Pakistani soldiers in Waziristan.")
    assert got["Militants"] == "PAKREB"


def test_nationals_and_tourists_are_named_so_abroad(mention_codes):
    # "two Iranian nationals", "British tourists": not the country of the police that holds them
    got = mention_codes("Police arrested two Iranian nationals.")
    assert got["Police"] == "COP" and got["Iranian nationals"] == "IRNCVL"
    assert mention_codes("Police detained two British tourists.")["Police"] == "COP"
    assert mention_codes("LONDON (Reuters) - Police arrested two Iranian nationals.")["Police"] == "GBRCOP"
    assert mention_codes("Police in Dubai detained two British tourists.")["Police in Dubai"] == "ARECOP"
