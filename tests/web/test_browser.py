"""The dashboard in headless Chromium against a live `detente serve` on 127.0.0.1.

Chromium is driven over the DevTools protocol on a pipe (`_chrome.py`, no Python package).
Screenshots go to artifacts/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import _corpus
import httpx
import pytest
from _chrome import Chrome, find_chromium

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium); .ci/run installs it")


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("DETENTE_TOKEN", None)
    return env


@pytest.fixture
def server(tmp_path, corpus_db):
    """`detente serve` on a free port over a copy of the session database."""
    db = tmp_path / "live.duckdb"
    shutil.copy(corpus_db, db)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli.main", "serve", "--db", str(db), "--port", str(port)],
                            env=_env(), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
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
    yield base, db
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def chrome(tmp_path):
    c = Chrome(CHROMIUM, str(tmp_path / "profile"))
    c.open_tab()
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield c
    c.close()


@needs_chromium
def test_overview_dyad_and_evidence_link(server, chrome):
    base, _ = server
    dyad = httpx.get(base + "/api/dyads").json()["items"][0]

    chrome.goto(base + "/")
    assert chrome.js("document.querySelectorAll('table.dyads a.dyad').length") >= 1
    chrome.screenshot(str(SHOTS / "overview.png"), full_page=True)

    chrome.goto(f"{base}/dyads/{dyad['a']}/{dyad['b']}?by=day")
    chrome.wait_for("document.querySelector('#dyad-chart[data-ready] svg')")
    bars = chrome.js("document.querySelectorAll('#dyad-chart svg rect.bar').length")
    assert bars >= 1, "the chart draws one bar per quad class with events"
    assert chrome.js("document.querySelectorAll('#dyad-chart svg .goldstein circle').length") >= 1
    chrome.screenshot(str(SHOTS / "dyad.png"), full_page=True)

    # follow the last evidence link of the list: it lands on the sentence, highlighted and in view
    href = chrome.js("[...document.querySelectorAll('table.events a.evlink')].pop().getAttribute('href')")
    article_id, idx = href.split("/articles/")[1].split("#ev-")
    chrome.goto(base + href)
    chrome.wait_for("document.querySelector('.ev.current')")
    lit = chrome.js("[...document.querySelectorAll('.ev.current')].map(n => n.textContent).join('')")
    event = next(e for e in httpx.get(f"{base}/api/articles/{article_id}").json()["events"] if e["idx"] == int(idx))
    assert " ".join(lit.split()) == " ".join(event["text"].split())
    top = chrome.js("document.querySelector('.ev.current').getBoundingClientRect().top")
    assert 0 <= top <= chrome.js("window.innerHeight"), "the highlighted sentence is scrolled into view"
    chrome.screenshot(str(SHOTS / "article.png"))


@needs_chromium
def test_network_actor_and_search_pages(server, chrome):
    base, _ = server
    dyad = httpx.get(base + "/api/dyads").json()["items"][0]
    chrome.goto(base + "/network")
    chrome.wait_for("document.querySelector('#network-chart[data-ready] svg')")
    assert chrome.js("document.querySelectorAll('#network-chart svg circle').length") >= 2
    assert chrome.js("document.querySelectorAll('#network-chart svg line.edge').length") >= 1
    chrome.screenshot(str(SHOTS / "network.png"))
    chrome.goto(f"{base}/actors/{dyad['a']}")
    chrome.wait_for("document.querySelector('#roots-chart[data-ready] svg rect')")
    chrome.screenshot(str(SHOTS / "actor.png"))
    chrome.goto(base + "/search?q=China")
    assert chrome.js("document.querySelectorAll('ul.results li').length") >= 1
    chrome.screenshot(str(SHOTS / "search.png"))


def test_ingest_while_serving_shows_the_new_article_without_restart(server):
    base, db = server
    before = httpx.get(base + "/api/stats").json()["articles"]
    errors: list[str] = []
    stop = threading.Event()

    def poll():  # keep the server reading while the other process writes
        while not stop.is_set():
            r = httpx.get(base + "/api/articles", params={"limit": 5}, timeout=30)
            if r.status_code != 200:
                errors.append(f"{r.status_code} {r.text[:200]}")

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        done = subprocess.run([sys.executable, "-m", "detente.cli.main", "ingest", str(_corpus.page(_corpus.LATER_PAGE)), "--db", str(db)],
                              env=_env(), cwd=ROOT, capture_output=True, text=True, timeout=300)
    finally:
        stop.set()
        reader.join()
    assert done.returncode == 0, done.stderr
    assert not errors, errors[:3]
    assert httpx.get(base + "/api/stats").json()["articles"] == before + 1
    found = httpx.get(base + "/api/articles", params={"q": "Davis Cup"}).json()
    assert found["total"] >= 1


def test_writer_process_while_serving_no_lock_error(server):
    """Another process holds the write lock batch after batch (as `detente ingest` does); reads keep working."""
    base, db = server
    before = httpx.get(base + "/api/stats").json()["articles"]
    script = (
        "import sys; sys.path.insert(0, sys.argv[2]); import _corpus\n"
        "from detente.store import Store\n"
        "from detente.engine import analyze\n"
        "a = next(iter(analyze([str(_corpus.page(_corpus.LATER_PAGE))])))\n"
        "for i in range(20):\n"
        "    with Store(sys.argv[1]) as s:\n"
        "        s.write([a])\n"
    )
    errors: list[str] = []
    stop = threading.Event()

    def poll():
        while not stop.is_set():
            r = httpx.get(base + "/api/articles", params={"limit": 5}, timeout=30)
            if r.status_code != 200:
                errors.append(f"{r.status_code} {r.text[:200]}")

    reader = threading.Thread(target=poll)
    reader.start()
    try:
        done = subprocess.run([sys.executable, "-c", script, str(db), str(ROOT / "tests" / "api")],
                              env=_env(), cwd=ROOT, capture_output=True, text=True, timeout=120)
    finally:
        stop.set()
        reader.join()
    assert done.returncode == 0, done.stderr[-2000:]
    assert not errors, errors[:3]
    assert httpx.get(base + "/api/stats").json()["articles"] == before + 1
