"""The HTTP server under hostile requests: every filter of every GET endpoint, the write door, limits, CORS.

The database is written with `Store.write` from hand-made analyses whose titles, texts and actor
names hold the characters an attacker would use (`%`, `_`, quotes, backslashes, unicode), so a
literal match can be computed here in Python and compared with what the server answers.
"""

from __future__ import annotations

import itertools
import json
import warnings
from datetime import date
from urllib.parse import quote

import pytest
from fastapi.routing import APIRoute

from detente.model import Actor, Analysis, Article, Event, Quote, Span, content_id
from detente.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TEXTS = [
    ("Talks at 100% capacity", "Russia and China met at 100% capacity, officials said."),
    ("Tariff_rate rises", "The tariff_rate between the U.S. and China rose on Monday."),
    ("O'Brien's visit", "O'Brien visited Iran; the visit's aim was \"trade\"."),
    ('He said "no"', 'Iran said "no" to the offer from the United States.'),
    ("Back\\slash path", "A path C:\\temp\\x was named in the Russian report."),
    ("Naïve café in Genève", "Naïve diplomacy in a café in Genève: Russia and France talk."),
    ("北京 talks", "北京 hosted talks between China and Russia (中国 and 俄罗斯)."),
    ("drop table articles;--", "An injection-looking title; --' OR '1'='1 in the text."),
    ("50 percent", "Fifty percent of the 50 percent were [bracketed] and *starred*."),
    ("Plain news", "Israel and Iran exchanged statements at the UN on Tuesday."),
    ("ÄÖÜ upper", "ÄÖÜ and äöü: Germany criticized Turkey."),
    ("Empty-ish", "Just words about nothing in particular, tariff rate and capacity."),
]
CODES = ["RUS", "CHN", "USA", "IRN", "FRA", "ISR", "DEU", "TUR"]
NAMES = {"RUS": "Russia", "CHN": "China", "USA": "O'Brien & Co", "IRN": "Iran_Gov", "FRA": "100% France",
         "ISR": "Israel \"IL\"", "DEU": "Back\\slash", "TUR": "Türkiye"}

HOSTILE = [
    "'", '"', "%", "_", "\\", "%%", "_%_", "\\%", "100%", "tariff_rate", "O'Brien", '"no"', "' OR '1'='1",
    "'; DROP TABLE articles; --", "%' OR 1=1 --", "1; SELECT * FROM meta", "*", "?", "[a-z]", "$1", "?1", ":name",
    "\x00", "a\x00b", "😀", "北京", "naïve", "ÄÖÜ", "äöü", "\u202e", "\ufeff", "ǅ", " ", "", "\n", "\r\n\t",
    "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "%00", "%2527", "NaN", "-1", "1e308", "9" * 40,
    "2024-02-30", "0000-00-00", "9999-12-31", "2024-01-01'--", "CHN,RUS'", "CHN", "x" * 201, "y" * 5000,
]


def analyses() -> list[Analysis]:
    out = []
    for i, (title, text) in enumerate(TEXTS):
        source = f"https://hostile.example/{i}"
        aid = content_id(source)
        a, b = CODES[i % len(CODES)], CODES[(i + 3) % len(CODES)]
        art = Article(id=aid, source=source, text=text, url=source, title=title, date=date(2024, 1, 1 + i), site="hostile.example")
        actors = [Actor(code=c, name=NAMES[c], country=c, mentions=[Span(text[:5], 0, 5)]) for c in (a, b)]
        events = [Event(source=a, target=b, cameo="112" if i % 2 else "040", plover="ACCUSE" if i % 2 else "CONSULT",
                        goldstein=-2.0 if i % 2 else 1.0, quad_class=3 if i % 2 else 1, modality="asserted",
                        text=text, start=0, end=len(text))]
        quotes = [Quote(text=text[:10], start=0, end=10, speaker=NAMES[a], speaker_actor=a)]
        out.append(Analysis(source=source, id=aid, article=art, actors=actors, events=events, quotes=quotes))
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    with Store(path) as store:
        store.write(analyses())
    return path


@pytest.fixture(scope="module")
def client(db):
    from detente.api import create_app

    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def counts(db) -> tuple:
    with Store(db, read_only=True) as store:
        return tuple(store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("articles", "events", "actors", "quotes", "failures", "meta"))


# -- every filter of every endpoint ----------------------------------------------------------------


