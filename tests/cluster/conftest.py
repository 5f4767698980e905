import gzip
import sys
from pathlib import Path

import pytest

from detente import engine
from detente.errors import EmptyDocument
from detente.model import RawDocument

# The stand-in unit of work must be importable by name in worker processes (pickled by reference),
# and pytest runs with --import-mode=importlib, which puts no test folder on sys.path: put this one there.
sys.path.insert(0, str(Path(__file__).resolve().parent))

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "scrapinghub-dev" / "html"


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
    from clusterkit import real_pipeline

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


