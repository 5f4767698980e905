"""Bad input through the whole engine: each bad document is one error record, the rest go on."""

import gzip
import json

import httpx
import pytest

from detente.engine import AnalyzeOptions, analyze, code_records, ingest
from detente.store import Store, failures, stats

ARTICLE = """Ministers Meet in Geneva

Published: 2024-06-03

Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Geneva on Monday to discuss the war in Ukraine. The two ministers praised their countries' cooperation and criticized Western sanctions.
"""

NO_ARTICLE_HTML = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"


def _no_network(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.fixture
def inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(ARTICLE.replace("Geneva on Monday", "Genève on Monday").encode("latin-1"))
    nav = tmp_path / "nav.html"
    nav.write_text(NO_ARTICLE_HTML, "utf-8")
    zipped = tmp_path / "good2.txt.gz"
    zipped.write_bytes(gzip.compress(ARTICLE.replace("Geneva", "Vienna").encode()))
    return {
        "good": str(good), "empty": str(empty), "binary": str(binary), "missing": str(tmp_path / "nope.html"),
        "url": "https://news.invalid/story", "latin": str(latin), "nav": str(nav), "zipped": str(zipped),
    }


def _run(paths):
    return {a.source: a for a in analyze(paths, transport=httpx.MockTransport(_no_network))}


def test_each_bad_document_is_an_error_record_and_the_rest_go_on(inputs):
    out = _run(list(inputs.values()))
    assert set(out) == set(inputs.values())
    for name in ("good", "latin", "zipped"):
        a = out[inputs[name]]
        assert a.error is None, a.error
        assert a.events, f"{name}: expected events"
    expected = {"empty": "EmptyDocument", "binary": "DecodeError", "missing": "SourceNotFound",
                "url": "FetchError", "nav": "EmptyDocument"}
    for name, kind in expected.items():
        err = out[inputs[name]].error
        assert err is not None and err.type == kind, (name, err)
        assert "\n" not in err.message and 0 < len(err.message) <= 300
    assert "Genève" in out[inputs["latin"]].article.text  # invalid UTF-8 decoded, not dropped


def test_analyze_contract_keys(inputs):
    d = next(iter(analyze([inputs["good"]]))).to_dict()
    for key in ("source", "id", "url", "title", "date", "language", "text", "actors", "quotes", "events",
                "amounts", "dates", "claims", "tone", "themes", "error"):
        assert key in d
    assert d["date"] == "2024-06-03"
    e = d["events"][0]
    for key in ("source", "target", "cameo", "plover", "goldstein", "quad_class", "modality", "text", "start", "end"):
        assert key in e
    json.dumps(d)


def test_ingest_records_failures_and_loses_nothing_stored(inputs, tmp_path):
    db = tmp_path / "d.duckdb"
    first = ingest([inputs["good"]], db=db)
    assert first.stored == 1 and first.failed == 0
    with Store(db, read_only=True) as s:
        before = stats(s)
    # the same page again, now unreadable as a binary, plus every other bad input
    good_path = inputs["good"]
    done = ingest(list(inputs.values()), db=db, transport=httpx.MockTransport(_no_network))
    assert done.failed == 5 and done.stored == 3
    with Store(db, read_only=True) as s:
        after = stats(s)
        assert after["articles"] == 3  # good, latin, zipped; the first article not duplicated
        assert after["events"] >= before["events"]
        assert {f["type"] for f in failures(s)} >= {"EmptyDocument", "DecodeError", "SourceNotFound", "FetchError"}
    # the stored page is not lost when a later read of the same path fails
    open(good_path, "wb").write(b"")
    ingest([good_path], db=db)
    with Store(db, read_only=True) as s:
        assert stats(s)["articles"] == 3


def test_code_records_reports_bad_records_and_codes_the_rest():
    recs = [{"id": "a", "text": "Russian troops attacked Ukrainian positions near Kharkiv.", "date": "20240301"},
            {"id": "b", "text": ""}, {"id": "c", "text": "Ok.", "date": "March"}, "not a dict"]
    out = list(code_records(recs, options=AnalyzeOptions()))
    assert [o["id"] for o in out] == ["a", "b", "c", None]
    by = {o["id"]: o for o in out}
    assert by["a"]["error"] is None and by["a"]["events"]
    assert by["b"]["error"]["type"] == "InputError"
    assert "YYYYMMDD" in by["c"]["error"]["message"]
