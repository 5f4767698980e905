"""The delegation one meets or hosts is whom one meets (patterns.tsv `meet` and
`host` rows flagged `patient`): the target, also when the meeting is refused, where a refused joint
act is otherwise read as about its topic ("failed to agree on a statement on Sudan")."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> set[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-05-10"}])
    return {(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]}


def test_a_delegation_refused_a_meeting_is_its_target():
    got = _events("WASHINGTON (Reuters) - The president declined to meet the Chinese delegation.")
    assert ("USAGOV", "CHNGOV", "125", "asserted") in got


def test_a_delegation_from_a_group_refused_a_meeting_is_its_target():
    got = _events("ANKARA (Reuters) - Erdogan declined to meet a delegation from Hamas.")
    assert any(s == "TURGOV" and t == "PSEREBHMS" and c == "125" for s, t, c, _ in got)


def test_a_delegation_or_envoy_the_setting_gives_a_country_is_no_counterpart():
    # one of the host's own country, by the dateline alone, is not whom it met
    assert not _events("ANKARA (Reuters) - Erdogan met the delegation in Ankara.")
    assert not _events("ANKARA (Reuters) - Erdogan met the envoy in Ankara.")


def test_a_delegation_met_or_hosted_is_the_target():
    assert any(t == "CHNGOV" and c == "040" for _, t, c, _ in _events(
        "WASHINGTON (Reuters) - Biden met the Chinese delegation."))
    assert any(s == "TURGOV" and t == "RUSGOV" and c == "125" for s, t, c, _ in _events(
        "ANKARA (Reuters) - Erdogan refused to host the Russian delegation."))


def test_talks_hosted_are_no_guest():
    assert not _events("ANKARA (Reuters) - Erdogan hosted talks on Syria.")
