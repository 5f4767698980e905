"""A province's or state's office and its country's government share a code (CANGOV, DEUGOV) but
are two actors: a title its province names ("Quebec's premier", "Ontario Premier Doug Ford",
"Bavaria's premier") acts on the federal government; a national premier does not act on his own."""

from __future__ import annotations


def test_a_provincial_premier_acts_on_the_federal_government(story):
    assert story("Alberta's premier condemned the federal government on Monday.", date=None) == [
        ("CANGOV", "CANGOV", "111", "asserted")]
    assert story("Ontario Premier Doug Ford criticised the federal government over the budget.", date=None) == [
        ("CANGOV", "CANGOV", "111", "asserted")]
    assert story("The premier of New South Wales criticised the Australian government on Friday.", date=None) == [
        ("AUSGOV", "AUSGOV", "111", "asserted")]
    assert story("MUNICH (Reuters) - Bavaria's premier criticised the German government on Monday.", date=None) == [
        ("DEUGOV", "DEUGOV", "111", "asserted")]


def test_a_national_premier_and_his_government_are_one(story):
    assert story("China's premier praised the Chinese government's response on Monday.", date=None) == []
