"""A Dask cluster: `analyze_batch` on `distributed` workers, results written here in input order.

The scheduler and workers are started by whoever runs the cluster (`dask scheduler`,
`dask worker`, dask-kubernetes, dask-jobqueue; see docs/scale.md); every worker needs the same
detente version installed. Each batch is one task; a worker loads spaCy once (the first task,
or `warm` run on every worker up front) and keeps it for the tasks that follow.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..errors import DetenteError
from . import RunOptions, needs_warming, warm


def map_dask(
    batches: Iterable[Sequence[Any]], options: Any, run: RunOptions, *, fn: Callable
) -> Iterator[list]:
    """`fn(batch, options)` as tasks on the cluster at `run.cluster`, at most `in_flight` pending."""
    client = connect(run.cluster, timeout=run.connect_timeout)
    try:
        threads = sum(client.nthreads().values())
        if not threads:
            raise DetenteError(
                "the Dask scheduler has no workers; start some with "
                f"`dask worker {run.cluster} --nworkers N --nthreads 1`",
                source=run.cluster,
            )
        if needs_warming(fn):
            try:
                client.run(warm, options)
            except Exception as exc:  # noqa: BLE001 - a worker without detente or its model
                raise DetenteError(
                    f"a Dask worker could not load detente's resources ({type(exc).__name__}: {exc}); "
                    "install the same detente version and its spaCy model on every worker",
                    source=run.cluster,
                ) from exc
        in_flight = run.in_flight or 2 * threads
        run_id = uuid.uuid4().hex[:8]
        pending: deque = deque()
        try:
            for i, batch in enumerate(batches):
                # pure=False and a unique key: two identical batches are still two tasks.
                pending.append(client.submit(fn, batch, options, pure=False, retries=1, key=f"detente-{run_id}-{i}"))
                if len(pending) >= in_flight:
                    yield _result(pending.popleft(), run.cluster)
            while pending:
                yield _result(pending.popleft(), run.cluster)
        finally:
            for f in pending:
                f.cancel()
    finally:
        client.close()


def connect(address: str, *, timeout: float = 30.0):
    """A `distributed.Client` for the scheduler at `address`, or a DetenteError saying what to do."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise DetenteError("--cluster needs dask.distributed: pip install 'dask[distributed]'") from exc
    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise DetenteError(
            f"cannot reach a Dask scheduler ({exc}); start one with `dask scheduler` and pass its "
            "address, e.g. --cluster tcp://HOST:8786",
            source=address,
        ) from exc


def _result(future, address: str) -> list:
    try:
        out = future.result()
    except Exception as exc:  # noqa: BLE001 - analyze_batch records per-document errors itself
        raise DetenteError(
            f"a batch failed on the cluster ({type(exc).__name__}: {exc}); what was written so far is "
            "stored: run the same command again to resume",
            source=address,
        ) from exc
    future.release()
    return out
