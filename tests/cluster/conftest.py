import gzip
import os
from pathlib import Path

import pytest

from detente import engine
from detente.errors import EmptyDocument
from detente.model import RawDocument
from detente.store import Store

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "scrapinghub-dev" / "html"


def real_pipeline() -> bool:
    """Whether the stages are installed (ingest, extract, actors, events ...) so real pages go end to end."""
    try:
        from detente.actors import resolve_actors  # noqa: F401
        from detente.events import code_events  # noqa: F401
        from detente.extract import extract  # noqa: F401
        from detente.ingest import iter_documents  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture
def pages(tmp_path):
    """A folder of real news pages (decompressed from the shared corpus) and one empty file."""

    def make(n: int) -> Path:
        d = tmp_path / f"pages{n}"
        d.mkdir()
        for p in sorted(CORPUS.glob("*.html.gz"))[:n]:
            (d / p.name[: -len(".gz")]).write_bytes(gzip.decompress(p.read_bytes()))
        (d / "zz-empty.html").write_bytes(b"")
        return d

    return make


@pytest.fixture
def unit(monkeypatch):
    """The unit of work: the real analyze_batch when the stages are installed, else the stand-in."""
    if real_pipeline():
        return engine.analyze_batch
    import standin

    def read(inputs, **_):
        for folder in inputs:
            for p in sorted(Path(folder).iterdir()):
                data = p.read_bytes()
                yield RawDocument(source=str(p), data=data, kind="html") if data else EmptyDocument("empty file", source=str(p))

    monkeypatch.setattr(engine, "read", read)
    monkeypatch.setattr(engine, "analyze_batch", standin.analyze_batch)
    return standin.analyze_batch


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
