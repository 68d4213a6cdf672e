"""The handler of every job kind, and ``JOBS``: the one map from kind to handler.

Like blackbox_exporter's prober map, the dispatcher (``MonitorService._run_job``) looks the kind
up here and nothing else tells jobs apart. Probe and crawl handlers are the pipeline's steps, the
same ``check`` runs; the others send e-mail and prune history.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Config
from monitor.logs import event
from monitor.pipeline.context import Pipeline
from monitor.pipeline.crawl import crawl_and_record
from monitor.pipeline.probe import probe_and_record
from monitor.publish.site import publish_site
from monitor.report.schedule import cron_kwargs
from monitor.report.send import retry_due, send_weekly
from monitor.service.plan import JobKind
from monitor.store.evidence import prune_evidence
from monitor.store.models import utcnow
from monitor.store.retention import RetentionReport, rollup_and_prune

log = logging.getLogger(__name__)

Handler = Callable[[Pipeline, str | None], Awaitable[None]]
T = TypeVar("T")


async def _thread_stopped_with_service(pipe: Pipeline, send: Callable[..., T]) -> T:
    """``send(stop=pipe.stopping)`` in a thread. Cancelled (stop, step-down), the flag is set and
    the thread is awaited: it finishes the message on the wire and leaves the rest pending."""
    work = asyncio.ensure_future(asyncio.to_thread(send, stop=pipe.stopping))
    try:
        return await asyncio.shield(work)
    except asyncio.CancelledError:
        pipe.stopping.set()
        await asyncio.wait([work])
        raise


def report_cron(config: Config) -> dict[str, Any]:
    """CronTrigger kwargs of the weekly report job; ConfigError when the schedule is malformed."""
    return dict(cron_kwargs(config.report))


async def probe_job(pipe: Pipeline, slug: str | None) -> None:
    """Probe one portal and record the result."""
    portal = None if slug is None else pipe.portal(slug)
    if portal is not None:
        await probe_and_record(pipe, portal)


async def crawl_job(pipe: Pipeline, slug: str | None) -> None:
    """Crawl one portal and record it, unless it is down (its sections keep their verdicts)."""
    portal = None if slug is None else pipe.portal(slug)
    if portal is not None:
        await crawl_and_record(pipe, portal)


async def report_job(pipe: Pipeline, _slug: str | None = None) -> None:
    """Send this week's summaries (deliveries are claimed, so a rerun never resends)."""
    summary = await _thread_stopped_with_service(
        pipe, functools.partial(send_weekly, pipe.config, pipe.factory, now=utcnow())
    )
    level = logging.WARNING if summary.failed or summary.errors else logging.INFO
    event(
        log,
        level,
        "weekly report run",
        week=summary.week,
        sent=summary.sent,
        retrying=summary.retrying,
        failed=summary.failed,
        unknown=summary.unknown,
        errors="; ".join(summary.errors)[:500] or None,
    )


async def retry_job(pipe: Pipeline, _slug: str | None = None) -> None:
    """Retry e-mail deliveries that failed temporarily and are due, of any week."""
    summaries = await _thread_stopped_with_service(
        pipe, functools.partial(retry_due, pipe.config, pipe.factory, now=utcnow())
    )
    for summary in summaries:
        level = logging.WARNING if summary.failed or summary.errors else logging.INFO
        event(log, level, "e-mail retries run", week=summary.week, sent=summary.sent,
              retrying=summary.retrying, failed=summary.failed, unknown=summary.unknown,
              errors="; ".join(summary.errors)[:500] or None)  # fmt: skip


def _prune(config: Config, factory: sessionmaker[Session]) -> RetentionReport:
    with factory() as session:
        report = rollup_and_prune(
            session, utcnow() - dt.timedelta(seconds=config.monitor.retention)
        )
        evidence = prune_evidence(
            session,
            config.evidence_dir(),
            utcnow() - dt.timedelta(seconds=config.evidence.retention),
        )
    if evidence.crawls or evidence.unindexed.files:
        event(log, logging.INFO, "evidence retention run", detail=evidence.describe())
    return report


async def retention_job(pipe: Pipeline, _slug: str | None = None) -> None:
    """Roll raw probes older than ``[monitor] retention`` up into daily rows, then delete them."""
    report = await asyncio.to_thread(_prune, pipe.config, pipe.factory)
    if pipe.metrics is not None:
        pipe.metrics.retention_runs.inc()
        pipe.metrics.pruned_probes.inc(report.deleted)
    event(log, logging.INFO, "retention run", deleted=report.deleted, days=report.days,
          detail=report.describe())  # fmt: skip


async def export_job(pipe: Pipeline, _slug: str | None = None) -> None:
    """Publish the open data and the public site into ``[publish] dir``."""
    settings = pipe.config.publish
    if not settings.dir:
        return
    result = await asyncio.to_thread(
        publish_site,
        pipe.config,
        pipe.factory,
        Path(settings.dir),
        utcnow(),
        months=settings.months,
    )
    event(log, logging.INFO, "public site published", dir=settings.dir,
          months=f"{result.months[0]}..{result.months[-1]}", pages=len(result.pages))  # fmt: skip


JOBS: Mapping[JobKind, Handler] = {
    JobKind.PROBE: probe_job,
    JobKind.CRAWL: crawl_job,
    JobKind.REPORT: report_job,
    JobKind.RETRY: retry_job,
    JobKind.RETENTION: retention_job,
    JobKind.EXPORT: export_job,
}
assert set(JOBS) == set(JobKind), "every job kind needs a handler"
