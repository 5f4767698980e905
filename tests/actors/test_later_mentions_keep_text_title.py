"""A dictionary person whom the text first names with a title ("Prime Minister Ariel Sharon") keeps
the code that title gave them on later mentions without one ("Mr Sharon", "Sharon"), whatever the
table says of the date: the article told us the office (people.py `person_group`,
`later_surnames`, `Builder.text_codes`). A later "former" still makes an ex-official."""

from __future__ import annotations

from datetime import date

from detente.actors import resolve_actors


def _mentions(nlp, text, on):
    doc = nlp(text)
    res = resolve_actors(doc, on=on)
    return [(doc[m.tok_start:m.tok_end].text, m.code) for m in sorted(res.mentions, key=lambda m: m.tok_start)]


_TEXT = ("Israeli Prime Minister Ariel Sharon ordered new checkpoints around the town. Mr Sharon later met "
         "his cabinet, and Sharon told reporters the measures would stay.")


def test_later_mentions_keep_the_title_of_the_first(nlp):
    got = dict(_mentions(nlp, _TEXT, date(2024, 3, 1)))  # out of office by the table at this date
    assert got["Israeli Prime Minister Ariel Sharon"] == "ISRGOV"
    assert got["Mr Sharon"] == "ISRGOV"
    assert got["Sharon"] == "ISRGOV"


def test_without_a_title_in_the_text_the_table_decides(nlp):
    got = dict(_mentions(nlp, "Ariel Sharon visited the town. Mr Sharon later met reporters.", date(2024, 3, 1)))
    assert got["Mr Sharon"] == got["Ariel Sharon"]
    assert got["Mr Sharon"] != "ISRGOV"
