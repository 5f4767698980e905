"""The coder's quality gate: benchmarks/coder.py --gate against the pinned F1 floors."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "events_dev.jsonl"


@pytest.mark.slow
def test_coder_quality_gate():
    if importlib.util.find_spec("detente.actors") is None:
        pytest.skip("detente.actors is missing")
    import detente.actors as actors

    if not hasattr(actors, "resolve_actors"):
        pytest.skip("the actors stage is not merged yet (detente.actors.resolve_actors missing)")
    if not GOLD.is_file():
        pytest.skip(f"gold data not found at {GOLD}")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "coder.py"), "--gate"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
