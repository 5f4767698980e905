"""Hostile URLs over real loopback sockets: DNS rebinding, TLS names, timeouts, caps, address tricks.

tests/ingest/test_fetch.py checks the policy with `httpx.MockTransport`; these tests run the real
transport (`PinnedTransport` over httpcore) against servers on 127.0.0.1. A recording network
backend stands in for the internet: it notes the address detente asked to connect to, then
connects to the loopback server instead, so no packet leaves the machine.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
import ssl
import subprocess
import shutil
import time

import httpcore
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import BlockedURL, FetchError, TooLarge
from detente.ingest import FetchOptions, blocked_address, check_url, fetch
from detente.ingest.fetch import PinnedTransport

from .conftest import respond

PUBLIC, PUBLIC2 = "93.184.216.34", "93.184.216.35"
PAGE = b"<html><head><title>Talks</title></head><body><p>Russia criticized China on Monday.</p></body></html>"


class Recording(httpcore.NetworkBackend):
    """Notes each (address, port, timeout) asked for and connects to the loopback `port` instead."""

    def __init__(self, port: int, refuse: tuple[str, ...] = ()):
        self.port, self.refuse, self.asked = port, refuse, []
        self.real = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.asked.append((host, port, timeout))
        if host in self.refuse:
            raise httpcore.ConnectError(f"{host}: connection refused")
        return self.real.connect_tcp("127.0.0.1", self.port, timeout, local_address, socket_options)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        raise httpcore.ConnectError("no unix sockets")

    def sleep(self, seconds):  # pragma: no cover
        time.sleep(seconds)


class Rebinding:
    """A resolver that answers each name's addresses in turn: the first call, then every later one."""

    def __init__(self, answers: dict[str, list[list[str]]]):
        self.answers, self.calls = answers, []

    def __call__(self, host, port, *args, **kwargs):
        self.calls.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        turns = self.answers[host]
        addresses = turns[min(self.calls.count(host), len(turns)) - 1]
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]


@pytest.fixture
def no_os_dns(monkeypatch):
    """Fail the test if anything asks the operating system to resolve a *name* (numeric is fine)."""
    real = socket.getaddrinfo
    names: list[str] = []

    def guarded(host, *args, **kwargs):
        try:
            ipaddress.ip_address(host.decode() if isinstance(host, bytes) else host)
        except ValueError:
            names.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "the test forbids OS name lookups")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    return names


# -- DNS rebinding ----------------------------------------------------------------------------------


def test_connects_to_the_vetted_address_not_a_second_lookup(serve, no_os_dns):
    server = serve(respond(PAGE))
    dns = Rebinding({"rebind.example": [[PUBLIC], ["127.0.0.1"]]})  # public when checked, loopback after
    network = Recording(server.port)
    got = fetch("http://rebind.example/story", resolve=dns, network=network)
    assert got.data == PAGE
    assert dns.calls == ["rebind.example"]  # resolved once, for the check
    assert [a[:2] for a in network.asked] == [(PUBLIC, 80)]  # and connected to what was checked
    assert server.hosts == ["rebind.example"]  # the Host header keeps the name
    assert no_os_dns == []  # the OS never resolved the name behind the check's back


def test_every_redirect_hop_is_pinned_to_its_own_check(serve, no_os_dns):
    def handle(conn, request):
        if request.startswith(b"GET /go "):
            respond(b"", status="302 Found", headers={"Location": "http://second.example/final"})(conn, request)
        else:
            respond(PAGE)(conn, request)

    server = serve(handle)
    dns = Rebinding({"first.example": [[PUBLIC], ["127.0.0.1"]], "second.example": [[PUBLIC2], ["10.0.0.1"]]})
    network = Recording(server.port)
    got = fetch("http://first.example/go", resolve=dns, network=network)
    assert got.url == "http://second.example/final" and got.data == PAGE
    assert [a[:2] for a in network.asked] == [(PUBLIC, 80), (PUBLIC2, 80)]
    assert server.hosts == ["first.example", "second.example"]


