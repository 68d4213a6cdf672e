"""A probe round through the pipeline: input order, results as they come, global and per-host
limits (the same steps ``check`` and ``serve`` run)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import pytest

from monitor.config import Config, MonitorSettings, PortalConfig
from monitor.net.client import build_client
from monitor.pipeline.check import run_check
from monitor.probes.connectivity import check_connectivity
from monitor.probes.result import ProbeResult
from monitor.store.db import open_database
from tests.probes.servers import (
    InFlight,
    LoopbackServer,
    closed_port,
    respond,
    slow,
    wait_for,
)

ProbeAll = Callable[..., Awaitable[list[ProbeResult]]]
OK = respond(200, b"<html>ok</html>")


def portal(slug: str, url: str) -> PortalConfig:
    return PortalConfig(slug=slug, name=f"Municipalidad {slug}", url=url)


@pytest.fixture
def probe_all(sqlite_url: str) -> Callable[..., Awaitable[list[ProbeResult]]]:
    """A probe-only ``check`` round on a fresh database; the results in input order."""

    async def run(
        portals: list[PortalConfig],
        settings: MonitorSettings,
        *,
        client: httpx.AsyncClient | None = None,
        on_result: Callable[[ProbeResult], None] | None = None,
    ) -> list[ProbeResult]:
        settings = settings.model_copy(update={"database_url": sqlite_url})
        config = Config(monitor=settings, portals=portals)
        engine, factory = open_database(sqlite_url)
        try:
            report = await run_check(
                config, factory, portals, crawl=False, client=client, on_probe=on_result
            )
        finally:
            engine.dispose()
        return [report.probes[p.slug] for p in report.portals]

    return run


async def test_a_slow_portal_does_not_delay_the_results_of_fast_ones(probe_all: ProbeAll) -> None:
    settings = MonitorSettings(timeout=2.0)
    release = asyncio.Event()
    fast = ["rapida-1", "rapida-2", "rapida-3"]
    seen: list[str] = []

    def on_result(result: ProbeResult) -> None:
        seen.append(result.slug)
        if set(fast) <= set(seen):
            release.set()

    routes = {"/lenta": wait_for(release, OK), "/rapida": OK}
    async with LoopbackServer(routes) as slow_server, LoopbackServer(routes) as fast_server:
        portals = [portal("lenta", slow_server.url("/lenta"))]
        portals += [portal(slug, fast_server.url(f"/rapida?{slug}")) for slug in fast]
        results = await probe_all(portals, settings, on_result=on_result)
    assert [r.slug for r in results] == ["lenta", *fast]
    assert sorted(seen[:3]) == fast and seen[3] == "lenta"
    assert all(r.up for r in results)


async def test_no_more_than_the_per_host_limit_of_requests_reach_one_host(
    probe_all: ProbeAll,
) -> None:
    settings = MonitorSettings(timeout=2.0, per_host_concurrency=2, concurrency=16)
    routes = {f"/{i}": slow(0.05, OK) for i in range(6)}
    async with LoopbackServer(routes) as server:
        portals = [portal(f"p{i}", server.url(f"/{i}")) for i in range(6)]
        results = await probe_all(portals, settings)
    assert all(r.up for r in results)
    assert sorted(server.in_flight.paths) == [f"/{i}" for i in range(6)]
    assert server.in_flight.peak == 2


async def test_no_more_than_the_global_limit_of_requests_run_at_once(probe_all: ProbeAll) -> None:
    settings = MonitorSettings(timeout=2.0, per_host_concurrency=4, concurrency=2)
    shared = InFlight()
    servers = [
        LoopbackServer({"/": slow(0.05, OK)}, host=f"127.0.0.{i}", in_flight=shared)
        for i in range(1, 5)
    ]
    for server in servers:
        await server.__aenter__()
    try:
        portals = [portal(f"p{i}", server.url()) for i, server in enumerate(servers)]
        results = await probe_all(portals, settings)
    finally:
        for server in servers:
            await server.__aexit__(None, None, None)
    assert all(r.up for r in results)
    assert len(shared.paths) == 4
    assert shared.peak == 2


async def test_down_portals_are_results_in_input_order(probe_all: ProbeAll) -> None:
    settings = MonitorSettings(timeout=1.0)
    async with LoopbackServer({"/": respond(503)}) as server:
        portals = [
            portal("cerrada", f"http://127.0.0.1:{closed_port()}/"),
            portal("caida", server.url()),
            portal("sana", server.url("/nada")),
        ]
        results = await probe_all(portals, settings)
    assert [(r.slug, r.error) for r in results] == [
        ("cerrada", "connect"),
        ("caida", "http_status"),
        ("sana", "http_status"),
    ]


async def test_an_error_in_the_callback_stops_the_round_and_propagates(probe_all: ProbeAll) -> None:
    settings = MonitorSettings(timeout=1.0)

    def on_result(result: ProbeResult) -> None:
        raise RuntimeError(f"cannot store {result.slug}")

    async with LoopbackServer({"/": OK}) as server:
        portals = [portal("uno", server.url())]
        with pytest.raises(RuntimeError, match="cannot store uno"):
            await probe_all(portals, settings, on_result=on_result)


async def test_a_given_client_is_used_and_left_open(probe_all: ProbeAll) -> None:
    settings = MonitorSettings(timeout=1.0)
    async with LoopbackServer({"/": OK}) as server, build_client(settings) as client:
        results = await probe_all([portal("uno", server.url())], settings, client=client)
        assert results[0].up
        assert not client.is_closed


async def test_connectivity_is_any_http_answer_even_an_error() -> None:
    async with LoopbackServer({"/": respond(500)}) as server, httpx.AsyncClient() as client:
        assert await check_connectivity(client, server.url(), 1.0)


async def test_no_connectivity_when_nothing_answers() -> None:
    async with httpx.AsyncClient() as client:
        assert not await check_connectivity(client, f"http://127.0.0.1:{closed_port()}/", 1.0)


async def test_an_empty_fleet_gives_no_results(probe_all: ProbeAll) -> None:
    calls: list[ProbeResult] = []
    assert await probe_all([], MonitorSettings(), on_result=calls.append) == []
    assert calls == []


@pytest.mark.parametrize("processes", [1, 2])
async def test_a_portal_is_crawled_while_other_probes_still_run(
    sqlite_url: str, processes: int
) -> None:
    """A crawl starts as soon as its portal's probe is stored: here the slow portal's probe is
    answered only once the fast portal's crawl is stored. A round that crawled only after the
    last probe would wait for it until the probe's timeout, and find the slow portal down."""
    from monitor.compliance.result import ComplianceResult
    from monitor.config import CrawlSettings

    crawled = asyncio.Event()
    page = respond(200, b"<html><head><title>Portal</title></head><body><h1>Inicio</h1></body>")
    routes = {"/lenta": wait_for(crawled, OK), "/": page}

    def on_crawl(result: ComplianceResult) -> None:
        crawled.set()

    async with LoopbackServer(routes) as slow_server, LoopbackServer(routes) as fast_server:
        portals = [
            portal("lenta", slow_server.url("/lenta")),
            portal("rapida", fast_server.url("/")),
        ]
        config = Config(
            monitor=MonitorSettings(timeout=5.0, database_url=sqlite_url),
            crawl=CrawlSettings(processes=processes, parallel_portals=1),
            portals=tuple(portals),
        )
        engine, factory = open_database(sqlite_url)
        try:
            report = await run_check(config, factory, portals, on_crawl=on_crawl)
        finally:
            engine.dispose()
    assert report.probes["lenta"].up, report.probes["lenta"]
    assert "rapida" in report.compliance
    assert "lenta" in report.compliance or "lenta" in report.crawl_skipped
