"""Helpers for the runner tests (a distinct name: test folders share one import namespace)."""

import os
from pathlib import Path

from detente.store import Store


def dump(db) -> dict[str, list[dict]]:
    """Every stored row, timestamps left out, in a stable order."""
    with Store(db, read_only=True) as s:
        return {
            "articles": s.query("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id"),
            "events": s.query("SELECT * FROM events ORDER BY article_id, idx"),
            "actors": s.query("SELECT * FROM actors ORDER BY article_id, idx"),
            "quotes": s.query("SELECT * FROM quotes ORDER BY article_id, idx"),
            "failures": s.query("SELECT * EXCLUDE (failed_at) FROM failures ORDER BY id"),
        }


def worker_env() -> dict[str, str]:
    """Environment for worker processes started outside pytest: this checkout's src and the stand-in."""
    here = Path(__file__).resolve().parent
    paths = [str(here.parents[1] / "src"), str(here)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(paths + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env
