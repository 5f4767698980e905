"""The HTTP API in-process (TestClient), against the session's database of real pages."""

from __future__ import annotations

import _corpus
import pytest


def _dyad(client):
    dyads = client.get("/api/dyads").json()["items"]
    assert dyads, "the real pages (seed: China and Russia) must give at least one country dyad"
    return dyads[0]


def test_openapi_lists_the_endpoints(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/dyads/{a}/{b}",
                 "/api/network", "/api/actors/{code}", "/api/clusters", "/api/ingest"):
        assert path in spec["paths"], path


def test_stats_count_what_was_ingested(client):
    s = client.get("/api/stats").json()
    assert s["articles"] == len(_corpus.inputs()) - s["failed"]
    assert s["events"] >= 1 and s["actors"] >= 2


def test_search_requires_every_word_and_paginates(client):
    everything = client.get("/api/articles", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) >= 10
    found = client.get("/api/articles", params={"q": "China Russia"}).json()
    assert found["total"] >= 1
    for item in found["items"]:
        full = client.get(f"/api/articles/{item['id']}").json()
        blob = (full["title"] or "") + full["text"]
        assert "china" in blob.lower() and "russia" in blob.lower()
    first = client.get("/api/articles", params={"limit": 3, "offset": 0}).json()["items"]
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()["items"]
    assert len(first) == 3 and not {a["id"] for a in first} & {a["id"] for a in second}
    assert client.get("/api/articles", params={"q": "zzzqqqxxx"}).json()["total"] == 0


def test_search_treats_like_wildcards_and_quotes_as_text(client):
    everything = client.get("/api/articles", params={"limit": 500}).json()["total"]
    for literal in ("%", "_"):
        found = client.get("/api/articles", params={"q": literal, "limit": 500}).json()
        assert found["total"] < everything
        for a in found["items"]:
            full = client.get(f"/api/articles/{a['id']}").json()
            assert literal in (full["title"] or "") + full["text"]
    r = client.get("/api/articles", params={"q": "x' OR 1=1 --"})
    assert r.status_code == 200 and r.json()["total"] == 0


