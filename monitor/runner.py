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

from monitor.config import Config, PortalConfig
from monitor.probes.fleet import probe_all
from monitor.probes.result import ProbeResult
from monitor.store import repo
from monitor.store.db import transaction
from monitor.store.models import utcnow


@dataclass
class CheckReport:
    """Everything one ``check`` round produced, in config order."""

    checked_at: dt.datetime
    portals: list[PortalConfig]
    probes: dict[str, ProbeResult] = field(default_factory=dict)


def sync_portals(config: Config, factory: sessionmaker[Session]) -> dict[str, int]:
    """Mirror the config's portals into the database; ``{slug: portal_id}``."""
    with transaction(factory) as session:
        return repo.sync_portals(session, config.portals)


def store_probe(
    config: Config, factory: sessionmaker[Session], portal_id: int, result: ProbeResult
) -> None:
    """Write one probe result and the state change it causes, in one transaction."""
    with transaction(factory) as session:
        repo.record_probe(
            session,
            portal_id,
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
    """Probe ``portals`` concurrently and store each result as soon as it arrives."""
    pending: list[asyncio.Task[None]] = []

    def stored(result: ProbeResult) -> None:
        pending.append(
            asyncio.ensure_future(
                asyncio.to_thread(store_probe, config, factory, ids[result.slug], result)
            )
        )
        if on_result is not None:
            on_result(result)

    try:
        results = await probe_all(portals, config.monitor, client=client, on_result=stored)
    finally:
        if pending:
            await asyncio.gather(*pending)
    return results


async def run_check(
    config: Config,
    factory: sessionmaker[Session],
    portals: Sequence[PortalConfig],
    *,
    client: httpx.AsyncClient | None = None,
    on_probe: Callable[[ProbeResult], None] | None = None,
) -> CheckReport:
    """One ``check`` round: sync the registry, probe every portal, store everything."""
    report = CheckReport(checked_at=utcnow(), portals=list(portals))
    ids = await asyncio.to_thread(sync_portals, config, factory)
    results = await run_probes(config, factory, portals, ids=ids, client=client, on_result=on_probe)
    report.probes = {result.slug: result for result in results}
    return report
