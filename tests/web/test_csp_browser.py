"""The Content-Security-Policy against the real dashboard in headless Chromium (issue 12, item 3).

Every page is loaded from a live `detente serve` with a watcher installed before any page script
runs (`Page.addScriptToEvaluateOnNewDocument`, which the page's CSP does not govern): it records
CSP violations, script errors, failed loads, unhandled rejections and console errors. The charts,
the evidence link, the network and the API docs must work with none of them; then an injected
inline handler must be refused, which shows the watcher sees what the policy blocks.
Reuses the `server` and `chrome` fixtures of test_browser.py.
"""

from __future__ import annotations

import httpx
from test_browser import chrome, needs_chromium, server  # noqa: F401 - fixtures

from detente.model import Analysis, Article
from detente.store import Store

WATCH = """
window.__problems = [];
document.addEventListener("securitypolicyviolation",
  e => window.__problems.push(`CSP ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
window.addEventListener("error", e => window.__problems.push(
  e.message ? `error ${e.message}` : `failed load ${(e.target && (e.target.src || e.target.href)) || "?"}`), true);
window.addEventListener("unhandledrejection", e => window.__problems.push(`rejection ${e.reason}`));
const realError = console.error;
console.error = (...args) => { window.__problems.push(`console ${args.join(" ")}`); realError(...args); };
"""
SCRIPT_LINKS = """[...document.querySelectorAll("[href],[src],[action]")]
  .map(e => e.getAttribute("href") || e.getAttribute("src") || e.getAttribute("action") || "")
  .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v)).length"""


def problems(chrome) -> list[str]:
    return chrome.js("window.__problems || ['the watcher did not run']")


@needs_chromium
def test_the_dashboard_works_under_its_csp_and_the_csp_bites(server, chrome):
    base, db = server
    csp = httpx.get(base + "/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    with Store(db) as store:  # what ingest stored before it checked links
        store.write([Analysis(source="legacy.jsonl#1", id="legacyxss0000001", article=Article(
            id="legacyxss0000001", source="legacy.jsonl#1", url="javascript:alert(document.domain)",
            title="A legacy record", text="Russia criticized China on Monday over trade, officials said."))])
    chrome.call("Page.addScriptToEvaluateOnNewDocument", source=WATCH)

    dyad = httpx.get(base + "/api/dyads").json()["items"][0]
    event = httpx.get(base + "/api/events", params={"limit": 1}).json()["items"][0]
    pages = [
        ("/", None),
        (f"/dyads/{dyad['a']}/{dyad['b']}?by=day", "#dyad-chart[data-ready] svg rect"),
        ("/network", "#network-chart[data-ready] svg circle"),
        (f"/actors/{dyad['a']}", "#roots-chart[data-ready] svg rect"),
        ("/search?q=China", None),
        ("/articles/legacyxss0000001", None),
        ("/docs", None),
    ]
    if httpx.get(base + "/map").status_code == 200:
        pages.append(("/map", "#map-chart[data-ready] svg"))
    for path, drawn in pages:
        chrome.goto(base + path)
        if drawn:
            chrome.wait_for(f"document.querySelector({drawn!r})")
            failed = "[...document.querySelectorAll('.chart p')].some(p => p.textContent.startsWith('Could not'))"
            assert not chrome.js(failed), f"{path}: a chart failed to draw"
        assert chrome.js(SCRIPT_LINKS) == 0, f"{path}: a script URL is a link"
        assert problems(chrome) == [], path

    # the evidence link lands on its sentence, lit by the dashboard's script
    chrome.goto(f"{base}/articles/{event['article_id']}#ev-{event['idx']}")
    chrome.wait_for("document.querySelector('.ev.current')")
    assert problems(chrome) == []

    # and the policy bites: an inline handler injected into the page never runs, and is reported
    chrome.js("document.body.insertAdjacentHTML('beforeend', '<img src=\"/no-such-image\" onerror=\"window.__ran = 1\">'); 1")
    chrome.wait_for("window.__problems.some(p => p.startsWith('CSP'))")
    assert chrome.js("window.__ran === undefined")
