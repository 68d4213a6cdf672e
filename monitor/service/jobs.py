"""Scheduled job bodies: deadline + timing + record + counters around the pure probe and crawl.

Each body enforces its own deadline (``asyncio.timeout``), so a hung portal can never hold its
slot forever; a probe cut at its deadline is stored as a ``timeout`` result. Database writes run
in a worker thread and are shielded: a stop that cancels a job waits for its write to finish
(``WriteTracker.drain``) instead of leaving it half done. Probe results (and finished crawls) go
through the service's ``WriteBuffer``: while the database is down they wait in memory, in order,
and probing goes on. A crawl needs its row id first, so it is skipped while the database is down.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

import httpx
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, MonitorSettings, PortalConfig
from monitor.logs import event, portal_context
from monitor.net.client import HostLimiter
from monitor.pipeline.thread import CrawlThread
from monitor.probes.http import probe
from monitor.probes.result import ProbeResult
from monitor.report.schedule import cron_kwargs
from monitor.report.send import retry_due, send_weekly
from monitor.service.metrics import ProcessMetrics
from monitor.store import repo
from monitor.store.buffer import Write, WriteBuffer, is_unavailable
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.db import transaction
from monitor.store.models import CrawlRun, utcnow
from monitor.store.retention import RetentionReport, rollup_and_prune

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")


def probe_deadline(settings: MonitorSettings) -> float:
    """Hard limit of one probe job: the probe's own timeout twice (certificate facts, the
    connectivity check) plus a margin for waiting on a per-host slot."""
    return settings.timeout * 2 + 5.0


class WriteTracker:
    """Runs blocking database writes in threads and remembers them until they finish."""

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
class JobContext:
    """What every job body needs; ``config`` and ``ids`` are replaced on reload."""

    config: Config
    factory: sessionmaker[Session]
    client: httpx.AsyncClient
    metrics: ProcessMetrics
    ids: dict[str, int]
    limiter: HostLimiter
    crawl_slots: asyncio.Semaphore
    connectivity: ConnectivityGate | None = None
    writes: WriteTracker = field(default_factory=WriteTracker)
    buffer: WriteBuffer | None = None  # None: write straight through (tests, one-off runs)
    crawler: CrawlThread | None = None  # None: crawl on this loop with ``client``
    _catalog: Catalog | None = None

    async def store(self, write: Write) -> bool:
        """Run ``write(session)`` in a transaction now, or buffer it while the database is down.

        True when it was stored now. Without a buffer a database error propagates.
        """
        if self.buffer is not None:
            return await self.buffer.submit(write)
        await self.writes.run(_apply, self.factory, write)
        return True

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


def offline_result(portal: PortalConfig, started_at: dt.datetime, detail: str) -> ProbeResult:
    """A probe that says nothing about the portal: the monitor itself was offline."""
    return ProbeResult(
        slug=portal.slug,
        url=portal.url,
        started_at=started_at,
        up=False,
        error="monitor_offline",
        error_detail=detail,
    )


async def _probe_once(
    ctx: JobContext, portal: PortalConfig, settings: MonitorSettings
) -> ProbeResult:
    gate = ctx.connectivity
    url = settings.connectivity_check_url
    if gate is not None and not await gate.online():
        return offline_result(
            portal, utcnow(), f"connectivity check {url} failed; portal not probed"
        )
    began = time.monotonic()  # a failure is blamed on the monitor only by a check begun after this
    async with ctx.limiter.slot(portal.host):
        result = await probe(ctx.client, portal, settings)
    if not result.up and gate is not None and not await gate.online(fresher_than=began):
        detail = (
            f"connectivity check {url} failed too; probe said {result.error}: {result.error_detail}"
        )
        return offline_result(portal, result.started_at, detail[:500])
    return result


def store_probe(
    config: Config, factory: sessionmaker[Session], portal_id: int, result: ProbeResult
) -> str | None:
    """Write one probe and its state change in one transaction; the new status if it flipped."""
    with transaction(factory) as session:
        return probe_write(config, portal_id, result)(session)


def probe_write(
    config: Config, portal_id: int, result: ProbeResult
) -> Callable[[Session], str | None]:
    """The write of one probe (for the buffer): stores it, logs a flip, returns the new status.

    The flip is logged when the row is written, which after an outage is when the buffer
    replays it: the log line then names the portal itself, outside the probe's context.
    """
    down_after, up_after = config.monitor.down_after, config.monitor.up_after

    def write(session: Session) -> str | None:
        transition = repo.record_probe(
            session, portal_id, result, down_after=down_after, up_after=up_after
        )
        if transition is None:
            return None
        flipped = transition.to_status
        level = logging.WARNING if flipped == "down" else logging.INFO
        with portal_context(result.slug):
            event(log, level, f"portal is {flipped}", error=result.error,
                  detail=result.error_detail, probed_at=result.started_at.isoformat())  # fmt: skip
        return flipped

    return write


def _apply(factory: sessionmaker[Session], write: Write) -> object:
    with transaction(factory) as session:
        return write(session)


async def probe_job(ctx: JobContext, slug: str) -> None:
    """Probe one portal within the job deadline, store the result and count it."""
    portal = ctx.portal(slug)
    portal_id = ctx.ids.get(slug)
    if portal is None or portal_id is None:
        return
    settings = ctx.config.monitor
    config = ctx.config
    with portal_context(slug):
        started_at = utcnow()
        began = time.monotonic()
        deadline = probe_deadline(settings)
        try:
            async with asyncio.timeout(deadline):
                result = await _probe_once(ctx, portal, settings)
        except TimeoutError:
            ctx.metrics.deadlines.labels("probe").inc()
            result = ProbeResult(
                slug=slug,
                url=portal.url,
                started_at=started_at,
                up=False,
                error="timeout",
                error_detail=f"probe job stopped at its {deadline:g}s deadline",
                response_time_seconds=time.monotonic() - began,
            )
        stored = await ctx.store(probe_write(config, portal_id, result))
        ctx.metrics.observe_probe(result)
        event(
            log,
            logging.INFO,
            "probe stored" if stored else "probe buffered (database down)",
            up=result.up,
            error=result.error,
            status_code=result.status_code,
            seconds=None
            if result.response_time_seconds is None
            else round(result.response_time_seconds, 3),
        )


def crawl_deadline(config: Config) -> float:
    """Hard limit of one crawl job: the crawl's time budget plus room to finish and judge."""
    return config.crawl.time_budget + config.monitor.timeout * 2 + 30.0


