"""The country in context (actors/setting.py): bare roles take their paragraph's or article's
country when the evidence is clear, and stay bare when it is not."""

from __future__ import annotations

import pytest

from detente.actors import resolve_actors
from detente.actors.setting import dateline_country


def codes(nlp, dictionary, text):
    res = resolve_actors(nlp(text), dictionary=dictionary)
    return {m.text: (m.code, m.via) for m in res.mentions}


@pytest.mark.parametrize("text,country", [
    ("HONG KONG (Reuters) - Police fired tear gas.", "HKG"),
    ("NEW DELHI: Nearly 150 Indians returned home.", "IND"),
    ("LONDON (AP) — Britain's Conservative Party was accused.", "GBR"),
    ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper spoke.", "VNM"),
    ("PHOENIX (Reuters) - Border Patrol agents caught 20 migrants.", "USA"),
    ("HODEIDA, Yemen (Reuters) - Houthi forces shelled the port.", "YEM"),
    ("The president said - and he meant it - that talks would go on.", None),
    ("Police fired tear gas in the city.", None),
])
def test_dateline_country(dictionary, text, country):
    assert dateline_country(text, dictionary) == country


def test_dateline_is_a_place_not_an_actor(nlp, dictionary):
    got = codes(nlp, dictionary, "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused China of intimidation.")
    assert "HANOI" not in got and "Vietnam" not in got
    assert got["U.S. Defense Secretary Mark Esper"][0] == "USAGOV"


def test_dateline_gives_bare_roles_their_country(nlp, dictionary):
    got = codes(nlp, dictionary, "NEW DELHI: Police arrested 12 men on Tuesday.")
    assert got["Police"] == ("INDCOP", "context")
    assert got["men"] == ("INDCRM", "context")  # arrested: suspects (CRM)


def test_paragraph_country_from_earlier_sentences(nlp, dictionary):
    text = "Talks failed in Kenya on Monday. Police later arrested the protesters."
    got = codes(nlp, dictionary, text)
    assert got["Police"] == ("KENCOP", "context") and got["the protesters"][0] == "KENOPP"


def test_article_home_country_needs_a_clear_majority(nlp, dictionary):
    home = "Kenya held elections. Kenya voted.\n\nThe results in Kenya were close.\n\nPolice arrested protesters."
    assert codes(nlp, dictionary, home)["Police"] == ("KENCOP", "context")
    split = "Kenya held elections. Uganda voted.\n\nThe results in Kenya and Uganda were close.\n\nPolice arrested protesters."
    assert codes(nlp, dictionary, split)["Police"] == ("COP", "agent")  # two countries: no guess


def test_two_countries_in_the_paragraph_leave_it_bare(nlp, dictionary):
    got = codes(nlp, dictionary, "France and Germany met on Monday. Police arrested protesters.")
    assert got["Police"][0] == "COP"


def test_refugees_keep_no_host_country(nlp, dictionary):
    got = codes(nlp, dictionary, "Greece closed its border. Refugees waited in the cold.")
    assert got["Refugees"][0] == "REF"


def test_private_people_are_civilians_of_the_country_in_context(nlp, dictionary):
    text = "DALLAS (AP) — Police questioned Michael Webb on Tuesday. Webb denied the reports."
    got = codes(nlp, dictionary, text)
    assert got["Michael Webb"] == ("USACVL", "context")
    assert got["Webb"] == ("USACVL", "context")
    # no country in context: no code is guessed for a private person
    assert "Michael Webb" not in codes(nlp, dictionary, "Police questioned Michael Webb on Tuesday.")


def test_private_people_are_what_their_pronouns_refer_to(nlp, dictionary):
    text = "DALLAS (AP) — Michael Webb ran from the station. He was seen a block away."
    res = resolve_actors(nlp(text), dictionary=dictionary)
    he = [m for m in res.mentions if m.text == "He"]
    assert [(m.code, m.via) for m in he] == [("USACVL", "context")]
    assert res.actors[he[0].actor].name == "Michael Webb"


def test_a_platform_the_tagger_took_for_a_name_is_no_private_person(nlp, dictionary):
    got = codes(nlp, dictionary, "LONDON (AP) — Twitter pledged to act. Michael Webb left the party.")
    assert "Twitter" not in got and got["Michael Webb"] == ("GBRCVL", "context")


