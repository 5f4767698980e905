"""A city or capital that wins, beats or loses in a sentence of a game's result or a competition
names a club, not its country's government; where it happens, or a city acting on people, stays."""


def test_a_capital_that_plays_is_a_club(mention_codes):
    assert "Madrid" not in mention_codes("Madrid won the league on Sunday after beating Getafe 2-0.")
    got = mention_codes("Moscow defeated Kazan in the hockey final as fans celebrated.")
    assert "Moscow" not in got and "Kazan" not in got
    assert "Athens" not in mention_codes("Athens beat Rome in the Euroleague basketball semi-final on Friday.")


def test_capitals_of_politics_stay_governments(mention_codes):
    assert mention_codes("Madrid rejected the European Commission's budget demands on Tuesday.")["Madrid"] == "ESPGOV"
    assert mention_codes("Beijing made its final offer to Washington on trade.")["Beijing"] == "CHNGOV"
    assert mention_codes("Tehran banned women from the football match, drawing criticism from FIFA.")["Tehran"] == "IRNGOV"
    got = mention_codes("The ceasefire ran from 24-25 March, and Kyiv accused Moscow of violating it.")
    assert got["Kyiv"] == "UKRGOV"
    got = mention_codes("Manchester City fans clashed with police in Madrid before the match.")
    assert got["police in Madrid"] == "ESPCOP"
