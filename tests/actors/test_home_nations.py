"""The adjectives of Britain's nations (English, Scottish, Welsh) are Britain's, as British is:
"English supporters in Marseille" are GBRCVL, not the French of their place; the languages
("in English", "English-language") are no actor."""


def test_english_supporters_are_british(mention_codes):
    got = mention_codes("French police fired tear gas at English supporters in Marseille.")
    assert got["English supporters"] == "GBRCVL"


def test_the_language_is_no_actor(mention_codes):
    got = mention_codes("The minister told reporters in English that the talks had failed.")
    assert "English" not in got
    got = mention_codes("The English-language newspaper criticised the Chinese government.")
    assert not any(code.startswith("GBR") for code in got.values())
    got = mention_codes("The statement, translated from English, urged Russia to withdraw.")
    assert "English" not in got
