"""An envoy belongs to the state or body that sends it, not to the body or country it is posted to:
"France's UN ambassador" is France's (FRAGOV), "the UN's Syria envoy" the UN's; the first of the
places and bodies named before the title is the sender (grouping.py `_ENVOY_NOUNS`, builder.py
`_sender`); a permanent, special or high representative, a representative to a body and a trade
representative are diplomats, not legislators (agents.tsv)."""

import pytest

from detente.engine import code_records


def _sources(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {e["source"] for e in rec["events"]}


@pytest.mark.parametrize("text, source", [
    ("France's UN ambassador criticised Russia over the attack.", "FRAGOV"),
    ("Ukraine's EU ambassador thanked Germany for its support.", "UKRGOV"),
    ("China's WTO envoy accused the United States of protectionism.", "CHNGOV"),
    ("The US NATO ambassador urged Turkey to drop its veto.", "USAGOV"),
    ("The U.S. Syria envoy criticised Turkey over the offensive.", "USAGOV"),
    ("The UN's Syria envoy met Iranian officials in Tehran.", "IGOUNOGOV"),
    ("India's permanent representative to the United Nations criticised Pakistan.", "INDGOV"),
    ("Japan's representative to the IAEA urged Iran to allow inspections.", "JPNGOV"),
    ("The UN special representative for Libya met Libyan commander Khalifa Haftar in Benghazi.", "IGOUNOGOV"),
    ("US Trade Representative Katherine Tai criticised China over subsidies.", "USAGOV"),
])
def test_an_envoy_is_its_senders(text, source):
    assert source in _sources(text), _sources(text)


@pytest.mark.parametrize("text, source", [
    ("The UN envoy to Yemen met Houthi leaders in Sanaa.", "IGOUNOGOV"),
    ("Britain's ambassador to the UN condemned Iran for the seizure of the tanker.", "GBRGOV"),
    ("Representative Adam Schiff accused Trump of abusing his power.", "USALEG"),
    ("France's NATO allies criticised Turkey.", "IGOWSTNAT"),
])
def test_other_readings_stay(text, source):
    assert source in _sources(text), _sources(text)