def test_actor_and_date_filters(client):
    d = _dyad(client)
    with_actor = client.get("/api/articles", params={"actor": d["a"]}).json()
    assert with_actor["total"] >= 1
    for item in with_actor["items"]:
        codes = {a["code"] for a in client.get(f"/api/articles/{item['id']}").json()["actors"]}
        assert any(c.startswith(d["a"]) for c in codes)
    dates = sorted(a["date"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"] if a["date"])
    if dates:
        day = dates[-1]
        only = client.get("/api/articles", params={"since": day, "until": day}).json()["items"]
        assert only and all(a["date"] == day for a in only)


def test_article_has_annotations_at_their_offsets(client):
    d = _dyad(client)
    ev = client.get("/api/events", params={"dyad": f"{d['a']},{d['b']}", "limit": 1}).json()["items"][0]
    art = client.get(f"/api/articles/{ev['article_id']}").json()
    text = art["text"]
    assert art["events"], "the article of an event lists its events"
    for e in art["events"]:
        assert " ".join(text[e["start"]:e["end"]].split()) == " ".join(e["text"].split())
    for a in art["actors"]:
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in art["quotes"]:
        assert 0 <= q["start"] < q["end"] <= len(text)
    assert {"tone", "themes", "similar", "quotes", "entities"} <= set(art)


def test_events_filters(client):
    d = _dyad(client)
    rows = client.get("/api/events", params={"dyad": f"{d['b']},{d['a']}", "limit": 500}).json()
    assert rows["total"] >= d["events"]
    for e in rows["items"]:
        assert {e["source"][:3], e["target"][:3]} == {d["a"], d["b"]}
    root = rows["items"][0]["cameo"][:2]
    for e in client.get("/api/events", params={"cameo": root, "limit": 500}).json()["items"]:
        assert e["cameo"].startswith(root)
    for e in client.get("/api/events", params={"modality": "asserted", "actor": d["a"]}).json()["items"]:
        assert e["modality"] == "asserted" and (e["source"] or "").startswith(d["a"]) or (e["target"] or "").startswith(d["a"])
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert page["limit"] == 2 and page["offset"] == 1 and len(page["items"]) <= 2


@pytest.mark.parametrize("params, field", [
    ({"since": "2025-13-01"}, "since"),
    ({"since": "2025-03-01", "until": "2025-01-01"}, "until"),
    ({"limit": 0}, "limit"),
    ({"limit": 10_000}, "limit"),
    ({"offset": -1}, "offset"),
    ({"cameo": "19;DROP"}, "cameo"),
    ({"dyad": "CHN"}, "dyad"),
    ({"actor": "CH N"}, "actor"),
    ({"modality": "maybe"}, "modality"),
])
def test_bad_inputs_are_422_naming_the_parameter(client, params, field):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert any(field in err["loc"] for err in r.json()["detail"])


def test_dyad_timeline_matches_the_events(client):
    d = _dyad(client)
    for by in ("day", "week", "month"):
        body = client.get(f"/api/dyads/{d['a']}/{d['b']}", params={"by": by}).json()
        assert body["totals"]["events"] == d["events"]
        periods = [p["period"] for p in body["points"]]
        assert periods == sorted(periods) and None not in periods, "dated periods in order; undated apart"
        for p in body["points"] + ([body["undated"]] if body["undated"] else []):
            assert p["events"] == p["verbal_coop"] + p["material_coop"] + p["verbal_conflict"] + p["material_conflict"]
            assert p["events"] == p["a_to_b"] + p["b_to_a"]
            assert (p["goldstein_mean"] is None) == (p["events"] == 0)  # an empty period has no mean
            assert p["goldstein_mean"] is None or -10 <= p["goldstein_mean"] <= 10
    assert client.get(f"/api/dyads/{d['a']}/{d['b']}", params={"by": "decade"}).status_code == 422


def test_network_edges_are_signed_and_weighted(client):
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"]
    for e in net["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["source"] != e["target"]
        assert e["sign"] == (1 if e["goldstein_mean"] > 0 else -1 if e["goldstein_mean"] < 0 else 0)
        assert e["events"] == e["cooperation"] + e["conflict"]
    d = _dyad(client)
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {d["a"], d["b"]})
    assert edge["events"] == d["events"]
    assert client.get("/api/network", params={"since": "2030-01-01"}).json()["nodes"] == []


def test_actor_profile_and_404(client):
    d = _dyad(client)
    p = client.get(f"/api/actors/{d['a']}").json()
    assert p["events"] >= d["events"] and any(x["partner"] == d["b"] for x in p["partners"])
    r = client.get("/api/actors/QQQZZZ")
    assert r.status_code == 404 and "QQQZZZ" in r.json()["detail"]
    assert client.get("/api/articles/nosucharticle").status_code == 404


def test_similar_articles_find_the_other_report_of_a_story(client):
    ids = {}
    for a in client.get("/api/articles", params={"q": "plague", "limit": 10}).json()["items"]:
        ids[a["id"]] = a
    assert len(ids) >= 2, "both plague reports are in the test set"
    first = next(iter(ids))
    sims = client.get(f"/api/articles/{first}/similar", params={"k": 3}).json()["items"]
    assert sims[0]["id"] in ids and sims[0]["id"] != first
    assert sims == sorted(sims, key=lambda s: -s["score"])


def test_clusters_count_articles_and_sources(client):
    body = client.get("/api/clusters", params={"limit": 500}).json()
    assert body["total"] >= 1
    for c in body["items"]:
        assert c["num_articles"] == len(c["articles"]) >= 1
        assert 1 <= c["num_sources"] <= c["num_articles"]


def test_ingest_is_refused_on_a_read_only_server(client):
    r = client.post("/api/ingest", json={"text": "Some text."})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]


def test_no_cors_unless_configured(client, corpus_db):
    from detente.api import create_app

    r = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers
    with _corpus.TestClient(create_app(corpus_db, cors_origins=["https://ok.example"])) as c:
        assert c.get("/api/stats", headers={"Origin": "https://ok.example"}).headers["access-control-allow-origin"] == "https://ok.example"
        assert "access-control-allow-origin" not in c.get("/api/stats", headers={"Origin": "https://evil.example"}).headers


def test_missing_database_is_a_clear_503(tmp_path):
    from detente.api import create_app

    with _corpus.TestClient(create_app(tmp_path / "none.duckdb")) as c:
        r = c.get("/api/stats")
        assert r.status_code == 503 and "detente ingest" in r.json()["detail"]
        assert c.get("/").status_code == 503
