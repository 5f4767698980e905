"""ASGI guards around the whole server: security headers, the Host check, the token before the body.

* `SecurityHeaders` puts a Content-Security-Policy on every response that allows scripts, styles,
  images, fonts and connections from this server only (no inline script, no event-handler
  attributes, no third-party origin, no framing), with ``X-Content-Type-Options: nosniff``,
  ``X-Frame-Options: DENY`` and ``Referrer-Policy: same-origin``. A script that got into stored
  data (a ``javascript:`` link, markup in a title) has nowhere to run.
* `HostGuard` answers 400 to a request whose ``Host`` is not a name the server is known by. A web
  page the user visits can point its own name at 127.0.0.1 (DNS rebinding) and then read the
  server through the user's browser as same-origin; its requests still carry the page's name in
  ``Host``, so they are refused. Allowed: the bound address, ``localhost`` (and ``*.localhost``,
  which browsers resolve to loopback themselves), loopback IP literals, any IP literal when the
  server listens on all interfaces, and the names given with ``detente serve --allow-host``. An IP
  literal cannot be rebound: it is what the user typed.
* `TokenFirst` checks the write token of ``POST /api/...`` from the headers alone, before anything
  reads the body: an unauthenticated client cannot make the server parse 5 MB of JSON.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.requests import Request

#: The dashboard's policy: its own scripts and styles (inline style attributes allowed: they
#: cannot run code), its own API for fetch(), data: images, nothing embedded, never framed.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)
_WILDCARD = {"0.0.0.0", "::", ""}


class SecurityHeaders:
    """Adds `HEADERS` to every HTTP response (a header the app set itself is kept)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in HEADERS if name not in present]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, with_headers)


def host_name(header: str) -> str | None:
    """The host of a ``Host`` header without its port, lowercased and without a trailing dot
    (``[::1]:8000`` -> ``::1``); None when it is not a host at all."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        rest = value[end + 1:] if end > 0 else None
        if rest is None or (rest and not (rest[:1] == ":" and rest[1:].isdigit())):
            return None
        return value[1:end] or None
    name, sep, port = value.rpartition(":")
    if sep and port.isdigit():
        value = name
    elif sep:
        return None  # "a:b:c", "host:" or an unbracketed IPv6 address
    value = value.rstrip(".")
    return value or None


def _ip(name: str):
    try:
        return ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return None


class HostGuard:
    """400 for a request whose ``Host`` is not one of the server's names (see the module doc)."""

    def __init__(self, app, *, allowed: Iterable[str]) -> None:
        self.app = app
        names = {host_name(h) or h.strip().lower() for h in allowed if h is not None}
        self.any_ip = bool(names & _WILDCARD)  # listening on every interface: any address may reach it
        self.names = {n for n in names if n not in _WILDCARD}

    def allows(self, header: str | None) -> bool:
        name = host_name(header) if header else None
        if name is None:
            return False
        if name == "localhost" or name.endswith(".localhost") or name in self.names:
            return True
        ip = _ip(name)
        return ip is not None and (ip.is_loopback or self.any_ip)

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        hosts = [value.decode("latin-1") for name, value in scope.get("headers", []) if name == b"host"]
        if len(hosts) != 1 or not self.allows(hosts[0]):
            shown = hosts[0][:100] if hosts else "(none)"
            response = JSONResponse(status_code=400, content={"detail": (
                f"Host {shown!r} is not a name of this server; to reach it by that name start it with "
                "'detente serve --allow-host NAME'")})
            return await response(scope, receive, send)
        await self.app(scope, receive, send)


class TokenFirst:
    """Checks the write token (`api.ingest.check_token`) of unsafe requests under /api/ before the body is read."""

    SAFE = ("GET", "HEAD", "OPTIONS")

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in self.SAFE and scope["path"].startswith("/api/"):
            from .ingest import check_token

            try:
                check_token(Request(scope))  # headers only: `receive` is never called
            except HTTPException as exc:
                response = JSONResponse(status_code=exc.status_code, content={"detail": exc.detail}, headers=exc.headers)
                return await response(scope, receive, send)
        await self.app(scope, receive, send)