def test_a_sentence_opening_on_a_place_puts_its_unplaced_actors_there(mention_codes):
    # wire copy moves to another capital with "In <place>," whatever else the sentence names
    got = mention_codes("HONG KONG (Reuters) - Police fired tear gas at protesters on Monday. "
                        "In Beijing, a foreign ministry spokesman accused the United States of meddling.")
    assert got["foreign ministry spokesman"] == "CHNGOV", got
    got = mention_codes("HONG KONG (Reuters) - Police fired tear gas at protesters on Monday. Meanwhile, in Tehran, "
                        "the speaker of parliament, Ali Larijani, accused the United States and Britain of meddling.")
    assert got["Ali Larijani"].startswith("IRN") and got["the speaker"].startswith("IRN"), got
    # a place inside the sentence is no frame: the dateline's country stays
    got = mention_codes("HONG KONG (Reuters) - A foreign ministry spokesman in Beijing accused the United States of meddling.")
    assert got["foreign ministry spokesman in Beijing"] == "CHNGOV", got


@pytest.mark.parametrize("text, title, country", [
    # the one country, named after the title, is what its holder acts on: the dateline places him
    ("BAGHDAD (Reuters) - Interior Minister Yassin al-Yasiri accused the United States of stirring up the protests.",
     "Interior Minister Yassin al-Yasiri", "IRQGOV"),
    ("COCHABAMBA, Bolivia - Police fired.\n\nInterior Minister Arturo Murillo said the police had arrested several "
     "Venezuelans.", "Interior Minister Arturo Murillo", "BOLGOV"),
])
def test_a_title_named_before_its_sentences_one_foreign_country_takes_the_datelines(nlp, dictionary, text, title, country):
    assert codes(nlp, dictionary, text)[title][0] == country


@pytest.mark.parametrize("text, title", [
    # with no dateline either, a country the titled person acts on is no country of the title's
    ("Prime Minister Ardanov criticised Pakistan over the attack.", "Prime Minister Ardanov"),
    ("Prime Minister Ardanov visited Pakistan on Monday.", "Prime Minister Ardanov"),
    ("Foreign Minister Tomas Kelvani held talks with Chile on Tuesday.", "Foreign Minister Tomas Kelvani"),
    ("Prime Minister Ardanov urged Pakistan to stop the shelling.", "Prime Minister Ardanov"),
])
def test_a_title_takes_no_country_from_the_object_of_its_own_verb(nlp, dictionary, text, title):
    assert codes(nlp, dictionary, text)[title][0] == "GOV"


@pytest.mark.parametrize("text, title, country", [
    # the country is no object of the person's verb: it stays the title's
    ("President Ardanov said Zambia would not accept the ruling.", "President Ardanov", "ZMBGOV"),
    ("Foreign Minister Ardanov said Pakistan had moved troops.", "Foreign Minister Ardanov", "PAKGOV"),
    # a place of the object is no object: "growth in Italy" may well be the minister's own
    ("Finance Minister Bellini praised economic growth in Italy.", "Finance Minister Bellini", "ITAGOV"),
])
def test_a_title_still_takes_its_sentences_country_as_a_subject(nlp, dictionary, text, title, country):
    assert codes(nlp, dictionary, text)[title][0] == country


def test_a_title_after_its_sentences_one_country_still_takes_it(nlp, dictionary):
    # "France ..., Defence Minister Pierre Joxe said": named first, the country is the speaker's own
    got = codes(nlp, dictionary, "MONROVIA (Reuters) - France is ready to send troops, Defence Minister Pierre Joxe said.")
    assert got["Defence Minister Pierre Joxe"][0] == "FRAGOV"


def test_bureau_dateline_gives_way_to_the_country_the_body_is_about(nlp, dictionary):
    # "ISLAMABAD (Reuters) -" on an Afghan story: the body never names Pakistan, so the bare
    # "civilians" and "police" are Afghanistan's, the country the story keeps naming
    text = ("ISLAMABAD (Reuters) - Afghan officials said the Taliban had attacked Kandahar and Kabul.\n\n"
            "Nine civilians were killed when a bomb hit a bus, police said.")
    got = codes(nlp, dictionary, text)
    assert got["civilians"] == ("AFGCVL", "context")
    assert got["police"] == ("AFGCOP", "context")


def test_dateline_named_again_in_the_body_keeps_its_country(nlp, dictionary):
    text = ("ISLAMABAD (Reuters) - Afghan officials said the Taliban had attacked Kandahar and Kabul.\n\n"
            "Nine civilians were killed when a bomb hit a bus, police said. Pakistan condemned the attack.")
    got = codes(nlp, dictionary, text)
    assert got["civilians"] == ("PAKCVL", "context")


