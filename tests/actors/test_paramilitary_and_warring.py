"""Armed groups referred to again, and the sides of a clash.

- "the paramilitary" is the armed group named before, as "the rebels" is (`paramilitary_words`):
  "Sudan's Rapid Support Forces shelled a camp ... accused the paramilitary" is the RSF, not the army.
- "the warring parties", "the warring sides" stand for the sides of the conflict the lines before
  tell, as "all sides" does (plural.yaml `conflict_words`).
- A joint act's place ("clashed in Omdurman") is where its doers met, no target of theirs
  (events/build.py).
"""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-05-06"}])
    return [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_the_paramilitary_is_the_armed_group_named_before():
    events = _events("KHARTOUM (Reuters) - Sudan's Rapid Support Forces shelled a camp on Tuesday.\n\n"
                     "The army said its warplanes had struck RSF positions and accused the paramilitary of using "
                     "civilians as human shields.")
    assert ("SDNMIL", "SDNREBRSF", "112") in events


def test_the_warring_parties_are_the_sides_of_the_clash_before():
    events = _events("KHARTOUM (Reuters) - Sudan's army and the RSF clashed in Omdurman.\n\n"
                     "The United Nations called on the warring parties to allow humanitarian access.")
    appeals = {t for s, t, c in events if s == "IGOUNO" and c.startswith("02")}
    assert appeals == {"SDNMIL", "SDNREBRSF"}


def test_a_joint_clash_is_between_its_doers_not_on_its_place():
    events = _events("KHARTOUM (Reuters) - Sudan's army and the RSF clashed in Omdurman.")
    assert ("SDNMIL", "SDNREBRSF", "190") in events and ("SDNREBRSF", "SDNMIL", "190") in events
    assert not any(t == "SDN" for _, t, _ in events)


def test_both_countries_whose_officials_one_speaks_with_exclude_the_speaker():
    events = _events("NEW DELHI (Reuters) - India struck targets in Pakistan on Wednesday.\n\n"
                     "U.S. Secretary of State Marco Rubio spoke with the foreign ministers of both countries.")
    talks = {t for s, t, c in events if s.startswith("USA") and c.startswith("04")}
    assert talks == {"INDGOV", "PAKGOV"}


def test_a_meeting_place_is_still_no_side():
    events = _events("BEIJING (Reuters) - India and the United States held talks in Beijing.\n\n"
                     "Rubio spoke with the foreign ministers of both countries.")
    assert not any(t and t.startswith("CHN") for _, t, _ in events)


def test_their_after_a_plural_reference_is_each_of_its_actors():
    events = _events("MOGADISHU (Reuters) - Somalia recalled its ambassador to Ethiopia.\n\n"
                     "Turkey has offered to mediate between the two neighbours, and Ankara hosted talks between "
                     "their foreign ministers in July.")
    hosted = {t[:3] for s, t, c in events if s.startswith("TUR") and c == "043"}
    assert hosted == {"SOM", "ETH"}


def test_who_condemns_and_calls_on_both_sides_is_none_of_them():
    events = _events("PRISTINA (Reuters) - Kosovo accused Serbia of massing troops on the border.\n\n"
                     "NATO said it would reinforce its peacekeeping mission in Kosovo if needed.\n\n"
                     "The European Union's foreign policy chief condemned the attack and called on both sides to "
                     "show restraint.")
    assert not any(s.startswith("IGOEUREEC") and t and t.startswith("IGO") for s, t, _ in events)