def test_redirect_to_a_name_that_resolves_private_never_connects(serve, no_os_dns):
    server = serve(respond(b"", status="302 Found", headers={"Location": "http://inside.example/admin"}))
    dns = Rebinding({"first.example": [[PUBLIC]], "inside.example": [["192.168.1.1"]]})
    network = Recording(server.port)
    with pytest.raises(BlockedURL, match="private"):
        fetch("http://first.example/go", resolve=dns, network=network)
    assert [a[0] for a in network.asked] == [PUBLIC]


def test_tries_each_vetted_address_in_turn(serve, no_os_dns):
    server = serve(respond(PAGE))
    dns = Rebinding({"two.example": [[PUBLIC, PUBLIC2]]})
    network = Recording(server.port, refuse=(PUBLIC,))
    assert fetch("http://two.example/", resolve=dns, network=network).data == PAGE
    assert [a[0] for a in network.asked] == [PUBLIC, PUBLIC2]


def test_a_name_that_was_never_checked_is_not_connected():
    transport = PinnedTransport({}, network=Recording(1))
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.ConnectError, match="not checked"):
        client.get("http://unchecked.example/")
    assert transport._pool._network_backend.inner.asked == []


def test_connect_timeout_reaches_the_socket(serve):
    server = serve(respond(PAGE))
    network = Recording(server.port)
    fetch("http://rebind.example/", options=FetchOptions(connect_timeout=3.5), resolve=Rebinding({"rebind.example": [[PUBLIC]]}),
          network=network)
    assert network.asked[0][2] == 3.5


def test_proxy_variables_cannot_route_around_the_pin(serve, monkeypatch, no_os_dns):
    proxy = serve(respond(b"proxied"))
    server = serve(respond(PAGE))
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{proxy.port}")
    got = fetch("http://rebind.example/", resolve=Rebinding({"rebind.example": [[PUBLIC]]}), network=Recording(server.port))
    assert got.data == PAGE and proxy.requests == []


