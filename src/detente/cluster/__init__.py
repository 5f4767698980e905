"""Where the pure unit of work runs: this process, local worker processes, or a Dask cluster.

`engine.ingest` hands batches of documents to `map_batches` and writes what comes back; the
unit of work is always `engine.analyze_batch` (pure: items in, one `Analysis` per item out), so
every runner gives the same results, in input order::

    for analyses in map_batches(batches, options, RunOptions(workers=4)):
        store.write(analyses)

Backpressure: at most `in_flight` batches are submitted and not yet returned, so memory stays
flat however large the corpus is, and the inputs are read only as fast as the workers work.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["RunOptions", "default_workers", "map_batches", "warm"]


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the OS tells it, else the CPU count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, kw_only=True)
class RunOptions:
    """Where `analyze_batch` runs. `cluster` (a Dask scheduler address) wins over `workers`."""

    workers: int = 1  # local processes; 1 runs everything in this process
    cluster: str | None = None  # e.g. "tcp://10.0.0.5:8786"
    in_flight: int | None = None  # batches submitted and not yet written; default 2 per worker
    connect_timeout: float = 30.0  # seconds to reach the Dask scheduler

    def __post_init__(self) -> None:
        if self.workers < 1:
            raise ValueError(f"workers must be 1 or more, not {self.workers}")
        if self.in_flight is not None and self.in_flight < 1:
            raise ValueError(f"in_flight must be 1 or more, not {self.in_flight}")


def map_batches(
    batches: Iterable[Sequence[Any]],
    options: Any,
    run: RunOptions = RunOptions(),
    *,
    fn: Callable[[Sequence[Any], Any], list] | None = None,
) -> Iterator[list]:
    """`fn(batch, options)` for every batch (default `engine.analyze_batch`), results in input order.

    `fn` must be a module-level function importable by the workers (it is pickled by name).
    """
    if fn is None:
        from ..engine import analyze_batch as fn
    if run.cluster:
        from .dask_runner import map_dask

        return map_dask(batches, options, run, fn=fn)
    if run.workers > 1:
        from .pool import map_pool

        return map_pool(batches, options, run, fn=fn)
    return (fn(batch, options) for batch in batches)


def warm(options: Any) -> None:
    """Load this process's resources (spaCy, dictionaries, lexicon) once, before the first batch."""
    from ..engine import resources

    resources(tuple(options.actors_files), tuple(options.agents_files), tuple(options.verbs_files))


def needs_warming(fn: Callable) -> bool:
    """Whether `fn` is the real unit of work (a stand-in passed in tests loads nothing)."""
    # By name, not identity: a test may swap engine.analyze_batch for a stand-in.
    return getattr(fn, "__module__", None) == "detente.engine" and getattr(fn, "__name__", None) == "analyze_batch"
