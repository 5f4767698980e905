"""The dashboard's pages in-process (no browser): HTML errors, no inline script, names beside
codes, the explorer's downloads, paging, partner links, the network, quotes, the map, contrast."""

from __future__ import annotations

import csv
import io
import re
from importlib import resources

import pytest

from detente.actors.dictionary import ROLES
from detente.events.confidence import DEFAULT_MIN_CONFIDENCE

WEB = resources.files("detente.web")


def test_no_inline_script_or_handlers_in_templates():
    for t in WEB.joinpath("templates").iterdir():
        html = t.read_text("utf-8")
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, f"{t.name}: inline <script> (the CSP forbids it)"
        assert not re.search(r"\son[a-z]+\s*=", html), f"{t.name}: an on*= handler (the CSP forbids it)"
        assert not re.search(r"(href|src)=\"javascript:", html), t.name


def test_errors_are_html_pages_on_the_dashboard_and_json_under_api(client):
    r = client.get("/no-such-page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "Not found" in r.text
    r = client.get("/actors/ZZZQX")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "ZZZQX" in r.text
    r = client.get("/events?since=2020-01-02&until=2020-01-01")
    assert r.status_code == 422 and "text/html" in r.headers["content-type"] and "before the start" in r.text
    r = client.get("/events?min_confidence=7")
    assert r.status_code == 422 and "0 to 1" in r.text
    r = client.get("/api/no-such-endpoint")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/json")
    r = client.get("/api/events?since=2020-01-02&until=2020-01-01")
    assert r.status_code == 422 and r.json()["detail"][0]["loc"][-1] == "until"


def test_favicon(client):
    assert client.get("/static/favicon.svg").headers["content-type"].startswith("image/svg")
    assert 'rel="icon" href="/static/favicon.svg"' in client.get("/").text
    assert client.get("/favicon.ico", follow_redirects=False).headers["location"] == "/static/favicon.svg"


def test_names_beside_codes(client):
    html = client.get("/").text
    assert re.search(r'>CHN</a>.*?China', html, re.S) or "China" in html
    item = client.get("/api/events", params={"actor": "CHN", "limit": 1}).json()["items"][0]
    assert item["cameo_name"] and "China" in (item["source_name"] + item["target_name"])
    assert "Discuss by telephone" in client.get("/glossary").text
    assert client.get("/api/names", params={"code": ["CHNGOV", "041"]}).json() == {
        "actors": {"CHNGOV": "China — government", "041": "041"}, "cameo": {"041": "Discuss by telephone"}}


def test_search_takes_a_name_where_it_expects_a_code(client):
    by_name = client.get("/api/events", params={"actor": "Russia", "limit": 500}).json()
    by_code = client.get("/api/events", params={"actor": "RUS", "limit": 500}).json()
    assert by_name["total"] == by_code["total"] >= 1
    assert "with actor CHN (China)" in client.get("/search", params={"actor": "China"}).text
    r = client.get("/api/events", params={"actor": "Narnia"}).json()
    assert r["total"] == 0 and "no actor NARNIA" in r["warnings"][0]
    assert "No actor NARNIA" in client.get("/events", params={"actor": "Narnia"}).text


def test_explorer_download_is_exactly_the_view(client):
    params = {"cameo": "0", "min_confidence": "0", "sort": "goldstein"}
    page = client.get("/api/events", params={**params, "limit": 500}).json()
    assert page["total"] >= 2
    got = client.get("/api/events/download", params={**params, "format": "csv"})
    assert got.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert [(r["article_id"], int(r["idx"])) for r in rows] == [(e["article_id"], e["idx"]) for e in page["items"]]
    goldstein = [float(r["goldstein"]) for r in rows]
    assert goldstein == sorted(goldstein), "sorted as the view"
    js = client.get("/api/events/download", params={**params, "format": "json"}).json()
    assert len(js) == len(rows) and js[0]["cameo_name"]
    html = client.get("/events", params=params).text
    assert "/api/events/download?" in html and "cameo=0" in html and "sort=goldstein" in html
    assert f"{page['total']} events" in html


def test_actor_pages_page_through_all_their_events(client):
    code = "USA"
    total = client.get("/api/events", params={"actor": code, "min_confidence": 0, "limit": 1}).json()["total"]
    html = client.get(f"/actors/{code}", params={"min_confidence": 0}).text
    assert f"{total} events" in html
    if total > 50:
        assert "page 1 of" in html and 'rel="next"' in html
        second = client.get(f"/actors/{code}", params={"min_confidence": 0, "page": 2}).text
        assert "page 2 of" in second


def test_partner_links_use_the_full_code_and_dyads_match_exactly(client):
    orgs = [a["code"] for a in client.get("/api/actors", params={"q": "IGO", "limit": 50}).json()["items"] if a["code"].startswith("IGO")]
    checked = 0
    for code in orgs:
        prof = client.get(f"/api/actors/{code}", params={"min_confidence": 0})
        if prof.status_code != 200 or not prof.json()["partners"]:
            continue
        html = client.get(f"/actors/{code}", params={"min_confidence": 0}).text
        links = re.findall(r'class="dyad" href="(/dyads/[^"?]+)', html)
        assert links and all(link.startswith(f"/dyads/{code}/") for link in links), links
        partner = prof.json()["partners"][0]["partner"]
        evs = client.get("/api/events", params={"dyad": f"{code},{partner}", "min_confidence": 0, "limit": 500}).json()["items"]
        # the code itself or a body under it ("IGOUNO" holds the UN human rights office, IGOUNOHCH:
        # store/queries.party), never another organisation of the same three letters
        assert evs and all(any((side or "").startswith(code) for side in (e["source"], e["target"])) for e in evs), \
            "no other organisation under the same three letters"
        checked += 1
    if not checked:
        pytest.skip("no organisation with a partner in this corpus")


def test_network_leaves_out_actors_with_no_country(client):
    for level in ("actor", "country"):
        net = client.get("/api/network", params={"level": level, "min_confidence": 0}).json()
        assert net["nodes"]
        assert not [n["id"] for n in net["nodes"] if n["id"] in ROLES], "bare roles are no nodes"
    assert "legend" in client.get("/network").text


def test_quotes_across_the_corpus_link_to_their_place(client):
    all_ = client.get("/api/quotes", params={"limit": 500}).json()
    assert all_["total"] >= 5
    q = next(x for x in all_["items"] if x["speaker"])
    assert q["link"] == f"/articles/{q['article_id']}#q-{q['idx']}"
    assert f'id="q-{q["idx"]}"' in client.get(f"/articles/{q['article_id']}").text
    word = q["speaker"].split()[-1]
    by_speaker = client.get("/api/quotes", params={"speaker": word}).json()
    assert by_speaker["total"] >= 1 and all(word.lower() in (x["speaker"] or "").lower() for x in by_speaker["items"])
    text_word = max(q["text"].split(), key=len).strip('.,"“”')
    assert client.get("/api/quotes", params={"q": text_word}).json()["total"] >= 1
    if q["speaker_actor"]:
        assert client.get("/api/quotes", params={"actor": q["speaker_actor"]}).json()["total"] >= 1
    html = client.get("/quotes", params={"speaker": word}).text
    assert f"#q-{q['idx']}" in html or by_speaker["total"] > 0
    assert client.get("/api/quotes", params={"min_confidence": 1.0}).json()["total"] <= all_["total"]


def test_map_counts_follow_the_filters(client):
    every = client.get("/api/map", params={"min_confidence": 0}).json()["items"]
    assert every and all(len(r["country"]) == 3 for r in every)
    usa = next(r for r in every if r["country"] == "USA")
    n = client.get("/api/events", params={"actor": "USA", "min_confidence": 0, "limit": 1}).json()["total"]
    assert usa["events"] == n, "a country's count is its events on either side"
    shapes = client.get("/api/map/shapes").json()
    assert len(shapes["countries"]) > 150 and shapes["countries"]["CHN"]["path"].startswith("M")
    assert "data-shapes" in client.get("/map").text


def test_confidence_default_and_parameter(client):
    default = client.get("/api/events", params={"limit": 500}).json()
    every = client.get("/api/events", params={"limit": 500, "min_confidence": 0}).json()
    assert default["total"] <= every["total"]
    assert all(e["confidence"] is None or e["confidence"] >= DEFAULT_MIN_CONFIDENCE for e in default["items"])
    assert client.get("/api/events", params={"min_confidence": 1.5}).status_code == 422
    for url in ("/api/dyads", "/api/network", "/api/map", "/api/dyads/CHN/USA", "/api/actors/USA"):
        assert client.get(url, params={"min_confidence": 0}).status_code == 200, url


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_badges_and_coloured_text_meet_wcag_aa():
    css = WEB.joinpath("static", "detente.css").read_text("utf-8")
    var = dict(re.findall(r"--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})", css))
    for name in ("badge-q1", "badge-q2", "badge-q3", "badge-q4"):
        assert _contrast(var[name], "#ffffff") >= 4.5, name  # white code on the badge
    for name in ("pos-ink", "neg-ink", "muted", "accent"):
        assert _contrast(var[name], "#ffffff") >= 4.5, name
        assert _contrast(var[name], var["bg"]) >= 4.5, name
    for q in (1, 2, 3, 4):
        assert f"--badge-q{q}" in css.split(f".cameo.q{q}")[1].split("}")[0], "each badge uses its checked colour"
    assert "opacity: .75" not in css, "no faded rows: their text would fall below AA"


def test_names_in_page_addresses_lead_to_the_codes(client):
    assert client.get("/actors/russia", follow_redirects=False).headers["location"] == "/actors/RUS"
    assert client.get("/dyads/china/russia", follow_redirects=False).headers["location"].startswith("/dyads/CHN/RUS")
    assert client.get("/dyads/CHN/RUS", follow_redirects=False).status_code == 200
    r = client.get("/actors/ZZZQ")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]


