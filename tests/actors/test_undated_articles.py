"""An article given no date is read at the latest day it states, not at today: its people hold the
offices of that time (nlp/dates.py `reference_date`); one that states no day is read at today, as before."""

from detente.engine import code_records


def _events(text, **date):
    (rec,) = code_records([{"id": "1", "text": text, **date}])
    return {(e["source"], e["target"]) for e in rec["events"]}


def test_an_undated_article_is_read_at_the_day_it_states():
    text = "Keir Starmer criticised Boris Johnson over Brexit on Nov. 19, 2019."
    assert ("GBRLEG", "GBRGOV") in _events(text), _events(text)


def test_a_given_date_outweighs_the_days_stated():
    text = "Keir Starmer criticised Boris Johnson over Brexit on Nov. 19, 2019."
    assert ("GBROPP", "GBRLEG") in _events(text, date="2022-10-01"), _events(text, date="2022-10-01")


def test_an_article_stating_no_day_is_read_at_today():
    text = "Keir Starmer criticised Boris Johnson over Brexit."
    assert ("GBRGOV", "GBRELI") in _events(text), _events(text)
