"""A bare surname means the person of that surname the article named, not a famous namesake in
the dictionary (actors/names.py `namesakes`)."""

from __future__ import annotations

from detente.engine import code_records


def sources(text, on="2019-11-20"):
    (rec,) = code_records([{"id": "1", "text": text, "date": on}])
    return {e["source"] for e in rec["events"] if e["source"]}


def test_a_surname_after_an_unknown_namesake_is_not_the_famous_one():
    got = sources("SACRAMENTO (Reuters) - Utility chief executive Bill Johnson met state officials on Monday. "
                  "Governor Gavin Newsom criticized the utility. Johnson apologized to Newsom on Thursday.")
    assert not any(s.startswith("GBR") for s in got), got


def test_a_surname_after_the_famous_one_named_in_full_is_still_them():
    got = sources("LONDON (Reuters) - Prime Minister Boris Johnson spoke on Monday. Johnson criticised Jeremy Corbyn on Tuesday.")
    assert "GBRGOV" in got, got
    got = sources("LONDON (Reuters) - Johnson criticised Jeremy Corbyn on Tuesday.")
    assert "GBRGOV" in got, got


def test_a_group_name_at_the_end_of_a_persons_name_is_their_surname():
    # "Wagner" is also the Russian mercenary group; inside a titled person's name it is a surname,
    # the title still makes them an official, and the bare surname later is the same person
    got = sources("KINSHASA (Reuters) - Foreign Minister Therese Kayikwamba Wagner criticised Rwanda on Tuesday. "
                  "Wagner accused Rwanda of lying.")
    assert got == {"CODGOV"}, got
    got = sources("BAMAKO (Reuters) - Wagner fighters attacked the town. The Wagner group's Yevgeny Prigozhin criticised Mali.")
    assert got == {"RUSMILWAG"}, got


def test_a_group_named_before_its_noun_stays_the_group_after_a_namesake():
    # "Wagner" is the minister's surname, but "Wagner fighters" are the group's
    got = sources("KINSHASA (Reuters) - Foreign Minister Therese Kayikwamba Wagner criticised Rwanda.\n\n"
                  "Wagner fighters attacked villages in Mali.")
    assert "RUSMILWAG" in got and "CODGOV" in got, got
