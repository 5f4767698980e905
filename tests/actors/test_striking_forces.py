"""A country named only by a force that strikes (a `striking_roles` group, the subject of a
`hostile_verbs` verb) does not place the bare victims of its sentence when the story is datelined
in another country it names beyond the dateline: "KYIV - Russian troops shelled residential areas,
killing five civilians" are Ukraine's (places.py `striker`). A story that names its dateline's
country nowhere else keeps the force's ("BANGKOK - Myanmar troops killed civilians")."""

import pytest


@pytest.mark.parametrize("text, name, code", [
    ("KYIV (Reuters) - Ukraine said on Monday it had repelled attacks.\n\n"
     "Russian troops shelled residential areas overnight, killing five civilians.", "civilians", "UKRCVL"),
    ("ADDIS ABABA (Reuters) - Ethiopia's war has killed thousands.\n\n"
     "Federal troops and allied Eritrean soldiers had shelled civilian areas, killing dozens of people.",
     "people", "ETHCVL"),
    ("BANGKOK (Reuters) - Myanmar troops killed at least 10 civilians on Sunday.", "civilians", "MMRCVL"),
    ("LAGOS (Reuters) - Nigerian soldiers killed 20 civilians in a village.", "civilians", "NGACVL"),
])
def test_a_striking_forces_country_does_not_place_its_victims_abroad(mention_codes, text, name, code):
    assert mention_codes(text)[name] == code
