"""A company's withdrawal from a country is a business exit, no military withdrawal (087): "HSBC
pulled out of Canada", "Unilever retreated from Russia". A state's or an army's stays."""

from __future__ import annotations


def test_company_exits_are_no_retreat(story):
    assert not any(e[2].startswith("087") for e in story("HSBC pulled out of Canada, selling its unit to RBC."))
    assert not any(e[2].startswith("087") for e in story("Unilever retreated from Russia after months of criticism."))


def test_armed_withdrawals_stay(story):
    assert any(e[2].startswith("087") for e in story("Russian troops pulled out of Kherson."))
