"""Cooperation as news phrases it in idioms (patterns.tsv, 05 and 04 sections): coming to
someone's defence, inking a pact, building ties."""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------- coming to a defence or an aid, inking a pact
@pytest.mark.parametrize("text, phrases, want", [
    ("Pakistan came to China's defence, rejecting the allegations as baseless.",
     {"Pakistan": "PAK", "China": "CHN"}, ("PAK", "CHN", "052")),
    ("France came to the defense of Lebanon at the United Nations.",
     {"France": "FRA", "Lebanon": "LBN"}, ("FRA", "LBN", "052")),
    ("Germany came to the aid of Greece during the debt crisis.",
     {"Germany": "DEU", "Greece": "GRC"}, ("DEU", "GRC", "070")),
    ("Poland and Ukraine inked an agreement on grain transit.",
     {"Poland": "POL", "Ukraine": "UKR"}, ("UKR", "POL", "057")),
])
def test_support_idioms(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


@pytest.mark.parametrize("text, phrases", [
    ("The prime minister stood by his comments despite the backlash.", {"The prime minister": "GBRGOV"}),
    ("The goalkeeper came to the defence of his manager after the defeat.", {}),
])
def test_support_idioms_need_a_side(code, text, phrases):
    assert not [e for e in code(text, phrases) if e[2].startswith("05")]


# ---------------------------------------------------------------- building ties: the verbs of mending and firming a relationship
@pytest.mark.parametrize("text, phrases, want", [
    ("Israel and the UAE cemented ties with a trade agreement.",
     {"Israel": "ISR", "the UAE": "ARE"}, ("ARE", "ISR", "050")),
    ("Iran and Egypt repaired ties after decades of estrangement.",
     {"Iran": "IRN", "Egypt": "EGY"}, ("IRN", "EGY", "050")),
    ("Vietnam and the United States upgraded their relationship to a strategic partnership.",
     {"Vietnam": "VNM", "the United States": "USA"}, ("USA", "VNM", "050")),
    ("Beijing has expanded its ties with Moscow since the war began.",
     {"Beijing": "CHN", "Moscow": "RUS"}, ("CHN", "RUS", "050")),
    ("Germany and France reinforced their partnership at a ceremony in Aachen.",
     {"Germany": "DEU", "France": "FRA"}, ("DEU", "FRA", "050")),
])
def test_ties_built(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_a_mended_thing_that_is_no_tie(code):
    got = code("Egypt and Sudan repaired the bridge across the Nile.", {"Egypt": "EGY", "Sudan": "SDN"})
    assert not [e for e in got if e[2].startswith("05")]


# ---------------------------------------------------------------- a veto lifted is a concession, not a veto
@pytest.mark.parametrize("text, phrases, target", [
    ("Turkey lifted its veto on Sweden's membership.", {"Turkey": "TUR", "Sweden": "SWE"}, "SWE"),
    ("Hungary dropped its objection to Ukraine's accession talks.", {"Hungary": "HUN", "Ukraine": "UKR"}, "UKR"),
    ("Greece withdrew its veto on Skopje's membership talks.", {"Greece": "GRC", "Skopje": "MKD"}, "MKD"),
])
def test_a_veto_lifted_is_yielding(code, text, phrases, target):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    src = next(iter(phrases.values()))
    assert (src, target, "080") in got
    assert not [e for e in got if e[2].startswith(("12", "087"))]


# ---------------------------------------------------------------- what talks are about is not done (build._talked_about)
@pytest.mark.parametrize("text, phrases, code_", [
    ("Armenia and Azerbaijan held talks on a peace treaty.", {"Armenia": "ARM", "Azerbaijan": "AZE"}, "057"),
    ("Armenia and Azerbaijan agreed to resume talks on a peace treaty.", {"Armenia": "ARM", "Azerbaijan": "AZE"}, "057"),
    ("Germany and Poland held talks about security cooperation.", {"Germany": "DEU", "Poland": "POL"}, "062"),
])
def test_the_topic_of_talks_is_no_act(code, text, phrases, code_):
    got = code(text, phrases)
    assert not [e for e in got if e[2] == code_]
    assert [e for e in got if e[2].startswith(("03", "04"))]


def test_a_treaty_signed_still_counts(code):
    got = code("Armenia and Azerbaijan signed a peace treaty after talks on the border.",
               {"Armenia": "ARM", "Azerbaijan": "AZE"})
    assert ("ARM", "AZE", "057", "asserted") in got


# ---------------------------------------------------------------- talks "after" or "following" which the subject acted (build._occasion)
@pytest.mark.parametrize("text, phrases, want", [
    ("After talks with Erdogan, Putin said Russia would resume grain exports.",
     {"Erdogan": "TURGOV", "Putin": "RUSGOV", "Russia": "RUS"}, ("RUSGOV", "TURGOV", "046")),
    ("Following a meeting with Scholz, Macron told reporters the two countries were united.",
     {"Scholz": "DEUGOV", "Macron": "FRAGOV"}, ("FRAGOV", "DEUGOV", "040")),
    ("Following talks with China, Vietnam released the fishermen.",
     {"China": "CHN", "Vietnam": "VNM"}, ("VNM", "CHN", "046")),
])
def test_talks_with_someone_before_the_clause_are_its_subjects(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_talks_that_name_no_counterpart_are_not_the_subjects(code):
    got = code("After talks with the government collapsed, protesters rallied in the capital.",
               {"the government": "THAGOV", "protesters": "THAOPP"})
    assert not [e for e in got if e[0] == "THAOPP" and e[2].startswith("04")]


# ---------------------------------------------------------------- readiness signalled, prisoners handed over
@pytest.mark.parametrize("text, phrases, want", [
    ("Turkey signalled willingness to mediate between Russia and Ukraine.",
     {"Turkey": "TUR", "Russia": "RUS", "Ukraine": "UKR"}, ("TUR", "UKR", "03")),
    ("Moscow indicated its readiness to resume talks with Kyiv.",
     {"Moscow": "RUSGOV", "Kyiv": "UKRGOV"}, ("RUSGOV", "UKRGOV", "03")),
    ("Russia handed over 50 prisoners of war to Ukraine.",
     {"Russia": "RUS", "Ukraine": "UKR"}, ("RUS", "UKR", "08")),
])
def test_readiness_and_handovers(code, text, phrases, want):
    got = [(s, t, c[:2]) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_determination_shown_in_sport_is_no_intent(code):
    assert not code("The team showed determination to win the cup against Brazil.", {"Brazil": "BRA"})


# ---------------------------------------------------------------- one act said twice in a sentence (coder._subsumed)
def test_a_general_code_beside_a_specific_one_is_the_same_act():
    from detente import code_records
    text = "Zelenskiy telephoned Putin on Thursday, and the two leaders discussed a prisoner exchange."
    out = next(iter(code_records([{"id": "1", "text": text, "date": "2019-11-20"}])))
    pair = [e["cameo"] for e in out["events"] if (e["source"], e["target"]) == ("UKRGOV", "RUSGOV")]
    assert pair == ["041"]


# ---------------------------------------------------------------- spoke by phone: a phone call (041), not speech to the press
@pytest.mark.parametrize("text, phrases, want", [
    ("Trump spoke to Erdogan by phone on Sunday.", {"Trump": "USAGOV", "Erdogan": "TURGOV"}, ("USAGOV", "TURGOV", "041")),
    ("Trump and Erdogan spoke by telephone.", {"Trump": "USAGOV", "Erdogan": "TURGOV"}, ("TURGOV", "USAGOV", "041")),
    ("Putin spoke by phone with Erdogan about Syria.", {"Putin": "RUSGOV", "Erdogan": "TURGOV", "Syria": "SYR"},
     ("RUSGOV", "TURGOV", "041")),
])
def test_spoke_by_phone(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_spoke_to_reporters_by_phone_is_no_call(code):
    got = code("Trump spoke to reporters by phone from his golf club.", {"Trump": "USAGOV", "reporters": "USAMED"})
    assert not [e for e in got if e[2].startswith("04")]


# ---------------------------------------------------------------- said in a phone call: the speaker's call (build._occasion, cues call_preps)
@pytest.mark.parametrize("text, phrases, want", [
    ("Erdogan told Trump in a phone call that Turkey would proceed with the operation.",
     {"Erdogan": "TURGOV", "Trump": "USAGOV", "Turkey": "TUR"}, ("TURGOV", "USAGOV", "041")),
    ("Putin told Macron during a phone conversation that Kyiv must stop the shelling.",
     {"Putin": "RUSGOV", "Macron": "FRAGOV", "Kyiv": "UKRGOV"}, ("RUSGOV", "FRAGOV", "041")),
    ("In a phone call with Netanyahu, Biden urged restraint.",
     {"Netanyahu": "ISRGOV", "Biden": "USAGOV"}, ("USAGOV", "ISRGOV", "041")),
])
def test_a_call_the_speaker_spoke_in(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_what_was_said_in_a_call_is_no_counterpart(code):
    got = code("The prime minister said in a phone call that Iran was behind the attack.",
               {"The prime minister": "GBRGOV", "Iran": "IRN"})
    assert not [e for e in got if e[2] == "041"]


def test_whom_a_speaker_told_after_a_call_is_no_counterpart(code):
    got = code("Zelenskiy told reporters in Kiev after the call.", {"Zelenskiy": "UKRGOV", "reporters": "UKRMED"})
    assert not [e for e in got if e[2] == "041"]


# ---------------------------------------------------------------- joining forces, teaming up, partnering: material cooperation (060)
@pytest.mark.parametrize("text, phrases, want", [
    ("France joined forces with Germany to push for EU sanctions.", {"France": "FRA", "Germany": "DEU"}, ("FRA", "DEU", "060")),
    ("Egypt teamed up with Qatar to broker a ceasefire.", {"Egypt": "EGY", "Qatar": "QAT"}, ("EGY", "QAT", "060")),
    ("Kenya partnered with the United States on counterterrorism.",
     {"Kenya": "KEN", "the United States": "USA"}, ("KEN", "USA", "060")),
    ("Britain and France joined forces to tackle migrant crossings.", {"Britain": "GBR", "France": "FRA"}, ("FRA", "GBR", "060")),
])
def test_joined_forces(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_joining_an_army_is_no_cooperation(code):
    got = code("He joined the Ukrainian armed forces in 2014.", {"the Ukrainian armed forces": "UKRMIL"})
    assert not [e for e in got if e[2].startswith("06")]


# ---------------------------------------------------------------- ties restored, named by nouns (nominalizations.tsv, build.noun_event)
@pytest.mark.parametrize("text, phrases, want", [
    ("Turkey's rapprochement with Egypt has gathered pace.", {"Turkey": "TUR", "Egypt": "EGY"}, ("TUR", "EGY", "050")),
    ("Riyadh's reconciliation with Tehran surprised Washington.",
     {"Riyadh": "SAU", "Tehran": "IRN", "Washington": "USA"}, ("SAU", "IRN", "050")),
    ("The restoration of ties between Saudi Arabia and Iran was announced in March.",
     {"Saudi Arabia": "SAU", "Iran": "IRN"}, ("IRN", "SAU", "050")),
    ("The establishment of diplomatic relations between Israel and Bahrain was announced in 2020.",
     {"Israel": "ISR", "Bahrain": "BHR"}, ("ISR", "BHR", "050")),
])
def test_ties_named_by_nouns(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases)]
    assert want in got


def test_a_restoration_of_something_else_is_no_tie(code):
    got = code("The restoration of order in Baghdad by Iraqi forces took weeks.", {"Baghdad": "IRQ", "Iraqi forces": "IRQMIL"})
    assert not [e for e in got if e[2].startswith("05")]


# ---------------------------------------------------------------- played host, extended a welcome: hosting (043)
@pytest.mark.parametrize("text, phrases, want", [
    ("Erdogan played host to the Iranian president in Ankara.",
     {"Erdogan": "TURGOV", "the Iranian president": "IRNGOV", "Ankara": "TUR"}, ("TURGOV", "IRNGOV", "043")),
    ("Japan extended a warm welcome to the Indian prime minister.",
     {"Japan": "JPN", "the Indian prime minister": "INDGOV"}, ("JPN", "INDGOV", "043")),
])
def test_hosting_idioms(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_a_city_hosting_games_is_no_visit(code):
    # as "will host the Olympics": no one hosted, at most an intent with no one to receive
    assert not code("Los Angeles played host to the Olympics in 1984.", {"Los Angeles": "USA"})
    assert not [e for e in code("Los Angeles will play host to the Olympics in 2028.", {"Los Angeles": "USA"}) if e[1]]


# ---------------------------------------------------------------- a guest welcomed at a palace or with a ceremony is hosted (043)
@pytest.mark.parametrize("text, phrases, want", [
    ("Kim Jong Un welcomed Putin with an elaborate ceremony.", {"Kim Jong Un": "PRKGOV", "Putin": "RUSGOV"},
     ("PRKGOV", "RUSGOV", "043")),
    ("Modi welcomed Biden at the airport in New Delhi.", {"Modi": "INDGOV", "Biden": "USAGOV", "New Delhi": "IND"},
     ("INDGOV", "USAGOV", "043")),
])
def test_a_guest_welcomed(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_a_decision_welcomed_is_praise(code):
    got = code("Germany welcomed Poland's decision at a news conference.", {"Germany": "DEU", "Poland": "POL"})
    assert ("DEU", "POL", "051", "asserted") in got


@pytest.mark.parametrize("text, phrases, want", [
    ("Macron was greeted by Nigerian President Muhammadu Buhari at the airport in Abuja.",
     {"Macron": "FRAGOV", "Nigerian President Muhammadu Buhari": "NGAGOV", "Abuja": "NGA"}, ("NGAGOV", "FRAGOV", "043")),
    ("Erdogan greeted Putin with a handshake at the palace.", {"Erdogan": "TURGOV", "Putin": "RUSGOV"},
     ("TURGOV", "RUSGOV", "043")),
])
def test_a_guest_greeted(code, text, phrases, want):
    got = [(s, t, c) for s, t, c, m in code(text, phrases) if m == "asserted"]
    assert want in got


def test_a_greeting_of_boos_is_no_hosting(code):
    got = code("Protesters greeted Macron with boos in Marseille.", {"Protesters": "FRAOPP", "Macron": "FRAGOV"})
    assert not [e for e in got if e[2].startswith("04")]


# ---------------------------------------------------------------- standing by, throwing one's weight behind, speaking highly of
@pytest.mark.parametrize("text, want", [
    ("Germany stood by Israel after the attack.", ("DEU", "ISR", "051", "asserted")),
    ("Moscow threw its weight behind Assad.", ("RUSGOV", "SYRGOV", "051", "asserted")),
    ("Pakistan's prime minister spoke highly of China's role.", ("PAKGOV", "CHN", "051", "asserted")),
])
def test_support_and_praise_idioms(story, text, want):
    assert want in story(text)


@pytest.mark.parametrize("text", [
    "The government stood by its decision to raise taxes.",
    "Police stood by as the crowd attacked the building.",
    "Troops stood by the road.",
])
def test_standing_by_no_actor_is_no_support(story, text):
    assert not any(e[2].startswith("05") for e in story(text))
