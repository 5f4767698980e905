from detente import code_records


def _events(text: str) -> list[tuple]:
    (rec,) = code_records([{"id": "1", "text": text}])
    return [(e["source"], e["target"], e["cameo"], e["modality"]) for e in rec["events"]]


def test_diplomats_withdrawn_from_a_country_reduce_relations_not_troops():
    # the object row (ambassador, envoy, diplomat: 161) wins over the bare "from" row (087)
    got = _events("ATHENS (Reuters) - Greece withdrew its ambassador from Turkey on Tuesday.")
    assert ("GRC", "TUR", "161", "asserted") in got and not [e for e in got if e[2] == "087"]
    got = _events("LONDON (Reuters) - Britain withdrew its envoy from Kabul, the Foreign Office said.")
    assert not [e for e in got if e[2] == "087"]
    # troops withdrawn from a country stay a military withdrawal
    assert [e for e in _events("NAIROBI (Reuters) - Kenya withdrew its troops from Somalia.") if e[2] == "087"]
