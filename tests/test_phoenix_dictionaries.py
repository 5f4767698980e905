"""The public PETRARCH2/Phoenix dictionaries of ../shared/dictionaries/ load and code, as users
will point --actors/--agents/--verbs at them (their malformed lines skipped with one warning)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from detente.errors import DictionaryWarning

DICTS = Path(__file__).resolve().parents[2] / "shared" / "dictionaries"
ACTORS = sorted(DICTS.glob("Phoenix.*.actors.txt"))
pytestmark = pytest.mark.skipif(not DICTS.is_dir(), reason="../shared/dictionaries is not beside the project")


@pytest.mark.parametrize("path", ACTORS, ids=lambda p: p.name)
def test_each_actor_file_loads(path):
    from detente.actors import ActorDictionary

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DictionaryWarning)
        d = ActorDictionary.load(actors_files=(str(path),))
    assert len(d.user_keys) > 100


def test_agents_and_verbs_load_and_skipped_lines_are_counted():
    from detente.actors.tabari import read_agents
    from detente.events.tabari import read_verbs

    with pytest.warns(DictionaryWarning, match=r"Phoenix\.agents\.txt: skipped \d+ malformed"):
        agents = read_agents(DICTS / "Phoenix.agents.txt")
    assert len(agents) > 500
    with pytest.warns(DictionaryWarning, match=r"CAMEO\.2\.0\.txt: skipped \d+ malformed"):
        verbs = read_verbs(DICTS / "CAMEO.2.0.txt")
    assert len(verbs) > 10_000


def test_the_other_files_are_not_dictionaries_detente_reads():
    """Phoenix.discards.txt and Phoenix.IssueCoding.txt have no detente option; they exist and are text."""
    for name in ("Phoenix.discards.txt", "Phoenix.IssueCoding.txt"):
        assert (DICTS / name).read_text(encoding="utf-8", errors="replace").strip()


def test_phoenix_dictionaries_code_a_sentence(nlp):
    import detente
    from detente.model import RawDocument

    opts = detente.AnalyzeOptions(
        actors_files=tuple(str(p) for p in ACTORS),
        agents_files=(str(DICTS / "Phoenix.agents.txt"),),
        verbs_files=(str(DICTS / "CAMEO.2.0.txt"),),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DictionaryWarning)
        records = list(detente.code_records([{"id": "1", "text": "Pakistan accused India of violating the ceasefire in Kashmir.", "date": "2014-05-01"}], options=opts))
    events = records[0]["events"]
    assert any(e["source"].startswith("PAK") and (e["target"] or "").startswith("IND") and e["cameo"][:2] == "11" for e in events), events


def test_cli_says_each_files_skipped_lines_in_one_line(tmp_path):
    import json
    import subprocess
    import sys

    rec = tmp_path / "in.jsonl"
    rec.write_text(json.dumps({"id": "1", "text": "Pakistan accused India of shelling.", "date": "2014-05-01"}) + "\n")
    proc = subprocess.run([sys.executable, "-m", "detente.cli.main", "code", str(rec), "--agents", str(DICTS / "Phoenix.agents.txt")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if "Phoenix.agents.txt" in ln]
    assert len(lines) == 1 and lines[0].startswith("detente: warning: ") and "skipped 2 malformed" in lines[0]
    assert "tabari.read_agents" not in proc.stderr
