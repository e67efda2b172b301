"""Every core for the batch stages: `parallel_map`, an ordered map over forked workers.

Extraction, the YAML writing after it, and a cold render are pure functions over many
independent items (articles, pages). Workers are forked, so they start with the caller's
data already in memory: the function and its inputs are never pickled, only each item's
result comes back. The results are in input order, so the output is the same bytes
whatever the number of workers (tests/test_determinism.py and bench/build.py check it).
Forking is used on Linux only: Windows cannot fork, and macOS makes spawn the default
because a forked process may crash in its system frameworks. Elsewhere the workers are
spawned, which needs a function and items that pickle (extraction's do); a function that
does not (a render's page makers) and a handful of items run serially, with the same result.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor

# Below this many items a pool costs more than it saves.
MIN_ITEMS = 8
# Chunks per worker: enough to even out uneven items, few enough to keep transfers large.
CHUNKS_PER_WORKER = 4

_task: tuple | None = None  # (func, items) for the forked workers to read


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use, not the machine's
    except AttributeError:
        return os.cpu_count() or 1


def parallel_map(func, items: list, jobs: int | None = None) -> list:
    """`[func(item) for item in items]`, on `jobs` forked workers (default: every core)."""
    jobs = min(jobs or default_jobs(), len(items))
    if jobs <= 1 or len(items) < MIN_ITEMS:
        return [func(item) for item in items]
    if not sys.platform.startswith("linux"):
        return _spawned_map(func, items, jobs)
    global _task
    _task = (func, items)
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = list(pool.map(_run_chunk, _chunks(len(items), jobs * CHUNKS_PER_WORKER)))
    finally:
        _task = None
    return [result for part in parts for result in part]


def _spawned_map(func, items: list, jobs: int) -> list:
    try:
        pickle.dumps(func)
    except (pickle.PicklingError, AttributeError, TypeError):
        return [func(item) for item in items]
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        return list(pool.map(func, items, chunksize=max(1, len(items) // (jobs * CHUNKS_PER_WORKER))))


def _chunks(count: int, pieces: int) -> list[tuple[int, int]]:
    size = -(-count // pieces)
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def _run_chunk(bounds: tuple[int, int]) -> list:
    func, items = _task
    start, end = bounds
    return [func(item) for item in items[start:end]]
