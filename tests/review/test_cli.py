"""The done-when walk through the CLI on the seed article: reject one event, correct another,
add a missed one; `relations` and `dyad` change; re-ingest with --force keeps the reviews in
effect; `review export` scores with benchmarks/wild.py; `stats` and `queue` read the reviews."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from detente.cli.main import main

from .conftest import NEW, plan

ROOT = Path(__file__).resolve().parents[2]


def _jsonl(capsys, *argv):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _json(capsys, *argv):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _pairs(capsys, db):
    return {(r["a"], r["b"]): r["events"] for r in _json(capsys, "relations", "--db", db, "--json", "--min-confidence", "0")}


def _find(rows, **want):
    return next(r for r in rows if all(r[k] == v for k, v in want.items()))


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory, seed_path):
    db = str(tmp_path_factory.mktemp("review") / "seed.duckdb")
    assert main(["ingest", str(seed_path), "--db", db]) == 0
    return db


def test_review_walk(seed_db, seed_path, capsys, tmp_path):
    db = seed_db
    rows = _jsonl(capsys, "events", "--db", db, "--format", "jsonl", "--min-confidence", "0")
    assert rows and not any(r["reviewed"] for r in rows)
    aid = rows[0]["article_id"]
    before = _pairs(capsys, db)
    bad, fix, expect = plan(rows)
    assert main(["review", "reject", aid, str(bad["idx"]), "--db", db, "--reviewer", "ana"]) == 0
    assert main(["review", "correct", aid, str(fix["idx"]), "--target", NEW, "--cameo", "111",
                 "--db", db, "--reviewer", "ana"]) == 0
    sentence = fix["text"]
    assert main(["review", "add", aid, "--sentence", sentence[:40], "--source", "UKRGOV", "--target", NEW,
                 "--cameo", "173", "--db", db, "--reviewer", "bo", "--note", "missed arrest"]) == 0
    after = _pairs(capsys, db)
    assert after == expect(before) and after != before
    dyad = _json(capsys, "dyad", "UKR", "NZL", "--db", db, "--json", "--min-confidence", "0")
    assert sum(p["events"] for p in dyad) == after[("NZL", "UKR")] == 1

    # a newer analysis of the same page: the reviews find their events again
    assert main(["ingest", str(seed_path), "--db", db, "--force"]) == 0
    assert _pairs(capsys, db) == after
    reviewed = [r for r in _jsonl(capsys, "events", "--db", db, "--format", "jsonl", "--min-confidence", "0")
                if r["reviewed"]]
    assert sorted(r["review"] for r in reviewed) == ["add", "correct"]

    stats = _json(capsys, "review", "stats", "--db", db, "--format", "json")
    assert stats["reviewed"] == 2 and stats["confirmed"] == 0 and stats["added"] == 1 and stats["detached"] == 0
    queue = _jsonl(capsys, "review", "queue", "--db", db, "--format", "jsonl", "--limit", "100")
    confs = [q["confidence"] for q in queue]
    assert confs == sorted(confs) and len(queue) == len(rows) - 2

    gold = tmp_path / "gold.jsonl"
    assert main(["review", "export", "-o", str(gold), "--db", db]) == 0
    [record] = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    assert record["path"] == str(seed_path.resolve()) and record["complete"] is False
    assert sorted((e["source"], e["target"], e["cameo"]) for e in record["events"]) == sorted([
        ("UKRGOV", NEW, "173"), (fix["source"], NEW, "111")])
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "wild.py"), "--gold", str(gold)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "2 asserted gold events" in out.stdout and "F1" in out.stdout


def test_review_errors_are_one_line(seed_db, capsys):
    assert main(["review", "confirm", "nope", "0", "--db", seed_db, "--reviewer", "ana"]) == 2
    assert "no stored article" in capsys.readouterr().err
    assert main(["review", "correct", "x", "0", "--cameo", "999", "--db", seed_db, "--reviewer", "ana"]) == 2


def test_two_reviewer_processes_at_once_lose_nothing(tmp_path):
    from datetime import date

    from detente.model import Analysis, Article
    from detente.review import history
    from detente.store import Store

    from .conftest import TEXT, coder_events

    db = tmp_path / "two.duckdb"
    art = Article(id="art1", source="art1.txt", text=TEXT, title="A day", date=date(2020, 5, 1))
    with Store(db) as s:
        s.write([Analysis(source="art1.txt", id="art1", article=art, events=coder_events())])
    script = ("import sys; from detente.cli.main import main\n"
              "for k in range(4):\n"
              "    assert main(['review', 'correct', 'art1', str(k), '--modality', 'future', '--db', sys.argv[1],"
              " '--reviewer', sys.argv[2], '--note', f'{sys.argv[2]}-{k}']) == 0\n")
    env = {**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-c", script, str(db), name], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for name in ("ana", "bo")]
    for p in procs:
        assert p.wait(timeout=120) == 0, p.stderr.read().decode()[-1000:]
    with Store(db) as s:
        notes = sorted(r.note for r in history(s.con))
    assert notes == sorted(f"{n}-{k}" for n in ("ana", "bo") for k in range(4))
