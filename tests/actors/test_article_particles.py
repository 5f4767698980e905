"""A name written with the Arabic article in lower case is still the name: "al-Qaeda", "al Qaeda",
"al-Shabaab" (attachment.yaml `article_particles`; actors/match.py `_after_article`), so "US
troops fought al-Qaeda fighters" is no fight with American rebels."""

from __future__ import annotations

from datetime import date

from detente.actors import resolve_actors

ON = date(2024, 6, 1)


def codes(nlp, dictionary, text):
    return {m.text: m.code for m in resolve_actors(nlp(text), on=ON, dictionary=dictionary).mentions}


def test_lower_case_article_before_a_capitalised_name(nlp, dictionary):
    got = codes(nlp, dictionary, "US troops fought al-Qaeda fighters near the border.")
    assert got.get("al-Qaeda fighters") == "IMGMOSALQ", got
    got = codes(nlp, dictionary, "US troops fought al Qaeda fighters near the border.")
    assert got.get("al Qaeda fighters") == "IMGMOSALQ", got


def test_all_lower_case_is_still_no_name(nlp, dictionary):
    got = codes(nlp, dictionary, "The al qaeda fighters were never found.")
    assert all(v != "IMGMOSALQ" for v in got.values()), got
