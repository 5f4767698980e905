"""Armed groups, parties and seats of government of the less-covered countries, by the names
wire copy uses (organisations.tsv, metonyms.tsv)."""

import pytest


@pytest.mark.parametrize("text, phrase, code", [
    ("BANGKOK (Reuters) - Myanmar's junta bombed a village held by the Arakan Army.", "the Arakan Army", "MMRREBARA"),
    ("The army launched air strikes against the Kachin Independence Army.", "the Kachin Independence Army", "MMRREBKIA"),
    ("Philippine troops killed five New People's Army rebels in a clash.", "New People's Army rebels", "PHLREBNPA"),
    ("FDLR rebels attacked a camp near Goma.", "FDLR rebels", "RWAREBFDL"),
    ("JNIM fighters ambushed a Malian army convoy near Timbuktu.", "JNIM fighters", "MLIREBJNM"),
])
def test_armed_groups(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code


@pytest.mark.parametrize("text, phrase, code", [
    ("The ANC and the Democratic Alliance agreed to form a coalition.", "the Democratic Alliance", "ZAFPTYDAL"),
    ("The New Patriotic Party conceded defeat to the National Democratic Congress.",
     "the National Democratic Congress", "GHAPTYNDC"),
    ("UNITA accused the MPLA of electoral fraud.", "the MPLA", "AGOPTYMPL"),
    ("Frelimo accused the opposition of inciting violence.", "Frelimo", "MOZPTYFRE"),
    ("The Georgian Dream party accused Western governments of meddling.", "Georgian Dream", "GEOPTYGDR"),
])
def test_parties(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code


@pytest.mark.parametrize("text, phrase, code", [
    ("ABUJA (Reuters) - Aso Rock said the president had approved the plan.", "Aso Rock", "NGAGOV"),
    ("MANILA (Reuters) - Malacanang said it would protest to China.", "Malacanang", "PHLGOV"),
    ("The Casa Rosada accused the unions of trying to destabilise the government.", "The Casa Rosada", "ARGGOV"),
    ("Itamaraty summoned the Israeli ambassador.", "Itamaraty", "BRAGOV"),
    ("The Tatmadaw launched air strikes on the village.", "The Tatmadaw", "MMRMIL"),
    ("The Kurdistan Regional Government signed an oil deal with Turkey.",
     "The Kurdistan Regional Government", "IRQGOV"),
])
def test_seats_of_government(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code


def test_miraflores_alone_is_a_district_of_lima(mention_codes):
    assert "Miraflores" not in mention_codes("Tourists crowded the hotels of Miraflores in Lima.")


@pytest.mark.parametrize("text", [
    "KHARTOUM (Reuters) - The army shelled the city on Friday.",
    "DOHA (Reuters) - Qatari mediators met Hamas officials on Sunday.",
    "KATHMANDU (Reuters) - Nepali police fired on protesters.",
])
def test_a_dateline_in_capitals_is_no_private_person(mention_codes, text):
    got = mention_codes(text)
    assert not any(k.isupper() for k in got)


@pytest.mark.parametrize("text, phrase, code", [
    ("BRAZZAVILLE (Reuters) - Congolese police arrested an opposition leader.", "Congolese police", "COGCOP"),
    ("Congolese police fired on protesters in Brazzaville.", "Congolese police", "COGCOP"),
    ("KINSHASA (Reuters) - Congolese troops clashed with M23 rebels.", "Congolese troops", "CODMIL"),
    ("BRAZZAVILLE (Reuters) - Congolese troops fought M23 rebels near Goma.", "Congolese troops", "CODMIL"),
    ("NAIROBI (Reuters) - Congo accused Rwanda of backing the rebels.", "Congo", "COD"),
    ("The Republic of Congo condemned the attack.", "The Republic of Congo", "COG"),
])
def test_the_two_congos(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code


@pytest.mark.parametrize("text, phrase, code", [
    ("Ethiopia's federal government signed a peace deal with Tigrayan forces.", "Tigrayan forces", "ETHREBTPL"),
    ("The Indigenous People of Biafra accused the army of killing its members.",
     "The Indigenous People of Biafra", "NGAREBIPB"),
    ("QUETTA (Reuters) - The BLA claimed responsibility for the attack.", "The BLA", "PAKREBBLA"),
    ("LAHORE (Reuters) - Tehreek-e-Labbaik supporters clashed with police.", "Tehreek-e-Labbaik supporters", "PAKPTYTLP"),
    ("KABUL (Reuters) - The Islamic Emirate accused Pakistan of violating Afghan airspace.",
     "The Islamic Emirate", "AFGGOVTAL"),
])
def test_more_armed_groups_and_parties(mention_codes, text, phrase, code):
    assert mention_codes(text)[phrase] == code
