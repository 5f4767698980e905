"""Acts named by nouns that have not happened yet, and pronoun subjects before ", X said"."""

from __future__ import annotations

import pytest

PHRASES = {"Kenya": "KEN", "Haiti": "HTI", "Biden": "USAGOV", "Xi": "CHNGOV", "Russia": "RUS", "the US": "USA",
           "Blinken": "USAGOV", "Beijing": "CHN", "Putin": "RUSGOV", "Erdogan": "TURGOV", "Zelensky": "UKRGOV"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's planned deployment of police to Haiti was blocked by a court.",
        "The expected meeting between Biden and Xi is likely to focus on trade.",
        "Ahead of Blinken's visit to Beijing next week, China said it wanted stable ties.",
        "Tomorrow's summit between Putin and Erdogan has drawn criticism.",
    ],
)
def test_planned_or_upcoming_noun_event_is_future(code, text):
    got = [e for e in code(text, PHRASES) if e[0] in PHRASES.values()]  # not "was blocked" (no source)
    assert got and all(e[3] == "future" for e in got), got


def test_possible_noun_event_is_hypothetical(code):
    got = code("A possible meeting between Putin and Zelensky was discussed.", PHRASES)
    assert got and all(e[3] == "hypothetical" for e in got), got


def test_ahead_of_talks_next_week_is_future_last_week_or_after_is_asserted(code):
    """Only a later time makes the talks future: "after" or "last week" tells of talks held."""
    ahead = "Ahead of {} talks between Russia and the US, the Kremlin said it had low expectations."
    assert {e[3] for e in code(ahead.format("next week's"), PHRASES)} == {"future"}
    assert ("RUS", "USA", "046", "asserted") in code(ahead.format("last week's"), PHRASES)
    after = "After next week's talks between Russia and the US, the Kremlin will decide."
    assert {e[3] for e in code(after, PHRASES)} == {"future"}
    assert ("RUS", "USA", "046", "asserted") in code(
        "Talks between Russia and the US the next day ended without agreement.", PHRASES)


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("They arrested at least 50 people, a rights group said.", {"a rights group": "KENHRI", "people": "KENCVL"}),
        ("They killed three militants, the Palestinian health ministry said.",
         {"the Palestinian health ministry": "PSEGOV", "militants": "PSEREB"}),
        ("They abducted 20 women, local officials said.", {"local officials": "NGAGOV", "women": "NGACVL"}),
        ("They were arrested by Kenyan police, a rights group said.", {"Kenyan police": "KENCOP", "a rights group": "KENHRI"}),
    ],
)
def test_third_person_pronoun_before_its_speaker_is_not_the_speaker(code, text, phrases):
    speaker = next(c for p, c in phrases.items() if p in text.split(", ")[-1])
    assert all(speaker not in (e[0], e[1]) for e in code(text, phrases)), code(text, phrases)


def test_first_person_before_its_speaker_and_any_pronoun_after_it_is_the_speaker(code):
    """A first-person pronoun told before its speaker, and any pronoun after it ("the police said
    they arrested"), is the speaker; "they" told before its speaker is not."""
    phrases = {"the Kenyan police": "KENCOP", "people": "KENCVL"}
    assert ("KENCOP", "KENCVL", "173", "asserted") in code("We arrested 50 people, the Kenyan police said.", phrases)
    assert ("KENCOP", "KENCVL", "173", "asserted") in code("Yesterday the Kenyan police said they arrested 50 people.", phrases)
    assert not any(e[0] == "KENCOP" for e in code("They arrested 50 people, the Kenyan police said.", phrases))


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan's visit to Kenya was postponed.",
        "Talks between Russia and the US were postponed until next month.",
        "Biden's trip to Kenya was called off after the floods.",
        "The meeting between Putin and Erdogan has been delayed.",
        "Blinken postponed his visit to Beijing after the balloon incident.",
        "Russia torpedoed the talks between Putin and Erdogan.",  # wrecked: kept from happening
        "Kenya scuttled the meeting between Putin and Erdogan.",
    ],
)
def test_an_act_called_off_or_put_back_is_not_asserted(code, text):
    got = [e for e in code(text, PHRASES) if e[2][:2] == "04"]
    assert got and all(e[3] != "asserted" for e in got), got


def test_an_act_held_despite_a_delay_is_still_asserted(code):
    # the act is what was delayed only as the verb's object or passive subject
    assert ("RUSGOV", "TURGOV", "040", "asserted") in code(
        "The meeting between Putin and Erdogan delayed the vote in parliament.", PHRASES)
