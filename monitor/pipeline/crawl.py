"""Crawl a portal and record it: the one path ``check`` and ``serve`` share.

The rule of the house: **an outage is never a compliance result**. A portal that is down (after
the flap thresholds) or whose last probe failed is not crawled, and its sections keep their
verdicts. A crawl whose home page does not answer is stored as ``unreachable`` without verdicts
(``store.crawls.record_crawl``), and so, as ``aborted``, is one whose requests failed on the
monitor's own machine (out of open files, memory or local ports). A crawl runs within a hard
deadline; one stopped there, or cancelled, is closed as ``aborted`` so no 'running' row is left
behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from sqlalchemy.orm import Session

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import Catalog
from monitor.compliance.result import ComplianceResult
from monitor.compliance.status import ABORTED, RUNNING, CrawlSkipReason
from monitor.config import Config, PortalConfig
from monitor.errors import one_line
from monitor.logs import event, portal_context
from monitor.net.client import HostLimiter
from monitor.pipeline.context import Pipeline
from monitor.store.answers import Memory, load_memory
from monitor.store.buffer import is_unavailable
from monitor.store.crawls import record_crawl, start_crawl
from monitor.store.models import CrawlRun, PortalState, utcnow

if TYPE_CHECKING:
    from monitor.store.evidence import ArchivedCrawl

log = logging.getLogger(__name__)


def crawl_deadline(config: Config) -> float:
    """Hard limit of one crawl: the crawl's time budget plus room to finish and judge."""
    return config.crawl.time_budget + config.monitor.timeout * 2 + 30.0


def crawl_skip_reason(portal: PortalConfig, state: PortalState | None) -> str | None:
    """Why ``portal`` is not crawled now, or None when it is.

    ``state`` is the portal's stored state, written by the probe that ran before: down after the
    flap thresholds, or a failed last probe, means no crawl (sections keep their verdicts).
    """
    if not portal.crawl:
        return "crawling is disabled for this portal (crawl = false)"
    if state is None:
        return None
    if state.up is False or state.last_probe_up is False:
        error = state.last_error or "unreachable"
        return f"portal is down ({error}); sections keep their previous verdicts"
    return None


@dataclass(frozen=True)
class _Started:
    """A crawl's row, as the pipeline wrote it: what archiving its evidence needs to know."""

    portal_id: int
    slug: str
    crawl_id: int
    started_at: dt.datetime


def _start(session: Session, portal_id: int, version: str, started_at: dt.datetime) -> int:
    return start_crawl(session, portal_id, started_at, version).id


async def crawl_and_record(
    pipe: Pipeline,
    portal: PortalConfig,
    *,
    state: PortalState | None = None,
    on_crawled: Callable[[], None] | None = None,
) -> ComplianceResult | str | None:
    """Crawl, judge and store ``portal``; the result, or why it was skipped (a string).

    ``state`` is read from the database unless given (``check`` passes what it just stored).
    ``on_crawled`` is called once the crawl has given its crawl slot back (before storing).
    """
    portal_id = pipe.ids.get(portal.slug)
    if portal_id is None:
        return None
    with portal_context(portal.slug):
        try:
            if state is None:
                state = await pipe.writes.run(read_state, pipe, portal_id)
            reason = crawl_skip_reason(portal, state)
            if reason is not None:
                _count_skip(pipe, "portal_down" if portal.crawl else "disabled")
                event(log, logging.INFO, "crawl skipped", reason=reason)
                return reason
            version = pipe.catalog().version
            now = utcnow()
            start = functools.partial(_start, portal_id=portal_id, version=version, started_at=now)
            crawl_id = int(await pipe.run_now(start))  # type: ignore[call-overload]
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            # The verdicts hang off the crawl's row: it runs again at the next crawl interval.
            _count_skip(pipe, "database_down")
            reason = "the database is down; the crawl runs again at the next interval"
            event(log, logging.WARNING, "crawl skipped: the database is down",
                  error=one_line(exc))  # fmt: skip
            return reason
        started = _Started(portal_id, portal.slug, crawl_id, now)
        return await _crawl(pipe, portal, started, on_crawled)


async def _archive(
    pipe: Pipeline,
    started: _Started,
    memory: Memory,
    result: ComplianceResult,
    directory: Path | None,
) -> ArchivedCrawl | None:
    """Write the crawl's WARC file before its result is stored, so that compressing its pages
    holds no write lock (SQLite: one writer at a time). None when there is nothing to archive
    or the database cannot be read now: storing the result then archives it. OSError when the
    evidence disk fails."""
    if directory is None or not result.captures or result.stats.without_verdicts:
        return None
    try:
        return await pipe.writes.run(_archive_now, pipe, started, memory, result, directory)
    except Exception as exc:
        if not is_unavailable(exc):
            raise
        return None


def _archive_now(
    pipe: Pipeline, started: _Started, memory: Memory, result: ComplianceResult, directory: Path
) -> ArchivedCrawl:
    from monitor.store.evidence import write_crawl_warc  # warcio only when archiving

    # The session connects only if the memory does not know every original (a changed page).
    with pipe.factory() as session:
        return write_crawl_warc(
            session,
            started.portal_id,
            started.crawl_id,
            started.started_at,
            result,
            directory,
            slug=started.slug,
            originals=memory.originals,
        )


def read_state(pipe: Pipeline, portal_id: int) -> PortalState | None:
    """The portal's stored state (up, last probe, flap counts), or None before any probe."""
    with pipe.factory() as session:
        return session.get(PortalState, portal_id)


