"""Fetch one URL safely: http(s) only, public addresses only, size-capped, redirects checked.

Every hop's host is resolved and refused when any of its addresses is private, loopback,
link-local, multicast, reserved or unspecified (IPv4, IPv6 and IPv4-mapped IPv6), so a page or a
redirect cannot point detente at the machine it runs on or the network behind it.

The connection then goes to the address that was checked, not to a second lookup of the name
(which a DNS-rebinding server could answer with 127.0.0.1): `PinnedTransport` hands httpcore a
network backend that swaps the host name for its vetted address at connect time, while the Host
header, TLS SNI and certificate verification keep the original name. Because the connection is
direct, ``*_PROXY`` variables are not used: a proxy would resolve the name again itself.

The transport (``httpx.MockTransport`` in tests), the resolver and the network backend under the
pinning are injectable.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin

import time

import httpcore
import httpx

from ..errors import BlockedURL, FetchError, TooLarge

#: ``socket.getaddrinfo``-shaped resolver: (host, port, ...) -> [(family, type, proto, canon, sockaddr)]
Resolver = Callable[..., Sequence[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchOptions:
    """How URLs are fetched: timeouts in seconds, a size cap in bytes, redirect and address policy."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0  # per read: the longest silence tolerated
    total_timeout: float = 120.0  # per URL, redirects included: a server trickling bytes is cut off
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
    if isinstance(ip, ipaddress.IPv6Address) and ip.sixtofour is not None:
        # 6to4 (2002::/16) carries an IPv4 address that a relay would deliver to: check that one too
        inner = blocked_address(str(ip.sixtofour))
        if inner:
            return inner
    # most specific first: Python also counts link-local, reserved and unspecified as "private"
    for name in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:  # shared address space (100.64/10), benchmarking nets, ...
        return "non-global"
    return None


def check_url(url: str, *, options: FetchOptions, resolve: Resolver = socket.getaddrinfo) -> list[str]:
    """Raise `BlockedURL` unless `url` is http(s) to a host whose every address is public.

    Returns the vetted addresses, in resolver order, for the connection to use (empty when
    ``allow_private`` skips the check and the name is resolved normally at connect time).
    """
    try:
        parsed = httpx.URL(url)
        host = parsed.host  # decodes IDNA: "xn--" alone or a disallowed code point raises idna.IDNAError
        _host_key(parsed)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:  # ValueError covers UnicodeError and IDNAError
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise BlockedURL(f"invalid URL ({reason}); give an http:// or https:// address", source=url) from exc
    if parsed.scheme not in ("http", "https"):
        raise BlockedURL(
            f"unsupported URL scheme {parsed.scheme + ':' if parsed.scheme else '(none)'}; only http and https are fetched",
            source=url,
        )
    if not host:
        raise BlockedURL("URL has no host", source=url)
    if options.allow_private:
        return []
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            infos = resolve(_host_key(parsed), port, 0, socket.SOCK_STREAM)
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
    return addresses


