"""Crawl many portals on every CPU: chunks of portals crawled in worker processes.

Parsing and judging are CPU-bound Python, so one process uses one core. ``check`` hands chunks of
portals to a pool of worker processes; each worker runs the same ``crawl_and_record`` step on a
pipeline of its own (event loop, client, buffered writes) and returns what it produced.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.store.db import open_database


@dataclass(repr=False)
class PoolOutcome:
    """What the worker processes produced, merged.

    A one-line repr, as CheckReport's: a worker's ``asyncio.run`` may format its result.
    """

    results: dict[str, ComplianceResult] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    unstored: int = 0
    store_error: str | None = None

    def __repr__(self) -> str:
        return (
            f"PoolOutcome(results={len(self.results)}, skipped={len(self.skipped)}, "
            f"unstored={self.unstored})"
        )


def guided_chunks(
    portals: Sequence[PortalConfig], workers: int, parallel: int
) -> list[list[PortalConfig]]:
    """Chunks of ``portals`` for ``workers`` processes, largest first (guided scheduling).

    A worker crawls ``parallel`` portals of its chunk at a time (``Pipeline.crawl_slots``),
    starting the next as soon as one ends; only at a chunk's end does it wait for its slowest
    crawl. Each chunk takes half of what is left over the workers' count: few chunk ends while
    much is left, and small chunks (never under ``parallel``) at the end, where a worker with
    nothing left to take would idle.
    """
    chunks: list[list[PortalConfig]] = []
    start = 0
    while start < len(portals):
        size = max(parallel, -(-(len(portals) - start) // (2 * workers)))
        chunks.append(list(portals[start : start + size]))
        start += size
    return chunks


def worker_count(config: Config, portals: int) -> int:
    """Processes to use: ``[crawl] processes`` (0 = one per CPU), never more than chunks."""
    wanted = config.crawl.processes or os.cpu_count() or 1
    chunks = -(-portals // config.crawl.parallel_portals)
    return max(1, min(wanted, chunks))


async def _crawl_chunk_async(
    config: Config, portals: list[PortalConfig], ids: dict[str, int]
) -> PoolOutcome:
    from monitor.pipeline.context import open_pipeline
    from monitor.pipeline.crawl import crawl_and_record

    engine, factory = open_database(config.monitor.database_url, migrate=False)
    outcome = PoolOutcome()
    try:
        async with open_pipeline(config, factory, ids) as pipe:
            try:
                done = await asyncio.gather(*(crawl_and_record(pipe, p) for p in portals))
            finally:
                outcome.unstored = await pipe.buffer.close()
                outcome.store_error = pipe.buffer.last_error
    finally:
        engine.dispose()
    for portal, result in zip(portals, done, strict=True):
        if isinstance(result, ComplianceResult):
            outcome.results[portal.slug] = result
        elif isinstance(result, str):
            outcome.skipped[portal.slug] = result
    return outcome


def _start_worker() -> None:
    """Worker initializer: import the crawl's modules, then freeze what the imports made.

    Frozen objects are left out of every later collection, so that the full collection after
    each chunk only walks what the crawls made (milliseconds, not a tenth of a second).
    """
    import monitor.pipeline.context
    import monitor.pipeline.crawl  # noqa: F401

    gc.collect()
    gc.freeze()


def _crawl_chunk(config: Config, portals: list[PortalConfig], ids: dict[str, int]) -> PoolOutcome:
    """Worker body: crawl, judge and store one chunk of portals."""
    try:
        return asyncio.run(_crawl_chunk_async(config, portals, ids))
    finally:
        # A finished crawl can stay in a reference cycle (its pages and raw bodies with it) that
        # only a full collection frees, and those come rarely in a process that imported this
        # much. Collected here, each chunk reuses the memory of the last instead of adding to it.
        gc.collect()


def start_workers(workers: int) -> ProcessPoolExecutor:
    """``workers`` crawl processes, starting now: their imports overlap the round's probes."""
    # "spawn": the parent holds threads and open connections that a fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker)
    for _ in range(workers):
        pool.submit(_ready)  # each submit with no idle worker starts one process
    return pool


def _ready() -> None:
    """A no-op task: the worker has started and imported (``_start_worker``)."""


async def crawl_in_processes(
    pool: ProcessPoolExecutor,
    config: Config,
    portals: Sequence[PortalConfig],
    *,
    ids: dict[str, int],
    workers: int,
    on_result: Callable[[ComplianceResult], None] | None = None,
) -> PoolOutcome:
    """Crawl ``portals`` in ``pool``'s ``workers`` processes, in ``guided_chunks``."""
    chunks = guided_chunks(portals, workers, config.crawl.parallel_portals)
    loop = asyncio.get_running_loop()
    merged = PoolOutcome()
    futures = [
        loop.run_in_executor(
            pool, _crawl_chunk, config, chunk, {p.slug: ids[p.slug] for p in chunk}
        )
        for chunk in chunks
    ]
    for finished in asyncio.as_completed(futures):
        outcome = await finished
        merged.skipped.update(outcome.skipped)
        merged.unstored += outcome.unstored
        merged.store_error = merged.store_error or outcome.store_error
        for slug, result in outcome.results.items():
            merged.results[slug] = result
            if on_result is not None:
                on_result(result)
    return merged
