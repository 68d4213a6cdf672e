"""The service's read-only HTTP endpoints: ``/metrics`` and ``/healthz`` (aiohttp, same event loop).

The scrape reads the database, so it runs in a thread of its own and never blocks the scheduler
or ``/healthz`` (which keeps the default pool). One rendered exposition is shared for a second:
twenty scrapers at once cost one collection, not twenty.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry

from monitor.errors import ConfigError, LaipMonitorError
from monitor.publish.http import add_public_routes
from monitor.service.exposition import render

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


class ScrapeCache:
    """The exposition of ``registry``, rendered at most once per ``ttl`` seconds.

    Concurrent scrapes share the one collection in flight (single flight); collections run on a
    dedicated thread so that a slow database never takes the threads other work needs.
    """

    def __init__(
        self,
        registry: CollectorRegistry,
        ttl: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._registry = registry
        self._ttl = ttl
        self._clock = clock
        self._body: bytes | None = None
        self._rendered_at = -math.inf
        self._inflight: asyncio.Future[bytes] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="laip-metrics")
        self.collections = 0

    async def body(self) -> bytes:
        """A recent exposition: the cached one, or a new one (shared with concurrent callers)."""
        if self._body is not None and self._clock() - self._rendered_at < self._ttl:
            return self._body
        if self._inflight is None:
            self._inflight = asyncio.ensure_future(self._render())
        return await asyncio.shield(self._inflight)

    async def _render(self) -> bytes:
        started = self._clock()
        try:
            loop = asyncio.get_running_loop()
            body = await loop.run_in_executor(self._executor, render, self._registry)
        finally:
            self._inflight = None
        self.collections += 1
        self._body, self._rendered_at = body, started
        return body

    def close(self) -> None:
        """Release the collection thread."""
        self._executor.shutdown(wait=False, cancel_futures=True)


SCRAPE_CACHE = web.AppKey("scrape_cache", ScrapeCache)


def build_app(
    registry: CollectorRegistry, health: Health, public_dir: Path | None = None
) -> web.Application:
    """The aiohttp application serving ``/metrics``, ``/healthz`` and the public site."""
    cache = ScrapeCache(registry)

    async def metrics(_: web.Request) -> web.Response:
        body = await cache.body()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def close_cache(_: web.Application) -> None:
        cache.close()

    async def healthz(_: web.Request) -> web.Response:
        ok, payload = await health()
        return web.json_response(payload, status=200 if ok else 503)

    app = web.Application()
    app[SCRAPE_CACHE] = cache
    app.on_cleanup.append(close_cache)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    if public_dir is not None:
        add_public_routes(app, public_dir)
    return app


async def start_http_server(
    listen: str, registry: CollectorRegistry, health: Health, public_dir: Path | None = None
) -> tuple[web.AppRunner, int]:
    """Serve the endpoints on ``listen``; the runner (to clean up) and the bound port."""
    host, port = parse_listen(listen)
    runner = web.AppRunner(
        build_app(registry, health, public_dir),
        access_log=None,
        handle_signals=False,
        shutdown_timeout=1.0,
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
