"""Whether the monitor itself is online: tells "every portal is down" from "we are offline"."""

from __future__ import annotations

import asyncio

import httpx


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