def get_routes(app) -> list[tuple[str, list[str], list[str]]]:
    """(path, query parameter names, path parameter names) of every GET route, API and pages."""
    out = []

    def walk(routes, prefix: str) -> None:
        for route in routes:
            if isinstance(route, APIRoute):
                if "GET" in route.methods:
                    out.append((prefix + route.path, [p.name for p in route.dependant.query_params],
                                [p.name for p in route.dependant.path_params]))
            elif hasattr(route, "original_router"):  # FastAPI includes routers lazily
                walk(route.original_router.routes, prefix + (route.include_context.prefix or ""))

    walk(app.routes, "")
    return out


VALID_PATH = {"article_id": content_id("https://hostile.example/0"), "a": "CHN", "b": "RUS", "code": "CHN"}


def test_every_get_route_is_covered(client):
    routes = get_routes(client.app)
    paths = {r[0] for r in routes}
    assert {"/api/articles", "/api/events", "/api/actors", "/api/dyads/{a}/{b}", "/search"} <= paths
    assert sum(len(q) + len(p) for _, q, p in routes) >= 40, routes


def test_hostile_strings_in_every_parameter_never_500(client, db):
    before = counts(db)
    seen_ok = 0
    for path, query, path_params in get_routes(client.app):
        targets = [("query", q) for q in query] + [("path", p) for p in path_params]
        for (where, name), value in itertools.product(targets, HOSTILE):
            values = dict(VALID_PATH)
            params = {}
            if where == "path":
                values[name] = quote(value, safe="")
            else:
                params[name] = value
            url = path.format(**{p: values[p] for p in path_params})
            response = client.get(url, params=params)
            assert response.status_code in (200, 404, 422), f"{url} {name}={value!r}: {response.status_code} {response.text[:300]}"
            seen_ok += response.status_code == 200
            if response.status_code == 200 and "text/html" in response.headers.get("content-type", ""):
                assert "<script>alert(1)</script>" not in response.text, f"{url} {name}: unescaped"
                assert "{{7*7}}" not in response.text or "49" not in response.text.split("{{7*7}}")[0][-5:]
    assert seen_ok > 100  # the hostile strings were read, not all refused at the door
    assert counts(db) == before  # nothing a query said changed the database


def literal_articles(words: list[str]) -> set[str]:
    """What `q` means: every word appears, case-insensitively, in the title or the text."""
    return {
        a.id for a in analyses()
        if all(w.lower() in a.article.title.lower() or w.lower() in a.article.text.lower() for w in words)
    }


@pytest.mark.parametrize("q", [h for h in HOSTILE if 0 < len(h) <= 200 and h.split()] + ["tariff rate", "100% capacity", "Genève café"])
def test_search_is_a_literal_match(client, q):
    response = client.get("/api/articles", params={"q": q, "limit": 500})
    assert response.status_code == 200, response.text[:300]
    got = {item["id"] for item in response.json()["items"]}
    assert got == literal_articles(q.split()[:10]), q
    assert response.json()["total"] == len(got)


@pytest.mark.parametrize("q", [h for h in HOSTILE if 0 < len(h) <= 100 and h.strip()] + ["ch", "Iran_", "100%"])
def test_actor_filter_is_a_literal_match(client, q):
    response = client.get("/api/actors", params={"q": q, "limit": 500})
    assert response.status_code == 200, response.text[:300]
    got = {item["code"] for item in response.json()["items"]}
    expected = {c for c in CODES if c.startswith(q.upper()) or q.lower() in NAMES[c].lower()}
    assert got == expected, q


