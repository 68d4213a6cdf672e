"""What every pipeline step needs: config, store, one HTTP client, shared limits, counters.

``check`` builds one for its round, ``serve`` one for its lifetime (``config`` and ``ids`` are
replaced on reload), each crawl worker process one of its own. Writes go through the
``WriteBuffer``: committed in groups when the database answers, kept in memory (in order,
bounded) while it does not.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.render import shared_renderer
from monitor.config import Config, PortalConfig
from monitor.logs import event
from monitor.net.client import HostLimiter, build_crawl_client, build_probe_client
from monitor.pipeline.thread import CrawlThread
from monitor.store.buffer import Write, WriteBuffer
from monitor.store.db import transaction

if TYPE_CHECKING:
    from monitor.service.metrics import ProcessMetrics

log = logging.getLogger(__name__)
STORE_SLOTS_PER_CRAWL = 4
P = ParamSpec("P")
T = TypeVar("T")


class WriteTracker:
    """Runs blocking database work in threads and remembers it until it finishes."""

    def __init__(self) -> None:
        self._pending: set[asyncio.Future[Any]] = set()

    async def run(self, func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``func(*args)`` in a thread; a cancelled caller does not cancel the write."""
        future = asyncio.ensure_future(asyncio.to_thread(func, *args, **kwargs))
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        return await asyncio.shield(future)

    async def drain(self, timeout: float) -> int:
        """Wait up to ``timeout`` s for writes still running; how many did not finish."""
        if not self._pending:
            return 0
        _, unfinished = await asyncio.wait(set(self._pending), timeout=timeout)
        return len(unfinished)


class ConnectivityGate:
    """Whether the monitor itself is online, checked at most once per ``ttl`` seconds.

    Concurrent callers share one check in flight, so 340 failing probes cost one check.
    """

    def __init__(
        self,
        check: Callable[[], Awaitable[bool]],
        ttl: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._check = check
        self._ttl = ttl
        self._clock = clock
        self._online = True
        self._checked_at: float | None = None
        self._inflight: asyncio.Future[bool] | None = None

    async def online(self, *, fresher_than: float | None = None) -> bool:
        """The cached answer if recent (and begun after ``fresher_than``), else a new check."""
        checked = self._checked_at
        if (
            checked is not None
            and self._clock() - checked < self._ttl
            and (fresher_than is None or checked >= fresher_than)
        ):
            return self._online
        if self._inflight is None:
            self._inflight = asyncio.ensure_future(self._refresh())
        return await asyncio.shield(self._inflight)

    async def _refresh(self) -> bool:
        started = self._clock()
        try:
            online = await self._check()
        finally:
            self._inflight = None
        if online != self._online:
            event(log, logging.WARNING if not online else logging.INFO,
                  "monitor connectivity changed", online=online)  # fmt: skip
        self._online = online
        self._checked_at = started
        return online


@dataclass
class Pipeline:
    """The shared state of probe and crawl steps; see the module docstring."""

    config: Config
    factory: sessionmaker[Session]
    client: httpx.AsyncClient
    ids: dict[str, int]
    limiter: HostLimiter
    crawl_slots: asyncio.Semaphore
    buffer: WriteBuffer
    writes: WriteTracker = field(default_factory=WriteTracker)
    metrics: ProcessMetrics | None = None
    connectivity: ConnectivityGate | None = None
    crawler: CrawlThread | None = None  # None: crawl on this loop with ``crawl_client``
    crawl_client: httpx.AsyncClient | None = None  # None: crawl with ``client``
    # Set when the service stops or steps down: work running in threads (e-mail sends) checks it
    # between messages, so a stop takes seconds, not the rest of a weekly send.
    stopping: threading.Event = field(default_factory=threading.Event)
    _catalog: Catalog | None = None
    # Crawls done and waiting for their results to be stored: a few times as many as crawl at
    # once (a queue to even out a database shared with another writer, as SQLite is by check's
    # worker processes), so a slow database holds back new crawls instead of piling up their
    # pages in memory. Measured (bench/README.md): 8 slots cost a fifth of the round's speed,
    # none let a worker grow by 70 MB; 32 keep the speed at +30 MB.
    store_slots: asyncio.Semaphore = field(init=False)

    def __post_init__(self) -> None:
        self.store_slots = asyncio.Semaphore(
            STORE_SLOTS_PER_CRAWL * self.config.crawl.parallel_portals
        )

    async def store(self, write: Write) -> bool:
        """Store ``write`` now (True), or keep it in the buffer while the database is down."""
        return await self.buffer.submit(write)

    async def run_now(self, write: Write) -> object:
        """Run ``write`` in its own transaction now, unbuffered; database errors propagate."""
        return await self.writes.run(_apply, self.factory, write)

    def catalog(self) -> Catalog:
        """The compliance catalogue, loaded once."""
        if self._catalog is None:
            self._catalog = load_catalog()
        return self._catalog

    def portal(self, slug: str) -> PortalConfig | None:
        """The portal as the current config has it; None once it was removed."""
        for portal in self.config.portals:
            if portal.slug == slug:
                return portal
        return None


@asynccontextmanager
async def open_pipeline(
    config: Config,
    factory: sessionmaker[Session],
    ids: dict[str, int],
    *,
    client: httpx.AsyncClient | None = None,
    metrics: ProcessMetrics | None = None,
    buffer_items: int = 50_000,
) -> AsyncIterator[Pipeline]:
    """A pipeline for one ``check`` round (or one crawl worker): clients built and closed here.

    A ``client`` handed in (tests, custom transports) serves probes and crawls alike.
    """
    settings = config.monitor
    async with contextlib.AsyncExitStack() as stack:
        if client is None:
            probe_client = await stack.enter_async_context(build_probe_client(settings))
            crawl_client = await stack.enter_async_context(build_crawl_client(settings))
        else:
            probe_client = crawl_client = client
        # One headless Chromium for the crawls of this loop, started only if an app shell is met.
        await stack.enter_async_context(shared_renderer())
        writes = WriteTracker()
        pipe = Pipeline(
            config=config,
            factory=factory,
            client=probe_client,
            ids=ids,
            limiter=HostLimiter(settings.per_host_concurrency, settings.concurrency),
            crawl_slots=asyncio.Semaphore(config.crawl.parallel_portals),
            buffer=WriteBuffer(
                factory,
                buffer_items,
                retry_max=min(30.0, settings.check_interval),
                run_in_thread=writes.run,
            ),  # fmt: skip
            writes=writes,
            metrics=metrics,
            crawl_client=crawl_client,
        )
        yield pipe


def _apply(factory: sessionmaker[Session], write: Write) -> object:
    with transaction(factory) as session:
        return write(session)
