"""Issue 12, the server side: no script from stored data, no server reachable by DNS rebinding,
the token before the body, API docs without a CDN.

The database is written with `Store.write` from hand-made analyses, one of them with the stored
link ``javascript:alert(document.domain)`` (what ingest stored before it checked URLs).
"""

from __future__ import annotations

import asyncio
import re
import warnings
from datetime import date
from importlib import resources

import httpx
import pytest

from detente.model import Actor, Analysis, Article, Event, Span, content_id
from detente.store import Store

from .conftest import ROOT, env

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SCRIPT_URL = "javascript:alert(document.domain)"
TEXT = "Russia criticized China on Monday over trade, officials said in a long statement about tariffs."


def analysis(source: str, url: str | None, title: str) -> Analysis:
    aid = content_id(source)
    art = Article(id=aid, source=source, text=TEXT, url=url, title=title, date=date(2024, 1, 2))
    actors = [Actor(code=c, name=n, country=c, mentions=[Span(n, TEXT.index(n), TEXT.index(n) + len(n))])
              for c, n in (("RUS", "Russia"), ("CHN", "China"))]
    events = [Event(source="RUS", target="CHN", cameo="112", plover="ACCUSE", goldstein=-2.0, quad_class=3,
                    modality="asserted", text=TEXT, start=0, end=len(TEXT))]
    return Analysis(source=source, id=aid, article=art, actors=actors, events=events)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("guards") / "guards.duckdb"
    with Store(path) as store:
        store.write([analysis("legacy.jsonl#1", SCRIPT_URL, "<img src=x onerror=alert(1)> legacy"),
                     analysis("https://news.example/a", "https://news.example/a", "A web page")])
    return path


@pytest.fixture(scope="module")
def client(db):
    from detente.api import create_app

    with TestClient(create_app(db, token="t0k"), raise_server_exceptions=False) as c:
        yield c


# -- 3. stored XSS: CSP and friends on every response, no script URL as a link -----------------------------


def policy(header: str) -> dict[str, list[str]]:
    out = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def check_headers(response: httpx.Response) -> None:
    csp = response.headers.get("content-security-policy")
    assert csp, f"{response.request.method} {response.request.url}: no Content-Security-Policy"
    rules = policy(csp)
    assert rules["default-src"] == ["'self'"] and rules["script-src"] == ["'self'"]
    assert rules["frame-ancestors"] == ["'none'"] and rules["object-src"] == ["'none'"]
    assert not re.search(r"https?:|\*|'unsafe-eval'|//", csp), csp  # no third-party origin, no eval
    assert "'unsafe-inline'" not in " ".join(rules["script-src"] + rules["default-src"])
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_every_response_carries_the_security_headers(client, db):
    aid = content_id("https://news.example/a")
    for path in ("/", f"/articles/{aid}", "/network", "/search?q=China", "/docs", "/openapi.json", "/api/stats",
                 f"/api/articles/{aid}", "/static/detente.css", "/static/detente.js", "/nope", "/api/nope",
                 "/api/articles?limit=-5", "/articles/0000000000000000"):
        check_headers(client.get(path))
    check_headers(client.post("/api/ingest", json={"text": "x"}))  # 401
    check_headers(client.post("/api/ingest", content=b"x" * 6_000_000, headers={"Authorization": "Bearer t0k"}))  # 413
    with TestClient(create_app_guarded(db)) as other:
        check_headers(other.get("/api/stats", headers={"Host": "evil.example"}))  # 400


def create_app_guarded(db, hosts=("127.0.0.1",)):
    from detente.api import create_app

    return create_app(db, allowed_hosts=hosts)


INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)


def test_pages_and_templates_have_no_inline_script(client):
    """What the CSP forbids must not be needed: no inline <script>, no on...= handler, no javascript: URL."""
    templates = resources.files("detente.web").joinpath("templates")
    for template in templates.iterdir():
        if template.name.endswith(".html"):
            text = template.read_text(encoding="utf-8")
            assert not INLINE_SCRIPT.search(text), f"{template.name}: inline <script> (move it to static/*.js)"
            assert not HANDLER.search(text), f"{template.name}: inline event handler (use addEventListener in static/*.js)"
            assert not re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", text, re.IGNORECASE), template.name
    for path in ("/", f"/articles/{content_id('legacy.jsonl#1')}", "/network", "/search?q=China", "/docs"):
        html = client.get(path).text
        assert not INLINE_SCRIPT.search(html) and not HANDLER.search(html), path


def test_a_stored_script_url_is_never_a_link(client):
    html = client.get(f"/articles/{content_id('legacy.jsonl#1')}").text
    assert 'href="javascript:' not in html.lower() and "href='javascript:" not in html.lower()
    assert SCRIPT_URL in html  # shown as text
    assert "<img src=x" not in html  # and the title escaped
    web = client.get(f"/articles/{content_id('https://news.example/a')}").text
    assert 'href="https://news.example/a"' in web