def test_bureau_of_a_third_country_places_nothing_in_a_story_about_two_others(nlp, dictionary):
    # "NAIROBI (Reuters) -" on a story about Ethiopia and Eritrea, where Kenya speaks once: the bare
    # "soldiers" and "reporters" are no Kenyan's
    text = ("NAIROBI (Reuters) - Ethiopia and Eritrea traded accusations on Monday over a clash on their border.\n\n"
            "Ethiopia said Eritrean troops had shelled its positions. Eritrea denied it and accused Ethiopia of "
            "lying.\n\nTwo soldiers were wounded, officials told reporters. Kenya urged calm. "
            "Eritrea and Ethiopia fought a war from 1998 to 2000.")
    got = codes(nlp, dictionary, text)
    assert not got["soldiers"][0].startswith("KEN")
    assert not got["reporters"][0].startswith("KEN")


def test_bureau_country_named_as_often_as_the_story_keeps_it(nlp, dictionary):
    # Kenya is one of the story's two countries: its dateline stays
    text = ("NAIROBI (Reuters) - Kenya and Somalia traded accusations on Monday over a raid near their border.\n\n"
            "Kenya said Somali militants attacked a police post. Somalia denied it and accused Kenya of lying.\n\n"
            "Two soldiers were wounded, police said. Kenya and Somalia have long disputed the border.")
    got = codes(nlp, dictionary, text)
    assert got["soldiers"][0] == "KENMIL"


@pytest.mark.parametrize("text, codes", [
    # advocacy and consumer groups (agents.tsv) are the civil society of their story
    ("SAN FRANCISCO (Reuters) - The state's utilities regulator will hold a hearing on Friday.\n\n"
     "Consumer advocates urged regulators to fine the utility. The Utility Reform Network, a consumer "
     "group, called on the commission to act.", {"Consumer advocates": "USANGO", "consumer group": "USANGO"}),
    # "NGOs", "civil society groups", "a charity" likewise
    ("DHAKA (Reuters) - Police evicted hundreds of families from a slum on Monday.\n\n"
     "NGOs criticised the government over the evictions. Civil society groups called for an inquiry, "
     "and a charity said it would house the families.",
     {"NGOs": "BGDNGO", "Civil society groups": "BGDNGO", "charity": "BGDNGO"}),
    # builder._CAUSE_GROUPS: in "a migrant advocacy group" the head is the group, not the migrants
    ("MEXICO CITY (Reuters) - Pueblo Sin Fronteras, a migrant advocacy group, accused the government "
     "of abusing detainees. A refugee rights group said it would sue.",
     {"migrant advocacy group": "MEXNGO", "refugee rights group": "MEXHRI"}),
    # agents.tsv `sole`: the plural of a one-holder office, or a role "of the member states", is
    # several states' officials; in a story about one international body, that body's
    ("BRUSSELS - The European Union imposed new sanctions on Belarus on Wednesday.\n\n"
     "The measures were agreed by the ambassadors of the 27 member states after weeks of talks. "
     "Foreign ministers also agreed to suspend a visa deal with Belarus.",
     {"the ambassadors": "IGOEUREECGOV", "Foreign ministers": "IGOEUREECGOV"}),
])
def test_groups_and_officials_take_their_storys_country_or_body(mention_codes, text, codes):
    got = mention_codes(text)
    assert {phrase: got.get(phrase) for phrase in codes} == codes


@pytest.mark.parametrize("phrase, code", [
    ("The chief justice", "PAKJUD"), ("The upper house", "PAKLEG"), ("Paramilitaries", "PAKMIL"),
    ("Prison guards", "PAKCOP"), ("The archbishop", "PAKREL"), ("The clergy", "PAKREL"), ("Landowners", "PAKCVL"),
    ("The spy agency", "PAKSPY"), ("Business leaders", "PAKBUS"), ("Civil servants", "PAKGOV"),
])
def test_common_agents_of_the_phoenix_dictionary_take_their_storys_country(mention_codes, phrase, code):
    # agents.tsv rows for agents the public Phoenix dictionary has and the built-in data lacked
    assert list(mention_codes(f"KARACHI (Reuters) - {phrase} criticised the plan on Tuesday.").values()) == [code]


def test_officials_of_several_states_take_no_one_country(mention_codes):
    text = "Belarus freed two prisoners on Monday. Foreign ministers agreed to suspend a visa deal with Belarus."
    assert mention_codes(text)["Foreign ministers"] == "GOV"
    # owners named: "their foreign ministers", "the families of the dead policemen" keep the country
    text = ("KABUL (Reuters) - Taliban fighters killed ten policemen in Kunduz. The embassy offered condolences "
            "to the families of the dead policemen.")
    assert mention_codes(text).get("the families") == "AFGCVL"


