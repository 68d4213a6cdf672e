"""The long-running service behind ``laip-monitor serve``: start, reload, stop.

It owns the database engine, the shared HTTP client, the AsyncIOScheduler, the write buffer, the
leader election and the HTTP endpoints. Reload (SIGHUP, or the config file changing) re-reads the
config and adds, removes or reschedules jobs in place; a config that does not validate is logged
and the last good one stays. Stop (SIGTERM/SIGINT) cancels running jobs, waits for their database
writes, flushes the buffer once more, releases leadership and closes everything.

Replicas sharing one database elect a leader (``monitor.service.leader``). Only the leader's
scheduler runs jobs (probes, crawls, e-mails, retention); a follower keeps the same jobs paused,
reloads its config and serves ``/metrics`` (read from the shared database) and ``/healthz``. On
election the plan is rebuilt from the database's last runs, so a new leader carries on where the old
one stopped instead of firing every overdue job at once. A leader keeps leading through a database
outage (``outage_grace`` = infinity): its results wait in the write buffer, and ``/healthz`` is 503
until they are written.

With PostgreSQL and ``[queue] enabled`` (the default), the leader's scheduler only defers due jobs
to a shared job queue and every replica's worker runs them (``monitor.service.queue``): adding a
replica adds capacity. With SQLite the leader runs them in its own process, as described above.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import os
import signal
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx
from aiohttp import web
from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
    JobExecutionEvent,
    JobSubmissionEvent,
)
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_PAUSED, STATE_RUNNING
from prometheus_client import CollectorRegistry
from sqlalchemy import Connection, Engine, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Config, MonitorSettings, load_config
from monitor.errors import LaipMonitorError, one_line
from monitor.logs import event, portal_context
from monitor.net.client import HostLimiter, build_crawl_client, build_probe_client
from monitor.oslimits import open_files_limit
from monitor.pipeline.context import ConnectivityGate, Pipeline, WriteTracker
from monitor.pipeline.thread import CrawlThread
from monitor.probes.connectivity import check_connectivity
from monitor.secrets import redact_text
from monitor.service import jobs
from monitor.service.endpoints import start_http_server
from monitor.service.leader import LeaderElector, advisory_key
from monitor.service.loop_errors import log_unawaited_error
from monitor.service.metrics import ProcessMetrics, build_registry
from monitor.service.plan import (
    CRAWL,
    JOB_KINDS,
    PROBE,
    JobKind,
    JobSpec,
    LastRuns,
    PlanChange,
    apply_plan,
    job_id,
    kind_of,
    plan_jobs,
)
from monitor.service.queue import (
    JobQueue,
    QueueCollector,
    WorkerSettings,
    count_jobs,
    ensure_schema,
)
from monitor.store import repo
from monitor.store.buffer import BufferStatus, WriteBuffer, is_unavailable
from monitor.store.db import create_db_engine, open_database, redact, transaction
from monitor.store.models import utcnow
from monitor.store.recovery import mark_abandoned_crawls
from monitor.store.snapshot import last_runs

log = logging.getLogger(__name__)
ClientFactory = Callable[[MonitorSettings], httpx.AsyncClient]
STOP_TIMEOUT = 5.0
# Results kept in memory while the database is down: ~12 h of 5-minute probes of 340 portals.
BUFFER_ITEMS = 50_000
# Serialises schema migrations and portal syncs of replicas starting together (PostgreSQL).
STARTUP_LOCK = advisory_key("startup")
# Hours between the leader's queue tidy-ups (old failed jobs, crawls of dead workers).
TIDY_INTERVAL = 3600.0
# A due job the queue does not take within this long is run by the leader itself; after such a
# failure the leader runs jobs itself for QUEUE_RETRY seconds before trying the queue again.
DEFER_TIMEOUT = 2.0
QUEUE_RETRY = 10.0


class MonitorService:
    """Scheduler + endpoints over one database, driven by one config file."""

    def __init__(
        self,
        config: Config,
        *,
        config_path: Path | None = None,
        db_override: str | None = None,
        listen: str | None = None,
        poll_interval: float = 2.0,
        client_factory: ClientFactory = build_probe_client,
        report_cron: Callable[[Config], dict[str, Any] | None] | None = None,
        handlers: Mapping[JobKind, jobs.Handler] = jobs.JOBS,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.listen = listen or config.monitor.listen
        self.port: int | None = None
        self._db_override = db_override
        self._poll_interval = poll_interval
        self._client_factory = client_factory
        self._report_cron = report_cron or jobs.report_cron
        self._handlers = handlers
        self._engine: Engine | None = None
        self._factory: sessionmaker[Session] | None = None
        self.registry: CollectorRegistry
        self.metrics: ProcessMetrics
        self._buffer: WriteBuffer | None = None
        # A follower's /metrics leaves the shared state to the leader (no double counting).
        self.registry, self.metrics = build_registry(
            lambda: self._factory, buffer=self._buffered, is_leader=self.is_leader
        )
        for portal in config.portals:
            self.metrics.know_portal(portal.slug)
        self.elector: LeaderElector | None = None
        self._election: asyncio.Task[None] | None = None
        self._flusher: asyncio.Task[None] | None = None
        self.scheduler: AsyncIOScheduler | None = None
        self._ctx: Pipeline | None = None
        self._plan: dict[str, JobSpec] = {}
        self._runner: web.AppRunner | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._config_stamp: tuple[int, int] | None = None
        self._running: set[asyncio.Task[Any]] = set()
        self._background: set[asyncio.Future[Any]] = set()
        self._reload_lock = asyncio.Lock()
        self._stop = asyncio.Event()
        self._started = False
        self._stopped = False
        self.queue: JobQueue | None = None
        self._chores: asyncio.Task[None] | None = None
        self._queue_retry_at = -math.inf

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Open the database, schedule every job and serve the endpoints."""
        url = self.config.monitor.database_url
        cron = self._report_cron(self.config)
        # The database must answer at start-up (schema, portal ids); a DatabaseError is one line.
        queued = uses_queue(self.config)
        engine, factory = await asyncio.to_thread(open_exclusively, url, queue=queued)
        self._engine, self._factory = engine, factory
        self._config_stamp = self._stamp()
        ids = await asyncio.to_thread(self._sync, self.config)
        settings = self.config.monitor
        writes = WriteTracker()
        self._buffer = WriteBuffer(
            factory,
            BUFFER_ITEMS,
            # Once the database is back, the backlog is written within about one probe interval.
            retry_max=min(30.0, settings.check_interval),
            run_in_thread=writes.run,
        )
        # One limiter for probes (this loop) and crawls (the crawl thread's loop): per-host
        # politeness counts both.
        limiter = HostLimiter(settings.per_host_concurrency, settings.concurrency)
        # Crawls parse and judge on their own loop: a big portal never delays probes or /metrics.
        # The crawler's own client (aiohttp transport), unless a test injected a client factory.
        injected = self._client_factory is not build_probe_client
        crawl_clients = self._client_factory if injected else build_crawl_client
        self._ctx = Pipeline(
            config=self.config,
            factory=factory,
            client=self._client_factory(settings),
            ids=ids,
            limiter=limiter,
            crawl_slots=asyncio.Semaphore(self.config.crawl.parallel_portals),
            buffer=self._buffer,
            writes=writes,
            metrics=self.metrics,
            connectivity=self._gate(settings),
            crawler=CrawlThread(settings, crawl_clients, limiter),
        )
        assert self._ctx.crawler is not None
        await asyncio.to_thread(self._ctx.crawler.start)
        await asyncio.to_thread(self._ctx.catalog)  # a broken catalogue fails the start, not crawls
        if queued:
            # Every replica works: its worker runs jobs any leader deferred (monitor.service.queue).
            self.queue = JobQueue(url, self._execute, worker_settings(self.config))
            await self.queue.open()
            self.queue.start_worker()
            self.registry.register(QueueCollector(self._queue_counts))
            self._chores = asyncio.create_task(self._queue_chores())
        self._runner, self.port = await start_http_server(
            self.listen, self.registry, self.health, _public_dir(self.config)
        )
        self.scheduler = AsyncIOScheduler(timezone=dt.UTC)
        self.scheduler.add_listener(
            self._on_job_event,
            EVENT_JOB_SUBMITTED | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES | EVENT_JOB_ERROR,
        )
        self.scheduler.start(paused=True)  # jobs run only while this replica leads
        change = await self._schedule(self.config, cron)
        self.metrics.scheduler_running.set(1)
        self.metrics.last_reload.set(time.time())
        self._flusher = asyncio.create_task(self._buffer.run())
        self.elector = LeaderElector(
            url,
            ttl=settings.leader_ttl,
            renew_interval=settings.leader_renew_interval,
            outage_grace=math.inf,  # a lone leader probes on (into the buffer) while the DB is down
            on_elected=self._lead,
            on_demoted=self._follow,
        )
        self._election = asyncio.create_task(self.elector.run())
        async with asyncio.timeout(settings.leader_ttl):  # the first attempt has its own timeout
            await self.elector.ready.wait()
        if self.config_path is not None:
            self._watcher = asyncio.create_task(self._watch_config())
        self._started = True
        event(
            log,
            logging.INFO,
            "service started",
            role=self.elector.role,
            queue=None if self.queue is None else self.queue.instance,
            portals=len(self.config.portals),
            jobs=len(self._plan),
            added=len(change.added),
            database=redact(url),
            listen=f"{parse_host(self.listen)}:{self.port}",
            open_files=open_files_limit(),  # a socket per connection (monitor/oslimits.py)
        )

    async def run(self) -> None:
        """Start, then serve until SIGTERM/SIGINT; SIGHUP reloads the config."""
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(log_unawaited_error)
        try:
            await self.start()
        except BaseException:
            await self.stop()  # whatever did start (scheduler, client, engine) is closed again
            raise
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        loop.add_signal_handler(signal.SIGHUP, self._reload_soon, "SIGHUP")
        try:
            await self._stop.wait()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                loop.remove_signal_handler(sig)
            await self.stop()

    def request_stop(self) -> None:
        """Ask ``run`` to stop (what SIGTERM and SIGINT do)."""
        event(log, logging.INFO, "stop requested")
        self._stop.set()

    async def stop(self) -> None:
        """Stop the scheduler, cancel running jobs, wait for their writes, close everything."""
        if self._stopped:
            return
        self._stopped = True
        began = time.monotonic()
        if self._ctx is not None:
            self._ctx.stopping.set()  # e-mail sends in threads stop after the message on the wire
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watcher
        if self._election is not None:
            # Steps down (pausing the jobs) and releases the lock for another replica.
            self._election.cancel()
            await asyncio.gather(self._election, return_exceptions=True)
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # AsyncIOScheduler shuts down on the next loop iteration
        if self._chores is not None:
            self._chores.cancel()
            await asyncio.gather(self._chores, return_exceptions=True)
        if self.queue is not None:
            # Running jobs get STOP_TIMEOUT s to finish; the rest are aborted (their next run is
            # deferred as usual), so that their writes are awaited below.
            await self.queue.close()
        self.metrics.scheduler_running.set(0)
        running = list(self._running)
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running, timeout=STOP_TIMEOUT)
        unfinished = 0
        lost = 0
        if self._ctx is not None:
            unfinished = await self._ctx.writes.drain(STOP_TIMEOUT)
        if self._buffer is not None:
            lost = await self._buffer.close(timeout=STOP_TIMEOUT)
        if self._flusher is not None:
            self._flusher.cancel()
            await asyncio.gather(self._flusher, return_exceptions=True)
        if self._ctx is not None:
            if self._ctx.crawler is not None:
                await self._ctx.crawler.close(STOP_TIMEOUT)
            await self._ctx.client.aclose()
        if self._runner is not None:
            await self._runner.cleanup()
        if self._engine is not None:
            await asyncio.to_thread(self._engine.dispose)
        event(
            log,
            logging.INFO,
            "service stopped",
            cancelled_jobs=len(running),
            unfinished_writes=unfinished,
            lost_buffered_results=lost,
            seconds=round(time.monotonic() - began, 2),
        )

    # -- reload ----------------------------------------------------------------------------

    def _reload_soon(self, reason: str) -> None:
        task = asyncio.ensure_future(self.reload(reason))
        self._background.add(task)  # the loop keeps only weak references to tasks
        task.add_done_callback(self._background.discard)

    async def reload(self, reason: str = "request") -> bool:
        """Re-read the config file and apply it; False (last good config kept) when invalid."""
        if self.config_path is None or self._ctx is None:
            return False
        async with self._reload_lock:
            self._config_stamp = self._stamp()
            try:
                config = await asyncio.to_thread(load_config, self.config_path)
                config = config.with_database_url(self._db_override)
                cron = self._report_cron(config)
            except LaipMonitorError as exc:
                self.metrics.reload_failures.inc()
                event(log, logging.ERROR, "config reload rejected; keeping the last good config",
                      reason=reason, error=str(exc))  # fmt: skip
                return False
            if config.monitor.database_url != self.config.monitor.database_url:
                event(log, logging.WARNING, "database_url changed; it applies after a restart")
                config = config.model_copy(
                    update={
                        "monitor": config.monitor.model_copy(
                            update={"database_url": self.config.monitor.database_url}
                        )
                    }
                )
            try:
                # Only the leader writes the portal list; a follower syncs when it is elected
                # (with the queue, a follower runs jobs too and needs the new portals' ids).
                leader = self.is_leader() or self.queue is not None
                ids = await asyncio.to_thread(self._sync, config) if leader else self._ctx.ids
                previous = await asyncio.to_thread(self._last_runs)
            except Exception as exc:  # noqa: BLE001 - the database is down: retry on the next poll
                self._config_stamp = None
                self.metrics.reload_failures.inc()
                event(log, logging.ERROR, "config reload failed; keeping the running config",
                      reason=reason, error=one_line(exc))  # fmt: skip
                return False
            old_slugs = {portal.slug for portal in self.config.portals}
            if config.monitor != self.config.monitor:
                self._ctx.connectivity = self._gate(config.monitor)
            self.config = config
            self._ctx.config = config
            self._ctx.ids = ids
            change = self._apply(config, cron, previous)
            for slug in old_slugs - {portal.slug for portal in config.portals}:
                self.metrics.forget_portal(slug)
            for portal in config.portals:
                if portal.slug not in old_slugs:
                    self.metrics.know_portal(portal.slug)
            self.metrics.reloads.inc()
            self.metrics.last_reload.set(time.time())
            event(
                log,
                logging.INFO,
                "config reloaded",
                reason=reason,
                portals=len(config.portals),
                added=",".join(change.added),
                removed=",".join(change.removed),
                rescheduled=len(change.rescheduled),
            )
            return True

    def _stamp(self) -> tuple[int, int] | None:
        if self.config_path is None:
            return None
        try:
            stat = os.stat(self.config_path)
        except OSError:
            return None
        return stat.st_mtime_ns, stat.st_size

    async def _watch_config(self) -> None:
        while True:
            await asyncio.sleep(self._poll_interval)
            stamp = self._stamp()
            if stamp is not None and stamp != self._config_stamp:
                await self.reload("config file changed")

    # -- jobs ------------------------------------------------------------------------------

    def _sync(self, config: Config) -> dict[str, int]:
        assert self._factory is not None
        with transaction(self._factory) as session:
            if session.get_bind().dialect.name == "postgresql":
                # Replicas reading the same file sync at the same moment: one at a time.
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": STARTUP_LOCK})
            return repo.sync_portals(session, config.portals)

    def _close_abandoned_crawls(self) -> int:
        """Close every crawl still 'running': only a leader crawls, so on election each of them
        belongs to a leader that died or stepped down (and cancelled its own)."""
        assert self._factory is not None
        with transaction(self._factory) as session:
            return mark_abandoned_crawls(session, utcnow())

    def _last_runs(self) -> dict[str, LastRuns]:
        assert self._factory is not None
        with self._factory() as session:
            rows = last_runs(session)
        return {slug: LastRuns(probe=probe, crawl=crawl) for slug, (probe, crawl) in rows.items()}

    # -- leadership ------------------------------------------------------------------------

    def is_leader(self) -> bool:
        """Whether this replica does the work (always, before the election is started)."""
        return self.elector is None or self.elector.is_leader

    async def _lead(self) -> None:
        """Elected: close crawls a dead leader left running, re-plan from the database, resume."""
        self.metrics.leader.set(1)
        if self._ctx is not None:
            self._ctx.stopping.clear()
        try:
            # With the queue, other replicas crawl right now: the chores close dead ones' crawls.
            abandoned = 0 if self.queue else await asyncio.to_thread(self._close_abandoned_crawls)
            if abandoned:
                event(log, logging.WARNING, "closed crawls a previous process left running",
                      count=abandoned)  # fmt: skip
            async with self._reload_lock:
                if self._ctx is not None:  # the config may have changed while following
                    self._ctx.ids = await asyncio.to_thread(self._sync, self.config)
                self._plan = {}  # every job gets its first run from the last runs stored
                await self._schedule(self.config, self._report_cron(self.config))
        except Exception as exc:  # noqa: BLE001 - the database is down: keep the current plan
            event(log, logging.WARNING, "could not re-plan on election; keeping the schedule",
                  error=one_line(exc))  # fmt: skip
        if self.scheduler is not None and self.scheduler.state == STATE_PAUSED:
            self.scheduler.resume()
        event(log, logging.INFO, "leading: jobs resumed", jobs=len(self._plan))

    async def _follow(self) -> None:
        """Demoted (or stopping): pause the jobs and cancel those running."""
        self.metrics.leader.set(0)
        if self._ctx is not None and self.queue is None:
            # With the queue this replica's worker goes on running jobs (e-mail sends included);
            # only stop() sets the flag then.
            self._ctx.stopping.set()
        if self.scheduler is not None and self.scheduler.state == STATE_RUNNING:
            self.scheduler.pause()
        running = list(self._running)  # with the queue, its worker goes on working
        for task in running:
            task.cancel()
        if running:
            await asyncio.wait(running, timeout=STOP_TIMEOUT)
        event(log, logging.INFO, "following: jobs paused", cancelled_jobs=len(running))

    def _buffered(self) -> BufferStatus | None:
        return None if self._buffer is None else self._buffer.status()

    async def _schedule(self, config: Config, cron: dict[str, Any] | None) -> PlanChange:
        previous = await asyncio.to_thread(self._last_runs)
        return self._apply(config, cron, previous)

    def _apply(
        self, config: Config, cron: dict[str, Any] | None, previous: dict[str, LastRuns]
    ) -> PlanChange:
        assert self.scheduler is not None
        plan = plan_jobs(config, previous, utcnow(), report_cron=cron, maintenance=True)
        change = apply_plan(self.scheduler, plan, self._plan, self._target)
        self._plan = plan
        self.metrics.check_interval.set(config.monitor.check_interval)
        self.metrics.crawl_interval.set(config.monitor.crawl_interval)
        for kind in JOB_KINDS:
            self.metrics.scheduled_jobs.labels(kind).set(
                sum(1 for spec in plan.values() if spec.kind == kind)
            )
        return change

    def _target(self, spec: JobSpec) -> tuple[Callable[..., Any], list[Any]]:
        return self._run_job, [spec.kind, spec.slug]

    async def _run_job(self, kind: JobKind, slug: str | None) -> None:
        """Every job goes through here: ``JOBS[kind]``, tracked so that stop can cancel it."""
        ctx = self._ctx
        if ctx is None:
            return
        if not self.is_leader():
            return  # submitted just before a demotion: a follower never plans
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            # With the queue any replica's worker runs it; while the queue's database is
            # unreachable, the leader runs it here (into the write buffer), as without a queue.
            if self.queue is None or not await self._defer(kind, slug):
                await self._handlers[kind](ctx, slug)
        except asyncio.CancelledError:
            # Only stop() cancels jobs; the job's own writes were shielded and are awaited there.
            log.debug("job cancelled by stop", extra={"fields": {"kind": str(kind)}})
        finally:
            if task is not None:
                self._running.discard(task)

    async def _defer(self, kind: JobKind, slug: str | None) -> bool:
        """Queue one run of a due job for whichever replica's worker is free first; False when
        the queue cannot be reached (the caller then runs the job itself)."""
        assert self.queue is not None
        buffered = self._buffered()
        if time.monotonic() < self._queue_retry_at or (buffered and not buffered.healthy):
            return False  # the database is down: no waiting for the queue's connections
        key = job_id(kind, slug) if slug is not None else self._job_key(kind)
        portal = None if slug is None or self._ctx is None else self._ctx.portal(slug)
        try:
            async with asyncio.timeout(DEFER_TIMEOUT):
                await self.queue.defer(kind, slug, key, None if portal is None else portal.host)
        except Exception as exc:  # noqa: BLE001 - database down: run it here instead
            self._queue_retry_at = time.monotonic() + QUEUE_RETRY
            error = one_line(exc) or type(exc).__name__  # a timeout has no message
            event(log, logging.WARNING, "could not queue a due job; running jobs here for a while",
                  job=key, seconds=QUEUE_RETRY, error=error)  # fmt: skip
            return False
        return True

    def _job_key(self, kind: JobKind) -> str:
        """The id of the fleet-wide job of ``kind`` (report, retry, retention, ...)."""
        for spec in self._plan.values():
            if spec.kind == kind and spec.slug is None:
                return spec.id
        return f"{kind}:*"

    async def _execute(self, kind: JobKind, slug: str | None) -> None:
        """A queued job, on this replica's worker (leader or follower): ``JOBS[kind]``."""
        ctx = self._ctx
        if ctx is None:
            return
        try:
            await self._handlers[kind](ctx, slug)
        except asyncio.CancelledError:
            raise  # the worker is stopping: procrastinate records the job as aborted
        except Exception:
            self.metrics.job_failures.labels(kind).inc()
            raise

    async def _queue_chores(self) -> None:
        """While leading: requeue jobs of dead workers (every heartbeat) and tidy up (hourly)."""
        assert self.queue is not None
        settings = self.queue.settings
        tidied = -math.inf
        while True:
            await asyncio.sleep(settings.heartbeat)
            if not self.is_leader():
                continue
            try:
                await self.queue.sweep()
                if time.monotonic() - tidied >= TIDY_INTERVAL:
                    tidied = time.monotonic()
                    await self.queue.tidy()
                    closed = await asyncio.to_thread(self._close_dead_workers_crawls)
                    if closed:
                        event(log, logging.WARNING, "closed crawls a dead worker left running",
                              count=closed)  # fmt: skip
            except Exception as exc:  # noqa: BLE001 - database down: try again next time
                event(log, logging.WARNING, "queue chores failed", error=one_line(exc))

    def _close_dead_workers_crawls(self) -> int:
        """Close crawls 'running' for longer than any live crawl can (4 × the time budget)."""
        assert self._factory is not None
        budget = dt.timedelta(seconds=4 * self.config.crawl.time_budget)
        with transaction(self._factory) as session:
            return mark_abandoned_crawls(session, utcnow() - budget)

    def _queue_counts(self) -> dict[str, int] | None:
        """Jobs by status for ``laip_queue_jobs``; None on a follower or when unreadable."""
        if self._engine is None or not self.is_leader():
            return None
        try:
            with self._engine.connect() as connection:
                return count_jobs(connection)
        except Exception as exc:  # noqa: BLE001 - a scrape must not fail on a database outage
            log.debug("queue counts unreadable: %s", exc)
            return None

    def _gate(self, settings: MonitorSettings) -> ConnectivityGate | None:
        url = settings.connectivity_check_url
        if not url:
            return None

        async def check() -> bool:
            assert self._ctx is not None
            return await check_connectivity(self._ctx.client, url, settings.timeout)

        return ConnectivityGate(check, ttl=min(30.0, settings.check_interval))

    def _on_job_event(self, ev: JobEvent) -> None:
        kind = kind_of(ev.job_id)
        if kind is None:
            return
        _, _, slug = ev.job_id.partition(":")
        with portal_context(slug) if kind in (PROBE, CRAWL) else contextlib.nullcontext():
            if isinstance(ev, JobSubmissionEvent):
                earliest = min(ev.scheduled_run_times)
                lag = (utcnow() - earliest).total_seconds()
                self.metrics.job_lag.labels(kind).observe(max(0.0, lag))
            elif ev.code == EVENT_JOB_MISSED:
                self.metrics.jobs_missed.labels(kind).inc()
                event(log, logging.WARNING, "job run missed", job=ev.job_id)
            elif ev.code == EVENT_JOB_MAX_INSTANCES:
                self.metrics.jobs_skipped.labels(kind).inc()
                event(
                    log, logging.WARNING, "job run skipped: previous run still going", job=ev.job_id
                )
            elif isinstance(ev, JobExecutionEvent) and ev.exception is not None:
                if isinstance(ev.exception, asyncio.CancelledError):
                    return
                self.metrics.job_failures.labels(kind).inc()
                if is_unavailable(ev.exception):
                    # An outage, not a bug: one line; the job runs again at its next interval.
                    event(log, logging.WARNING, "job failed: the database is down", job=ev.job_id,
                          error=one_line(ev.exception))  # fmt: skip
                    return
                log.error(
                    "job failed",
                    exc_info=(type(ev.exception), ev.exception, ev.exception.__traceback__),
                    extra={"fields": {"job": ev.job_id}},
                )

    # -- health ----------------------------------------------------------------------------

    async def health(self) -> tuple[bool, dict[str, Any]]:
        """Healthy: the scheduler runs (paused on a follower), the database answers and no result
        waits in the write buffer. The body says which, and the replica's role."""
        state = None if self.scheduler is None else self.scheduler.state
        leader = self.is_leader()
        scheduler_ok = state == STATE_RUNNING or (state == STATE_PAUSED and not leader)
        scheduler = {STATE_RUNNING: "running", STATE_PAUSED: "paused"}.get(state or -1, "stopped")
        database = "ok"
        if self._engine is None:
            database = "not open"
        else:
            try:
                await asyncio.wait_for(asyncio.to_thread(self._ping), timeout=5.0)
            except Exception as exc:  # noqa: BLE001 - any failure is "database down"
                database = f"error: {redact_text(one_line(exc))}"
        buffered = self._buffered() or BufferStatus(True, 0, 0, 0, None)
        worker_ok = self.queue is None or self.queue.worker_alive()
        ok = (
            self._started
            and scheduler_ok
            and worker_ok
            and database == "ok"
            and buffered.pending == 0
        )
        body = {
            "status": "ok" if ok else ("unhealthy" if self._started else "starting"),
            "role": "leader" if leader else "follower",
            "scheduler": scheduler,
            "database": database,
            "buffered": buffered.pending,
            "dropped": buffered.dropped,
            "jobs": len(self._plan),
        }
        if self.queue is not None:
            body["queue"] = "working" if worker_ok else "stopped"
            body["instance"] = self.queue.instance
        if buffered.pending:
            body["storage"] = buffered.describe()
        return ok, body

    def _ping(self) -> None:
        assert self._engine is not None
        with self._engine.connect() as connection:
            connection.execute(text("SELECT 1"))


