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


def test_goods_withdrawn_from_sale_or_a_player_from_a_contest_is_no_military_withdrawal():
    for s in ("BERLIN (Reuters) - Apple withdrew some iPhone models from sale in Germany after the court ruling.",
              "MADRID (Reuters) - Nadal withdrew from the tournament in Madrid with a hip injury."):
        assert not [e for e in _events(s) if e[2] == "087"], s
    # a withdrawal from a place stays one
    assert [e for e in _events("JERUSALEM (Reuters) - Israel withdrew from Gaza in 2005.") if e[2] == "087"]


def test_leaving_a_treaty_reduces_relations_and_signs_nothing():
    got = _events("MOSCOW (Reuters) - Russia withdrew from the New START treaty with the United States.")
    assert ("RUS", "USA", "160", "asserted") in got
    assert not [e for e in got if e[2] in ("087", "057")]
