"""Every code block of the README that can run offline runs, as written, and succeeds.

`sh` blocks run line by line in bash (with `.venv/bin/` meaning this interpreter's folder and
`../shared/` the shared data beside the project); `python` blocks run in a fresh interpreter.
Each runs in a scratch folder holding a copy of `examples/`. Left out, and why: `make` (it builds
the environment this test runs in) and `detente serve` (it runs until stopped; the browser tests
cover it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent
SKIP = ("make ", "detente serve")


def blocks() -> list[tuple[int, str, str]]:
    text = (ROOT / "README.md").read_text("utf-8")
    return [(text[: m.start()].count("\n") + 1, m.group(1), m.group(2))
            for m in re.finditer(r"^```(sh|python)\n(.*?)^```", text, re.S | re.M)]


def test_the_readme_has_runnable_blocks():
    kinds = [k for _, k, _ in blocks()]
    assert kinds.count("python") >= 1 and kinds.count("sh") >= 3


@pytest.fixture
def scratch(tmp_path):
    if not (SHARED / "seeds").exists():
        pytest.skip("../shared is not here")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("DETENTE_DB", None)
    return env


@pytest.mark.parametrize("line,kind,code", blocks(), ids=[f"README.md:{n}-{k}" for n, k, _ in blocks()])
def test_readme_block_runs(line, kind, code, scratch):
    if kind == "python":
        done = subprocess.run([sys.executable, "-c", code], cwd=scratch, env=_env(), capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"README.md:{line}\n{done.stderr[-3000:]}"
        assert "events between India and Pakistan" in done.stdout
        return
    commands = [c for c in code.splitlines() if c.strip() and not c.lstrip().startswith("#")]
    runnable = [c for c in commands if not any(s in c for s in SKIP)]
    if not runnable:
        pytest.skip(f"README.md:{line}: only {', '.join(sorted({s.strip() for s in SKIP if any(s in c for c in commands)}))}")
    for c in runnable:
        cmd = c.replace(".venv/bin/", f"{BIN}/").replace("../shared/", f"{SHARED}/")
        done = subprocess.run(["bash", "-c", cmd], cwd=scratch, env=_env(), capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, f"README.md:{line}: {c}\n{done.stderr[-3000:]}"