def _public_dir(config: Config) -> Path | None:
    """The published site's directory; a change applies after a restart."""
    return Path(config.publish.dir) if config.publish.dir else None


def parse_host(listen: str) -> str:
    """The host part of a listen address, for log lines."""
    return listen.rpartition(":")[0] or "127.0.0.1"


def uses_queue(config: Config) -> bool:
    """Whether jobs go through the shared PostgreSQL queue (else the leader runs them itself)."""
    backend = config.monitor.database_url.split(":", 1)[0].split("+", 1)[0]
    return config.queue.enabled and backend in ("postgresql", "postgres")


def worker_settings(config: Config) -> WorkerSettings:
    """This replica's queue worker, timed like the leader election (a dead worker's jobs are
    requeued about ``leader_ttl`` after its last heartbeat)."""
    settings = config.monitor
    return WorkerSettings(
        concurrency=config.queue.concurrency or settings.concurrency,
        crawl_concurrency=config.crawl.parallel_portals,
        heartbeat=settings.leader_renew_interval,
        stalled_after=settings.leader_ttl,
        poll=min(5.0, settings.check_interval / 10),
        shutdown_timeout=STOP_TIMEOUT,
    )


def open_exclusively(url: str, *, queue: bool = False) -> tuple[Engine, sessionmaker[Session]]:
    """``open_database`` (migrating to head) with PostgreSQL replicas migrating one at a time;
    ``queue`` also applies the job queue's schema (procrastinate's) under the same lock."""
    lock: Connection | None = None
    engine = create_db_engine(url)
    try:
        if engine.dialect.name == "postgresql":
            try:
                lock = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                lock.execute(text("SELECT pg_advisory_lock(:k)"), {"k": STARTUP_LOCK})
            except Exception as exc:  # noqa: BLE001 - open_database below says it in one line
                log.debug("startup lock not taken: %s", exc)
        opened = open_database(url)
        if queue and lock is not None and ensure_schema(lock):
            event(log, logging.INFO, "job queue schema applied", database=redact(url))
        return opened
    finally:
        if lock is not None:
            with contextlib.suppress(Exception):
                lock.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": STARTUP_LOCK})
                lock.close()
        engine.dispose()  # closing the session would release the lock anyway
