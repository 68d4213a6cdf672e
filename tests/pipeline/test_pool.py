"""How ``check`` splits a round's portals over its worker processes."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest

from monitor.compliance.result import ComplianceResult
from monitor.config import Config, CrawlSettings, MonitorSettings, PortalConfig
from monitor.pipeline.context import STORE_SLOTS_PER_CRAWL, Pipeline, open_pipeline
from monitor.pipeline.pool import guided_chunks
from monitor.store import repo
from monitor.store.db import open_database, transaction


def _portals(count: int) -> list[PortalConfig]:
    return [
        PortalConfig(slug=f"muni-{i}", name=f"Muni {i}", url=f"http://127.0.0.{i % 250 + 1}/")
        for i in range(count)
    ]


@pytest.mark.parametrize(("count", "workers", "parallel"), [(340, 2, 8), (1000, 3, 8), (5, 2, 8)])
def test_every_portal_once_in_order_largest_chunks_first(
    count: int, workers: int, parallel: int
) -> None:
    portals = _portals(count)
    chunks = guided_chunks(portals, workers, parallel)
    assert [p.slug for chunk in chunks for p in chunk] == [p.slug for p in portals]
    sizes = [len(chunk) for chunk in chunks]
    assert sizes == sorted(sizes, reverse=True)
    assert all(size >= parallel for size in sizes[:-1])  # only the remainder may be smaller
    # Few chunk ends while much is left, and the last ones no larger than the crawls at once.
    assert sizes[0] == min(count, max(parallel, -(-count // (2 * workers))))
    assert sizes[-1] <= parallel


async def test_results_waiting_to_be_stored_hold_back_new_crawls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database that does not take the results stops new crawls after four per crawl slot:
    what waits to be stored (pages, bodies for the evidence) stays bounded."""
    from monitor.pipeline import crawl as crawl_step

    portals = _portals(30)
    config = Config(
        monitor=MonitorSettings(database_url=f"sqlite:///{tmp_path}/m.db"),
        crawl=CrawlSettings(parallel_portals=2),
        portals=tuple(portals),
    )
    engine, factory = open_database(config.monitor.database_url)
    with transaction(factory) as session:
        ids = repo.sync_portals(session, portals)
    started: list[str] = []
    database_back = asyncio.Event()

    async def assess(pipe: object, portal: PortalConfig, *args: object) -> ComplianceResult:
        started.append(portal.slug)
        return ComplianceResult(portal.slug, "v1", dt.datetime.now(dt.UTC), ())

    entered: list[str] = []
    all_entered = asyncio.Event()
    crawl_inner = crawl_step._crawl

    async def counting_crawl(pipe: Pipeline, portal: PortalConfig, crawl_id: int) -> object:
        entered.append(portal.slug)  # past the database reads and the crawl row
        if len(entered) == len(portals):
            all_entered.set()
        return await crawl_inner(pipe, portal, crawl_id)

    async def no_memory(pipe: Pipeline, portal: PortalConfig) -> dict[str, object]:
        return {}

    monkeypatch.setattr(crawl_step, "_assess", assess)
    monkeypatch.setattr(crawl_step, "_crawl", counting_crawl)
    monkeypatch.setattr(crawl_step, "_memory", no_memory)
    try:
        async with open_pipeline(config, factory, ids) as pipe:

            async def slow_store(write: object) -> bool:
                await database_back.wait()
                return True

            monkeypatch.setattr(pipe, "store", slow_store)
            crawls = asyncio.gather(*(crawl_step.crawl_and_record(pipe, p) for p in portals))
            await asyncio.wait_for(all_entered.wait(), timeout=30)
            for _ in range(100):  # no thread left in the way: let every crawl go as far as it can
                await asyncio.sleep(0)
            waiting = len(started)
            database_back.set()
            await crawls
    finally:
        engine.dispose()
    # 8 results wait for the database (4 per slot) and 2 more are held in the crawl slots.
    assert waiting == STORE_SLOTS_PER_CRAWL * 2 + 2
    assert len(started) == len(portals)  # once the database is back, every crawl runs