def report_cron(config: Config) -> dict[str, Any]:
    """CronTrigger kwargs of the weekly report job; ConfigError when the schedule is malformed."""
    return dict(cron_kwargs(config.report))


async def crawl_job(ctx: JobContext, slug: str) -> None:
    """Crawl and judge one portal within the job deadline, then store the verdicts."""
    portal = ctx.portal(slug)
    portal_id = ctx.ids.get(slug)
    if portal is None or portal_id is None or not portal.crawl:
        return
    with portal_context(slug):
        async with ctx.crawl_slots:
            await _crawl(ctx, portal, portal_id)


async def _crawl(ctx: JobContext, portal: PortalConfig, portal_id: int) -> None:
    config = ctx.config
    catalog = ctx.catalog()
    deadline = crawl_deadline(config)
    try:
        crawl_id = await ctx.writes.run(_start_crawl, ctx.factory, portal_id, catalog.version)
    except Exception as exc:
        if not is_unavailable(exc):
            raise
        # The crawl's verdicts hang off its row; it runs again at the next crawl interval.
        ctx.metrics.crawls_skipped.inc()
        event(log, logging.WARNING, "crawl skipped: the database is down",
              error=str(getattr(exc, "orig", None) or exc).splitlines()[0][:300])  # fmt: skip
        return
    ctx.metrics.crawls.labels(portal.slug).inc()
    try:
        async with asyncio.timeout(deadline):
            result = await _assess(ctx, portal, config, catalog)
    except TimeoutError:
        ctx.metrics.deadlines.labels("crawl").inc()
        ctx.metrics.crawl_failures.labels(portal.slug).inc()
        error = f"crawl job stopped at its {deadline:g}s deadline"
        await ctx.store(functools.partial(_abort_crawl, crawl_id=crawl_id, error=error))
        event(log, logging.WARNING, "crawl stopped at its deadline", deadline=deadline)
        return
    except asyncio.CancelledError:
        # Straight through, not buffered: the buffer's last flush may already be over. With the
        # database down the row stays 'running' until the next leader closes it as abandoned.
        abort = functools.partial(_abort_crawl, crawl_id=crawl_id, error="the crawl was stopped")
        with contextlib.suppress(Exception):
            await ctx.writes.run(_apply, ctx.factory, abort)
        raise
    await ctx.store(functools.partial(record_crawl, crawl_id=crawl_id, result=result))
    if result.stats.error:
        ctx.metrics.crawl_failures.labels(portal.slug).inc()
    event(
        log,
        logging.INFO,
        "crawl stored",
        score=result.score,
        pages=result.stats.pages,
        seconds=round(result.stats.duration_seconds, 1),
        stop_reason=result.stats.stop_reason,
        error=result.stats.error,
    )


