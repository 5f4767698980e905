"""URL fetching: redirects, caps, status and network errors, and the private-address guard."""

from __future__ import annotations

import httpx
import pytest

from detente.errors import BlockedURL, FetchError, TooLarge
from detente.ingest import FetchOptions, blocked_address, fetch

from .conftest import fake_resolve, html_page, web


def get(url, pages, **options):
    return fetch(url, options=FetchOptions(**options), transport=web(pages), resolve=fake_resolve)


def test_fetches_page_and_records_charset():
    page = httpx.Response(200, content="café".encode("latin-1"), headers={"content-type": "text/html; charset=ISO-8859-1"})
    got = get("https://news.example/a", {"https://news.example/a": page})
    assert got.data == "café".encode("latin-1")
    assert got.charset == "iso-8859-1"
    assert got.status == 200 and got.url == "https://news.example/a"
    assert got.fetched_at


def test_sends_user_agent():
    transport_seen = {}

    def handler(request):
        transport_seen["ua"] = request.headers["user-agent"]
        return html_page()

    fetch("https://news.example/a", transport=httpx.MockTransport(handler), resolve=fake_resolve)
    assert transport_seen["ua"] == FetchOptions().user_agent


def test_follows_relative_and_absolute_redirects():
    pages = {
        "https://news.example/old": httpx.Response(301, headers={"location": "/newer"}),
        "https://news.example/newer": httpx.Response(302, headers={"location": "https://other.example/final"}),
        "https://other.example/final": html_page(),
    }
    got = get("https://news.example/old", pages)
    assert got.url == "https://other.example/final"
    assert b"Vienna" in got.data


def test_redirect_limit():
    pages = {f"https://news.example/{i}": httpx.Response(302, headers={"location": f"/{i + 1}"}) for i in range(10)}
    with pytest.raises(FetchError, match="too many redirects") as info:
        get("https://news.example/0", pages, max_redirects=3)
    assert info.value.source == "https://news.example/0"
    # exactly max_redirects hops are allowed
    pages["https://news.example/3"] = html_page()
    assert get("https://news.example/0", pages, max_redirects=3).url == "https://news.example/3"


def test_size_cap_streamed_and_declared():
    big = httpx.Response(200, content=b"x" * 5000, headers={"content-type": "text/html"})
    with pytest.raises(TooLarge, match="cap"):
        get("https://news.example/big", {"https://news.example/big": big}, max_bytes=1000)

    def chunks():
        for _ in range(100):
            yield b"y" * 100

    streamed = httpx.Response(200, content=chunks(), headers={"content-type": "text/html"})
    with pytest.raises(TooLarge):
        get("https://news.example/s", {"https://news.example/s": streamed}, max_bytes=1000)


@pytest.mark.parametrize("status", [404, 500, 503])
def test_http_error_status(status):
    with pytest.raises(FetchError, match=f"HTTP {status}") as info:
        get("https://news.example/x", {"https://news.example/x": httpx.Response(status)})
    assert info.value.status == status
    assert not isinstance(info.value, BlockedURL)


def test_network_errors_are_one_line_fetch_errors():
    pages = {
        "https://news.example/t": httpx.ReadTimeout("read timed out"),
        "https://news.example/c": httpx.ConnectError("[Errno 111] Connection refused\nmore"),
    }
    with pytest.raises(FetchError, match="timed out"):
        get("https://news.example/t", pages)
    with pytest.raises(FetchError) as info:
        get("https://news.example/c", pages)
    assert "\n" not in info.value.message and "Connection refused" in info.value.message


def test_unresolvable_host():
    with pytest.raises(FetchError, match="could not resolve"):
        get("https://nowhere.invalid/", {})


@pytest.mark.parametrize("url", ["ftp://news.example/a", "file:///etc/passwd", "javascript:alert(1)"])
def test_unsupported_schemes(url):
    with pytest.raises(BlockedURL, match="scheme"):
        get(url, {})


@pytest.mark.parametrize(
    "url, why",
    [
        ("http://intranet.example/", "private"),
        ("http://loop.example/", "loopback"),
        ("http://meta.example/latest/meta-data", "link-local"),
        ("http://mapped.example/", "private"),
        ("http://v6loop.example/", "loopback"),
        ("http://mixed.example/", "private"),
        ("http://127.0.0.1:8080/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://224.0.0.1/", "multicast"),
        ("http://[fe80::1]/", "link-local"),
    ],
)
def test_refuses_private_addresses_after_resolution(url, why):
    transport = web({url: html_page()})
    with pytest.raises(BlockedURL, match=why):
        fetch(url, transport=transport, resolve=fake_resolve)
    assert transport.seen == []  # refused before any request was sent


def test_refuses_private_address_on_redirect_hop():
    pages = {
        "https://news.example/go": httpx.Response(302, headers={"location": "http://meta.example/latest"}),
        "http://meta.example/latest": html_page(),
    }
    transport = web(pages)
    with pytest.raises(BlockedURL, match="link-local"):
        fetch("https://news.example/go", transport=transport, resolve=fake_resolve)
    assert transport.seen == ["https://news.example/go"]


def test_redirect_to_other_scheme_is_blocked():
    pages = {"https://news.example/go": httpx.Response(302, headers={"location": "file:///etc/passwd"})}
    with pytest.raises(BlockedURL, match="scheme"):
        get("https://news.example/go", pages)


def test_allow_private():
    pages = {"http://intranet.example/wiki": html_page()}
    got = get("http://intranet.example/wiki", pages, allow_private=True)
    assert b"Vienna" in got.data


@pytest.mark.parametrize(
    "address, expected",
    [
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("100.64.0.1", "non-global"),
        ("::ffff:10.0.0.1", "private"),
        ("fd00::1", "private"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("::", "unspecified"),
        ("fe80::1%eth0", "link-local"),
    ],
)
def test_blocked_address(address, expected):
    assert blocked_address(address) == expected
