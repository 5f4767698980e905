import pytest

from detente.cli.main import main


@pytest.fixture(scope="session")
def db(tmp_path_factory, seed_path):
    """The seed page stored, beside one empty (failed) document."""
    d = tmp_path_factory.mktemp("cli")
    empty = d / "empty.txt"
    empty.write_text("")
    path = d / "seed.duckdb"
    # one bad document: it is recorded, the other is stored, and the exit status says so
    assert main(["ingest", str(seed_path), str(empty), "--db", str(path)]) == 1
    return path
