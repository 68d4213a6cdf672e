"""Jobs as types: every kind runs through the running service's dispatcher to its own handler,
the weekly report goes out at its schedule and not before, and retries of earlier weeks are sent.

Time is a fake clock here: no test waits for a schedule to come due.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from monitor.config import load_config
from monitor.logs import configure_logging
from monitor.pipeline.context import Pipeline
from monitor.report.send import send_weekly
from monitor.service import jobs
from monitor.service.app import MonitorService
from monitor.service.plan import (
    EXPORT_JOB_ID,
    REPORT_JOB_ID,
    RETENTION_JOB_ID,
    RETRY_JOB_ID,
    JobKind,
    kind_of,
    plan_jobs,
)
from monitor.store.models import Delivery, utcnow
from tests.report import seed as report_seed
from tests.report.conftest import Seeded, seeded, smtp_server  # noqa: F401
from tests.report.conftest import make_config as make_report_config
from tests.report.smtp_server import SmtpServer
from tests.service.helpers import make_context
from tests.service.test_jobs import Switch


def write_config(path: Path) -> Path:
    path.write_text(
        "\n".join(
            [
                "[monitor]",
                'check_interval = "1h"',
                'crawl_interval = "1d"',
                'listen = "127.0.0.1:0"',
                "[report]",
                'schedule = "mon 07:00"',
                "[publish]",
                f"dir = '{path.parent / 'publico'}'",
                "[[portals]]",
                'slug = "muni"',
                'name = "Municipalidad de Prueba"',
                'url = "http://127.0.0.1:9/"',
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return path


async def test_every_job_kind_runs_its_own_handler_through_the_service_dispatcher(
    tmp_path: Path, sqlite_url: str
) -> None:
    ran: asyncio.Queue[tuple[JobKind, str | None]] = asyncio.Queue()

    def recorder(kind: JobKind) -> jobs.Handler:
        async def handler(pipe: Pipeline, slug: str | None) -> None:
            assert isinstance(pipe, Pipeline)
            ran.put_nowait((kind, slug))

        return handler

    path = write_config(tmp_path / "portals.toml")
    config = load_config(path).with_database_url(sqlite_url)
    handlers = {kind: recorder(kind) for kind in JobKind}
    service = MonitorService(config, config_path=path, handlers=handlers)
    await service.start()
    try:
        assert service.scheduler is not None
        job_ids = sorted(job.id for job in service.scheduler.get_jobs())
        assert job_ids == [
            "crawl:muni",
            EXPORT_JOB_ID,
            "probe:muni",
            REPORT_JOB_ID,
            RETENTION_JOB_ID,
            RETRY_JOB_ID,
        ]
        seen = {}
        for job_id in job_ids:  # one at a time: the handler that runs is the one this job names
            service.scheduler.modify_job(job_id, next_run_time=utcnow())
            seen[job_id] = await asyncio.wait_for(ran.get(), timeout=10)
    finally:
        await service.stop()
    assert seen == {
        "crawl:muni": (JobKind.CRAWL, "muni"),
        EXPORT_JOB_ID: (JobKind.EXPORT, None),
        "probe:muni": (JobKind.PROBE, "muni"),
        REPORT_JOB_ID: (JobKind.REPORT, None),
        RETENTION_JOB_ID: (JobKind.RETENTION, None),
        RETRY_JOB_ID: (JobKind.RETRY, None),
    }
    assert {kind_of(job_id) for job_id in job_ids} == set(JobKind)


def test_the_weekly_report_is_planned_at_its_schedule_and_the_retry_tick_is_a_retry() -> None:
    cron = {"day_of_week": "mon", "hour": 7, "minute": 0, "timezone": "America/Guatemala"}
    just_after_the_week_turned = dt.datetime(2026, 11, 30, 6, 10, tzinfo=dt.UTC)  # Mon 00:10 GT
    config = make_report_config()
    plan = plan_jobs(config, {}, just_after_the_week_turned, report_cron=cron, maintenance=True)
    assert plan[REPORT_JOB_ID].first_run == dt.datetime(2026, 11, 30, 13, 0, tzinfo=dt.UTC)
    retry = plan[RETRY_JOB_ID]
    assert retry.kind is JobKind.RETRY
    assert retry.first_run < plan[REPORT_JOB_ID].first_run  # it ticks before 07:00 ...
    assert jobs.JOBS[retry.kind] is jobs.retry_job  # ... and only retries


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dt.datetime]]:
    """The job handlers' clock, set by the test."""
    now = [report_seed.REPORT_TIME]
    monkeypatch.setattr(jobs, "utcnow", lambda: now[0])
    yield now


