"""A plural title no state has one holder of ("prosecutors", "judges") names no one person: with
no owner it takes its sentence's country as a bare group ("police") does, never a country it acts
on; the singular ("the prosecutor") and offices of one holder ("foreign ministers") are left as they were."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in rec["events"]}


def test_plural_titles_take_the_sentence_country():
    assert ("JPNJUD", "1121", "JPNBUSNSN") in _events("In Japan, prosecutors indicted the former Nissan chairman on Monday.")


def test_plural_titles_take_no_target_country():
    assert ("LEG", "111", "CHN") in _events("Lawmakers criticized China over the crackdown.")
    assert ("JUD", "112", "RUS") in _events("Prosecutors accused Russia of war crimes.")
