from detente import code_records


def test_diplomats_withdrawn_from_a_country_reduce_relations_not_troops(story):
    # the object row (ambassador, envoy, diplomat: 161) wins over the bare "from" row (087)
    got = story("ATHENS (Reuters) - Greece withdrew its ambassador from Turkey on Tuesday.", date=None)
    assert ("GRC", "TUR", "161", "asserted") in got and not [e for e in got if e[2] == "087"]
    got = story("LONDON (Reuters) - Britain withdrew its envoy from Kabul, the Foreign Office said.", date=None)
    assert not [e for e in got if e[2] == "087"]
    # troops withdrawn from a country stay a military withdrawal
    assert [e for e in story("NAIROBI (Reuters) - Kenya withdrew its troops from Somalia.", date=None) if e[2] == "087"]


def test_goods_withdrawn_from_sale_or_a_player_from_a_contest_is_no_military_withdrawal(story):
    for s in ("BERLIN (Reuters) - Apple withdrew some iPhone models from sale in Germany after the court ruling.",
              "MADRID (Reuters) - Nadal withdrew from the tournament in Madrid with a hip injury."):
        assert not [e for e in story(s, date=None) if e[2] == "087"], s
    # a withdrawal from a place stays one
    assert [e for e in story("JERUSALEM (Reuters) - Israel withdrew from Gaza in 2005.", date=None) if e[2] == "087"]


def test_leaving_a_treaty_reduces_relations_and_signs_nothing(story):
    got = story("MOSCOW (Reuters) - Russia withdrew from the New START treaty with the United States.", date=None)
    assert ("RUS", "USA", "160", "asserted") in got
    assert not [e for e in got if e[2] in ("087", "057")]
