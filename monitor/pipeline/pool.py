"""Crawl many portals on every CPU: chunks of portals crawled in worker processes.

Parsing and judging are CPU-bound Python, so one process uses one core. ``check`` hands chunks of
portals to a pool of worker processes; each worker crawls its chunk on its own event loop and
client, stores the results itself (every crawl is its own transaction) and returns them.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.store.db import open_database


def worker_count(config: Config, portals: int) -> int:
    """Processes to use: ``[crawl] processes`` (0 = one per CPU), never more than chunks."""
    wanted = config.crawl.processes or os.cpu_count() or 1
    chunks = -(-portals // config.crawl.parallel_portals)
    return max(1, min(wanted, chunks))


def _crawl_chunk(
    config: Config, portals: list[PortalConfig], ids: dict[str, int]
) -> list[ComplianceResult]:
    """Worker body: crawl, judge and store one chunk of portals."""
    from monitor.pipeline.check import run_crawls  # imported here: runner imports this module

    engine, factory = open_database(config.monitor.database_url, migrate=False)
    try:
        results = asyncio.run(run_crawls(config, factory, portals, ids=ids))
    finally:
        engine.dispose()
    return list(results.values())


async def crawl_in_processes(
    config: Config,
    portals: Sequence[PortalConfig],
    *,
    ids: dict[str, int],
    workers: int,
    on_result: Callable[[ComplianceResult], None] | None = None,
) -> dict[str, ComplianceResult]:
    """Crawl ``portals`` in ``workers`` processes, in chunks of ``[crawl] parallel_portals``."""
    size = config.crawl.parallel_portals
    chunks = [list(portals[start : start + size]) for start in range(0, len(portals), size)]
    loop = asyncio.get_running_loop()
    # "spawn": the parent holds threads and open connections that a fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    results: dict[str, ComplianceResult] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [
            loop.run_in_executor(
                pool, _crawl_chunk, config, chunk, {p.slug: ids[p.slug] for p in chunk}
            )
            for chunk in chunks
        ]
        for finished in asyncio.as_completed(futures):
            for result in await finished:
                results[result.slug] = result
                if on_result is not None:
                    on_result(result)
    return results