def _host_key(url: httpx.URL) -> str:
    """The host as httpcore passes it to the network backend: ASCII (IDNA), lowercase, no brackets."""
    return url.raw_host.decode("ascii").lower()


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects to the vetted address of a host instead of resolving its name again."""

    def __init__(self, pins: dict[str, list[str]], inner: httpcore.NetworkBackend, *, allow_unpinned: bool):
        self.pins, self.inner, self.allow_unpinned = pins, inner, allow_unpinned

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = self.pins.get(host.lower())
        if not addresses:
            if not self.allow_unpinned:  # a name nobody checked: never let the OS resolve it
                raise httpcore.ConnectError(f"refused to connect to {host}: its address was not checked")
            return self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        error: Exception | None = None
        for address in addresses:  # like the OS would, try each vetted address in turn
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class PinnedTransport(httpx.HTTPTransport):
    """An `httpx.HTTPTransport` whose connections go to the addresses in `pins` (host -> addresses).

    `network` is the httpcore backend that really connects (``httpcore.SyncBackend()`` by default;
    tests inject one that records the address asked for). Hosts without a pin are refused unless
    `allow_unpinned` (``FetchOptions.allow_private``: nothing was checked, the OS resolves).
    """

    def __init__(
        self,
        pins: dict[str, list[str]],
        *,
        network: httpcore.NetworkBackend | None = None,
        allow_unpinned: bool = False,
        verify: ssl.SSLContext | bool = True,
    ):
        super().__init__(verify=verify, trust_env=False)
        # httpx does not take a network backend, so the pool it built is replaced by an equal one
        # with ours; the end-to-end tests over loopback catch an httpx that changes this.
        self._pool = httpcore.ConnectionPool(
            ssl_context=self._pool._ssl_context,
            network_backend=_PinnedBackend(pins, network or httpcore.SyncBackend(), allow_unpinned=allow_unpinned),
        )


class Fetcher:
    """A reusable fetching client (one connection pool); use as a context manager."""

    def __init__(
        self,
        options: FetchOptions = FetchOptions(),
        *,
        transport: httpx.BaseTransport | None = None,
        resolve: Resolver = socket.getaddrinfo,
        network: httpcore.NetworkBackend | None = None,
    ):
        """`transport` replaces the whole network (no pinning needed); `network` only the sockets under it."""
        self.options = options
        self.resolve = resolve
        self._pins: dict[str, list[str]] = {}
        if transport is None:
            transport = PinnedTransport(self._pins, network=network, allow_unpinned=options.allow_private)
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(options.read_timeout, connect=options.connect_timeout),
            headers={"User-Agent": options.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"},
            follow_redirects=False,  # each hop is checked by hand
            trust_env=False,  # no *_PROXY: a proxy would resolve the name again, past the check
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
        deadline = time.monotonic() + self.options.total_timeout
        for _hop in range(self.options.max_redirects + 1):
            try:
                addresses = check_url(current, options=self.options, resolve=self.resolve)
            except FetchError as exc:
                if current != original:  # a redirect led here: the error belongs to the URL asked for
                    exc.message, exc.source = f"redirected to {current}: {exc.message}", original
                raise
            if addresses:
                self._pins[_host_key(httpx.URL(current))] = addresses
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
                    data = self._read_capped(response, original, deadline)
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
            except (httpx.InvalidURL, ValueError) as exc:
                # A malformed Location ("http:x", "http:\\host", "http://xn--/") fails in httpx while it
                # builds the next request, or in urljoin; ValueError covers UnicodeError and IDNAError.
                reason = " ".join(str(exc).split())[:200] or type(exc).__name__
                raise FetchError(f"malformed URL or redirect fetching {current}: {reason} ({type(exc).__name__})",
                                 source=original) from exc
        raise FetchError(
            f"too many redirects (more than {self.options.max_redirects}); last location {current}", source=original
        )

    def _read_capped(self, response: httpx.Response, source: str, deadline: float) -> bytes:
        cap = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"response is {int(declared)} bytes, over the {cap}-byte cap (FetchOptions.max_bytes)", source=source)
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise TooLarge(f"response exceeds the {cap}-byte cap (FetchOptions.max_bytes)", source=source)
            if time.monotonic() > deadline:
                raise FetchError(
                    f"took longer than {self.options.total_timeout:g} s in all (FetchOptions.total_timeout); "
                    "the server is too slow, try again later",
                    source=source,
                )
            chunks.append(chunk)
        return b"".join(chunks)


def fetch(
    url: str,
    *,
    options: FetchOptions = FetchOptions(),
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver = socket.getaddrinfo,
    network: httpcore.NetworkBackend | None = None,
) -> Fetched:
    """Fetch one URL under `options` (see `Fetcher.get` for the errors)."""
    with Fetcher(options, transport=transport, resolve=resolve, network=network) as fetcher:
        return fetcher.get(url)
