"""A duty given is not done: the act one is tasked "with", mandated or entrusted "to" do is
hypothetical (cues.yaml `duty_verbs`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Mueller was tasked with investigating Russian interference in the 2016 election.",
         {"Mueller": "USAELI", "Russian": "RUS"}),
        ("The commission was mandated to investigate the killings by the army.",
         {"The commission": "USAGOV", "the army": "NGAMIL"}),
        ("Interpol was commissioned to investigate the bombing in Nairobi.",
         {"Interpol": "IGOINT", "Nairobi": "KEN"}),
    ],
)
def test_a_task_given_is_not_done(code, text, phrases):
    got = code(text, phrases)
    assert not [e for e in got if e[2].startswith("09") and e[3] == "asserted"], got


def test_the_task_done_stays_asserted(code):
    got = code("The FBI investigated Russian interference in the election.", {"The FBI": "USACOP", "Russian": "RUS"})
    assert ("USACOP", "RUS", "090", "asserted") in got
