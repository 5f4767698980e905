"""Helpers for the reliability tests: loopback HTTP servers, and running code in a measured subprocess."""

from __future__ import annotations

import json
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
PYTHON = sys.executable


def env() -> dict[str, str]:
    """The environment for a child process: this checkout's `src` first (not an installed copy)."""
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join([str(SRC), out.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return out


# -- loopback servers ----------------------------------------------------------------------------


@dataclass
class Server:
    """A raw TCP server on 127.0.0.1 that hands each connection to `handle(conn, request_bytes)`."""

    handle: Callable[[socket.socket, bytes], None]
    tls: ssl.SSLContext | None = None
    requests: list[bytes] = field(default_factory=list)
    port: int = 0

    def start(self) -> "Server":
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (socket.timeout, OSError):
                continue
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        data = b""
        try:
            if self.tls is not None:
                conn = self.tls.wrap_socket(conn, server_side=True)
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.requests.append(data)
            self.handle(conn, data)
        except (OSError, ssl.SSLError):
            pass
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self._sock.close()

    @property
    def hosts(self) -> list[str]:
        """The Host header of each request received."""
        out = []
        for raw in self.requests:
            for line in raw.decode("latin-1").split("\r\n")[1:]:
                if line.lower().startswith("host:"):
                    out.append(line.split(":", 1)[1].strip())
        return out


def respond(body: bytes, *, status: str = "200 OK", headers: dict[str, str] | None = None) -> Callable:
    head = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body)), "Connection": "close", **(headers or {})}

    def handle(conn: socket.socket, _request: bytes) -> None:
        lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in head.items()]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    return handle


@pytest.fixture
def serve():
    """`serve(handle)` starts a loopback server; all are stopped after the test."""
    started: list[Server] = []

    def start(handle: Callable, tls: ssl.SSLContext | None = None) -> Server:
        server = Server(handle, tls).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


# -- measured subprocesses -----------------------------------------------------------------------

#: Runs in the child: the code under test, then a JSON line with peak RSS and wall time. The peak
#: is the child's own (VmHWM): Linux carries ru_maxrss over fork and exec, so getrusage would report
#: at least the RSS of the pytest process that started it.
_MEASURE = """
import json, resource, sys, time
t0 = time.monotonic()
result = None
exec(compile(sys.argv[1], "<case>", "exec"))
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("@@" + json.dumps({"result": result, "seconds": time.monotonic() - t0, "rss_mb": peak_mb()}, default=str))
"""


@dataclass
class Measured:
    result: object
    seconds: float
    rss_mb: float
    stderr: str


def measured(code: str, *, timeout: float) -> Measured:
    """Run `code` (which sets `result`) in a fresh interpreter; its peak RSS and time come back.

    A child that exceeds `timeout` is killed and the test fails: "bounded" is the guarantee.
    """
    try:
        done = subprocess.run([PYTHON, "-c", _MEASURE, code], env=env(), cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"did not finish within {timeout} s: {code[:200]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("@@")]
    assert done.returncode == 0 and lines, f"child failed (rc {done.returncode}):\n{done.stderr[-3000:]}"
    info = json.loads(lines[-1][2:])
    return Measured(info["result"], info["seconds"], info["rss_mb"], done.stderr)


def wait_for(predicate: Callable[[], bool], timeout: float, every: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return False


# -- generated pages -------------------------------------------------------------------------------

_COUNTRIES = ["Russia", "China", "Iran", "Israel", "India", "Japan", "Turkey", "Germany", "France", "Brazil"]
_VERBS = ["criticized", "praised", "met", "accused", "threatened", "condemned", "urged", "thanked"]


def write_pages(folder: Path, n: int) -> list[Path]:
    """`n` short, distinct news pages (every other one HTML), each naming two countries."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        a = _COUNTRIES[i % len(_COUNTRIES)]
        b = _COUNTRIES[(i // len(_COUNTRIES) + 1 + i) % len(_COUNTRIES)]
        b = b if b != a else _COUNTRIES[(i + 3) % len(_COUNTRIES)]
        verb = _VERBS[(i // 7) % len(_VERBS)]
        day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        title = f"{a} and {b}: talks, round {i}"
        body = (f"{a} {verb} {b} on Monday, officials said in report number {i}. "
                f"The foreign minister of {b} said the {i} proposals were under review.")
        if i % 2:
            path = folder / f"page{i:05d}.html"
            path.write_text(f"<html><head><title>{title}</title><meta name='date' content='{day}'></head><body>"
                            f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1><p>{body}</p></article></body></html>")
        else:
            path = folder / f"page{i:05d}.txt"
            path.write_text(f"{title}\n\nPublished: {day}\n\n{body}\n")
        paths.append(path)
    return paths
