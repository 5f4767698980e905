import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.nlp.dates import find_dates, resolve

ON = date(2025, 2, 26)  # a Wednesday


def test_seed_gold_dates(seed):
    doc, gold = seed
    found = find_dates(doc, ON)
    for g in gold["dates_mentioned"]:
        hit = [d for d in found if d["text"] == g["text"]]
        assert hit, (g, found)
        assert (hit[0]["value"], hit[0]["resolution"]) == (g["value"], g["resolution"])


@pytest.mark.parametrize(
    "phrase, ahead, value, resolution",
    [
        ("last Tuesday", False, "2025-02-25", "day"),
        ("Monday", False, "2025-02-24", "day"),
        ("Monday", True, "2025-03-03", "day"),
        ("yesterday", False, "2025-02-25", "day"),
        ("February 2022", False, "2022-02", "month"),
        ("2035", False, "2035", "year"),
        ("March 3, 2024", False, "2024-03-03", "day"),
        ("3 March", False, "2025-03-03", "day"),
        ("3 November", False, "2024-11-03", "day"),
        ("next week", False, "2025-03-03", "week"),
        ("last month", False, "2025-01", "month"),
        ("last year", False, "2024", "year"),
        ("two years ago", False, "2023", "year"),
        ("the 1990s", False, None, None),
        ("February 30, 2024", False, None, None),
    ],
)
def test_resolve(phrase, ahead, value, resolution):
    assert resolve(phrase, ON, ahead=ahead) == (value, resolution)


def test_relative_dates_without_article_date(nlp):
    found = {d["text"]: d for d in find_dates(nlp("The talks ended last Tuesday and resume in March 2026."), None)}
    assert found["last Tuesday"]["value"] is None
    assert found["March 2026"]["value"] == "2026-03"


def test_in_and_by_years_and_durations(nlp):
    found = find_dates(nlp("In 2019 the plan was set for completion by 2035, over the next four years."), ON)
    assert [(d["text"], d["value"]) for d in found] == [("2019", "2019"), ("2035", "2035")]


_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ADFJMNOST0123456789,.-/\n")) | st.characters(codec="utf-8", exclude_categories=["Cs"]),  # detente mends lone surrogates before the NLP stage
        max_size=60,
    )
    | st.lists(
        st.sampled_from(["last", "next", "Monday", "May", "March", "3", "31", "2024", "1990s", "by", "in", "ago", "week", "two", "years", "February", "30", ","]),
        max_size=8,
    ).map(" ".join),
    st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))),
)
def test_never_raises_and_values_are_well_formed(nlp, text, on):
    for d in find_dates(nlp(text), on):
        assert 0 <= d["start"] <= d["end"] <= len(text)
        assert d["resolution"] in (None, "day", "week", "month", "year")
        if d["value"] is not None:
            assert _VALUE.match(d["value"]), d
            parts = [int(x) for x in d["value"].split("-")]
            if len(parts) == 3:
                date(*parts)
            if len(parts) >= 2:
                assert 1 <= parts[1] <= 12
