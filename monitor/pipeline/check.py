"""The ``check`` round: probe every portal, then crawl those that are up, through the pipeline.

The same steps as ``serve`` (``probe_and_record``, ``crawl_and_record``) and the same buffered
writes: when the database fails mid-round, what could not be stored is counted and reported
(``CheckReport.unstored``), and everything that could be stored is.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.errors import DatabaseError, one_line
from monitor.pipeline.context import Pipeline, open_pipeline
from monitor.pipeline.crawl import crawl_and_record, crawl_skip_reason, read_state
from monitor.pipeline.pool import CrawlPool, crawl_in_processes, start_pool, worker_count
from monitor.pipeline.probe import probe_and_record
from monitor.probes.result import ProbeResult
from monitor.store import repo
from monitor.store.buffer import is_unavailable
from monitor.store.db import redact, transaction
from monitor.store.models import PortalState, utcnow

# How long the end of a round waits for the database to take what is still buffered.
FINAL_FLUSH_SECONDS = 10.0


@dataclass(repr=False)
class CheckReport:
    """Everything one ``check`` round produced, in config order.

    Its repr is a one-line summary. At its end, Python 3.11's ``asyncio.run`` calls
    ``signal.getsignal`` on its SIGINT handler, a partial bound to the finished main task; the
    enum lookup inside formats that handler into an error message it then discards, and the
    task's repr shows its result through ``reprlib``, which builds the whole repr before cutting
    it short. A dataclass repr of every verdict of a 340-portal round is some 70 MB of strings,
    built for nothing: it was the peak memory of ``check``.
    """

    checked_at: dt.datetime
    portals: list[PortalConfig]
    probes: dict[str, ProbeResult] = field(default_factory=dict)
    compliance: dict[str, ComplianceResult] = field(default_factory=dict)
    crawl_skipped: dict[str, str] = field(default_factory=dict)
    unstored: int = 0  # results the database did not take (it was down); they are lost
    store_error: str | None = None

    def __repr__(self) -> str:
        return (
            f"CheckReport(checked_at={self.checked_at.isoformat()}, portals={len(self.portals)}, "
            f"probes={len(self.probes)}, compliance={len(self.compliance)}, "
            f"crawl_skipped={len(self.crawl_skipped)}, unstored={self.unstored})"
        )


def sync_portals(config: Config, factory: sessionmaker[Session]) -> dict[str, int]:
    """Mirror the config's portals into the database; ``{slug: portal_id}``.

    Nothing can be stored without the registry: a failure here is one line (DatabaseError).
    """
    try:
        with transaction(factory) as session:
            return repo.sync_portals(session, config.portals)
    except SQLAlchemyError as exc:
        url = redact(config.monitor.database_url)
        raise DatabaseError(
            f"database {url}: cannot write the portal list: {one_line(exc)}"
        ) from None


async def run_check(
    config: Config,
    factory: sessionmaker[Session],
    portals: Sequence[PortalConfig],
    *,
    crawl: bool = True,
    client: httpx.AsyncClient | None = None,
    on_probe: Callable[[ProbeResult], None] | None = None,
    on_crawl: Callable[[ComplianceResult], None] | None = None,
    on_crawl_start: Callable[[int], None] | None = None,
    pool: CrawlPool | None = None,
) -> CheckReport:
    """One round: sync the registry, probe every portal, then crawl those that are up.

    The crawl runs in ``pool``'s worker processes when one is given (``crawl_pool``), else in
    workers started here (spawned if this process already runs other threads), else here.
    """
    report = CheckReport(checked_at=utcnow(), portals=list(portals))
    ids = await asyncio.to_thread(sync_portals, config, factory)
    async with open_pipeline(config, factory, ids, client=client) as pipe:
        try:
            await _round(pipe, report, crawl, client, pool, on_probe, on_crawl, on_crawl_start)
        finally:
            report.unstored += await pipe.buffer.close(timeout=FINAL_FLUSH_SECONDS)
            report.store_error = report.store_error or pipe.buffer.last_error
    return report


async def _round(
    pipe: Pipeline,
    report: CheckReport,
    crawl: bool,
    client: httpx.AsyncClient | None,
    given: CrawlPool | None,
    on_probe: Callable[[ProbeResult], None] | None,
    on_crawl: Callable[[ComplianceResult], None] | None,
    on_crawl_start: Callable[[int], None] | None,
) -> None:
    """Probe every portal; each portal that is up is crawled as soon as its probe is stored,
    while the other probes still run (no core waits for the slowest probe)."""
    # No workers for a client handed in (tests, custom transports): it cannot cross into them.
    # Workers started here start with the probes, so that their start-up overlaps them.
    pool = (
        None
        if client is not None or not crawl
        else given or start_pool(pipe.config, len(report.portals))
    )
    ready: asyncio.Queue[int | None] = asyncio.Queue()  # indexes of the portals to crawl
    states: dict[str, PortalState | None] = {}
    to_crawl = 0

    async def probe_one(index: int, portal: PortalConfig) -> None:
        nonlocal to_crawl
        result = await probe_and_record(pipe, portal)
        if result is None:
            return
        report.probes[portal.slug] = result
        if on_probe is not None:
            on_probe(result)
        if crawl:
            state = states[portal.slug] = await _state_after(pipe, portal, result)
            reason = crawl_skip_reason(portal, state)
            if reason is None:
                to_crawl += 1
                ready.put_nowait(index)
            else:
                report.crawl_skipped[portal.slug] = reason

    crawling = (
        asyncio.create_task(_crawl_round(pipe, report, pool, ready, states, on_crawl))
        if crawl
        else None
    )
    try:
        await asyncio.gather(*(probe_one(i, portal) for i, portal in enumerate(report.portals)))
        if crawling is not None:
            if on_crawl_start is not None:
                on_crawl_start(to_crawl)
            ready.put_nowait(None)
            await crawling
    finally:
        if crawling is not None and not crawling.done():
            crawling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await crawling
        if pool is not None and pool is not given:
            await asyncio.to_thread(pool.shutdown)


async def _crawl_round(
    pipe: Pipeline,
    report: CheckReport,
    pool: CrawlPool | None,
    ready: asyncio.Queue[int | None],
    states: dict[str, PortalState | None],
    on_crawl: Callable[[ComplianceResult], None] | None,
) -> None:
    """Crawl the portals whose indexes arrive on ``ready`` (None: no more), in ``pool``'s
    worker processes when there is one, else on this loop (``states``: as ``_state_after``
    found them)."""
    workers = worker_count(pipe.config, len(report.portals))
    if pool is not None and workers > 1:
        outcome = await crawl_in_processes(
            pool,
            pipe.config,
            report.portals,
            ready,
            states,
            ids=pipe.ids,
            workers=workers,
            on_result=on_crawl,
        )
        report.compliance.update(outcome.results)
        report.crawl_skipped.update(outcome.skipped)
        report.unstored += outcome.unstored
        report.store_error = outcome.store_error
        return

    async def crawl_one(portal: PortalConfig) -> None:
        result = await crawl_and_record(pipe, portal, state=states.get(portal.slug))
        if isinstance(result, ComplianceResult):
            report.compliance[portal.slug] = result
            if on_crawl is not None:
                on_crawl(result)
        elif isinstance(result, str):
            report.crawl_skipped[portal.slug] = result

    crawls: list[asyncio.Task[None]] = []
    try:
        while (index := await ready.get()) is not None:
            crawls.append(asyncio.create_task(crawl_one(report.portals[index])))
        await asyncio.gather(*crawls)
    finally:
        for task in crawls:
            task.cancel()


async def _state_after(
    pipe: Pipeline, portal: PortalConfig, probe: ProbeResult
) -> PortalState | None:
    """The portal's stored state after this round's probe (the flap thresholds applied).

    While the database is down, the probe stands in for it.
    """
    if not pipe.buffer.pending:
        try:
            return await pipe.writes.run(read_state, pipe, pipe.ids[portal.slug])
        except Exception as exc:
            if not is_unavailable(exc):
                raise
    return PortalState(up=probe.up, last_probe_up=probe.up, last_error=probe.error)
