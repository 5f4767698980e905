"""A real Dask cluster on 127.0.0.1: a scheduler and two single-threaded workers, each its own process."""

import json
import subprocess
import sys
import time

import pytest

from detente.cluster import RunOptions
from detente.engine import AnalyzeOptions, ingest
from detente.errors import DetenteError

from clusterkit import dump, worker_env

pytest.importorskip("distributed")
OPTS = AnalyzeOptions(batch_size=4)


@pytest.fixture
def cluster(tmp_path):
    """The scheduler's address; scheduler and workers are stopped afterwards, whatever happens."""
    file = tmp_path / "scheduler.json"
    env = worker_env()
    procs = []

    def start(*args):
        p = subprocess.Popen([sys.executable, "-m", *args], env=env, cwd=tmp_path,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(p)

    try:
        start("distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
              "--scheduler-file", str(file))
        deadline = time.monotonic() + 60
        while not file.exists() or not file.read_text().strip():
            if time.monotonic() > deadline or procs[0].poll() is not None:
                pytest.fail("the Dask scheduler did not start within 60 s")
            time.sleep(0.2)
        address = json.loads(file.read_text())["address"]
        for _ in range(2):
            start("distributed.cli.dask_worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                  "--host", "127.0.0.1", "--local-directory", str(tmp_path))
        from distributed import Client

        with Client(address, timeout=30) as c:
            c.wait_for_workers(2, timeout=90)
        yield address
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(timeout=5)


def test_cluster_stores_exactly_what_a_local_run_does(tmp_path, pages, cluster):
    folder = pages(10)
    local = ingest([str(folder)], db=tmp_path / "local.duckdb", options=OPTS, run=RunOptions(workers=1))
    remote = ingest([str(folder)], db=tmp_path / "dask.duckdb", options=OPTS, run=RunOptions(cluster=cluster, in_flight=2))
    assert (local.documents, local.stored, local.failed, local.events) == (remote.documents, remote.stored, remote.failed, remote.events)
    a, b = dump(tmp_path / "local.duckdb"), dump(tmp_path / "dask.duckdb")
    assert a["articles"] and a["events"] and a["actors"] and a["quotes"]
    assert a == b


def test_unreachable_scheduler_is_a_clear_error(tmp_path, pages):
    with pytest.raises(DetenteError, match="Dask scheduler"):
        ingest([str(pages(1))], db=tmp_path / "x.duckdb", options=OPTS,
               run=RunOptions(cluster="tcp://127.0.0.1:9", connect_timeout=2))
