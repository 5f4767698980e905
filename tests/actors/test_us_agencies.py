"""United States federal departments and agencies by their common names and acronyms ("the
Transportation Department", "the FCC", "the FTC") are the U.S. government's; an institution its own
words give to another country ("Nigeria's Securities and Exchange Commission", "Ghana's Energy
Department") is that country's."""

from detente.engine import code_records


def _events(text):
    (rec,) = code_records([{"id": "1", "text": text, "date": "2019-11-20"}])
    return {(e.get("source"), e["cameo"], e.get("target")) for e in rec["events"]}


def test_us_agencies_by_common_name():
    assert ("USAGOV", "112", "CHNBUSHUA") in _events("The FCC accused Huawei of threatening national security.")
    assert ("USAGOV", "112", "CHN") in _events("The Energy Department accused China of stealing nuclear secrets.")
    assert ("USAGOV", "111", "USABUSTSL") in _events("The NTSB criticized Tesla over its Autopilot system.")


def test_an_agency_owned_by_another_country_is_that_countrys():
    assert ("NGAGOV", "172", "NGABUS") in _events("Nigeria's Securities and Exchange Commission fined the brokerage firm on Monday.")
    assert ("GHAGOV", "112", "GHABUS") in _events("Ghana's Energy Department accused the mining company of fraud.")


def test_a_conference_is_no_agency():
    assert not _events("Alabama beat Georgia in the SEC championship game on Saturday.")
