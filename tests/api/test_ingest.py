"""POST /api/ingest: token, body limit, and the new article visible at once."""

from __future__ import annotations

import _corpus
import pytest

from detente.api import create_app

TOKEN = "s3cret-token"


def test_token_is_required_and_compared(writable_db):
    with _corpus.TestClient(create_app(writable_db, token=TOKEN)) as c:
        assert c.post("/api/ingest", json={"text": "x"}).status_code == 401
        assert c.post("/api/ingest", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        r = c.post("/api/ingest", json={}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 422 and "url" in str(r.json()["detail"])
        r = c.post("/api/ingest", json={"url": "file:///etc/passwd"}, headers={"X-Detente-Token": TOKEN})
        assert r.status_code == 422


def test_body_over_the_limit_is_413(writable_db):
    with _corpus.TestClient(create_app(writable_db, token=TOKEN, max_body=1000)) as c:
        r = c.post("/api/ingest", json={"text": "word " * 1000}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 413


def test_posted_text_is_stored_and_served(writable_db):
    text = _corpus.SEED.read_text("utf-8").replace("China", "Beijing", 1)
    with _corpus.TestClient(create_app(writable_db, token=TOKEN)) as c:
        before = c.get("/api/stats").json()["articles"]
        r = c.post("/api/ingest", json={"text": text, "date": "2025-02-21"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["stored"] and body["href"] == f"/articles/{body['id']}"
        assert c.get("/api/stats").json()["articles"] == before + 1
        art = c.get(f"/api/articles/{body['id']}").json()
        assert art["text"].startswith("China and Russia") and len(art["events"]) == body["events"]
        # same bytes, same id: posting again replaces, never duplicates
        assert c.post("/api/ingest", json={"text": text}, headers={"Authorization": f"Bearer {TOKEN}"}).json()["id"] == body["id"]
        assert c.get("/api/stats").json()["articles"] == before + 1
