"""Bodies the tables lack that the text itself says are a rights group, a newspaper, a union, a
militia or a university, by a generic agent in apposition ("Memorial, Russia's oldest rights
group", "the rights group Memorial") or right after the name ("the Cumhuriyet newspaper"): an
actor of that agent's role at every mention, placed by its own phrase's country when it names one
and else as any bare role is; a foreign firm under a local dateline keeps the country its own
words give. People, clubs and nouns for people ("a parent organization") make no body."""


def test_a_name_in_apposition_to_a_rights_group_is_one(mention_codes):
    got = mention_codes("MOSCOW (Reuters) - A court ordered the closure of Memorial, Russia's oldest human rights group.")
    assert got["Memorial"] == "RUSHRI"
    got = mention_codes("CAIRO (Reuters) - Egyptian police raided the offices of Nadeem, a rights group, on Tuesday. "
                        "Nadeem condemned the raid.")
    assert got["Nadeem"] == "EGYHRI"


def test_a_body_noun_before_the_name(mention_codes):
    got = mention_codes("LONDON (Reuters) - The trade union Unite criticised the government over pay.")
    assert got["The trade union Unite"] == "GBRLAB"
    got = mention_codes("KYIV (Reuters) - The militia group Right Sector accused the government of betrayal.")
    assert got["Right Sector"] == "UKRREB"


def test_a_newspaper_named_before_its_noun(mention_codes):
    got = mention_codes("ISTANBUL (Reuters) - Turkish police detained a reporter for the Cumhuriyet newspaper.")
    assert got["the Cumhuriyet newspaper"] == "TURMED"
    got = mention_codes("LONDON (Reuters) - A Murdoch newspaper criticised the government on Tuesday.")
    assert "Murdoch" not in " ".join(got)  # one of a person's newspapers: no name of its own


def test_the_country_a_firm_own_words_give_outweighs_the_dateline(mention_codes):
    got = mention_codes("WASHINGTON (Reuters) - The U.S. Commerce Department blacklisted Chinese telecoms giant "
                        "Zentel on Tuesday.")
    assert got["Zentel"] == "CHNBUS"
    got = mention_codes("TOKYO (Reuters) - Japan's trade ministry fined Zentrix, a U.S. software maker, on Tuesday.")
    assert got["Zentrix"] == "USABUS"


def test_people_clubs_and_peoples_nouns_make_no_body(mention_codes):
    got = mention_codes("Evidence Action Beta's parent organization, Evidence Action, leads two of our top charities.")
    assert "Evidence Action" not in got
    got = mention_codes("LONDON (Reuters) - Chelsea, the football club, criticised the government over the visa rules.")
    assert "Chelsea" not in got


def test_a_name_spacy_tags_as_an_adjective_or_a_news_outlet(mention_codes):
    # "Standard" read as an adjective (and a person's name); "news outlet" names a news body
    got = mention_codes("NAIROBI (Reuters) - Kenyan police raided the offices of the Standard newspaper on Tuesday.")
    assert got["the Standard newspaper"] == "KENMED"
    got = mention_codes("MOSCOW (Reuters) - A Moscow court fined Meduza, an independent news outlet, on Tuesday.")
    assert got["Meduza"] == "RUSMED"