def _count_skip(pipe: Pipeline, reason: CrawlSkipReason) -> None:
    if pipe.metrics is not None:
        pipe.metrics.crawls_skipped.labels(reason).inc()


async def _crawl(
    pipe: Pipeline,
    portal: PortalConfig,
    started: _Started,
    on_crawled: Callable[[], None] | None = None,
) -> ComplianceResult | str | None:
    config = pipe.config
    crawl_id = started.crawl_id
    catalog = pipe.catalog()
    deadline = crawl_deadline(config)
    if pipe.metrics is not None:
        pipe.metrics.crawls.labels(portal.slug).inc()
    try:
        # The crawl slot bounds the crawls at work (network, parsing, judging). Storing happens
        # after it is released, so a database busy with another writer (SQLite: one at a time)
        # holds up no crawl; a store slot is taken first, so that results waiting to be stored
        # (pages and bodies for the evidence) are bounded too.
        async with pipe.crawl_slots:
            memory = await _memory(pipe, portal)
            async with asyncio.timeout(deadline):
                result = await _assess(pipe, portal, config, catalog, memory)
            await pipe.store_slots.acquire()
        if on_crawled is not None:
            on_crawled()
    except TimeoutError:
        if pipe.metrics is not None:
            pipe.metrics.deadlines.labels("crawl").inc()
            pipe.metrics.crawl_failures.labels(portal.slug).inc()
        error = f"crawl stopped at its {deadline:g}s deadline"
        await pipe.store(functools.partial(_abort_crawl, crawl_id=crawl_id, error=error))
        event(log, logging.WARNING, "crawl stopped at its deadline", deadline=deadline)
        return None
    except asyncio.CancelledError:
        # Straight through, not buffered: the buffer's last flush may already be over. With the
        # database down the row stays 'running' until the next start closes it as abandoned.
        abort = functools.partial(_abort_crawl, crawl_id=crawl_id, error="the crawl was stopped")
        with contextlib.suppress(Exception):
            await pipe.run_now(abort)
        raise
    evidence = config.evidence_dir() if config.evidence.enabled else None
    try:
        try:
            archived = await _archive(pipe, started, memory, result, evidence)
        except OSError as exc:
            # The evidence disk failed: the verdicts are still a result, stored without it.
            event(log, logging.WARNING, "evidence not archived; the verdicts are stored without it",
                  error=one_line(exc))  # fmt: skip
            archived, evidence = None, None
        store = functools.partial(
            record_crawl, crawl_id=crawl_id, result=result, evidence_dir=evidence, archived=archived
        )
        await pipe.store(store)
    finally:
        pipe.store_slots.release()
    analysed = result.analysis is not None
    judged = (analysed or result.stats.analysis_kept) and not result.stats.without_verdicts
    if pipe.metrics is not None and judged:
        pipe.metrics.crawl_analyses.labels("new" if analysed else "kept").inc()
    # Archived, remembered and kept: the bytes need not travel on.
    result = dataclasses.replace(result, captures=(), remembered=(), analysis=None)
    if result.stats.error and pipe.metrics is not None:
        pipe.metrics.crawl_failures.labels(portal.slug).inc()
    event(
        log,
        logging.WARNING if result.stats.monitor_fault else logging.INFO,
        "crawl stored",
        score=result.score,
        pages=result.stats.pages,
        reused=result.stats.reused,
        analysed=analysed,  # False: the content was the last crawl's, so was its analysis
        seconds=round(result.stats.duration_seconds, 1),
        stop_reason=result.stats.stop_reason,
        error=result.stats.error,
        unreachable=result.stats.unreachable or None,
    )
    if result.stats.monitor_fault:
        return f"{result.stats.error}; sections keep their verdicts"
    if result.stats.unreachable:
        return (
            f"portal did not answer the crawl ({result.stats.error}); sections keep their verdicts"
        )
    return result


async def _memory(pipe: Pipeline, portal: PortalConfig) -> Memory:
    """What the portal's last crawl remembered; nothing when the database cannot say."""
    portal_id = pipe.ids[portal.slug]
    evidence = pipe.config.evidence.enabled
    try:
        return await pipe.writes.run(_load_memory, pipe, portal_id, evidence)
    except Exception as exc:
        if not is_unavailable(exc):
            raise
        return Memory()  # the crawl reads every answer afresh


def _load_memory(pipe: Pipeline, portal_id: int, evidence: bool) -> Memory:
    with pipe.factory() as session:
        return load_memory(session, portal_id, evidence=evidence)


async def _assess(
    pipe: Pipeline,
    portal: PortalConfig,
    config: Config,
    catalog: Catalog,
    memory: Memory,
) -> ComplianceResult:
    """Crawl and judge ``portal`` in the crawl thread when there is one, else on this loop."""

    async def work(client: httpx.AsyncClient, limiter: HostLimiter) -> ComplianceResult:
        return await assess_portal(
            client,
            portal,
            config,
            catalog,
            limiter=limiter,
            memory=memory.answers,
            analysis=memory.analysis,
        )

    if pipe.crawler is None:
        return await work(pipe.crawl_client or pipe.client, pipe.limiter)
    return await pipe.crawler.run(work)


def _abort_crawl(session: Session, *, crawl_id: int, error: str) -> None:
    """Close a crawl that did not finish, so that no 'running' row is left behind."""
    run = session.get(CrawlRun, crawl_id)
    if run is not None and run.status == RUNNING:
        run.status = ABORTED
        run.error = error
        run.finished_at = utcnow()
