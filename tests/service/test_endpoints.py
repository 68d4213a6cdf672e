"""``/metrics`` shares one collection among concurrent scrapers and never holds up ``/healthz``."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from typing import Any

import httpx
from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from monitor.service.endpoints import ScrapeCache, start_http_server


class CountingCollector(Collector):
    """A collector that counts its collections and can be held until released."""

    def __init__(self) -> None:
        self.collections = 0
        self.release = threading.Event()
        self.release.set()
        self.entered = threading.Event()

    def describe(self) -> Iterable[Metric]:
        return []

    def collect(self) -> Iterable[Metric]:
        self.entered.set()
        self.release.wait(timeout=30)
        self.collections += 1
        family = GaugeMetricFamily("laip_test_collections", "Collections so far.")
        family.add_metric([], self.collections)
        return [family]


def registry_with(collector: Collector) -> CollectorRegistry:
    registry = CollectorRegistry()
    registry.register(collector)
    return registry


async def test_concurrent_scrapes_share_one_collection_until_it_is_a_second_old() -> None:
    collector = CountingCollector()
    now = [100.0]
    cache = ScrapeCache(registry_with(collector), ttl=1.0, clock=lambda: now[0])
    try:
        bodies = await asyncio.gather(*(cache.body() for _ in range(20)))
        assert collector.collections == 1
        assert len(set(bodies)) == 1
        now[0] += 0.5
        await cache.body()
        assert collector.collections == 1
        now[0] += 0.6
        await cache.body()
        assert collector.collections == 2
    finally:
        cache.close()


async def test_healthz_answers_while_a_scrape_is_stuck_on_the_database() -> None:
    collector = CountingCollector()
    collector.release.clear()

    async def health() -> tuple[bool, dict[str, Any]]:
        await asyncio.to_thread(lambda: None)  # the default pool stays free for it
        return True, {"status": "ok"}

    runner, port = await start_http_server("127.0.0.1:0", registry_with(collector), health)
    try:
        async with httpx.AsyncClient(trust_env=False) as client:
            scrape = asyncio.ensure_future(client.get(f"http://127.0.0.1:{port}/metrics"))
            await asyncio.to_thread(collector.entered.wait, 10)
            health_answer = await client.get(f"http://127.0.0.1:{port}/healthz")
            assert health_answer.status_code == 200
            assert not scrape.done()  # the scrape is still held by its collector
            collector.release.set()
            assert (await scrape).status_code == 200
    finally:
        collector.release.set()
        await runner.cleanup()
