"""Job bodies: glue the pure probe/crawl/judge functions to the store.

Probes, crawler and judge never touch storage or metrics; this module runs them, writes their
results through ``store`` (synchronous SQLAlchemy, via ``asyncio.to_thread``) and reports progress.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import httpx
from sqlalchemy.orm import Session, sessionmaker

from monitor.compliance.assess import assess_portal
from monitor.compliance.catalog import Catalog, load_catalog
from monitor.compliance.result import ComplianceResult
from monitor.config import Config, PortalConfig
from monitor.net.client import HostLimiter, build_crawl_client
from monitor.pipeline.pool import crawl_in_processes, worker_count
from monitor.probes.fleet import probe_all
from monitor.probes.result import ProbeResult
from monitor.store import crawls, repo
from monitor.store.db import transaction
from monitor.store.models import utcnow


@dataclass
class CheckReport:
    """Everything one ``check`` round produced, in config order."""

    checked_at: dt.datetime
    portals: list[PortalConfig]
    probes: dict[str, ProbeResult] = field(default_factory=dict)
    compliance: dict[str, ComplianceResult] = field(default_factory=dict)
    crawl_skipped: dict[str, str] = field(default_factory=dict)


def sync_portals(config: Config, factory: sessionmaker[Session]) -> dict[str, int]:
    """Mirror the config's portals into the database; ``{slug: portal_id}``."""
    with transaction(factory) as session:
        return repo.sync_portals(session, config.portals)


def store_probes(
    config: Config, factory: sessionmaker[Session], ids: dict[str, int], results: list[ProbeResult]
) -> None:
    """Write probe results and the state changes they cause, in one transaction."""
    with transaction(factory) as session:
        for result in results:
            repo.record_probe(
                session,
                ids[result.slug],
                result,
                down_after=config.monitor.down_after,
                up_after=config.monitor.up_after,
            )


async def run_probes(
    config: Config,
    factory: sessionmaker[Session],
    portals: Sequence[PortalConfig],
    *,
    ids: dict[str, int],
    client: httpx.AsyncClient | None = None,
    on_result: Callable[[ProbeResult], None] | None = None,
) -> list[ProbeResult]:
    """Probe ``portals`` concurrently and store the results as they arrive.

    One writer commits whatever arrived while it was writing as one transaction (group commit):
    a lone result is stored at once, a burst of results costs one commit instead of hundreds.
    """
    arrived: asyncio.Queue[ProbeResult | None] = asyncio.Queue()

    def stored(result: ProbeResult) -> None:
        arrived.put_nowait(result)
        if on_result is not None:
            on_result(result)

    async def writer() -> None:
        finished = False
        while not finished:
            batch = [await arrived.get()]
            while not arrived.empty():
                batch.append(arrived.get_nowait())
            finished = batch[-1] is None
            results = [result for result in batch if result is not None]
            if results:
                await asyncio.to_thread(store_probes, config, factory, ids, results)

    writing = asyncio.ensure_future(writer())
    try:
        return await probe_all(portals, config.monitor, client=client, on_result=stored)
    finally:
        arrived.put_nowait(None)
        await writing


def store_crawl(factory: sessionmaker[Session], portal_id: int, result: ComplianceResult) -> None:
    """Write one crawl's verdicts, section states and transitions in a single transaction.

    The crawl row is inserted and completed together, so an interrupted ``check`` leaves no
    half-recorded crawl behind.
    """
    with transaction(factory) as session:
        run = crawls.start_crawl(session, portal_id, result.started_at, result.catalog_version)
        crawls.record_crawl(session, run.id, result)


def crawl_skip_reason(portal: PortalConfig, probe: ProbeResult | None) -> str | None:
    """Why ``check`` does not crawl ``portal`` this round, or None when it does.

    A portal that is down is not crawled: its sections keep their last verdicts instead of being
    judged on an outage (an uptime failure never masquerades as a compliance failure).
    """
    if not portal.crawl:
        return "crawling is disabled for this portal (crawl = false)"
    if probe is not None and not probe.up:
        return f"portal is down ({probe.error}); sections keep their previous verdicts"
    return None


async def run_crawls(
    config: Config,
    factory: sessionmaker[Session],
    portals: Sequence[PortalConfig],
    *,
    ids: dict[str, int],
    client: httpx.AsyncClient | None = None,
    catalog: Catalog | None = None,
    on_result: Callable[[ComplianceResult], None] | None = None,
) -> dict[str, ComplianceResult]:
    """Crawl and judge ``portals`` concurrently (per-host limits shared) and store each result."""
    if client is None:
        async with build_crawl_client(config.monitor) as own:
            return await run_crawls(
                config, factory, portals, ids=ids, client=own, catalog=catalog, on_result=on_result
            )
    catalog = catalog or load_catalog()
    limiter = HostLimiter(config.monitor.per_host_concurrency, config.monitor.concurrency)
    slots = asyncio.Semaphore(config.crawl.parallel_portals)

    async def one(portal: PortalConfig) -> ComplianceResult:
        async with slots:
            result = await assess_portal(client, portal, config, catalog, limiter=limiter)
        await asyncio.to_thread(store_crawl, factory, ids[portal.slug], result)
        if on_result is not None:
            on_result(result)
        return result

    results = await asyncio.gather(*(one(portal) for portal in portals))
    return {result.slug: result for result in results}


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
) -> CheckReport:
    """One ``check`` round: sync the registry, probe every portal, then crawl those that are up."""
    report = CheckReport(checked_at=utcnow(), portals=list(portals))
    ids = await asyncio.to_thread(sync_portals, config, factory)
    results = await run_probes(config, factory, portals, ids=ids, client=client, on_result=on_probe)
    report.probes = {result.slug: result for result in results}
    if not crawl:
        return report
    to_crawl = []
    for portal in portals:
        reason = crawl_skip_reason(portal, report.probes.get(portal.slug))
        if reason is None:
            to_crawl.append(portal)
        else:
            report.crawl_skipped[portal.slug] = reason
    if on_crawl_start is not None:
        on_crawl_start(len(to_crawl))
    # A client handed in (tests, custom transports) cannot cross into worker processes.
    workers = 1 if client is not None else worker_count(config, len(to_crawl))
    if workers > 1:
        report.compliance = await crawl_in_processes(
            config, to_crawl, ids=ids, workers=workers, on_result=on_crawl
        )
    else:
        report.compliance = await run_crawls(
            config, factory, to_crawl, ids=ids, client=client, on_result=on_crawl
        )
    return report
