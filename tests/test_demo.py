"""`make demo`, as a newcomer runs it: the recipe's commands (setup aside) in a scratch folder.
It must show codes with their names, a quote with its speaker, and end by saying what to do next."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def demo_recipe() -> list[str]:
    text = (ROOT / "Makefile").read_text("utf-8")
    body = re.search(r"^demo:.*?\n((?:\t.*\n)+)", text, re.M).group(1)
    return [line[1:].lstrip("@") for line in body.splitlines()]


def test_make_demo_shows_names_a_quote_and_what_next(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("DETENTE_DB", None)
    out = []
    for line in demo_recipe():
        cmd = line.replace("$(BIN)", str(BIN)).replace("$(EXAMPLES)", str(ROOT / "examples"))
        done = subprocess.run(["bash", "-c", cmd], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"{line}\n{done.stderr[-2000:]}"
        out.append(done.stdout)
    text = "".join(out)
    assert re.search(r"[A-Z]{3}GOV [A-Z][a-z]+ — government", text), "actor codes with their names"
    assert re.search(r"\b0\d\d [A-Z][a-z]+", text), "CAMEO codes with their names"
    assert re.search(r"“.+”\n    — [A-Z][\w .'-]+ \([A-Z]{3}", text), "a quote and its speaker"
    last = [line for line in text.splitlines() if line.strip()][-2:]
    assert any("detente serve --db demo.duckdb" in line for line in last), last
