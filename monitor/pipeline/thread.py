"""Compliance crawls on their own event loop in a worker thread, away from probes and /metrics.

Parsing and judging a portal is CPU work; on the service's loop a big page held every probe and
every scrape until it was done. Here all crawls share one loop in one thread, with their own HTTP
client; the per-host limiter is the one the probes use (it is thread-safe): the interpreter
switches threads every few milliseconds, so the service's loop keeps running while a crawl
computes. It is a thread, not a process: crawls still share one core with the service (lxml and the
socket work release the GIL).

Cancelling the awaiting job cancels the crawl in the worker loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
from collections.abc import Callable, Coroutine
from contextlib import AsyncExitStack
from typing import Any, TypeVar

import httpx

from monitor.compliance.render import shared_renderer
from monitor.config import MonitorSettings
from monitor.net.client import HostLimiter

T = TypeVar("T")
Work = Callable[[httpx.AsyncClient, HostLimiter], Coroutine[Any, Any, T]]


class CrawlThread:
    """One event loop in a daemon thread, with a client and a limiter living on that loop."""

    def __init__(
        self,
        settings: MonitorSettings,
        client_factory: Callable[[MonitorSettings], httpx.AsyncClient],
        limiter: HostLimiter,
        name: str = "laip-crawls",
    ) -> None:
        self._settings = settings
        self._client_factory = client_factory
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._client: httpx.AsyncClient | None = None
        self._limiter = limiter  # shared with the probes on the service's loop
        self._resources = AsyncExitStack()

    def start(self) -> None:
        """Start the thread and build the client and limiter on its loop."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._setup(), self._loop).result(timeout=30)

    async def run(self, work: Work[T]) -> T:
        """``await work(client, limiter)`` on the worker loop; cancelling this cancels it there."""
        future = asyncio.run_coroutine_threadsafe(self._call(work), self._loop)
        try:
            return await asyncio.wrap_future(future)
        except asyncio.CancelledError:
            future.cancel()
            raise

    async def close(self, timeout: float = 5.0) -> None:
        """Cancel what still runs, close the client, stop the loop and join the thread."""
        if not self._thread.is_alive():
            return
        done = asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop)
        with contextlib.suppress(concurrent.futures.TimeoutError, asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.wrap_future(done), timeout)
        self._loop.call_soon_threadsafe(self._loop.stop)
        await asyncio.to_thread(self._thread.join, timeout)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_forever()
        finally:
            self._loop.close()

    async def _setup(self) -> None:
        settings = self._settings
        self._client = self._client_factory(settings)
        # One headless Chromium for the crawls of this loop, started only if an app shell is met.
        await self._resources.enter_async_context(shared_renderer())

    async def _call(self, work: Work[T]) -> T:
        assert self._client is not None
        return await work(self._client, self._limiter)

    async def _shutdown(self) -> None:
        # The browser first: its driver's own tasks must still be running to close it.
        await self._resources.aclose()
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()
