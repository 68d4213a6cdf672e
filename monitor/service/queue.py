"""The PostgreSQL job queue that lets every ``serve`` instance do work (procrastinate).

With PostgreSQL (and ``[queue] enabled``, the default), the leader's APScheduler still decides
*when* a job is due, but it only *defers* it here: one row in procrastinate's ``procrastinate_jobs``
table. Every instance, the leader included, runs a procrastinate worker that fetches due jobs and
runs them through the same ``JOBS[kind](pipeline, slug)`` handlers as the in-process path.

The guarantees come from procrastinate's own locks, nothing home-made:

- ``queueing_lock`` = the job id (``probe:uno``): a job deferred twice while still waiting is
  queued once (the second ``defer`` raises ``AlreadyEnqueued``, which is not an error).
- ``lock`` = the job kind and the portal's host (``probe@muni.gob.gt``): two jobs with the same
  lock never run at once, on any instance, so two workers never probe (or crawl) one host at the
  same time. Probes and crawls have separate locks, so a long crawl never delays a portal's probes.
- A worker that dies (kill -9) stops sending heartbeats; the leader's sweep (``sweep``) finds its
  running jobs after ``stalled_after`` seconds and puts them back in the queue for another worker.

The queue's schema is procrastinate's own SQL, applied by ``ensure_schema`` at start-up under the
service's start-up advisory lock (not by our Alembic chain: the tables are procrastinate's, and its
version is recorded as a comment so that a pin bump without its migrations fails loudly).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from importlib.metadata import version

import psycopg
from procrastinate import App, JobContext
from procrastinate.exceptions import AlreadyEnqueued
from procrastinate.jobs import Status
from procrastinate.schema import SchemaManager
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import Connection, make_url, text

from monitor.errors import DatabaseError, one_line
from monitor.logs import event, portal_context
from monitor.service.connector import ListeningConnector
from monitor.service.job_status import retrying_finish
from monitor.service.plan import CRAWL, PROBE, JobKind

log = logging.getLogger(__name__)
TASK = "laip.run_job"
QUEUE = "laip"  # probes, e-mail, retention: short jobs
CRAWL_QUEUE = "laip-crawl"  # crawls: a replica takes only as many as it crawls at once
PROCRASTINATE_VERSION = version("procrastinate")
SCHEMA_MARK = f"laip-monitor: procrastinate {PROCRASTINATE_VERSION}"
# Every status a job can have (procrastinate_job_status): the label set of laip_queue_jobs.
STATUSES: tuple[str, ...] = tuple(status.value for status in Status)
# Finished jobs that failed or were aborted are kept this long for inspection, then deleted.
KEEP_FINISHED_HOURS = 24 * 7

Execute = Callable[[JobKind, str | None], Awaitable[None]]


def instance_name() -> str:
    """This process's name in logs and in procrastinate's worker table: ``host-pid``."""
    return f"{socket.gethostname()}-{os.getpid()}"


def conninfo(url: str) -> str:
    """A libpq connection string from the SQLAlchemy URL (``postgresql+psycopg://`` ...)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def ensure_schema(connection: Connection) -> bool:
    """Apply procrastinate's schema unless it is there; True when it was applied now.

    Call it under the start-up advisory lock, so that instances starting together apply it once.
    A schema of another procrastinate version is a one-line DatabaseError (apply its migrations).
    """
    present = connection.execute(text("SELECT to_regclass('procrastinate_jobs') IS NOT NULL"))
    if present.scalar_one():
        mark = connection.execute(
            text("SELECT obj_description('procrastinate_jobs'::regclass, 'pg_class')")
        ).scalar_one()
        if mark is not None and mark != SCHEMA_MARK:
            raise DatabaseError(
                f"the job queue's schema is {mark.removeprefix('laip-monitor: ')!r} but "
                f"procrastinate {PROCRASTINATE_VERSION} is installed: apply procrastinate's "
                "migrations (its sql/migrations) or set [queue] enabled = false"
            )
        return False
    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    with raw.transaction(), raw.cursor() as cursor:  # all of it or nothing
        cursor.execute(SchemaManager.get_schema())
        cursor.execute(f"COMMENT ON TABLE procrastinate_jobs IS '{SCHEMA_MARK}'")
    return True


def lock_for(kind: JobKind, slug: str | None, host: str | None) -> str:
    """The procrastinate ``lock`` of a job: per host for probes and crawls, else the job itself."""
    if kind in (PROBE, CRAWL) and host:
        return f"{kind}@{host}"
    return f"{kind}:{slug or '*'}"


@dataclass(frozen=True)
class WorkerSettings:
    """How this instance's worker runs (derived from ``[monitor]`` and ``[crawl]``)."""

    concurrency: int  # jobs of QUEUE at once
    crawl_concurrency: int  # crawls at once ([crawl] parallel_portals)
    heartbeat: float
    stalled_after: float
    poll: float
    shutdown_timeout: float


class JobQueue:
    """The procrastinate app of one ``serve`` instance: defer (leader), work (every instance)."""

    def __init__(self, url: str, execute: Execute, settings: WorkerSettings) -> None:
        self.instance = instance_name()
        # procrastinate logs every job start and end at INFO; ours ("queued job ...") say more.
        logging.getLogger("procrastinate").setLevel(logging.WARNING)
        self.settings = settings
        self._execute = execute
        connector = ListeningConnector(conninfo=conninfo(url), min_size=1, max_size=8)
        self.app = App(connector=connector)
        manager = self.app.job_manager
        manager.finish_job = retrying_finish(  # type: ignore[method-assign,assignment]
            manager.finish_job, give_up_after=max(60.0, settings.stalled_after)
        )
        self._task = self.app.task(name=TASK, queue=QUEUE, pass_context=True)(self._run)
        self._workers: list[asyncio.Task[None]] = []
        self._opened = False

    async def open(self) -> None:
        """Open the connection pool (the schema is there: ``ensure_schema`` ran at start-up)."""
        await self.app.open_async()
        self._opened = True

    def start_worker(self) -> None:
        """Run this instance's workers in the background until ``close``: one for short jobs,
        one for crawls, so that a replica never takes more crawls than it can run at once (the
        rest wait for a replica with a free crawl slot) and crawls never hold up probes."""
        settings = self.settings
        self._workers = [
            asyncio.create_task(self._supervise(queue, concurrency), name=f"worker {queue}")
            for queue, concurrency in (
                (QUEUE, settings.concurrency),
                (CRAWL_QUEUE, settings.crawl_concurrency),
            )
        ]
        event(log, logging.INFO, "queue worker started", instance=self.instance,
              concurrency=settings.concurrency,
              crawl_concurrency=settings.crawl_concurrency)  # fmt: skip

    async def _supervise(self, queue: str, concurrency: int) -> None:
        """Run the worker; when it stops on an error (the database went away), start it again
        after a growing pause (1 s ... 30 s). Jobs it was running are requeued by the sweep."""
        settings = self.settings
        pause = 1.0
        while True:
            began = time.monotonic()
            try:
                await self.app.run_worker_async(
                    queues=[queue],
                    name=self.instance,
                    concurrency=concurrency,
                    wait=True,
                    install_signal_handlers=False,
                    listen_notify=True,
                    delete_jobs="successful",
                    fetch_job_polling_interval=settings.poll,
                    abort_job_polling_interval=max(settings.poll, 1.0),
                    update_heartbeat_interval=settings.heartbeat,
                    stalled_worker_timeout=settings.stalled_after,
                    shutdown_graceful_timeout=settings.shutdown_timeout,
                )
                return
            except Exception as exc:  # noqa: BLE001 - typically the database is down
                if time.monotonic() - began > 60:
                    pause = 1.0
                event(log, logging.WARNING, "queue worker stopped; restarting it", queue=queue,
                      instance=self.instance, in_seconds=pause, error=one_line(exc))  # fmt: skip
                await asyncio.sleep(pause)
                pause = min(pause * 2, 30.0)

    async def close(self) -> None:
        """Stop the workers (running jobs get ``shutdown_timeout`` s, then are aborted), close."""
        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []
        if self._opened:
            self._opened = False
            with contextlib.suppress(Exception):
                await self.app.close_async()

    def worker_alive(self) -> bool:
        """Whether the worker task still runs (it stops only on close or a fatal error)."""
        return bool(self._workers) and not any(worker.done() for worker in self._workers)

    async def defer(self, kind: JobKind, slug: str | None, key: str, host: str | None) -> bool:
        """Queue one run of job ``key``; False when one is already waiting (queued once)."""
        try:
            await self._task.configure(
                queue=CRAWL_QUEUE if kind == CRAWL else QUEUE,
                queueing_lock=key,
                lock=lock_for(kind, slug, host),
            ).defer_async(kind=str(kind), slug=slug, key=key)
        except AlreadyEnqueued:
            log.debug("job already queued", extra={"fields": {"job": key}})
            return False
        return True

    async def _run(self, context: JobContext, kind: str, slug: str | None, key: str) -> None:
        began = time.monotonic()
        job = context.job
        with portal_context(slug) if slug and kind in (PROBE, CRAWL) else contextlib.nullcontext():
            event(log, logging.INFO, "queued job started", job=key, kind=kind,
                  instance=self.instance, queue_id=job.id, attempt=job.attempts + 1)  # fmt: skip
            try:
                await self._execute(JobKind(kind), slug)
            except asyncio.CancelledError:
                event(log, logging.WARNING, "queued job cancelled", job=key,
                      instance=self.instance, queue_id=job.id)  # fmt: skip
                raise
            except Exception as exc:
                event(log, logging.ERROR, "queued job failed", job=key, instance=self.instance,
                      queue_id=job.id, attempt=job.attempts + 1, error=one_line(exc))  # fmt: skip
                raise
            event(log, logging.INFO, "queued job done", job=key, kind=kind,
                  instance=self.instance, queue_id=job.id, attempt=job.attempts + 1,
                  seconds=round(time.monotonic() - began, 3))  # fmt: skip

    async def sweep(self) -> int:
        """Leader's chore: put jobs of dead workers back in the queue; how many.

        A stalled job whose job id is already waiting again (the scheduler deferred its next
        run meanwhile) is closed as failed instead: that waiting run does the work.
        """
        manager = self.app.job_manager
        stalled = await manager.get_stalled_jobs(
            seconds_since_heartbeat=self.settings.stalled_after
        )
        retried = 0
        for job in stalled:
            assert job.id is not None
            try:
                await manager.retry_job(job)
                retried += 1
                outcome = "requeued"
            except Exception:  # noqa: BLE001 - its next run is queued already (queueing lock)
                await manager.finish_job_by_id_async(job.id, Status.FAILED, delete_job=False)
                outcome = "closed; its next run is queued"
            event(log, logging.WARNING, "job of a dead worker " + outcome,
                  job=job.queueing_lock, queue_id=job.id, dead_worker=job.worker_id,
                  instance=self.instance)  # fmt: skip
        await manager.prune_stalled_workers(self.settings.stalled_after)
        return retried

    async def tidy(self) -> None:
        """Delete failed and aborted jobs older than a week (succeeded ones go at once)."""
        await self.app.job_manager.delete_old_jobs(
            nb_hours=KEEP_FINISHED_HOURS,
            include_failed=True,
            include_cancelled=True,
            include_aborted=True,
        )


class QueueCollector(Collector):
    """``laip_queue_jobs{status}``: jobs in the shared queue by status, exported by the leader
    (like the portals' state: every instance sees the same table)."""

    def __init__(self, counts: Callable[[], dict[str, int] | None]) -> None:
        self._counts = counts

    def describe(self) -> Iterable[Metric]:
        return [self._family()]

    def collect(self) -> Iterable[Metric]:
        counts = self._counts()
        if counts is None:
            return []
        family = self._family()
        for status in STATUSES:
            family.add_metric([status], counts.get(status, 0))
        return [family]

    @staticmethod
    def _family() -> GaugeMetricFamily:
        return GaugeMetricFamily(
            "laip_queue_jobs",
            "Jobs in the shared PostgreSQL job queue by status (todo, doing, failed, ...).",
            labels=["status"],
        )


def count_jobs(connection: Connection) -> dict[str, int]:
    """``{status: jobs}`` of the queue table."""
    rows = connection.execute(
        text("SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY status")
    ).all()
    return {str(status): int(count) for status, count in rows}