# -- 5. DNS rebinding ------------------------------------------------------------------------------------------

HOSTS = {
    "127.0.0.1": 200, "127.0.0.1:8000": 200, "localhost": 200, "LOCALHOST:8000": 200, "localhost.:8000": 200,
    "app.localhost:8000": 200, "127.0.0.2": 200, "[::1]:8000": 200, "[::1]": 200, "news.lan": 200, "NEWS.LAN.:80": 200,
    "evil.example": 400, "evil.example:8000": 400, "localhost.evil.example": 400, "news.lan.evil.example": 400,
    "10.0.0.5:8000": 400, "[::2]:8000": 400, "": 400, "localhost:abc": 400, "[::1": 400, "::1": 400, "a b": 400,
}


@pytest.mark.parametrize("host,status", HOSTS.items())
def test_only_known_host_names_are_answered(db, host, status):
    with TestClient(create_app_guarded(db, ("127.0.0.1", "news.lan")), raise_server_exceptions=False) as c:
        for path in ("/api/stats", "/", "/static/detente.css"):
            got = c.get(path, headers={"Host": host})
            assert got.status_code == status, (path, host, got.text[:200])
            if status == 400:
                assert "--allow-host" in got.json()["detail"]


def test_any_ip_address_when_listening_on_every_interface(db):
    with TestClient(create_app_guarded(db, ("0.0.0.0",))) as c:
        assert c.get("/api/stats", headers={"Host": "192.168.1.20:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"Host": "[fe80::1]:8000"}).status_code == 200
        assert c.get("/api/stats", headers={"Host": "evil.example:8000"}).status_code == 400


def test_detente_serve_refuses_a_rebound_name_and_takes_allow_host(db, tmp_path, serving):
    with serving(db, "--allow-host", "news.lan", env=env()) as base:
        port = base.rsplit(":", 1)[1]
        # what a browser sends after a page at evil.example rebinds its name to 127.0.0.1
        assert httpx.get(base + "/api/articles", headers={"Host": f"evil.example:{port}"}).status_code == 400
        assert httpx.get(base + "/", headers={"Host": f"evil.example:{port}"}).status_code == 400
        assert httpx.get(base + "/api/stats", headers={"Host": f"news.lan:{port}"}).status_code == 200
        assert httpx.get(base + "/api/stats", headers={"Host": f"localhost:{port}"}).status_code == 200


# -- 7. the token before the body ----------------------------------------------------------------------------


def asgi_post(app, path: str, headers: dict[str, str], body: bytes) -> tuple[int, int]:
    """POST through the ASGI app by hand; returns (status, how many times the app asked for the body)."""
    asked = 0

    async def receive():
        nonlocal asked
        asked += 1
        return {"type": "http.request", "body": body, "more_body": False}

    status = 0

    async def send(message):
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"",
             "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json"),
                         (b"content-length", str(len(body)).encode()),
                         *((k.lower().encode(), v.encode()) for k, v in headers.items())],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    return status, asked


def test_the_token_is_checked_before_the_body_is_read(db):
    from detente.api import create_app

    body = b'{"text": "' + b"a" * 4_900_000 + b'"}'
    app = create_app(db, token="t0k")
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"X-Detente-Token": "nope"}):
        assert asgi_post(app, "/api/ingest", headers, body) == (401, 0)
    assert asgi_post(create_app(db, token=""), "/api/ingest", {}, body) == (403, 0)  # read-only server
    status, asked = asgi_post(app, "/api/ingest", {"Authorization": "Bearer t0k"}, b'{"bad json')
    assert status == 422 and asked == 1  # with the token, the body is read (and refused on its merits)


# -- 6. API docs from the package, no CDN ---------------------------------------------------------------------


def test_api_docs_are_served_from_the_package(client):
    got = client.get("/docs")
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/html")
    html = got.text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.IGNORECASE), "an off-server asset"
    assert not re.search(r"cdn|jsdelivr|unpkg|googleapis|swagger-ui|redoc\.standalone", html, re.IGNORECASE)
    assert "<script" not in html.lower()
    spec = client.get("/openapi.json").json()
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            assert f"{method.upper()} {path}" in html, path
            for param in op.get("parameters", []):
                assert param["name"] in html
    assert "IngestRequest" in html and "Bearer" in html
    redoc = client.get("/redoc", follow_redirects=False)
    assert redoc.status_code in (301, 302, 307, 308) and redoc.headers["location"] == "/docs"
    # the dashboard's "API" link leads to a page that works offline
    assert 'href="/docs"' in client.get("/").text
