"""A verb of dismissal that gives an actor, its object, a label of the lists (cues.yaml
`dismissal_verbs`) names it as "called" would ("dismissed the Ukrainian government as a puppet of
Washington": 112), and rejects nothing; a claim dismissed, or an actor rejected in a role, stays
what it was (events/clauses.py `dismissed_as_label`)."""

from __future__ import annotations


def _codes(events) -> set[tuple]:
    return {(e[0][:3], e[1][:3] if e[1] else None, e[2]) for e in events if e[0]}


def test_an_actor_dismissed_as_a_label_is_accused(story):
    got = _codes(story("MOSCOW (Reuters) - Putin dismissed the Ukrainian government as a puppet of Washington."))
    assert ("RUS", "UKR", "112") in got and not any(c[2][:2] == "12" for c in got)
    assert ("VEN", "VEN", "112") in _codes(story("CARACAS (Reuters) - Maduro rejected Guaido as a usurper."))


def test_an_actor_rejected_in_a_role_stays_rejected(story):
    got = _codes(story("TEHRAN (Reuters) - Iran rejected the United States as a mediator."))
    assert ("IRN", "USA", "120") in got