# -- TLS keeps the original name ------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificates(tmp_path_factory):
    """A throwaway CA and a certificate for secure.example (needs the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a test certificate")
    d = tmp_path_factory.mktemp("tls")

    def run(*args):
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True)

    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
        "-subj", "/CN=detente test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=keyCertSign")
    run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr", "-subj", "/CN=secure.example")
    (d / "ext.cnf").write_text("subjectAltName=DNS:secure.example\n")
    run("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "leaf.pem",
        "-days", "2", "-extfile", "ext.cnf")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(d / "leaf.pem", d / "leaf.key")
    client = ssl.create_default_context(cafile=str(d / "ca.pem"))
    return server, client


def test_tls_sni_and_certificate_use_the_original_name(serve, certificates):
    server_ctx, client_ctx = certificates
    names: list[str | None] = []
    server_ctx.sni_callback = lambda sock, name, ctx: names.append(name)
    server = serve(respond(PAGE), tls=server_ctx)
    network = Recording(server.port)
    with httpx.Client(transport=PinnedTransport({"secure.example": [PUBLIC]}, network=network, verify=client_ctx)) as client:
        response = client.get("https://secure.example/story")
    assert response.status_code == 200 and response.content == PAGE
    assert [a[:2] for a in network.asked] == [(PUBLIC, 443)]
    assert names == ["secure.example"] and server.hosts == ["secure.example"]


def test_tls_certificate_for_another_name_is_refused(serve, certificates):
    server_ctx, client_ctx = certificates
    server = serve(respond(PAGE), tls=server_ctx)
    transport = PinnedTransport({"impostor.example": [PUBLIC]}, network=Recording(server.port), verify=client_ctx)
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.ConnectError, match="(?i)certificate"):
        client.get("https://impostor.example/")
    assert server.requests == []


# -- timeouts and caps against real slow or endless servers ----------------------------------------

LOCAL = FetchOptions(allow_private=True, connect_timeout=2, read_timeout=0.5, total_timeout=1.5, max_bytes=200_000)


def test_read_timeout_on_a_silent_server(serve):
    server = serve(lambda conn, request: time.sleep(3))
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"http://127.0.0.1:{server.port}/", options=LOCAL)
    assert time.monotonic() - start < 2.5


def test_total_timeout_on_a_server_that_trickles(serve):
    def trickle(conn, request):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(200):
            conn.sendall(b"x")
            time.sleep(0.05)

    server = serve(trickle)
    start = time.monotonic()
    with pytest.raises(FetchError, match="total_timeout"):
        fetch(f"http://127.0.0.1:{server.port}/", options=LOCAL)
    assert time.monotonic() - start < 3.5


def test_endless_body_is_cut_at_the_cap(serve):
    def endless(conn, request):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")
        while True:
            conn.sendall(b"<p>more</p>" * 1000)

    server = serve(endless)
    with pytest.raises(TooLarge, match="cap"):
        fetch(f"http://127.0.0.1:{server.port}/", options=LOCAL)


def test_gzip_encoded_bomb_is_cut_at_the_cap(serve):
    bomb = gzip.compress(b"\0" * 50_000_000, compresslevel=9)  # ~50 kB on the wire, 50 MB decoded
    server = serve(respond(bomb, headers={"Content-Encoding": "gzip"}))
    with pytest.raises(TooLarge, match="cap"):
        fetch(f"http://127.0.0.1:{server.port}/", options=LOCAL)


def test_redirect_loop_ends(serve):
    server = serve(lambda conn, request: respond(b"", status="302 Found", headers={"Location": "/again"})(conn, request))
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(f"http://127.0.0.1:{server.port}/", options=LOCAL)
    assert len(server.requests) == LOCAL.max_redirects + 1


# -- addresses in disguise, with the real resolver (numeric forms need no DNS) ----------------------


@pytest.mark.parametrize(
    "host",
    ["[2002:7f00:1::]", "127.0.0.1", "localhost", "2130706433", "0x7f000001", "127.1", "0177.0.0.1", "[::1]", "[::ffff:127.0.0.1]",
     "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:7f00:1]", "0.0.0.0", "0"],
)
def test_loopback_in_disguise_is_refused_before_connecting(serve, host):
    server = serve(respond(PAGE))
    with pytest.raises(BlockedURL):
        fetch(f"http://{host}:{server.port}/", options=FetchOptions(connect_timeout=1, read_timeout=1))
    assert server.requests == []


# -- properties -------------------------------------------------------------------------------------

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(st.ip_addresses(v=4), st.ip_addresses(v=6)))
def test_an_address_is_refused_exactly_when_it_is_not_public(ip):
    resolve = Rebinding({"host.example": [[str(ip)]]})
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped else ip
    carried = [mapped]
    if isinstance(mapped, ipaddress.IPv6Address) and mapped.sixtofour:
        carried.append(mapped.sixtofour)  # 2002:7f00:1:: is 127.0.0.1 through a 6to4 relay
    # reserved ranges (IPv6 ::/8 holds NAT64 and the old IPv4-compatible forms) are refused too
    public = all(a.is_global and not a.is_multicast and not a.is_reserved for a in carried)
    assert (blocked_address(str(ip)) is None) == public
    if public:
        assert check_url("https://host.example/a", options=FetchOptions(), resolve=resolve) == [str(ip)]
    else:
        with pytest.raises(BlockedURL):
            check_url("https://host.example/a", options=FetchOptions(), resolve=resolve)


url_text = st.one_of(
    st.text(max_size=80),
    st.builds("{}://{}{}".format, st.sampled_from(["http", "https", "HTTP", "ftp", "file", "gopher", "", "javascript"]),
              st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30),
              st.text(max_size=20)),
)


@SETTINGS
@given(url_text)
def test_any_url_text_is_checked_or_refused_with_a_fetch_error(url):
    resolve = Rebinding({})  # every name is unknown: no network either way
    try:
        addresses = check_url(url, options=FetchOptions(), resolve=resolve)
    except FetchError as exc:  # BlockedURL is a FetchError
        assert exc.source == url and "\n" not in exc.message
        return
    assert addresses and all(blocked_address(a) is None for a in addresses)
