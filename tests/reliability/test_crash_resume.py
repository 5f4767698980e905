"""Crash safety: `detente ingest` killed with SIGKILL mid-run, twice, then run again to resume.

The whole process group (the writer and its worker processes) is killed, as a crash or
`kill -9` of the job would: first at an arbitrary moment, then while a batch is being written.
The third run resumes (re-running skips what is stored; `--skip-stored` is given as old scripts
do). Afterwards every one of the 1,000 pages is stored exactly once, no article is half-written
(its events, actors and quotes are what a fresh analysis gives, with no orphan rows), and the
database opens cleanly read-write and read-only.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest

from .conftest import PYTHON, ROOT, env, wait_for, write_pages

PAGES = 1000


def start_ingest(folder: Path, db: Path, *extra: str) -> subprocess.Popen:
    # its own process group (session), so the test can find and kill its workers too
    return subprocess.Popen([PYTHON, "-m", "detente.cli.main", "ingest", str(folder), "--db", str(db), "--workers", "2", *extra],
                            env=env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def group(pgid: int) -> list[int]:
    """Live (not zombie) processes in process group `pgid` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


def stored(db: Path) -> int:
    """Articles stored so far, read between the ingest's write batches (0 while it holds the lock)."""
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return 0
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


def kill(proc: subprocess.Popen, *, whole_group: bool) -> list[int]:
    """SIGKILL the ingest (or its whole group); returns the workers still alive 10 s after."""
    if whole_group:
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    wait_for(lambda: not group(proc.pid), timeout=10)
    left = group(proc.pid)
    for pid in left:  # do not leave them running whatever the verdict
        os.kill(pid, signal.SIGKILL)
    proc.communicate(timeout=30)  # the pipes close once no worker holds them
    return left


def latest(db: Path, n: int) -> list[str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT id FROM articles ORDER BY ingested_at DESC LIMIT ?", [n]).fetchall()]
    finally:
        con.close()


@pytest.mark.slow
def test_sigkill_mid_ingest_then_resume_stores_every_page_once(tmp_path):
    folder, db = tmp_path / "pages", tmp_path / "crash.duckdb"
    paths = write_pages(folder, PAGES)
    wal = Path(str(db) + ".wal")

    # 1. killed at an arbitrary moment once some articles are stored
    proc = start_ingest(folder, db)
    assert wait_for(lambda: stored(db) >= 100 or proc.poll() is not None, timeout=120), "no article stored in 120 s"
    assert proc.poll() is None, "the ingest ended before it could be killed"
    kill(proc, whole_group=True)
    at_first = stored(db)
    suspects = latest(db, 32)  # the batches written just before the kill

    # 2. resumed, and killed again while it writes (the write-ahead log is there only during a batch)
    proc = start_ingest(folder, db, "--skip-stored")
    assert wait_for(lambda: stored(db) >= at_first + 100 or proc.poll() is not None, timeout=120)
    assert wait_for(lambda: wal.exists() or proc.poll() is not None, timeout=60, every=0.001)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    kill(proc, whole_group=True)
    killed_mid_write = wal.exists()  # usually: the log of an uncommitted (or unmerged) batch is left behind
    at_second = stored(db)
    assert at_first < at_second < PAGES
    print(f"killed after {at_first} and {at_second} articles; second kill left a write-ahead log: {killed_mid_write}")
    suspects += latest(db, 32)

    # 3. resumed to the end
    proc = start_ingest(folder, db, "--skip-stored")
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err[-2000:]
    summary = re.search(r"(\d+) documents: (\d+) stored, (\d+) failed, (\d+) (?:skipped|already stored)", out)
    assert summary, out
    documents, new, failed, skipped = map(int, summary.groups())
    assert (documents + skipped, failed, skipped) == (PAGES, 0, at_second) and new == PAGES - at_second

    con = duckdb.connect(str(db), read_only=True)  # opens cleanly after two crashes
    try:
        one = lambda sql: con.execute(sql).fetchone()  # noqa: E731
        assert one("SELECT count(*), count(DISTINCT id), count(DISTINCT source) FROM articles") == (PAGES, PAGES, PAGES)
        sources = {r[0] for r in con.execute("SELECT source FROM articles").fetchall()}
        assert {os.path.abspath(s) for s in sources} == {str(p.resolve()) for p in paths}
        assert one("SELECT count(*) FROM failures") == (0,)
        for table in ("events", "actors", "quotes"):
            orphans = one(f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)")
            assert orphans == (0,), f"{table} rows without their article"
            gaps = one(f"SELECT count(*) FROM (SELECT article_id, max(idx) + 1 AS n, count(*) AS c FROM {table} GROUP BY article_id) WHERE n != c")
            assert gaps == (0,), f"{table}: an article's rows are not numbered 0..n-1"
        assert one("SELECT count(*) FROM articles WHERE text = '' OR versions IS NULL") == (0,)
        rows = con.execute(
            "SELECT a.id, a.source, (SELECT count(*) FROM events e WHERE e.article_id = a.id), "
            "(SELECT count(*) FROM actors x WHERE x.article_id = a.id), (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) "
            "FROM articles a"
        ).fetchall()
    finally:
        con.close()

    # The articles written around each kill, and a random sample, hold what a fresh analysis finds.
    counts = {r[0]: r[1:] for r in rows}
    sample = set(suspects) | set(random.Random(0).sample(sorted(counts), 24))
    from detente.engine import analyze

    fresh = {a.id: a for a in analyze([counts[i][0] for i in sorted(sample)])}
    assert set(fresh) == sample
    for article_id, a in fresh.items():
        assert a.error is None, a.error
        assert counts[article_id][1:] == (len(a.events), len(a.actors), len(a.quotes)), counts[article_id][0]

    # and the store opens read-write (migration) and answers the CLI
    from detente.store import Store

    with Store(db) as store:
        assert store.stored_ids(list(counts)) == set(counts)
    done = subprocess.run([PYTHON, "-m", "detente.cli.main", "stats", "--db", str(db), "--json"], env=env(), cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and f'"articles": {PAGES}' in done.stdout


def test_workers_exit_when_the_main_process_is_killed(tmp_path):
    """The OOM killer takes the main process only: its workers (300-400 MB each) must not live on."""
    folder, db = tmp_path / "pages", tmp_path / "orphans.duckdb"
    write_pages(folder, 600)
    proc = start_ingest(folder, db)
    assert wait_for(lambda: stored(db) > 0 or proc.poll() is not None, timeout=120)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    orphans = kill(proc, whole_group=False)
    assert not orphans, f"worker processes {orphans} outlived their killed parent by 10 s"
