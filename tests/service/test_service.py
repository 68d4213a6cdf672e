"""The service in-process: endpoints, reload, health and restart against loopback portals."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from monitor.config import load_config
from monitor.errors import LaipMonitorError
from monitor.service.app import MonitorService
from monitor.store.db import open_database
from monitor.store.models import CrawlRun, Portal, ProbeRun
from monitor.store.recovery import ABANDONED_ERROR
from tests.probes.servers import LoopbackServer, respond
from tests.service.helpers import parse_exposition


@pytest.fixture
async def portal() -> AsyncIterator[LoopbackServer]:
    async with LoopbackServer({"/": respond(200, b"<html><title>Muni</title></html>")}) as server:
        yield server


def write_config(
    path: Path, urls: dict[str, str], *, check: str = "200ms", extra: str = ""
) -> Path:
    lines = [
        "[monitor]",
        f'check_interval = "{check}"',
        'timeout = "2s"',
        'listen = "127.0.0.1:0"',
        extra,
    ]
    for slug, url in urls.items():
        lines += ["[[portals]]", f'slug = "{slug}"', f'name = "Muni {slug}"', f'url = "{url}"']
        lines.append("crawl = false")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def eventually(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Poll ``condition`` until it is truthy; fail after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


async def get(service: MonitorService, path: str) -> httpx.Response:
    async with httpx.AsyncClient(trust_env=False) as client:
        return await client.get(f"http://127.0.0.1:{service.port}{path}")


def make_service(path: Path, sqlite_url: str, **kwargs: object) -> MonitorService:
    config = load_config(path).with_database_url(sqlite_url)
    return MonitorService(config, config_path=path, db_override=sqlite_url, **kwargs)  # type: ignore[arg-type]


async def test_the_service_probes_on_schedule_serves_metrics_and_health_and_stops_cleanly(
    tmp_path: Path, db_url: str, portal: LoopbackServer
) -> None:
    config = write_config(tmp_path / "portals.toml", {"muni": portal.url()})
    service = MonitorService(load_config(config).with_database_url(db_url), config_path=config)
    await service.start()
    try:
        samples: dict[tuple[str, tuple[tuple[str, str], ...]], float] = {}

        async def scraped_up() -> bool:
            nonlocal samples
            response = await get(service, "/metrics")
            assert response.headers["content-type"].startswith("text/plain")
            samples = parse_exposition(response.text)
            return ("laip_portal_up", (("department", ""), ("portal", "muni"))) in samples

        for _ in range(200):
            if await scraped_up():
                break
            await asyncio.sleep(0.05)
        assert samples[("laip_portal_up", (("department", ""), ("portal", "muni")))] == 1
        health = await get(service, "/healthz")
        assert health.status_code == 200
        expected: dict[str, object] = {
            "status": "ok",
            "role": "leader",  # the only replica
            "scheduler": "running",
            "database": "ok",
            "buffered": 0,
            "dropped": 0,
            "jobs": 4,  # the probe, the weekly report, e-mail retries and retention
        }
        if db_url.startswith("postgresql"):  # its worker ran the probe the leader queued
            assert service.queue is not None
            expected |= {"queue": "working", "instance": service.queue.instance}
        assert health.json() == expected
    finally:
        await service.stop()
    engine, factory = open_database(db_url)
    with factory() as session:
        assert session.scalar(select(func.count()).select_from(ProbeRun)) >= 1
        assert session.scalar(select(func.count()).select_from(CrawlRun)) == 0
    engine.dispose()


async def test_health_is_503_with_the_reason_when_the_database_does_not_answer(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path / "portals.toml", {"muni": portal.url()}, check="1h")
    service = make_service(config, sqlite_url)
    await service.start()
    try:

        def broken() -> None:
            raise ConnectionError("database is gone")

        monkeypatch.setattr(service, "_ping", broken)
        health = await get(service, "/healthz")
    finally:
        await service.stop()
    assert health.status_code == 503
    assert health.json()["database"] == "error: database is gone"
    assert health.json()["scheduler"] == "running"


async def test_reload_adds_and_removes_portal_jobs_and_a_bad_config_keeps_the_last_good(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    path = write_config(
        tmp_path / "portals.toml", {"uno": portal.url(), "dos": portal.url()}, check="1h"
    )
    service = make_service(path, sqlite_url)

    def failures(slug: str) -> float | None:
        return service.registry.get_sample_value("laip_crawl_failures_total", {"portal": slug})

    # Counters start at 0 for every configured portal: increase() then counts the first one.
    assert failures("uno") == failures("dos") == 0
    await service.start()
    try:
        assert service.scheduler is not None
        assert sorted(job.id for job in service.scheduler.get_jobs()) == [
            "probe:dos",
            "probe:uno",
            "report:weekly",
            "retention:daily",
            "retry:email",
        ]
        write_config(path, {"uno": portal.url(), "tres": portal.url()}, check="1h")
        assert await service.reload("test") is True
        assert failures("uno") == failures("tres") == 0 and failures("dos") is None
        assert sorted(job.id for job in service.scheduler.get_jobs()) == [
            "probe:tres",
            "probe:uno",
            "report:weekly",
            "retention:daily",
            "retry:email",
        ]
        path.write_text(path.read_text() + "\n[monitor]\nbogus = 1\n", encoding="utf-8")
        assert await service.reload("test") is False
        assert sorted(job.id for job in service.scheduler.get_jobs()) == [
            "probe:tres",
            "probe:uno",
            "report:weekly",
            "retention:daily",
            "retry:email",
        ]
        assert [p.slug for p in service.config.portals] == ["uno", "tres"]
        assert service.registry.get_sample_value("laip_config_reload_failures_total") == 1
    finally:
        await service.stop()


async def test_saving_the_config_file_reloads_it_without_a_signal(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    path = write_config(tmp_path / "portals.toml", {"uno": portal.url()}, check="1h")
    service = make_service(path, sqlite_url, poll_interval=0.05)
    await service.start()
    try:
        assert service.scheduler is not None
        scheduler = service.scheduler
        write_config(path, {"uno": portal.url(), "nuevo": portal.url()}, check="1h")
        await eventually(lambda: scheduler.get_job("probe:nuevo") is not None)
    finally:
        await service.stop()


async def test_a_restart_keeps_the_gauges_and_resumes_the_schedule_from_the_database(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    path = write_config(tmp_path / "portals.toml", {"muni": portal.url()}, check="200ms")
    first = make_service(path, sqlite_url)
    await first.start()
    try:
        await eventually(
            lambda: first.registry.get_sample_value("laip_probes_total", {"portal": "muni"})
        )
    finally:
        await first.stop()
    write_config(path, {"muni": portal.url()}, check="1h")
    second = make_service(path, sqlite_url)
    await second.start()
    try:
        up = second.registry.get_sample_value(
            "laip_portal_up", {"portal": "muni", "department": ""}
        )
        last = second.registry.get_sample_value(
            "laip_portal_last_probe_timestamp_seconds", {"portal": "muni", "department": ""}
        )
        assert second.scheduler is not None
        next_run = second.scheduler.get_job("probe:muni").next_run_time
    finally:
        await second.stop()
    assert up == 1
    assert last is not None
    expected = dt.datetime.fromtimestamp(last, dt.UTC) + dt.timedelta(hours=1)
    assert abs((next_run - expected).total_seconds()) < 0.001


async def test_a_listen_address_in_use_is_a_one_line_error_and_nothing_is_left_running(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    path = write_config(tmp_path / "portals.toml", {"muni": portal.url()}, check="1h")
    service = make_service(path, sqlite_url, listen=f"127.0.0.1:{portal.port}")
    with pytest.raises(LaipMonitorError, match=r"^cannot listen on 127\.0\.0\.1:\d+: "):
        await service.run()
    assert service.scheduler is None  # it fails before scheduling anything


async def test_a_reload_while_the_database_fails_keeps_the_running_config_and_retries(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_config(tmp_path / "portals.toml", {"uno": portal.url()}, check="1h")
    service = make_service(path, sqlite_url, poll_interval=0.05)
    await service.start()
    try:
        assert service.scheduler is not None
        scheduler = service.scheduler
        working = service._sync

        def down(config: object) -> dict[str, int]:
            raise ConnectionError("database is gone")

        monkeypatch.setattr(service, "_sync", down)
        write_config(path, {"uno": portal.url(), "dos": portal.url()}, check="1h")
        await eventually(
            lambda: service.registry.get_sample_value("laip_config_reload_failures_total")
        )
        assert [p.slug for p in service.config.portals] == ["uno"]
        assert scheduler.get_job("probe:dos") is None
        monkeypatch.setattr(service, "_sync", working)
        await eventually(lambda: scheduler.get_job("probe:dos") is not None)
    finally:
        await service.stop()


async def test_a_second_replica_follows_without_probing_and_leads_once_the_first_stops(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    lease = 'leader_ttl = "2s"\nleader_renew_interval = "100ms"'
    path = write_config(tmp_path / "portals.toml", {"muni": portal.url()}, extra=lease)
    first = make_service(path, sqlite_url)
    second = make_service(path, sqlite_url)
    await first.start()
    try:
        await second.start()
        try:
            await eventually(
                lambda: first.registry.get_sample_value("laip_probes_total", {"portal": "muni"})
            )
            health = await get(second, "/healthz")
            assert health.status_code == 200
            assert (health.json()["role"], health.json()["scheduler"]) == ("follower", "paused")
            assert second.registry.get_sample_value("laip_leader") == 0
            assert first.registry.get_sample_value("laip_leader") == 1
            assert second.registry.get_sample_value("laip_probes_total", {"portal": "muni"}) == 0
            await first.stop()  # steps down and releases the lease
            await eventually(lambda: second.is_leader())
            await eventually(
                lambda: second.registry.get_sample_value("laip_probes_total", {"portal": "muni"})
            )
            health = await get(second, "/healthz")
            assert (health.json()["role"], health.json()["scheduler"]) == ("leader", "running")
        finally:
            await second.stop()
    finally:
        await first.stop()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_bytes(b"\xff\xfe[[portals]]\x00"), "not UTF-8 text"),
        (lambda p: p.write_text("[monitor\ncheck_interval = ", encoding="utf-8"), "invalid TOML"),
        (lambda p: (p.unlink(), p.mkdir()), "cannot read"),
        (lambda p: p.unlink(), "file not found"),
    ],
    ids=["binary", "truncated", "a-directory", "deleted"],
)
async def test_a_corrupt_or_unreadable_config_on_reload_keeps_the_last_good_one_and_says_why(
    tmp_path: Path,
    sqlite_url: str,
    portal: LoopbackServer,
    caplog: pytest.LogCaptureFixture,
    damage: Callable[[Path], object],
    reason: str,
) -> None:
    path = write_config(tmp_path / "portals.toml", {"uno": portal.url()}, check="1h")
    service = make_service(path, sqlite_url)
    await service.start()
    try:
        damage(path)
        assert await service.reload("test") is False
        assert service.scheduler is not None
        assert service.scheduler.get_job("probe:uno") is not None
        assert [p.slug for p in service.config.portals] == ["uno"]
    finally:
        await service.stop()
    rejected = [r for r in caplog.records if r.getMessage().startswith("config reload rejected")]
    assert len(rejected) == 1
    assert reason in rejected[0].fields["error"]  # type: ignore[attr-defined]


async def test_a_follower_applies_a_reload_without_writing_the_portals_until_it_leads(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    lease = 'leader_ttl = "2s"\nleader_renew_interval = "100ms"'
    urls = {"muni": portal.url()}
    first = make_service(write_config(tmp_path / "first.toml", urls, extra=lease), sqlite_url)
    path = write_config(tmp_path / "second.toml", urls, extra=lease)
    second = make_service(path, sqlite_url)
    await first.start()
    try:
        await second.start()
        try:
            write_config(path, {**urls, "nuevo": portal.url()}, extra=lease)
            assert await second.reload("test") is True
            assert second.scheduler is not None
            assert second.scheduler.get_job("probe:nuevo") is not None
            assert stored_slugs(sqlite_url) == ["muni"]  # a follower leaves the table alone
            await first.stop()
            await eventually(
                lambda: second.registry.get_sample_value("laip_probes_total", {"portal": "nuevo"})
            )
            assert stored_slugs(sqlite_url) == ["muni", "nuevo"]
        finally:
            await second.stop()
    finally:
        await first.stop()


def stored_slugs(url: str) -> list[str]:
    engine, factory = open_database(url)
    with factory() as session:
        slugs = sorted(session.scalars(select(Portal.slug)))
    engine.dispose()
    return slugs


async def test_a_crawl_left_running_by_a_killed_process_is_closed_as_soon_as_the_service_leads(
    tmp_path: Path, sqlite_url: str, portal: LoopbackServer
) -> None:
    from monitor.store import crawls, repo
    from monitor.store.db import transaction
    from monitor.store.models import utcnow

    path = write_config(tmp_path / "portals.toml", {"muni": portal.url()}, check="1h")
    config = load_config(path).with_database_url(sqlite_url)
    engine, factory = open_database(sqlite_url)
    with transaction(factory) as session:
        portal_id = repo.sync_portals(session, config.portals)["muni"]
        crawl_id = crawls.start_crawl(session, portal_id, utcnow(), "test").id  # a minute old
    service = MonitorService(config, config_path=path)
    await service.start()
    try:
        with factory() as session:
            run = session.get(CrawlRun, crawl_id)
            assert run is not None
            assert (run.status, run.error) == ("aborted", ABANDONED_ERROR)
    finally:
        await service.stop()
        engine.dispose()


async def test_with_the_queue_a_demoted_replica_keeps_working_and_only_a_stop_stops_sends(
    tmp_path: Path, postgres_url: str, portal: LoopbackServer
) -> None:
    config = write_config(tmp_path / "portals.toml", {"muni": portal.url()}, check="1h")
    service = MonitorService(load_config(config).with_database_url(postgres_url))
    await service.start()
    try:
        assert service.queue is not None and service._ctx is not None
        await service._follow()  # what a step-down does (the lease lost, say)
        # Its worker still runs queued jobs, e-mail sends included: they are not told to stop.
        assert service.queue.worker_alive()
        assert not service._ctx.stopping.is_set()
    finally:
        await service.stop()
    assert service._ctx.stopping.is_set()
