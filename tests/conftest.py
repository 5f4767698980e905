"""Shared fixtures: paths to the read-only data beside the project, and the real seed page."""

import json
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_e25c9ce347118446.txt"
SEED_GOLD = SHARED / "seeds" / "000_e25c9ce347118446.gold.json"
CORPUS = SHARED / "corpus" / "scrapinghub-dev"
GOLD = SHARED / "gold"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the tests read ../shared beside the project")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The production spaCy pipeline (with detente's sentence rules), loaded once per session."""
    from detente.nlp import load

    return load()


@pytest.fixture(scope="session")
def seed(nlp, seed_gold):
    """The seed page parsed whole, with its hand annotation."""
    return nlp(need(SEED).read_text("utf-8")), seed_gold


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(need(SEED_GOLD).read_text("utf-8"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return need(CORPUS)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return need(GOLD)


@contextmanager
def _serving(db, *args: str, env: dict):
    """`detente serve --db DB ARGS` on a free loopback port, up (its /api/stats answers) before
    the block runs and stopped after it; yields the base URL."""
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli.main", "serve", "--db", str(db), "--port", str(port), *args],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"detente serve did not start: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def serving():
    """Start a live `detente serve` for a test: `with serving(db, "--allow-host", "x", env=env) as base:`."""
    return _serving
