"""Load: 50 concurrent clients against a live `detente serve` while an ingest writes to the same database.

    .venv/bin/python benchmarks/load.py                       # 10,000 requests, 50 clients, >= 10,000 events
    .venv/bin/python benchmarks/load.py --requests 2000 --clients 20 --events 3000   # a quick run

1. The database: the real pages of ../shared/corpus/scrapinghub-dev are analyzed once and stored,
   then their analyses are stored again under distinct ids (and dates spread over two years)
   with `Store.write` until the database holds at least `--events` events. A database from an
   earlier run is reused when it holds enough (`--db`).
2. `detente serve` (uvicorn) starts on 127.0.0.1 on a free port, and `detente ingest` runs in
   another process on generated pages into the same file (1,000 fresh pages a run, run after run
   until the load ends), so reads meet write batches all along.
3. `--clients` asyncio workers with `httpx.AsyncClient` send `--requests` GET requests in all
   over a fixed mix of endpoints (ids, codes and words taken from the database), then everything
   stops: the script ends by itself, bounded by `--max-seconds`.

Printed: requests/s, latency p50/p90/p99/max overall and per endpoint, the error count (any
status other than 200, or a failed connection) with the first errors, and what the ingest wrote
meanwhile. Loopback only. Speed targets are never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "scrapinghub-dev" / "html"
sys.path.insert(0, str(ROOT / "src"))

from detente.store import Store  # noqa: E402


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("DETENTE_TOKEN", None)  # the server under load is read-only
    return env


# -- 1. the database ---------------------------------------------------------------------------------


def count_events(db: Path) -> int:
    if not db.exists():
        return 0
    with Store(db, read_only=True) as store:
        return store.con.execute("SELECT count(*) FROM events").fetchone()[0]


def build_database(db: Path, events: int, pages: int) -> None:
    """Analyze the corpus pages once; store copies of their analyses under new ids until `events`."""
    from detente.engine import analyze

    paths = sorted(str(p) for p in CORPUS.glob("*.html.gz"))[:pages]
    if not paths:
        sys.exit(f"no pages in {CORPUS}: the benchmark reads ../shared beside the project")
    t = time.monotonic()
    base = [a for a in analyze(paths) if a.error is None and a.events]
    per_round = sum(len(a.events) for a in base)
    print(f"analyzed {len(paths)} corpus pages in {time.monotonic() - t:.0f} s: {len(base)} with events, {per_round} events")
    if not per_round:
        sys.exit("no events found in the corpus pages")
    t = time.monotonic()
    stored, copy = 0, 0
    while stored < events:
        batch = []
        for a in base:
            new_id = f"{a.id[:12]}{copy:04x}"
            source = f"{a.source}#copy{copy}"
            day = (a.article.date or _default_day()) - timedelta(days=(copy * 7) % 730)
            article = dataclasses.replace(a.article, id=new_id, source=source, date=day)
            batch.append(dataclasses.replace(a, id=new_id, source=source, article=article))
        with Store(db) as store:
            stored += store.write(batch).events
        copy += 1
    print(f"stored {copy} copies: {stored:,} events in {time.monotonic() - t:.0f} s -> {db}")


def _default_day():
    from datetime import date

    return date(2019, 11, 20)


def generated_pages(folder: Path, n: int, first: int = 0) -> Path:
    """`n` short distinct news pages for the concurrent ingest, numbered from `first`."""
    folder.mkdir(parents=True, exist_ok=True)
    countries = ["Russia", "China", "Iran", "Israel", "India", "Japan", "Turkey", "Germany", "France", "Brazil"]
    verbs = ["criticized", "praised", "met", "accused", "threatened", "condemned", "urged", "thanked"]
    for i in range(first, first + n):
        a, b = countries[i % 10], countries[(i * 7 + 3) % 10]
        b = b if b != a else countries[(i + 1) % 10]
        (folder / f"load{i:05d}.txt").write_text(
            f"Load test report {i}\n\nPublished: 2024-{1 + i % 12:02d}-{1 + i % 28:02d}\n\n"
            f"{a} {verbs[i % 8]} {b} on Monday, officials said in report number {i}. "
            f"The foreign minister of {b} said the {i} proposals were under review.\n"
        )
    return folder


# -- 2. the processes -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, log) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "detente.cli.main", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
        env=child_env(), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_ready(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"the server exited with {proc.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    sys.exit(f"the server did not answer within {timeout} s")


class Ingests(threading.Thread):
    """`detente ingest` of `pages` fresh generated pages, again and again until `halt` is set."""

    def __init__(self, db: Path, folder: Path, pages: int, log):
        super().__init__(daemon=True)
        self.db, self.folder, self.pages, self.log = db, folder, pages, log
        self.halt = threading.Event()
        self.proc: subprocess.Popen | None = None
        self.rounds: list[int] = []  # exit status of each finished run

    def run(self) -> None:
        n = 0
        while not self.halt.is_set():
            pages = generated_pages(self.folder / f"round{n}", self.pages, first=n * self.pages)
            self.proc = subprocess.Popen([sys.executable, "-m", "detente.cli.main", "ingest", str(pages), "--db", str(self.db)],
                                         env=child_env(), cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
            while self.proc.poll() is None and not self.halt.wait(0.2):
                pass
            if self.proc.poll() is None:
                return  # halted: `stop` ends this run
            self.rounds.append(self.proc.returncode)
            n += 1


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGINT)  # uvicorn and `detente ingest` both end cleanly on SIGINT
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# -- 3. the load ---------------------------------------------------------------------------------------


def request_mix(db: Path, seed: int = 7) -> list[tuple[str, str, dict]]:
    """(endpoint name, path, params) drawn from what the database holds; weights favour list views."""
    with Store(db, read_only=True) as store:
        ids = [r[0] for r in store.con.execute("SELECT id FROM articles USING SAMPLE 200 ROWS").fetchall()]
        codes = [r[0] for r in store.con.execute(
            "SELECT source_country FROM events WHERE source_country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 12").fetchall()]
        words = [r[0] for r in store.con.execute(
            "SELECT DISTINCT lower(split_part(title, ' ', 1)) FROM articles WHERE length(split_part(title, ' ', 1)) > 3 LIMIT 40").fetchall()]
    rng = random.Random(seed)
    pair = lambda: rng.sample(codes, 2) if len(codes) > 1 else ["USA", "CHN"]  # noqa: E731
    kinds = [
        (3, "stats", lambda: ("/api/stats", {})),
        (6, "events", lambda: ("/api/events", {"limit": 50})),
        (5, "events?actor", lambda: ("/api/events", {"actor": rng.choice(codes), "limit": 50})),
        (3, "events?dyad", lambda: ("/api/events", {"dyad": ",".join(pair()), "since": "2018-01-01"})),
        (3, "events?cameo", lambda: ("/api/events", {"cameo": rng.choice(["01", "04", "11", "19", "042"]), "offset": rng.randrange(200)})),
        (5, "articles?q", lambda: ("/api/articles", {"q": rng.choice(words), "limit": 20})),
        (5, "article", lambda: (f"/api/articles/{rng.choice(ids)}", {"k": 0})),
        (2, "dyads", lambda: ("/api/dyads", {"limit": 20})),
        (3, "dyad timeline", lambda: ("/api/dyads/{}/{}".format(*pair()), {"by": rng.choice(["month", "year"])})),
        (2, "actors", lambda: ("/api/actors", {"q": rng.choice(codes)[:2]})),
        (2, "actor", lambda: (f"/api/actors/{rng.choice(codes)}", {})),
        (1, "network", lambda: ("/api/network", {"max_nodes": 30})),
    ]
    plan = []
    for weight, name, make in kinds:
        for _ in range(weight * 40):
            path, params = make()
            plan.append((name, path, params))
    rng.shuffle(plan)
    return plan


async def run_load(port: int, plan: list, total: int, clients: int, deadline: float) -> tuple[list, list]:
    import httpx

    results: list[tuple[str, float, int]] = []  # (endpoint, seconds, status; 0 = no answer)
    errors: list[str] = []
    counter = iter(range(total))
    # uvicorn closes a keep-alive connection after 5 s idle; dropping ours at 4 s keeps the client from
    # sending on a connection the server is closing (a client-side race, not a server failure).
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=4)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", limits=limits, timeout=60, trust_env=False) as client:

        async def worker() -> None:
            for n in counter:
                if time.monotonic() > deadline:
                    return
                name, path, params = plan[n % len(plan)]
                t = time.perf_counter()
                try:
                    response = await client.get(path, params=params)
                    status = response.status_code
                    if status != 200 and len(errors) < 20:
                        errors.append(f"{status} {path} {params}: {response.text[:160]}")
                except httpx.HTTPError as exc:
                    status = 0
                    if len(errors) < 20:
                        errors.append(f"{type(exc).__name__} {path} {params}: {exc}")
                results.append((name, time.perf_counter() - t, status))

        await asyncio.gather(*(worker() for _ in range(clients)))
    return results, errors


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def report(results: list, errors: list, seconds: float, clients: int) -> dict:
    lat = [r[1] * 1000 for r in results]
    failed = sum(1 for r in results if r[2] != 200)
    summary = {
        "requests": len(results), "clients": clients, "seconds": round(seconds, 1),
        "requests_per_s": round(len(results) / seconds, 1), "errors": failed,
        "p50_ms": round(pct(lat, 0.50), 1), "p90_ms": round(pct(lat, 0.90), 1), "p99_ms": round(pct(lat, 0.99), 1),
        "max_ms": round(max(lat), 1) if lat else None,
    }
    print(f"\n{len(results):,} requests from {clients} clients in {seconds:.1f} s: {summary['requests_per_s']} requests/s, "
          f"{failed} errors")
    print(f"latency ms: p50 {summary['p50_ms']}  p90 {summary['p90_ms']}  p99 {summary['p99_ms']}  max {summary['max_ms']}")
    by = defaultdict(list)
    for name, secs, status in results:
        by[name].append((secs * 1000, status))
    print(f"\n{'endpoint':<16}{'n':>7}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name in sorted(by):
        ms = [m for m, _ in by[name]]
        print(f"{name:<16}{len(ms):>7}{pct(ms, 0.5):>9.1f}{pct(ms, 0.99):>9.1f}{sum(1 for _, s in by[name] if s != 200):>8}")
    statuses = Counter(r[2] for r in results)
    print(f"\nstatus codes: {dict(statuses)}")
    for line in errors[:10]:
        print(f"  {line}")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="database to build or reuse (default: a temporary file)")
    parser.add_argument("--events", type=int, default=10_000, help="at least this many stored events (default 10,000)")
    parser.add_argument("--pages", type=int, default=102, help="corpus pages to analyze for the database (default all 102)")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--ingest-pages", type=int, default=1_000, help="generated pages per concurrent ingest run (runs repeat)")
    parser.add_argument("--no-ingest", action="store_true", help="no concurrent ingest (a baseline)")
    parser.add_argument("--max-seconds", type=float, default=900, help="the load stops after this long whatever the count")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="detente-load-"))
    db = Path(args.db) if args.db else tmp / "load.duckdb"
    if count_events(db) < args.events:
        build_database(db, args.events, args.pages)
    with Store(db, read_only=True) as store:
        articles0, events0 = (store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events"))
    print(f"database: {articles0:,} articles, {events0:,} events")

    port = free_port()
    server, ingests = None, None
    server_log = open(tmp / "server.log", "w")
    ingest_log = open(tmp / "ingest.log", "w")
    try:
        server = start_server(db, port, server_log)
        wait_ready(port, server)
        plan = request_mix(db)
        if not args.no_ingest:
            ingests = Ingests(db, tmp / "ingest-pages", args.ingest_pages, ingest_log)
            ingests.start()
            time.sleep(5)  # let the ingest load its model and reach its first write batches
        start = time.monotonic()
        results, errors = asyncio.run(run_load(port, plan, args.requests, args.clients, start + args.max_seconds))
        seconds = time.monotonic() - start
        if ingests is None:
            ingest_state = "none"
        else:
            running = ingests.proc is not None and ingests.proc.poll() is None
            ingest_state = f"{len(ingests.rounds)} runs finished (exit {sorted(set(ingests.rounds))}), one {'still running' if running else 'ended'}"
    finally:
        if ingests is not None:
            ingests.halt.set()
            ingests.join(5)
            stop(ingests.proc)
        stop(server)
        server_log.close()
        ingest_log.close()
    summary = report(results, errors, seconds, args.clients)
    with Store(db, read_only=True) as store:
        articles1 = store.con.execute("SELECT count(*) FROM articles").fetchone()[0]
    ingest_tail = (tmp / "ingest.log").read_text(errors="replace").strip().splitlines()[-1:] or ["(no output)"]
    print(f"\nconcurrent ingest: {ingest_state} when the load ended; {articles1 - articles0:,} articles stored meanwhile; "
          f"last line: {ingest_tail[0][-160:]}")
    summary.update(database_events=events0, database_articles=articles0, ingested_meanwhile=articles1 - articles0,
                   ingest=ingest_state)
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))
    print(f"logs: {tmp}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
