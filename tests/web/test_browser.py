"""The dashboard in headless Chromium against a live `detente serve` on 127.0.0.1.

Chromium is driven over the DevTools protocol on a pipe (`_chrome.py`, no Python package).
Screenshots go to artifacts/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
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
def server(tmp_path, corpus_db, serving):
    """`detente serve` on a free port over a copy of the session database."""
    db = tmp_path / "live.duckdb"
    shutil.copy(corpus_db, db)
    with serving(db, env=_env()) as base:
        yield base, db


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
    t = httpx.get(f"{base}/api/dyads/{dyad['a']}/{dyad['b']}", params={"by": "day"}).json()
    dated = sum(1 for p in t["points"] if p["events"])  # undated events stand apart, never on the line
    assert chrome.js("document.querySelectorAll('#dyad-chart svg .goldstein circle').length") == dated
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


def _later_report(db) -> None:
    """The corpus pages are all from 18-20 November 2019; one report of 2 December 2019 on China and
    the US (written with the store's own writer) leaves the days between empty, a gap in time."""
    from datetime import date

    from detente.model import Analysis, Article, Event
    from detente.store import Store

    text = "China and the United States held talks in Beijing on trade on Monday."
    art = Article(id="later-report", source="later.txt", text=text, title="Trade talks in Beijing", date=date(2019, 12, 2))
    ev = Event(source="CHNGOV", target="USAGOV", cameo="043", plover="CONSULT", goldstein=2.8, quad_class=1,
               modality="asserted", text=text, start=0, end=len(text), confidence=0.9)
    with Store(db) as s:
        s.write([Analysis(source="later.txt", id="later-report", article=art, events=[ev])])


def _gap_dyad(base: str) -> tuple[str, str, str]:
    """A dyad whose day-by-day timeline has an empty day between two with events."""
    for d in httpx.get(base + "/api/dyads", params={"limit": 50, "min_confidence": 0}).json()["items"]:
        for by in ("day", "week", "month"):
            t = httpx.get(f"{base}/api/dyads/{d['a']}/{d['b']}", params={"by": by, "min_confidence": 0}).json()
            if any(p["events"] == 0 for p in t["points"]):
                return d["a"], d["b"], by
    pytest.skip("no dyad of the corpus has a gap in time")


@needs_chromium
def test_the_analysts_walk(server, chrome, tmp_path):
    """Overview → explorer (date range + CAMEO) → CSV download read back → a dyad with a gap in
    time → glossary → quotes → map → an actor page; screenshots of each, no console errors."""
    base, db = server
    _later_report(db)
    chrome.goto(base + "/")
    assert chrome.js("document.querySelectorAll('table.dyads a.dyad').length") >= 1
    assert chrome.js("document.querySelector('table.dyads .name').textContent.includes('—') || "
                     "document.querySelector('table.dyads .name').textContent.length > 3"), "names beside codes"
    chrome.screenshot(str(SHOTS / "walk-1-overview.png"), full_page=True)

    # the explorer: pick a CAMEO root and a date range that hold events, fill the form, submit
    every = httpx.get(base + "/api/events", params={"limit": 500, "min_confidence": 0}).json()["items"]
    dated = [e for e in every if e["date"]]
    assert dated, "the corpus has dated events"
    roots = {}
    for e in dated:
        roots.setdefault(e["cameo"][:2], []).append(e["date"])
    root, days = max(roots.items(), key=lambda kv: len(kv[1]))
    since, until = min(days), max(days)
    chrome.goto(base + "/events")
    chrome.js(f"""(() => {{ const f = document.getElementById('explorer-form');
        f.since.value = '{since}'; f.until.value = '{until}'; f.cameo.value = '{root}'; f.min_confidence.value = '0';
        f.requestSubmit(); }})()""")
    chrome.wait_for("location.search.includes('cameo=')")
    chrome.wait_for("document.readyState === 'complete' && document.getElementById('total')")
    assert f"since={since}" in chrome.js("location.search") and f"cameo={root}" in chrome.js("location.search"), "the view is in the URL"
    total = int(chrome.js("document.getElementById('total').textContent").split()[0])
    assert total >= 1
    shown = chrome.js("[...document.querySelectorAll('table.explorer-table tbody tr .cameo')].map(n => n.textContent.replace(/[^0-9]/g, ''))")
    assert shown and all(c.startswith(root) for c in shown)
    assert chrome.js("document.querySelector('table.explorer-table .cname').textContent.length") > 3, "CAMEO names beside codes"
    chrome.screenshot(str(SHOTS / "walk-2-explorer.png"), full_page=True)

    # the form catches a reversed range before it is sent
    before = chrome.js("location.href")
    chrome.js("(() => { const f = document.getElementById('explorer-form'); f.since.value = '2030-01-02'; f.until.value = '2030-01-01';"
              " f.since.dispatchEvent(new Event('input')); f.requestSubmit(); })()")
    time.sleep(0.5)
    assert chrome.js("location.href") == before
    assert "before the start" in chrome.js("document.querySelector('#explorer-form .form-error').textContent")

    # download CSV of exactly that view, read it back
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    chrome.allow_downloads(str(downloads))
    chrome.goto(before)
    chrome.js("document.getElementById('download-csv').click()")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not [p for p in downloads.iterdir() if p.suffix == ".csv"]:
        time.sleep(0.2)
    files = [p for p in downloads.iterdir() if p.suffix == ".csv"]
    assert files, f"no CSV downloaded: {list(downloads.iterdir())}"
    rows = list(csv.DictReader(io.StringIO(files[0].read_text("utf-8"))))
    assert len(rows) == total, "the download holds the whole view, as many rows as the page says"
    assert all(r["cameo"].startswith(root) and since <= r["date"] <= until for r in rows)
    assert all(r["cameo_name"] and "\n" not in r["text"] for r in rows)

    # a dyad page with a gap in time: the empty period is on the axis, undated apart
    a, b, by = _gap_dyad(base)
    chrome.goto(f"{base}/dyads/{a}/{b}?by={by}&min_confidence=0")
    chrome.wait_for("document.querySelector('#dyad-chart[data-ready] svg')")
    t = httpx.get(f"{base}/api/dyads/{a}/{b}", params={"by": by, "min_confidence": 0}).json()
    assert chrome.js("document.querySelectorAll('#dyad-chart svg rect.empty-period').length") == sum(1 for p in t["points"] if p["events"] == 0)
    labels = chrome.js("[...document.querySelectorAll('#dyad-chart svg text.period')].map(n => n.textContent)")
    assert labels and not any(x[:4].isdigit() and "-" in x for x in labels), f"labels read as dates, not ISO: {labels}"
    assert chrome.js("document.querySelectorAll('#dyad-chart svg .goldstein circle').length") == sum(1 for p in t["points"] if p["events"])
    rows_in_table = chrome.js("document.querySelectorAll('#dyad-table tbody tr').length")
    assert rows_in_table == len(t["points"]) + (1 if t["undated"] else 0)
    assert int(chrome.js("document.getElementById('chart-total').textContent")) == t["totals"]["events"]
    chrome.js("document.getElementById('dyad-table').open = true")
    chrome.screenshot(str(SHOTS / "walk-3-dyad-gap.png"), full_page=True)

    chrome.goto(base + "/glossary")
    assert "Discuss by telephone" in chrome.js("document.getElementById('cameo').textContent")
    assert "government" in chrome.js("document.getElementById('actors').textContent")
    chrome.screenshot(str(SHOTS / "walk-4-glossary.png"))

    chrome.goto(base + "/quotes")
    n = chrome.js("document.querySelectorAll('ul.quotes.corpus li a.qlink').length")
    assert n >= 1
    chrome.screenshot(str(SHOTS / "walk-5-quotes.png"), full_page=True)
    href = chrome.js("document.querySelector('ul.quotes.corpus a.qlink').getAttribute('href')")
    chrome.goto(base + href)
    chrome.wait_for("document.querySelector('.quote.current')")

    chrome.goto(base + "/map")
    chrome.wait_for("document.querySelector('#map-chart[data-ready] svg')")
    assert chrome.js("document.querySelectorAll('#map-chart path.country').length") > 150
    links = chrome.js("[...document.querySelectorAll('#map-chart a.country-link')].map(a => a.getAttribute('href'))")
    counts = httpx.get(base + "/api/map").json()["items"]
    assert links and len(links) <= len(counts)
    chrome.screenshot(str(SHOTS / "walk-6-map.png"))
    target = next(h for h in links if h.endswith(counts[0]["country"])) if any(h.endswith(counts[0]["country"]) for h in links) else links[0]
    chrome.js(f"document.querySelector('#map-chart a.country-link[href=\"{target}\"] path').dispatchEvent(new MouseEvent('click', {{bubbles: true}}))")
    chrome.wait_for(f"location.pathname === '{target}'")
    chrome.wait_for("document.querySelector('#roots-chart[data-ready]')")
    assert chrome.js("document.querySelector('h1 .name').textContent.length") > 2
    chrome.screenshot(str(SHOTS / "walk-7-actor.png"), full_page=True)
    assert not chrome.console_errors, chrome.console_errors


@needs_chromium
def test_pages_fit_400_pixels(server, chrome):
    base, _ = server
    chrome.resize(400, 800)
    dyad = httpx.get(base + "/api/dyads").json()["items"][0]
    for name, path in (("overview", "/"), ("events", "/events"), ("dyad", f"/dyads/{dyad['a']}/{dyad['b']}"),
                       ("quotes", "/quotes"), ("map", "/map"), ("glossary", "/glossary")):
        chrome.goto(base + path)
        time.sleep(0.3)
        width = chrome.js("document.documentElement.scrollWidth")
        assert width <= 400, f"{path} is {width}px wide at 400px"
        chrome.screenshot(str(SHOTS / f"narrow-{name}.png"))
    assert not chrome.console_errors, chrome.console_errors