def test_governments_in_the_plural_are_several_states(mention_codes):
    # "Western governments", "Foreign governments": no one state's, not the dateline's
    for text in ("WASHINGTON (Reuters) - Western governments condemned the Iranian strike.",
                 "TEHRAN (Reuters) - Foreign governments condemned the strike."):
        assert mention_codes(text)["governments"] == "GOV", text
    assert mention_codes("LONDON (Reuters) - The government condemned the strike.")["The government"] == "GBRGOV"


@pytest.mark.parametrize("text, phrase, code", [
    # "the city's police": the city named before, in another paragraph, whatever its own sentence names
    ("Floods swept through Chennai this week.\nThe city's police arrested two Sri Lankan fishermen on Thursday.",
     "police", "INDCOP"),
    ("Heavy rain hit Karachi on Tuesday.\nThe city's mayor criticised the Chinese contractors who built the drains.",
     "mayor", "PAKGOV"),
    ("Clashes erupted in Mosul overnight.\nThe city's governor condemned an Iranian drone strike.", "governor", "IRQGOV"),
    ("Thousands rallied in Caracas on Saturday.\nThe city's police fired tear gas at the crowd, a Colombian diplomat said.",
     "police", "VENCOP"),
    # a city-state is "the city" where the article names it, not the capital named in between
    ("Protests shook Hong Kong again. Beijing said China would not tolerate unrest, while the city's police "
     "denied accusations of brutality.", "police", "HKGCOP"),
    # with no city named before, the dateline's
    ("LAGOS (Reuters) - Traders shut their stalls on Monday.\nThe city's police arrested two Ghanaian traders.",
     "police", "NGACOP"),
])
def test_a_role_of_the_city_is_of_the_city_named_before(mention_codes, text, phrase, code):
    assert mention_codes(text).get(phrase) == code


def test_a_body_the_tagger_takes_for_a_person_is_no_private_individual(nlp, dictionary):
    # "The Tigray People's Liberation Front": a name opening with "the" or holding a possessive is a
    # body's, not a private person's (CVL) of the dateline's country
    got = codes(nlp, dictionary, "NAIROBI (Reuters) - Aid workers said on Wednesday that air strikes hit the region. "
                "The Tigray People's Liberation Front accused the army of targeting civilians.")
    assert not any(code == "KENCVL" and text.startswith("The Tigray") for text, (code, _) in got.items())


def test_a_bare_role_repeats_the_one_country_whose_same_role_came_before(nlp, dictionary):
    # a Geneva story about Myanmar: "the army", "the junta" are Myanmar's military, not Switzerland's
    text = ("GENEVA (Reuters) - The United Nations on Tuesday accused Myanmar's military of war crimes.\n\n"
            "The army has killed more than 2,000 people, the office said.\n\nThe junta rejected the report.")
    got = codes(nlp, dictionary, text)
    assert got["The army"] == ("MMRMIL", "context")
    assert got["The junta"][0] == "MMRMIL"


def test_a_bare_role_with_two_countries_before_keeps_the_dateline(nlp, dictionary):
    text = ("KYIV (Reuters) - Russian troops shelled Kharkiv and Ukrainian troops fired back on Monday.\n\n"
            "The army said it had repelled 12 attacks.")
    assert codes(nlp, dictionary, text)["The army"] == ("UKRMIL", "context")


def test_where_something_is_sent_does_not_place_the_paragraph(nlp, dictionary):
    # "sent a note to Washington": a destination, not what the paragraph is about
    text = ("MEXICO CITY (Reuters) - Mexico's president criticised the United States on Thursday.\n\n"
            "The foreign ministry said it had sent a diplomatic note to Washington. "
            "Officials said the migrants would be protected.")
    assert codes(nlp, dictionary, text)["Officials"][0] == "MEXGOV"


def test_a_person_keeps_the_country_given_at_their_first_mention(nlp, dictionary):
    # the second sentence names Rwanda, but "Johnson" is the Congolese minister named before
    got = codes(nlp, dictionary, "KINSHASA (Reuters) - Foreign Minister Bill Johnson criticised Rwanda. "
                                 "Johnson also accused Rwanda of lying.")
    assert got["Foreign Minister Bill Johnson"] == ("CODGOV", "context")
    assert got["Johnson"] == ("CODGOV", "context")