async def _assess(
    ctx: JobContext, portal: PortalConfig, config: Config, catalog: Catalog
) -> ComplianceResult:
    """Crawl and judge ``portal`` in the crawl thread when there is one, else on this loop."""

    async def work(client: httpx.AsyncClient, limiter: HostLimiter) -> ComplianceResult:
        return await assess_portal(client, portal, config, catalog, limiter=limiter)

    if ctx.crawler is None:
        return await work(ctx.client, ctx.limiter)
    return await ctx.crawler.run(work)


def _start_crawl(factory: sessionmaker[Session], portal_id: int, version: str) -> int:
    with transaction(factory) as session:
        return start_crawl(session, portal_id, utcnow(), version).id


def _abort_crawl(session: Session, *, crawl_id: int, error: str) -> None:
    """Close a crawl that did not finish, so that no 'running' row is left behind."""
    run = session.get(CrawlRun, crawl_id)
    if run is not None and run.status == "running":
        run.status = "aborted"
        run.error = error
        run.finished_at = utcnow()


async def report_job(ctx: JobContext) -> None:
    """Send this week's summaries (deliveries are claimed, so a rerun never resends)."""
    summary = await asyncio.to_thread(send_weekly, ctx.config, ctx.factory, now=utcnow())
    level = logging.WARNING if summary.failed or summary.errors else logging.INFO
    event(
        log,
        level,
        "weekly report run",
        week=summary.week,
        sent=summary.sent,
        retrying=summary.retrying,
        failed=summary.failed,
        errors="; ".join(summary.errors)[:500] or None,
    )


async def retry_job(ctx: JobContext) -> None:
    """Retry e-mail deliveries that failed temporarily and are due, between weekly runs."""
    summaries = await asyncio.to_thread(retry_due, ctx.config, ctx.factory, now=utcnow())
    for summary in summaries:
        level = logging.WARNING if summary.failed or summary.errors else logging.INFO
        event(log, level, "e-mail retries run", week=summary.week, sent=summary.sent,
              retrying=summary.retrying, failed=summary.failed,
              errors="; ".join(summary.errors)[:500] or None)  # fmt: skip


def _prune(config: Config, factory: sessionmaker[Session]) -> RetentionReport:
    with factory() as session:
        return rollup_and_prune(session, utcnow() - dt.timedelta(seconds=config.monitor.retention))


async def retention_job(ctx: JobContext) -> None:
    """Roll raw probes older than ``[monitor] retention`` up into daily rows, then delete them."""
    report = await asyncio.to_thread(_prune, ctx.config, ctx.factory)
    ctx.metrics.retention_runs.inc()
    ctx.metrics.pruned_probes.inc(report.deleted)
    event(log, logging.INFO, "retention run", deleted=report.deleted, days=report.days,
          detail=report.describe())  # fmt: skip
