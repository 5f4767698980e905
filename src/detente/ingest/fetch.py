"""Fetch one URL safely: http(s) only, public addresses only, size-capped, redirects checked.

Every hop's host is resolved and refused when any of its addresses is private, loopback,
link-local, multicast, reserved or unspecified (IPv4, IPv6 and IPv4-mapped IPv6), so a page or a
redirect cannot point detente at the machine it runs on or the network behind it. The transport
(``httpx.MockTransport`` in tests) and the resolver are injectable.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

import httpx

from ..errors import BlockedURL, FetchError, TooLarge

#: ``socket.getaddrinfo``-shaped resolver: (host, port, ...) -> [(family, type, proto, canon, sockaddr)]
Resolver = Callable[..., Sequence[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchOptions:
    """How URLs are fetched: timeouts in seconds, a size cap in bytes, redirect and address policy."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = 20_000_000
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "detente/0.1 (+offline news-event engine)"


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body with the final URL after redirects."""

    url: str
    data: bytes
    status: int
    content_type: str | None
    charset: str | None
    fetched_at: str


def _status_error(message: str, *, source: str, status: int) -> FetchError:
    exc = FetchError(message, source=source)
    exc.status = status  # type: ignore[attr-defined]
    return exc


def blocked_address(address: str) -> str | None:
    """Why an IP address is refused ("loopback", ...), or None when it is a public address."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparseable"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # most specific first: Python also counts link-local, reserved and unspecified as "private"
    for name in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:  # shared address space (100.64/10), benchmarking nets, ...
        return "non-global"
    return None


def check_url(url: str, *, options: FetchOptions, resolve: Resolver = socket.getaddrinfo) -> None:
    """Raise `BlockedURL` unless `url` is http(s) to a host whose every address is public."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise BlockedURL(f"invalid URL ({exc}); give an http:// or https:// address", source=url) from exc
    if parsed.scheme not in ("http", "https"):
        raise BlockedURL(
            f"unsupported URL scheme {parsed.scheme + ':' if parsed.scheme else '(none)'}; only http and https are fetched",
            source=url,
        )
    host = parsed.host
    if not host:
        raise BlockedURL("URL has no host", source=url)
    if options.allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            infos = resolve(host, port, 0, socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError, OSError) as exc:
            raise FetchError(f"could not resolve host {host!r} ({exc}); check the URL and your network", source=url) from exc
        addresses = [str(info[4][0]) for info in infos]
        if not addresses:
            raise FetchError(f"host {host!r} resolved to no address", source=url)
    for address in addresses:
        why = blocked_address(address)
        if why:
            raise BlockedURL(
                f"refused: host {host!r} resolves to {why} address {address}; "
                "set FetchOptions(allow_private=True) to fetch internal URLs on purpose",
                source=url,
            )


class Fetcher:
    """A reusable fetching client (one connection pool); use as a context manager."""

    def __init__(
        self,
        options: FetchOptions = FetchOptions(),
        *,
        transport: httpx.BaseTransport | None = None,
        resolve: Resolver = socket.getaddrinfo,
    ):
        self.options = options
        self.resolve = resolve
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(options.read_timeout, connect=options.connect_timeout),
            headers={"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
            follow_redirects=False,  # each hop is checked by hand
            trust_env=transport is None,  # an injected transport must not be bypassed by *_PROXY variables
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str) -> Fetched:
        """GET `url`; raises `BlockedURL`, `FetchError` (with ``.status`` for HTTP errors) or `TooLarge`."""
        original, current = url, url
        for _hop in range(self.options.max_redirects + 1):
            check_url(current, options=self.options, resolve=self.resolve)
            try:
                with self._client.stream("GET", current) as response:
                    if response.is_redirect and response.headers.get("location"):
                        current = urljoin(current, response.headers["location"])
                        continue
                    if not 200 <= response.status_code < 300:
                        raise _status_error(
                            f"HTTP {response.status_code} {response.reason_phrase or ''} from {current}".strip(),
                            source=original,
                            status=response.status_code,
                        )
                    data = self._read_capped(response, original)
                    return Fetched(
                        url=str(response.url),
                        data=data,
                        status=response.status_code,
                        content_type=response.headers.get("content-type"),
                        charset=response.charset_encoding,
                        fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    )
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out ({type(exc).__name__}) fetching {current}; try again later", source=original) from exc
            except httpx.HTTPError as exc:
                reason = " ".join(str(exc).split()) or type(exc).__name__
                raise FetchError(f"network error fetching {current}: {reason}", source=original) from exc
        raise FetchError(
            f"too many redirects (more than {self.options.max_redirects}); last location {current}", source=original
        )

    def _read_capped(self, response: httpx.Response, source: str) -> bytes:
        cap = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"response is {int(declared)} bytes, over the {cap}-byte cap (FetchOptions.max_bytes)", source=source)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise TooLarge(f"response exceeds the {cap}-byte cap (FetchOptions.max_bytes)", source=source)
            chunks.append(chunk)
        return b"".join(chunks)


def fetch(
    url: str,
    *,
    options: FetchOptions = FetchOptions(),
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = socket.getaddrinfo,
) -> Fetched:
    """Fetch one URL under `options` (see `Fetcher.get` for the errors)."""
    with Fetcher(options, transport=transport, resolve=resolve) as fetcher:
        return fetcher.get(url)