def test_the_map_takes_the_explorers_filters(client):
    one = client.get("/api/map", params={"actor": "Russia", "min_confidence": 0}).json()["items"]
    assert one and one[0]["country"] == "RUS" or any(r["country"] == "RUS" for r in one)
    every = {r["country"]: r["events"] for r in client.get("/api/map", params={"min_confidence": 0}).json()["items"]}
    assert all(r["events"] <= every[r["country"]] for r in one)
    html = client.get("/map", params={"actor": "Russia", "cameo": "0"}).text
    assert "actor=RUS" in html and "cameo=0" in html and "Only events of RUS (Russia)" in html
    assert 'href="/map?' in client.get("/events", params={"actor": "RUS"}).text


def test_a_crash_is_an_html_page_too(corpus_db):
    import warnings

    from detente.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    app = create_app(corpus_db)

    @app.get("/boom")
    def boom():
        raise RuntimeError("a bug")

    r = TestClient(app, raise_server_exceptions=False).get("/boom")
    assert r.status_code == 500 and r.headers["content-type"].startswith("text/html") and "failed to render" in r.text


def test_each_event_says_why_in_plain_words(client):
    from markupsafe import escape

    from detente.analytics.glossary import confidence_words

    item = client.get("/api/events", params={"limit": 1, "min_confidence": 0}).json()["items"][0]
    assert item["confidence_factors"].startswith("trigger.")
    page = client.get(f"/articles/{item['article_id']}").text
    why = re.search(r'<details class="why"><summary>why</summary><ul>(.*?)</ul></details>', page, re.S)
    triggers = [str(escape(w)) for k, w in confidence_words().items() if k.startswith("trigger.")]
    assert why and "×" in why.group(1) and any(w in why.group(1) for w in triggers)  # the trigger's factor first
    assert "why: " in client.get("/events", params={"min_confidence": 0}).text
    glossary = client.get("/glossary").text
    assert all(str(escape(words)) in glossary for words in confidence_words().values())
