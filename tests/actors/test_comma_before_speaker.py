"""A name that ends a phrase of its own clause before a comma shares no role with the speaker
named after it: "struck targets near Damascus, Syrian state media said" struck Syria, not its
media; "killed 12 Palestinians, the Gaza health ministry said" killed civilians, not the ministry
(grouping.py `share_over_coordination`, `_clause_argument`)."""

from detente.engine import code_records


def _coded(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2024-04-29"}])
    return {(a["text"], a["code"]) for a in rec["actors"]}, [(e["source"], e["target"], e["cameo"]) for e in rec["events"]]


def test_a_place_before_the_speaker_stays_a_place():
    actors, events = _coded("DAMASCUS (Reuters) - Israeli jets struck targets near Damascus, Syrian state media said.")
    assert ("Damascus", "SYR") in actors, actors
    assert not any(t == "SYRMED" for s, t, c in events), events


def test_victims_before_the_speaker_stay_civilians():
    actors, events = _coded("GAZA (Reuters) - An Israeli strike killed at least 12 Palestinians, the Gaza health ministry said.")
    assert ("Palestinians", "PSECVL") in actors, actors


def test_a_list_of_demonyms_shares_its_role():
    actors, _ = _coded("WASHINGTON (Reuters) - US and British officials met in Washington.")
    assert ("US", "USAGOV") in actors, actors
