"""Shared helpers for ingest tests: a fake DNS, an in-memory web (httpx.MockTransport) and WARC
response records."""

from __future__ import annotations

import io
import socket
from pathlib import Path

import httpx
import pytest
from warcio.statusandheaders import StatusAndHeaders

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

#: Hosts the fake DNS knows; everything else fails to resolve like an unreachable name.
DNS = {
    "news.example": ["93.184.216.34"],
    "other.example": ["2606:2800:220:1:248:1893:25c8:1946"],
    "intranet.example": ["10.0.0.7"],
    "loop.example": ["127.0.0.1"],
    "meta.example": ["169.254.169.254"],
    "mapped.example": ["::ffff:192.168.1.1"],
    "v6loop.example": ["::1"],
    "mixed.example": ["93.184.216.35", "192.168.0.2"],
}


def fake_resolve(host, port, *args, **kwargs):
    if host not in DNS:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    out = []
    for address in DNS[host]:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
        out.append((family, socket.SOCK_STREAM, 6, "", sockaddr))
    return out


def web(pages: dict[str, httpx.Response | tuple]) -> httpx.MockTransport:
    """A MockTransport serving `pages` by full URL; unknown URLs get 404. Records requests."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        seen.append(url)
        page = pages.get(url)
        if page is None:
            return httpx.Response(404, text="not found")
        if isinstance(page, Exception):
            raise page
        return page

    transport = httpx.MockTransport(handler)
    transport.seen = seen  # type: ignore[attr-defined]
    return transport


def html_page(path: str = "article.html", **headers) -> httpx.Response:
    return httpx.Response(
        200, content=(FIXTURES / path).read_bytes(), headers={"content-type": "text/html; charset=utf-8", **headers}
    )


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def response_record(writer, uri: str, body: bytes, content_type: str = "text/html", status: str = "200 OK"):
    """A WARC `response` record of an HTTP response, made by a warcio `WARCWriter`; the caller
    writes it (after altering it, to test damaged records)."""
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
