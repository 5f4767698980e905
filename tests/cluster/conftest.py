import gzip
import sys
from pathlib import Path

import pytest


# The stand-in unit of work (test_pool's order test) must be importable by name in worker processes (pickled by reference),
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
