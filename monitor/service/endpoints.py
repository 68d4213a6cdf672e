"""The service's read-only HTTP endpoints: ``/metrics`` and ``/healthz`` (aiohttp, same event loop).

The scrape reads the database, so it runs in a worker thread and never blocks the scheduler.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from monitor.errors import ConfigError, LaipMonitorError

Health = Callable[[], Awaitable[tuple[bool, dict[str, Any]]]]


def parse_listen(text: str) -> tuple[str, int]:
    """``"127.0.0.1:9877"`` / ``"[::1]:9877"`` / ``":9877"`` -> (host, port); ConfigError if not."""
    host, sep, port_text = text.strip().rpartition(":")
    if not sep or not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
        raise ConfigError(f"listen address {text!r}: expected HOST:PORT, e.g. 127.0.0.1:9877")
    host = host.removeprefix("[").removesuffix("]") or "127.0.0.1"
    if any(ch.isspace() or ch in "/[]" for ch in host):
        raise ConfigError(f"listen address {text!r}: {host!r} is not a host")
    return host, int(port_text)


def build_app(registry: CollectorRegistry, health: Health) -> web.Application:
    """The aiohttp application serving ``/metrics`` and ``/healthz``."""

    async def metrics(_: web.Request) -> web.Response:
        body = await asyncio.to_thread(generate_latest, registry)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def healthz(_: web.Request) -> web.Response:
        ok, payload = await health()
        return web.json_response(payload, status=200 if ok else 503)

    app = web.Application()
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    return app


async def start_http_server(
    listen: str, registry: CollectorRegistry, health: Health
) -> tuple[web.AppRunner, int]:
    """Serve the endpoints on ``listen``; the runner (to clean up) and the bound port."""
    host, port = parse_listen(listen)
    runner = web.AppRunner(
        build_app(registry, health), access_log=None, handle_signals=False, shutdown_timeout=1.0
    )
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    try:
        await site.start()
    except OSError as exc:
        await runner.cleanup()
        raise LaipMonitorError(f"cannot listen on {listen}: {exc.strerror or exc}") from None
    # The bound port matters when port 0 was asked for.
    return runner, int(runner.addresses[0][1])
