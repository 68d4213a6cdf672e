"""The crawl thread: crawls run on their own loop, and cancelling the job cancels the crawl."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator

import httpx
import pytest

from monitor.config import MonitorSettings
from monitor.net.client import HostLimiter, build_client
from monitor.pipeline.thread import CrawlThread


@pytest.fixture
async def crawler() -> AsyncIterator[CrawlThread]:
    thread = CrawlThread(MonitorSettings(), build_client, HostLimiter(2, 16))
    await asyncio.to_thread(thread.start)
    yield thread
    await thread.close()


async def test_crawl_work_blocking_its_loop_leaves_the_service_loop_running(
    crawler: CrawlThread,
) -> None:
    released = threading.Event()

    async def busy(client: httpx.AsyncClient, limiter: HostLimiter) -> str:
        # Blocks the loop it runs on until the service's loop sets the event: on one shared
        # loop this could never finish.
        assert released.wait(timeout=30)
        return threading.current_thread().name

    work = asyncio.create_task(crawler.run(busy))
    await asyncio.sleep(0.05)
    released.set()
    assert await work == "laip-crawls"


async def test_cancelling_the_job_cancels_the_crawl_in_the_thread(crawler: CrawlThread) -> None:
    started, cancelled = threading.Event(), threading.Event()

    async def endless(client: httpx.AsyncClient, limiter: HostLimiter) -> None:
        started.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    work = asyncio.create_task(crawler.run(endless))
    assert await asyncio.to_thread(started.wait, 30)
    work.cancel()
    with pytest.raises(asyncio.CancelledError):
        await work
    assert await asyncio.to_thread(cancelled.wait, 30)


async def test_closing_cancels_unfinished_crawls_and_ends_the_thread() -> None:
    thread = CrawlThread(MonitorSettings(), build_client, HostLimiter(2, 16))
    await asyncio.to_thread(thread.start)
    started = threading.Event()

    async def endless(client: httpx.AsyncClient, limiter: HostLimiter) -> None:
        started.set()
        await asyncio.sleep(60)

    work = asyncio.create_task(thread.run(endless))
    assert await asyncio.to_thread(started.wait, 30)
    await thread.close()
    with pytest.raises(asyncio.CancelledError):
        await work
    assert not thread._thread.is_alive()
