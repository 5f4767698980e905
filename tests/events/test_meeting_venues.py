"""The place where a meeting is held is no party to acts on the meeting (cues.yaml
`meeting_nouns`; events/build.py `_meeting_venue`): "Iran walked out of the talks in Vienna" is no
act on Austria; the meeting's other side, named with "with", still is."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases, place",
    [
        ("Iran walked out of the talks in Vienna.", {"Iran": "IRN", "Vienna": "AUT"}, "AUT"),
        ("Putin pulled out of talks in Geneva.", {"Putin": "RUSGOV", "Geneva": "CHE"}, "CHE"),
        ("Japan withdrew from the forum in Seoul.", {"Japan": "JPN", "Seoul": "KOR"}, "KOR"),
        ("China boycotted the conference in Tokyo.", {"China": "CHN", "Tokyo": "JPN"}, "JPN"),
        ("Ukraine pulled out of the peace conference in Istanbul.", {"Ukraine": "UKR", "Istanbul": "TUR"}, "TUR"),
        ("China condemned the sanctions at a meeting in Geneva.", {"China": "CHN", "Geneva": "CHE"}, "CHE"),
        ("Turkey threatened to veto the deal at the summit in Madrid.", {"Turkey": "TUR", "Madrid": "ESP"}, "ESP"),
        ("Iran demanded guarantees at the negotiations in Vienna.", {"Iran": "IRN", "Vienna": "AUT"}, "AUT"),
        ("Brazil apologized at the forum in Davos.", {"Brazil": "BRA", "Davos": "CHE"}, "CHE"),
        ("Iran walked out of the talks, which were held in Vienna.", {"Iran": "IRN", "Vienna": "AUT"}, "AUT"),
        ("Japan quit the negotiations hosted in Seoul.", {"Japan": "JPN", "Seoul": "KOR"}, "KOR"),
    ],
)
def test_a_meetings_place_is_no_party(story, text, phrases, place):
    got = story(text)
    assert not [e for e in got if e[1] and e[1][:3] == place], got
    assert not [e for e in got if e[1] and e[1][:3] == e[0][:3]], got  # nor the doer's own government


def test_the_meetings_other_side_is_still_its_party(story):
    got = story("Iran walked out of the talks with the EU in Vienna.")
    assert [e for e in got if e[:2] == ("IRN", "IGOEUREEC")], got
    assert not [e for e in got if e[1] == "AUT"], got


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Macron visited Beijing on Monday.", ("FRAGOV", "CHN")),  # a visit is to its place
        ("Egypt hosted talks in Cairo with Hamas.", ("EGY", "PSEREBHMS")),
        ("Netanyahu left for talks in Washington.", ("ISRGOV", "USA")),  # a trip to a meeting visits its place
    ],
)
def test_places_and_parties_of_other_acts_stay(story, text, pair):
    got = story(text)
    assert [e for e in got if e[:2] == pair], got


@pytest.mark.parametrize(
    "text, phrases, place",
    [
        ("Iran signed the agreement in Beijing.", {"Iran": "IRN", "Beijing": "CHN"}, "CHN"),
        ("The Taliban signed the accord in Doha.", {"The Taliban": "AFGGOVTAL", "Doha": "QAT"}, "QAT"),
        ("Israel struck a deal in Cairo.", {"Israel": "ISR", "Cairo": "EGY"}, "EGY"),
        ("Iran reached an agreement in Vienna.", {"Iran": "IRN", "Vienna": "AUT"}, "AUT"),
    ],
)
def test_where_an_accord_is_signed_is_no_counterpart(code, text, phrases, place):
    got = code(text, phrases)
    assert not [e for e in got if e[1] == place], got


def test_an_accords_named_counterpart_stays(code):
    got = code("Saudi Arabia signed a deal in Riyadh with Iran.", {"Saudi Arabia": "SAU", "Riyadh": "SAU", "Iran": "IRN"})
    assert ("SAU", "IRN", "057", "asserted") in got, got
