"""A test database built once per session from real pages: the seed page plus 14 corpus pages.

The pages are ingested with `detente.engine.ingest`, the same path as `detente ingest`.
"""

from __future__ import annotations

import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_e25c9ce347118446.txt"
CORPUS = SHARED / "corpus" / "scrapinghub-dev"
# Pages with international news first (Hong Kong, US-China trade, Iran, ...), including two
# reports of one story (bubonic plague in China: 8b19..., 4323...) for the similar-stories tests.
PAGES = [
    "624fcd903d56fc7055fa7097b330629450c095ad6937318deb027be7803bbf35",
    "833caf3bdba53dcf48de273cf646370eebe9ac565744b0d0e941e298e1b79730",
    "39d5c43beb60605c3eec760c99500e62e7bd71ebbe4ae05edf382125e1b0b80a",
    "5fa3154ec031ab35411a457d78eb5aa92c0e803c5329bd05c001e6d64009e206",
    "360c732d1fdbfc6895d7096c0c0b8c0d581bb1af80160f4c6a0f1fd9ff85e469",
    "d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d",
    "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754",
    "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0",
    "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50",
    "432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3",
    "8380689f358c1e3a0f6fca6e11ed13e5304a74060139f7a584347db213950446",
    "65408257dbe4b41f71a35ade24e30243265095fc1d4988a35b9a6ca52f2b4eab",
    "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79",
    "f5c90a6d5253c3a21ff3168c64bea4b5ffade7a1ba5bed952a59ebee0d648d98",
]
PLAGUE = ("8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50",
          "432362af0be43f6da757ea778bd7f2f000094a565bdebac5af7442987a5372f3")
LATER_PAGE = "0d46122928b6f468cc4bbc694051d0dbae5702bc75a16dab82a99b58daf150a0"  # ingested by the live-server test

with warnings.catch_warnings():
    # starlette 1.x asks for `httpx2` in its TestClient; the httpx pinned here works the same.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

def inputs() -> list[str]:
    return [str(SEED)] + [str(page(p)) for p in PAGES]


def page(page_id: str) -> Path:
    return CORPUS / "html" / f"{page_id}.html.gz"


def build(path: Path) -> Path:
    """Ingest the pages into `path` with the real pipeline, as `detente ingest` does."""
    from detente.engine import ingest

    done = ingest(inputs(), db=path)
    assert done.stored >= 10, f"only {done.stored} of {done.documents} pages stored: {done.failures[:3]}"
    return path


# -- fixtures (imported by the conftest of tests/api and tests/web) ---------------------------------

import shutil  # noqa: E402

import pytest  # noqa: E402

_built: dict[str, Path] = {}


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The session's database of real pages; treat it as read-only (copy it to write)."""
    if "db" not in _built:
        _built["db"] = build(tmp_path_factory.mktemp("corpus") / "corpus.duckdb")
    return _built["db"]


@pytest.fixture
def writable_db(corpus_db, tmp_path) -> Path:
    path = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db, path)
    return path


@pytest.fixture(scope="session")
def client(corpus_db):
    from detente.api import create_app

    with TestClient(create_app(corpus_db)) as c:
        yield c
