"""The day an article speaks from (`as_of`): its own date, else the latest day it states, else
today; decided once (nlp/dates.py `reference_date`), read by every stage, and kept with the
analysis and the stored article so that an analyst sees which day its people's offices were read at."""

from __future__ import annotations

from datetime import date

import duckdb

from detente import analyze
from detente.model import Analysis, Article
from detente.nlp.dates import TODAY, reference_date
from detente.nlp.pipeline import load
from detente.store import Store

TEXT = "Keir Starmer criticised Boris Johnson over Brexit on Nov. 19, 2019."


def test_the_article_date_wins_then_the_latest_day_stated_then_today():
    nlp = load()
    assert reference_date(nlp(TEXT), date(2022, 10, 1)) == (date(2022, 10, 1), "article")
    assert reference_date(nlp(TEXT + " Talks resume on March 3, 2020."), None) == (date(2020, 3, 3), "stated")
    assert reference_date(nlp("Keir Starmer criticised Boris Johnson over Brexit."), None) == (TODAY, "today")


def test_a_stated_day_after_today_is_no_reference():
    assert reference_date(load()("The deal expires on Jan. 1, 2099."), None) == (TODAY, "today")


def test_an_undated_article_keeps_the_day_it_was_read_at_in_its_analysis_and_store(tmp_path):
    undated, dated = tmp_path / "undated.txt", tmp_path / "dated.txt"
    body = ("Keir Starmer criticised Boris Johnson over Brexit in a speech to party members in London. "
            "He said the government had failed the country and called for a second referendum on the deal. ")
    undated.write_text(body + "The speech was given on Nov. 19, 2019.", encoding="utf-8")
    dated.write_text(body, encoding="utf-8")
    got = {a.source: a for a in analyze([str(undated), str(dated)])}
    a = got[str(undated)]
    assert (a.as_of, a.as_of_from) == (date(2019, 11, 19), "stated")
    assert a.to_dict()["as_of"] == "2019-11-19" and a.to_dict()["as_of_from"] == "stated"
    assert ("GBRLEG", "GBRGOV") in {(e.source, e.target) for e in a.events}  # Starmer an MP in 2019
    assert got[str(dated)].as_of_from == "today"
    db = tmp_path / "n.duckdb"
    with Store(db) as s:
        s.write(list(got.values()))
        rows = dict(s.con.execute("SELECT source, as_of_from FROM articles").fetchall())
    assert rows == {str(undated): "stated", str(dated): "today"}


def test_a_database_made_before_as_of_still_opens(tmp_path):
    db = tmp_path / "old.duckdb"
    art = Article(id="a", source="a.txt", text="Xi met Putin.", title="a", date=date(2019, 1, 10))
    with Store(db) as s:
        s.write([Analysis(source="a.txt", id="a", article=art, as_of=art.date, as_of_from="article")])
        s.con.execute("ALTER TABLE articles DROP COLUMN as_of_from")
        s.con.execute("ALTER TABLE articles DROP COLUMN as_of")
    with Store(db, read_only=True) as s:  # read-only: the columns read as NULL
        assert s.con.execute("SELECT as_of, as_of_from FROM articles").fetchall() == [(None, None)]
    with Store(db) as s:  # read-write: they are added, and the next write fills them
        s.write([Analysis(source="a.txt", id="a", article=art, as_of=art.date, as_of_from="article")])
        assert s.con.execute("SELECT as_of, as_of_from FROM articles").fetchall() == [(date(2019, 1, 10), "article")]
    duckdb.connect(str(db)).close()
