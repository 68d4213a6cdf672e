"""The job plan: ids, spread, restart catch-up, reload diffs and the options every job gets."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from typing import Any

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from monitor.config import Config
from monitor.service import plan as plan_module
from monitor.service.plan import (
    REPORT_JOB_ID,
    RETENTION_JOB_ID,
    RETRY_JOB_ID,
    JobSpec,
    LastRuns,
    apply_plan,
    first_run,
    plan_jobs,
)

NOW = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)


def fleet(count: int, **monitor: Any) -> Config:
    portals = [
        {"slug": f"muni-{index:03d}", "name": f"Muni {index}", "url": f"https://m{index}.laip.gt/"}
        for index in range(count)
    ]
    return Config.model_validate({"monitor": monitor, "portals": portals})


async def noop(*_: Any) -> None:
    return None


def target(spec: JobSpec) -> tuple[Any, list[Any]]:
    return noop, [spec.kind, spec.slug]


def test_job_ids_are_deterministic_per_portal_and_kind() -> None:
    config = fleet(2)
    plan = plan_jobs(config, {}, NOW, report_cron={"day_of_week": "mon", "hour": 7, "minute": 0})
    assert sorted(plan) == [
        "crawl:muni-000",
        "crawl:muni-001",
        "probe:muni-000",
        "probe:muni-001",
        REPORT_JOB_ID,
    ]
    assert plan_jobs(config, {}, NOW + dt.timedelta(hours=1)).keys() <= plan.keys()


def test_340_new_portals_do_not_fire_in_the_same_second() -> None:
    plan = plan_jobs(fleet(340, check_interval="5m"), {}, NOW)
    offsets = [
        (spec.first_run - NOW).total_seconds() for spec in plan.values() if spec.kind == "probe"
    ]
    per_second = Counter(int(offset) for offset in offsets)
    assert len(offsets) == 340
    assert all(0 <= offset < 300 for offset in offsets)
    assert max(per_second.values()) <= 6
    assert max(offsets) - min(offsets) > 270


def test_a_portal_keeps_its_phase_across_restarts() -> None:
    first = plan_jobs(fleet(3), {}, NOW)
    again = plan_jobs(fleet(3), {}, NOW)
    assert [spec.first_run for spec in first.values()] == [
        spec.first_run for spec in again.values()
    ]


def test_a_job_not_yet_due_resumes_at_its_last_run_plus_interval() -> None:
    last = NOW - dt.timedelta(hours=3)
    assert first_run("crawl:x", 86400.0, last, NOW) == last + dt.timedelta(days=1)


def test_a_job_due_during_downtime_runs_soon_after_start_once() -> None:
    last = NOW - dt.timedelta(days=5)
    start = first_run("crawl:x", 86400.0, last, NOW)
    assert NOW <= start < NOW + dt.timedelta(seconds=plan_module.MAX_SPREAD)


async def test_an_overdue_crawl_runs_exactly_once_after_a_restart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(plan_module, "MAX_SPREAD", 0.05)
    config = fleet(1, crawl_interval="1h", check_interval="1h")
    now = dt.datetime.now(dt.UTC)
    ten_days_ago = now - dt.timedelta(days=10)
    runs: list[str] = []

    async def record(kind: str, slug: str) -> None:
        runs.append(f"{kind}:{slug}")

    plan = plan_jobs(config, {"muni-000": LastRuns(probe=now, crawl=ten_days_ago)}, now)
    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    scheduler.start()
    try:
        apply_plan(scheduler, plan, {}, lambda spec: (record, [spec.kind, spec.slug]))
        for _ in range(50):
            await asyncio.sleep(0.02)
            if runs:
                break
        await asyncio.sleep(0.2)  # room for any extra (catch-up) run to show up
    finally:
        scheduler.shutdown(wait=False)
    assert runs == ["crawl:muni-000"]
    next_crawl = plan["crawl:muni-000"].first_run + dt.timedelta(hours=1)
    assert next_crawl > now + dt.timedelta(minutes=59)


async def test_every_job_gets_no_overlap_coalescing_grace_and_jitter() -> None:
    config = fleet(1, misfire_grace_time="2m", check_interval="5m")
    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    scheduler.start(paused=True)
    try:
        apply_plan(scheduler, plan_jobs(config, {}, NOW), {}, target)
        job = scheduler.get_job("probe:muni-000")
        assert job.max_instances == 1
        assert job.coalesce is True
        assert job.misfire_grace_time == 120
        assert job.trigger.interval == dt.timedelta(minutes=5)
        assert job.trigger.jitter == 15.0
    finally:
        scheduler.shutdown(wait=False)


async def test_reload_adds_new_portals_removes_dropped_ones_and_keeps_the_rest() -> None:
    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    scheduler.start(paused=True)
    try:
        before = plan_jobs(fleet(3), {}, NOW)
        apply_plan(scheduler, before, {}, target)
        kept_next = scheduler.get_job("probe:muni-000").next_run_time
        smaller = fleet(3).model_copy(update={"portals": fleet(3).portals[:1]})
        bigger = Config.model_validate(
            {
                "portals": [
                    *(p.model_dump() for p in smaller.portals),
                    {"slug": "nuevo", "name": "Nuevo", "url": "https://nuevo.laip.gt/"},
                ]
            }
        )
        after = plan_jobs(bigger, {}, NOW + dt.timedelta(minutes=1))
        change = apply_plan(scheduler, after, before, target)
        assert change.added == ["crawl:nuevo", "probe:nuevo"]
        assert change.removed == [
            "crawl:muni-001",
            "crawl:muni-002",
            "probe:muni-001",
            "probe:muni-002",
        ]
        assert change.rescheduled == []
        assert sorted(job.id for job in scheduler.get_jobs()) == sorted(after)
        assert scheduler.get_job("probe:muni-000").next_run_time == kept_next
    finally:
        scheduler.shutdown(wait=False)


async def test_reload_with_a_new_interval_reschedules_the_job() -> None:
    scheduler = AsyncIOScheduler(timezone=dt.UTC)
    scheduler.start(paused=True)
    try:
        before = plan_jobs(fleet(1, check_interval="5m"), {}, NOW)
        apply_plan(scheduler, before, {}, target)
        after = plan_jobs(fleet(1, check_interval="1m"), {}, NOW)
        change = apply_plan(scheduler, after, before, target)
        assert change.rescheduled == ["probe:muni-000"]
        assert scheduler.get_job("probe:muni-000").trigger.interval == dt.timedelta(minutes=1)
    finally:
        scheduler.shutdown(wait=False)


def test_a_portal_with_crawl_disabled_gets_only_a_probe_job() -> None:
    config = Config.model_validate(
        {"portals": [{"slug": "solo", "name": "S", "url": "https://solo.laip.gt/", "crawl": False}]}
    )
    assert list(plan_jobs(config, {}, NOW)) == ["probe:solo"]


def test_weekly_report_missed_this_morning_runs_on_start_and_otherwise_waits() -> None:
    cron = {"day_of_week": "mon", "hour": 7, "minute": 0, "timezone": "America/Guatemala"}
    monday_noon_gt = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)  # 12:00 in Guatemala
    soon = plan_jobs(fleet(0), {}, monday_noon_gt, report_cron=cron)[REPORT_JOB_ID]
    assert soon.first_run - monday_noon_gt < dt.timedelta(minutes=1)
    tuesday = monday_noon_gt + dt.timedelta(days=1)
    later = plan_jobs(fleet(0), {}, tuesday, report_cron=cron)[REPORT_JOB_ID]
    assert later.first_run == dt.datetime(2026, 11, 30, 13, 0, tzinfo=dt.UTC)


def test_a_missed_report_waits_at_most_one_probe_interval_after_start() -> None:
    cron = {"day_of_week": "mon", "hour": 7, "minute": 0, "timezone": "America/Guatemala"}
    monday_noon_gt = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)
    plan = plan_jobs(fleet(0, check_interval="5s"), {}, monday_noon_gt, report_cron=cron)
    assert plan[REPORT_JOB_ID].first_run - monday_noon_gt < dt.timedelta(seconds=5)


def test_the_service_plan_adds_e_mail_retries_every_10_minutes_and_a_daily_retention() -> None:
    cron = {"day_of_week": "mon", "hour": 7, "minute": 0}
    plan = plan_jobs(fleet(1), {}, NOW, report_cron=cron, maintenance=True)
    retry, retention = plan[RETRY_JOB_ID], plan[RETENTION_JOB_ID]
    assert (retry.kind, retry.schedule[:2]) == ("retry", ("interval", 600.0))
    assert (retention.kind, retention.schedule[:2]) == ("retention", ("interval", 86400.0))
    for spec in (retry, retention):  # soon after start, not one whole interval later
        assert NOW <= spec.first_run <= NOW + dt.timedelta(minutes=10)
    assert RETRY_JOB_ID not in plan_jobs(fleet(1), {}, NOW, maintenance=True)  # no report, no retry