def deliveries(seeded: Seeded) -> dict[tuple[str, str], int]:  # noqa: F811
    with seeded.factory() as session:
        rows = session.execute(
            select(Delivery.week, Delivery.status, func.count()).group_by(
                Delivery.week, Delivery.status
            )
        ).all()
    return {(week, status): count for week, status, count in rows}


async def test_a_retry_tick_before_the_schedule_sends_no_weekly_report(
    seeded: Seeded,  # noqa: F811
    smtp_server: SmtpServer,  # noqa: F811
    clock: list[dt.datetime],
) -> None:
    config = make_report_config(smtp_server.port)
    clock[0] = report_seed.REPORT_TIME - dt.timedelta(hours=6, minutes=50)  # Mon 00:10 GT
    ctx = make_context(config, seeded.factory, Switch())
    try:
        await jobs.JOBS[JobKind.RETRY](ctx, None)
    finally:
        await ctx.client.aclose()
    assert deliveries(seeded) == {}
    assert smtp_server.handler.messages == []


async def test_a_retry_waiting_from_an_earlier_week_is_sent_by_a_later_retry_tick(
    seeded: Seeded,  # noqa: F811
    smtp_server: SmtpServer,  # noqa: F811
    clock: list[dt.datetime],
) -> None:
    config = make_report_config(smtp_server.port)
    smtp_server.stop()
    first = send_weekly(config, seeded.factory, now=report_seed.REPORT_TIME)
    assert (first.sent, first.retrying) == (0, 3)
    week = first.week
    smtp_server.start()
    clock[0] = report_seed.REPORT_TIME + dt.timedelta(days=9)  # two weeks on, a Wednesday
    ctx = make_context(config, seeded.factory, Switch())
    try:
        await jobs.JOBS[JobKind.RETRY](ctx, None)
    finally:
        await ctx.client.aclose()
    assert deliveries(seeded) == {(week, "sent"): 3}
    assert len(smtp_server.handler.messages) == 3


async def test_a_job_failing_on_a_database_outage_is_one_warning_line_and_a_bug_a_traceback(
    tmp_path: Path, sqlite_url: str
) -> None:
    async def outage(pipe: Pipeline, slug: str | None) -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection failed: server closed"))

    async def bug(pipe: Pipeline, slug: str | None) -> None:
        raise ValueError("a bug")

    async def nothing(pipe: Pipeline, slug: str | None) -> None:
        return None

    path = write_config(tmp_path / "portals.toml")
    config = load_config(path).with_database_url(sqlite_url)
    handlers = {kind: nothing for kind in JobKind}
    handlers.update({JobKind.RETENTION: outage, JobKind.EXPORT: bug})
    stream = io.StringIO()
    configure_logging("json", stream=stream)
    service = MonitorService(config, config_path=path, handlers=handlers)
    await service.start()
    try:
        assert service.scheduler is not None
        for job_id in (RETENTION_JOB_ID, EXPORT_JOB_ID):
            service.scheduler.modify_job(job_id, next_run_time=utcnow())

        def failed() -> list[dict[str, object]]:
            lines = [json.loads(line) for line in stream.getvalue().splitlines()]
            return [line for line in lines if str(line["message"]).startswith("job failed")]

        for _attempt in range(200):
            if len(failed()) == 2:
                break
            await asyncio.sleep(0.05)
    finally:
        await service.stop()
        root = logging.getLogger()
        for handler in list(root.handlers):
            if handler.get_name() == "laip-monitor":
                root.removeHandler(handler)
    by_job = {line["job"]: line for line in failed()}
    outage_line, bug_line = by_job[RETENTION_JOB_ID], by_job[EXPORT_JOB_ID]
    assert outage_line["message"] == "job failed: the database is down"
    assert outage_line["level"] == "warning" and "exception" not in outage_line
    assert "server closed" in str(outage_line["error"])
    assert bug_line["level"] == "error" and "ValueError: a bug" in str(bug_line["exception"])
    # Said once each: not again by APScheduler's executor ("Job ... raised an exception").
    assert "raised an exception" not in stream.getvalue()
    for kind in ("retention", "export"):
        failures = service.registry.get_sample_value(
            "laip_scheduler_job_failures_total", {"kind": kind}
        )
        assert failures == 1
