"""CI fails when actor recall on the dev gold falls below its pinned floor (benchmarks/baselines/actors.json)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_actor_recall_gate(gold_dir):
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "actors.py"), "--gate", "--misses", "0"],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    print(done.stdout)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "gate: ok" in done.stdout
