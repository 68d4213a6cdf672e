"""Probe a portal and record it: the one path ``check`` and ``serve`` share.

The probe runs within a hard deadline (a hung portal never holds its slot), in the shared per-host
limiter, behind the optional connectivity gate (a failure while the monitor itself is offline is
stored as ``monitor_offline`` and leaves the portal's state alone). The result is written through
the pipeline's buffer; the state flip (after ``down_after`` / ``up_after``) is logged when it is
written.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from monitor.config import Config, MonitorSettings, PortalConfig
from monitor.logs import event, portal_context
from monitor.pipeline.context import Pipeline
from monitor.probes.http import probe
from monitor.probes.result import ProbeResult
from monitor.store import repo
from monitor.store.models import utcnow

log = logging.getLogger(__name__)


def probe_deadline(settings: MonitorSettings) -> float:
    """Hard limit of one probe once it holds its request slot: the probe's own timeout twice
    (certificate facts, the connectivity check) plus a margin."""
    return settings.timeout * 2 + 5.0


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


async def probe_portal(pipe: Pipeline, portal: PortalConfig) -> ProbeResult:
    """Probe ``portal`` once within the deadline; never raises for the portal's behaviour."""
    settings = pipe.config.monitor
    started_at = utcnow()
    deadline = probe_deadline(settings)
    try:
        async with asyncio.timeout(deadline) as limit:
            return await _probe_gated(pipe, portal, settings, limit)
    except TimeoutError:
        if pipe.metrics is not None:
            pipe.metrics.deadlines.labels("probe").inc()
        return ProbeResult(
            slug=portal.slug,
            url=portal.url,
            started_at=started_at,
            up=False,
            error="timeout",
            error_detail=f"probe stopped at its {deadline:g}s deadline",
            response_time_seconds=deadline,
        )


async def _probe_gated(
    pipe: Pipeline, portal: PortalConfig, settings: MonitorSettings, limit: asyncio.Timeout
) -> ProbeResult:
    gate = pipe.connectivity
    url = settings.connectivity_check_url
    if gate is not None and not await gate.online():
        return offline_result(
            portal, utcnow(), f"connectivity check {url} failed; portal not probed"
        )
    began = time.monotonic()  # a failure is blamed on the monitor only by a check begun after this
    # Waiting for a slot is the monitor's own queue (portals ahead that do not answer hold every
    # slot for their timeout), not the portal's time: the deadline stands still meanwhile.
    loop = asyncio.get_running_loop()
    when = limit.when()
    left = None if when is None else when - loop.time()
    limit.reschedule(None)
    async with pipe.limiter.slot(portal.host):
        limit.reschedule(None if left is None else loop.time() + left)
        result = await probe(pipe.client, portal, settings)
    if not result.up and gate is not None and not await gate.online(fresher_than=began):
        detail = (
            f"connectivity check {url} failed too; probe said {result.error}: {result.error_detail}"
        )
        return offline_result(portal, result.started_at, detail[:500])
    return result


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


async def probe_and_record(pipe: Pipeline, portal: PortalConfig) -> ProbeResult | None:
    """Probe ``portal``, store the result (or buffer it) and count it; None if not registered."""
    portal_id = pipe.ids.get(portal.slug)
    if portal_id is None:
        return None
    with portal_context(portal.slug):
        result = await probe_portal(pipe, portal)
        try:
            stored = await pipe.store(probe_write(pipe.config, portal_id, result))
        except asyncio.CancelledError:
            # Stop cancelled the job, not the write (it is shielded): say so, once per probe.
            event(log, logging.INFO, "probe written while stopping", up=result.up)
            raise
        if pipe.metrics is not None:
            pipe.metrics.observe_probe(result)
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
    return result
