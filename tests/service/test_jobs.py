"""Job bodies: flap thresholds through the store, deadlines, the connectivity gate."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from monitor.pipeline import crawl as crawl_step
from monitor.pipeline import probe as probe_step
from monitor.pipeline.context import ConnectivityGate
from monitor.probes.result import ProbeResult
from monitor.report.send import send_weekly
from monitor.service import jobs
from monitor.service.jobs import crawl_job, probe_job
from monitor.service.plan import JobKind
from monitor.store import repo
from monitor.store.db import open_database, transaction
from monitor.store.models import CrawlRun, PortalState, ProbeDaily, ProbeRun, Transition, utcnow
from tests.report import seed as report_seed
from tests.report.conftest import Seeded, seeded_sqlite, smtp_server  # noqa: F401
from tests.report.conftest import make_config as make_report_config
from tests.report.smtp_server import SmtpServer
from tests.service.helpers import make_config, make_context, sample


@pytest.fixture
def factory(sqlite_url: str) -> Iterator[sessionmaker[Session]]:
    engine, factory = open_database(sqlite_url)
    yield factory
    engine.dispose()


class Switch:
    """A portal that is up or down as the test says."""

    def __init__(self) -> None:
        self.up = True
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if not self.up:
            raise httpx.ConnectError("Connection refused", request=request)
        return httpx.Response(200, html="<html><title>Portal</title></html>")


def portal_state(factory: sessionmaker[Session]) -> PortalState | None:
    with factory() as session:
        return session.scalars(select(PortalState)).one_or_none()


def probe_errors(factory: sessionmaker[Session]) -> list[str | None]:
    with factory() as session:
        return list(session.scalars(select(ProbeRun.error).order_by(ProbeRun.id)))


async def test_a_portal_flips_down_after_two_failures_dated_from_the_first(db_url: str) -> None:
    engine, factory = open_database(db_url)
    portal = Switch()
    ctx = make_context(make_config("muni", down_after=2, up_after=1), factory, portal)
    try:
        await probe_job(ctx, "muni")
        portal.up = False
        await probe_job(ctx, "muni")
        once = portal_state(factory)
        assert once is not None and once.up is True and once.consecutive_failures == 1
        await probe_job(ctx, "muni")
        down = portal_state(factory)
        assert down is not None and down.up is False
        with factory() as session:
            failed_at = session.scalars(
                select(ProbeRun.started_at).where(ProbeRun.up.is_(False)).order_by(ProbeRun.id)
            ).all()
            flips = session.scalars(select(Transition).order_by(Transition.id)).all()
        assert down.since == failed_at[0]
        assert [(f.from_status, f.to_status) for f in flips] == [(None, "up"), ("up", "down")]
        portal.up = True
        await probe_job(ctx, "muni")
        back = portal_state(factory)
        assert back is not None and back.up is True
        registry = ctx.metrics.registry
        assert sample(registry, "laip_probes_total", portal="muni") == 4
        assert (
            sample(registry, "laip_probe_errors_total", portal="muni", **{"class": "connect"}) == 2
        )
    finally:
        await ctx.client.aclose()
        engine.dispose()


async def test_a_hung_probe_is_stored_as_a_timeout_at_the_job_deadline(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200)

    monkeypatch.setattr(probe_step, "probe_deadline", lambda settings: 0.2)
    ctx = make_context(make_config("lento", timeout="20s"), factory, hang)
    try:
        await probe_job(ctx, "lento")
    finally:
        await ctx.client.aclose()
    assert probe_errors(factory) == ["timeout"]
    assert (
        sample(ctx.metrics.registry, "laip_scheduler_job_deadline_exceeded_total", kind="probe")
        == 1
    )


async def test_waiting_for_a_request_slot_does_not_count_against_the_probes_deadline(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every slot held (in a round of hundreds of portals, by portals ahead that do not answer,
    # each for its whole timeout): before, a portal queued behind them was stored down, "probe
    # stopped at its deadline", without a request ever being sent to it.
    # The loop's clock is the test's: time passes only when the test moves it.
    portal = Switch()
    loop = asyncio.get_running_loop()
    now = [loop.time()]
    monkeypatch.setattr(loop, "time", lambda: now[0])
    monkeypatch.setattr(probe_step, "probe_deadline", lambda settings: 0.2)
    ctx = make_context(make_config("muni"), factory, portal)
    host = "muni.laip.gt"
    try:
        async with ctx.limiter.slot(host), ctx.limiter.slot(host):
            queued = asyncio.create_task(probe_job(ctx, "muni"))
            while not ctx.limiter.waiting(host):
                await asyncio.sleep(0)
            now[0] += 60.0  # three hundred deadlines, all spent waiting for a slot
            for _ in range(20):
                await asyncio.sleep(0)  # timers due by now run
            assert ctx.limiter.waiting(host) == 1 and not queued.done()  # not given up
            assert portal.requests == 0
        await queued
    finally:
        await ctx.client.aclose()
    assert probe_errors(factory) == [None]
    state = portal_state(factory)
    assert state is not None and state.up is True


async def test_an_offline_monitor_records_monitor_offline_and_leaves_the_state_alone(
    factory: sessionmaker[Session],
) -> None:
    portal = Switch()
    online = True

    async def check() -> bool:
        return online

    gate = ConnectivityGate(check, ttl=0.0)
    ctx = make_context(make_config("muni", down_after=1), factory, portal, gate=gate)
    try:
        await probe_job(ctx, "muni")
        online = False
        portal.up = False
        for _ in range(3):
            await probe_job(ctx, "muni")
    finally:
        await ctx.client.aclose()
    assert probe_errors(factory) == [None, "monitor_offline", "monitor_offline", "monitor_offline"]
    assert portal.requests == 1  # offline: the portal was not even asked
    state = portal_state(factory)
    assert state is not None and state.up is True and state.consecutive_failures == 0


async def test_a_failed_probe_is_blamed_on_the_monitor_when_a_fresh_check_fails(
    factory: sessionmaker[Session],
) -> None:
    answers = [True, False]

    async def check() -> bool:
        return answers.pop(0)

    gate = ConnectivityGate(check, ttl=3600.0)
    portal = Switch()
    portal.up = False
    ctx = make_context(make_config("muni", down_after=1), factory, portal, gate=gate)
    try:
        await probe_job(ctx, "muni")
    finally:
        await ctx.client.aclose()
    assert portal.requests == 1
    assert probe_errors(factory) == ["monitor_offline"]
    assert answers == []


async def test_concurrent_callers_share_one_connectivity_check() -> None:
    calls = 0

    async def check() -> bool:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        return False

    gate = ConnectivityGate(check, ttl=60.0)
    answers = await asyncio.gather(*(gate.online() for _ in range(50)))
    assert answers == [False] * 50
    assert calls == 1
    assert await gate.online() is False
    assert calls == 1


async def test_a_crawl_stopped_at_its_deadline_leaves_no_running_crawl(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    async def endless(*args: Any, **kwargs: Any) -> None:
        await asyncio.sleep(30)

    monkeypatch.setattr(crawl_step, "assess_portal", endless)
    monkeypatch.setattr(crawl_step, "crawl_deadline", lambda config: 0.2)
    ctx = make_context(make_config("muni"), factory, Switch())
    try:
        await crawl_job(ctx, "muni")
    finally:
        await ctx.client.aclose()
    with factory() as session:
        runs = session.scalars(select(CrawlRun)).all()
    assert [(run.status, run.error) for run in runs] == [
        ("aborted", "crawl stopped at its 0.2s deadline")
    ]
    assert sample(ctx.metrics.registry, "laip_crawl_failures_total", portal="muni") == 1


async def test_a_portal_crawled_again_unchanged_is_judged_from_its_kept_analysis(
    factory: sessionmaker[Session],
) -> None:
    ctx = make_context(make_config("muni"), factory, Switch())
    try:
        await crawl_job(ctx, "muni")
        await crawl_job(ctx, "muni")
    finally:
        await ctx.client.aclose()
    registry = ctx.metrics.registry
    assert sample(registry, "laip_crawls_total", portal="muni") == 2
    assert sample(registry, "laip_crawl_analyses_total", outcome="new") == 1
    assert sample(registry, "laip_crawl_analyses_total", outcome="kept") == 1
    with factory() as session:
        runs = session.scalars(select(CrawlRun).order_by(CrawlRun.id)).all()
    assert [run.status for run in runs] == ["complete", "complete"]
    assert runs[0].score == runs[1].score


async def test_a_crawl_is_skipped_and_counted_while_the_database_is_down(
    factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*args: Any, **kwargs: Any) -> int:
        raise OperationalError("INSERT INTO crawl_run", {}, OSError("connection refused"))

    async def never(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a crawl whose row cannot be written must not run")

    monkeypatch.setattr(crawl_step, "_start", down)
    monkeypatch.setattr(crawl_step, "assess_portal", never)
    ctx = make_context(make_config("muni"), factory, Switch())
    try:
        await crawl_job(ctx, "muni")
    finally:
        await ctx.client.aclose()
    assert sample(ctx.metrics.registry, "laip_crawls_skipped_total", reason="database_down") == 1
    assert sample(ctx.metrics.registry, "laip_crawls_total", portal="muni") is None


async def test_the_retention_job_rolls_old_probes_up_and_counts_the_rows_it_pruned(
    factory: sessionmaker[Session],
) -> None:
    ctx = make_context(make_config("muni", retention="30d"), factory, Switch())
    old = utcnow() - dt.timedelta(days=40)
    try:
        with transaction(factory) as session:
            for minutes in (0, 5, 10):
                result = ProbeResult(slug="muni", url="https://muni.laip.gt/", up=True,
                                     started_at=old + dt.timedelta(minutes=minutes),
                                     response_time_seconds=0.2)  # fmt: skip
                repo.record_probe(session, ctx.ids["muni"], result)
        await probe_job(ctx, "muni")  # a fresh probe stays raw
        await jobs.JOBS[JobKind.RETENTION](ctx, None)
    finally:
        await ctx.client.aclose()
    with factory() as session:
        assert session.scalars(select(ProbeDaily.probes)).all() == [3]
        assert len(session.scalars(select(ProbeRun.id)).all()) == 1
    assert sample(ctx.metrics.registry, "laip_retention_pruned_probes_total") == 3
    assert sample(ctx.metrics.registry, "laip_retention_runs_total") == 1


async def test_the_retry_job_sends_deliveries_that_failed_and_are_due_between_weekly_runs(
    seeded_sqlite: Seeded,  # noqa: F811
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    config = make_report_config(smtp_server.port)
    smtp_server.stop()
    first = send_weekly(config, seeded_sqlite.factory, now=report_seed.REPORT_TIME)
    assert (first.sent, first.retrying) == (0, 3)
    smtp_server.start()
    ctx = make_context(config, seeded_sqlite.factory, Switch())
    try:
        await jobs.JOBS[JobKind.RETRY](
            ctx, None
        )  # now is past the first backoff: all three are due
        await jobs.JOBS[JobKind.RETRY](ctx, None)  # and a second run finds nothing left to send
    finally:
        await ctx.client.aclose()
    assert sorted(r for m in smtp_server.handler.messages for r in m.rcpt_tos) == [
        "alcaldia@munipoptun.example.gt",
        "supervision@example.gt",
        "uip@munipoptun.example.gt",
    ]
