"""A verb of asking asks whom its object or its "to"/"with" phrase names before what it asks for
(events/arguments.py `asked_before`): not whom the thing asked for is for, nor whom the act asked
for is done to."""

from __future__ import annotations

from detente.engine import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text, "date": "2023-12-14"}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def _appeals(text: str) -> list[tuple]:
    return [(s, t) for s, t, c, m in _events(text) if c.startswith("02")]


def test_asked_for_aid_for_another_is_asked_of_the_object():
    got = _appeals("WASHINGTON (Reuters) - Biden asked Congress for $60 billion in aid for Ukraine.")
    assert [t for s, t in got] == ["USALEG"], got


def test_appealed_to_someone_to_free_their_own_is_made_to_whom_it_addresses():
    got = _appeals("TOKYO (Reuters) - Japan's prime minister appealed to China to release the Japanese businessman.")
    assert got == [("JPNGOV", "CHN")], got


def test_pleaded_with_someone_is_made_to_them():
    got = _appeals("LONDON (Reuters) - Britain pleaded with Iran to free the British-Iranian woman.")
    assert got == [("GBR", "IRN")], got


def test_appealed_to_someone_for_a_thing_is_made_to_them():
    assert _appeals("KABUL (Reuters) - Afghanistan appealed to the United Nations for emergency food aid.") == [("AFG", "IGOUNO")]
