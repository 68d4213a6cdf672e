"""Probe many portals at once, within a global and a per-host concurrency limit."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import httpx

from monitor.config import MonitorSettings, PortalConfig
from monitor.net.client import HostLimiter, build_client
from monitor.probes.http import probe
from monitor.probes.result import ProbeResult

OnResult = Callable[[ProbeResult], None]


async def probe_all(
    portals: Sequence[PortalConfig],
    settings: MonitorSettings,
    *,
    client: httpx.AsyncClient | None = None,
    on_result: OnResult | None = None,
) -> list[ProbeResult]:
    """Probe every portal concurrently; results in input order.

    ``on_result`` is called as each probe finishes, so one slow portal never delays the others'
    results. An exception raised by ``on_result`` stops the round: the probes still running are
    cancelled and the exception propagates. A client is built (and closed) when none is given.
    """
    if client is None:
        async with build_client(settings) as own:
            return await probe_all(portals, settings, client=own, on_result=on_result)

    limiter = HostLimiter(settings.per_host_concurrency, settings.concurrency)

    async def one(portal: PortalConfig) -> ProbeResult:
        async with limiter.slot(portal.host):
            result = await probe(client, portal, settings)
        if on_result is not None:
            on_result(result)
        return result

    tasks = [asyncio.ensure_future(one(portal)) for portal in portals]
    try:
        return list(await asyncio.gather(*tasks))
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def check_connectivity(client: httpx.AsyncClient, url: str, timeout: float) -> bool:
    """Whether the monitor itself reaches ``url``: any HTTP answer counts, whatever its status.

    Used to tell "every portal is down" apart from "the monitor is offline".
    """
    try:
        async with asyncio.timeout(timeout):
            request = client.build_request("HEAD", url, timeout=httpx.Timeout(timeout))
            response = await client.send(request, stream=True)
            await response.aclose()
    except (httpx.HTTPError, TimeoutError, OSError):
        return False
    return True
