"""Local worker processes: `analyze_batch` in a process pool, results back in input order.

Each worker loads spaCy and the dictionaries once (the pool's initializer) and then analyses
batch after batch; the main process reads the inputs and is the one writer. Workers are
started with forkserver (spawn where there is none), never plain fork: a forked copy of a
process that already holds a DuckDB connection, threads or a loaded model is not safe.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import DetenteError
from . import RunOptions, needs_warming, warm

# Numerical libraries start one thread per core in every process; with one process per core
# that oversubscribes the machine. Set before the worker imports numpy (via spaCy).
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def map_pool(
    batches: Iterable[Sequence[Any]], options: Any, run: RunOptions, *, fn: Callable
) -> Iterator[list]:
    """`fn(batch, options)` in `run.workers` processes, at most `in_flight` batches pending."""
    in_flight = run.in_flight or 2 * run.workers
    warm_with = options if needs_warming(fn) else None
    pool = ProcessPoolExecutor(run.workers, mp_context=_context(), initializer=_init_worker, initargs=(warm_with, os.getpid()))
    pending: deque[Future] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(fn, batch, options))
            if len(pending) >= in_flight:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        # On an error or an early stop (Ctrl-C, the consumer stops) do not wait for queued work.
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future) -> list:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise DetenteError(
            "a worker process died (out of memory, or killed); what was written so far is stored: "
            "run the same command again to resume, with fewer --workers if memory is short"
        ) from exc


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _init_worker(options: Any, parent: int | None = None) -> None:
    for name in _ONE_THREAD:
        os.environ.setdefault(name, "1")
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), name="detente-parent-watch", daemon=True).start()
    if options is not None:
        warm(options)


def _exit_with(parent: int, every: float = 1.0) -> None:
    """End this worker when the ingest that started it is gone.

    A SIGKILLed (or OOM-killed) parent never shuts its pool down: without this, each worker
    (300-400 MB) would wait on its task queue forever.
    """
    while True:
        time.sleep(every)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid now belongs to another user's process: ours is gone
            os._exit(1)
