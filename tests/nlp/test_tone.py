from detente.nlp.tone import tone


def test_formula(nlp):
    t = tone(nlp("The good friends welcome peace but fear war."))
    # 8 words; positive: good, friends, welcome, peace; negative: fear, war
    assert t["word_count"] == 8
    assert t["positive"] == 50.0 and t["negative"] == 25.0
    assert t["tone"] == 25.0 and t["polarity"] == 75.0
    assert 0 < t["activity_density"] <= 100


def test_sign_and_empty(nlp):
    assert tone(nlp("Missiles killed civilians in a brutal, horrific attack."))["tone"] < 0
    assert tone(nlp(""))["word_count"] == 0


def test_seed_is_positive(seed):
    doc, _ = seed
    assert tone(doc)["tone"] > 0  # cooperation dominates the seed article