def test_sql_metacharacters_in_codes_are_refused_not_run(client):
    for params in ({"actor": "CHN' OR '1'='1"}, {"cameo": "0%"}, {"dyad": "CHN,RUS' --"}, {"plover": "A'B"},
                   {"article_id": "x' OR 1=1 --"}, {"modality": "asserted' OR 1=1"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 422 and list(params)[0] in response.text


# -- the write door --------------------------------------------------------------------------------


@pytest.fixture
def writable(db, tmp_path):
    import shutil

    path = tmp_path / "w.duckdb"
    shutil.copy(db, path)
    return path


def test_read_only_by_default(writable, monkeypatch):
    from detente.api import create_app

    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    before = counts(writable)
    for token in (None, ""):
        with TestClient(create_app(writable, token=token)) as c:
            for headers in ({}, {"Authorization": "Bearer "}, {"X-Detente-Token": ""}, {"Authorization": "Bearer x"}):
                response = c.post("/api/ingest", json={"text": "Russia criticized China."}, headers=headers)
                assert response.status_code == 403, response.text
    assert counts(writable) == before


def test_token_is_compared_in_constant_time(writable, monkeypatch):
    import hmac

    from detente.api import create_app
    from detente.api import ingest as door

    calls, real = [], hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(door.hmac, "compare_digest", spy)
    with TestClient(create_app(writable, token="s3cret-tok")) as c:
        for headers in ({"Authorization": "Bearer s3cret-to"}, {"Authorization": "Bearer s3cret-tokX"},
                        {"X-Detente-Token": "S3CRET-TOK"}, {"Authorization": "Basic s3cret-tok"}, {}):
            assert c.post("/api/ingest", json={"text": "x"}, headers=headers).status_code == 401
        # the token in the query string or the body is not a token
        assert c.post("/api/ingest?token=s3cret-tok", json={"text": "x", "token": "s3cret-tok"}).status_code == 401
    assert len(calls) == 6 and all(isinstance(a, bytes) and isinstance(b, bytes) for a, b in calls)


@pytest.mark.parametrize("field", ["url", "title", "date", "html", "text"])
def test_hostile_ingest_fields_never_500(writable, field):
    from detente.api import create_app

    with TestClient(create_app(writable, token="t0k"), raise_server_exceptions=False) as c:
        for value in ["'", "%_\\", "\x00", "<script>alert(1)</script>", "' OR 1=1 --", "x" * 3000, "😀", "\ud800 a lone surrogate", "javascript:alert(1)",
                      "http://127.0.0.1:1/", "http://[::1]/", "file:///etc/passwd", 12, None, ["a"], {"a": 1}]:
            body = {"text": "Russia criticized China on Monday over trade."} if field not in ("html", "text") else {}
            body[field] = value
            # sent as JSON escapes (json.dumps's ASCII), as a client may send half a surrogate pair
            response = c.post("/api/ingest", content=json.dumps(body),
                              headers={"Authorization": "Bearer t0k", "Content-Type": "application/json"})
            assert response.status_code in (201, 422), f"{field}={value!r}: {response.status_code} {response.text[:300]}"


def test_ingest_of_a_loopback_url_is_refused(writable):
    from detente.api import create_app

    with TestClient(create_app(writable, token="t0k")) as c:
        for url in ("http://127.0.0.1:9/", "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest/meta-data"):
            response = c.post("/api/ingest", json={"url": url}, headers={"Authorization": "Bearer t0k"})
            assert response.status_code == 422 and response.json()["error"]["type"] == "BlockedURL", response.text


# -- size limits and CORS ----------------------------------------------------------------------------


def test_body_over_the_limit_is_413_declared_or_streamed(writable):
    from detente.api import create_app

    before = counts(writable)
    with TestClient(create_app(writable, token="t0k", max_body=10_000)) as c:
        headers = {"Authorization": "Bearer t0k", "Content-Type": "application/json"}
        assert c.post("/api/ingest", content=b'{"text": "' + b"a" * 20_000 + b'"}', headers=headers).status_code == 413

        def chunks():  # no Content-Length: the limit must count what arrives
            yield b'{"text": "'
            for _ in range(30):
                yield b"a" * 1000
            yield b'"}'

        assert c.post("/api/ingest", content=chunks(), headers=headers).status_code == 413
        lying = {**headers, "Content-Length": "10"}
        assert c.post("/api/ingest", content=b'{"text": "' + b"a" * 20_000 + b'"}', headers=lying).status_code in (400, 413, 422)
    assert counts(writable) == before  # nothing was analyzed or stored


def test_very_long_url_and_headers_do_not_500(client):
    assert client.get("/api/articles", params={"q": "a " * 15_000}).status_code == 422
    assert client.get("/api/events?" + "&".join(f"x{i}=1" for i in range(5000))).status_code == 200
    assert client.get("/api/stats", headers={f"X-H{i}": "v" * 100 for i in range(200)}).status_code == 200


def test_no_cors_unless_configured(db):
    from detente.api import create_app

    with TestClient(create_app(db)) as c:
        got = c.get("/api/stats", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in got.headers
        pre = c.options("/api/ingest", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in pre.headers
    with TestClient(create_app(db, cors_origins=["https://ok.example"])) as c:
        assert c.get("/api/stats", headers={"Origin": "https://ok.example"}).headers["access-control-allow-origin"] == "https://ok.example"
        assert "access-control-allow-origin" not in c.get("/api/stats", headers={"Origin": "https://evil.example"}).headers
