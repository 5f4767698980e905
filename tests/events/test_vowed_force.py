"""Words of force that code only as what a control verb vows or threatens (patterns.tsv flag
`vowed`): "vowed to crush X" is a threat of force (138), not an intent to cooperate (030)."""


def test_a_vow_or_threat_to_crush_or_wipe_out_is_a_threat_of_force(story):
    assert ("CHN", "TWN", "138", "asserted") in story("China vowed to crush any attempt at Taiwan independence.")
    assert ("IRN", "ISR", "138", "asserted") in story("Iran threatened to wipe out Israel.")
    assert not [e for e in story("China vowed to crush any attempt at Taiwan independence.") if e[2] == "030"]


def test_crushed_alone_codes_nothing(story):
    # a deed told with the loose word may be a defeat in a vote or a game
    assert not story("Ukraine crushed Russia in the final.")
