"""The job plan: which jobs exist, when each first runs, and how the scheduler is made to match.

Jobs live in APScheduler's MemoryJobStore, rebuilt from the config at every start; their ids are
deterministic (``probe:{slug}``, ``crawl:{slug}``, ``report:weekly``). Restart-safety comes from
the database instead of a persistent job store: a job's first run is its last run (read from
``portal_state``) plus its interval. A run that fell due while the monitor was down runs once,
soon after start, never once per missed interval. Jobs that never ran, or are overdue, start at a
stable per-portal phase (a hash of the job id) inside ``min(interval, MAX_SPREAD)``, so 340 portals
never fire in the same second; ``jitter`` keeps them apart after that.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import Config


class JobKind(enum.StrEnum):
    """Every kind of scheduled job; ``service.jobs.JOBS`` maps each to its handler."""

    PROBE = "probe"
    CRAWL = "crawl"
    REPORT = "report"
    RETRY = "retry"
    RETENTION = "retention"
    EXPORT = "export"


JOB_KINDS: tuple[JobKind, ...] = tuple(JobKind)
PROBE, CRAWL, REPORT, RETRY, RETENTION, EXPORT = JOB_KINDS
REPORT_JOB_ID = "report:weekly"
RETRY_JOB_ID = "retry:email"
RETENTION_JOB_ID = "retention:daily"
EXPORT_JOB_ID = "export:monthly"
# Failed e-mail deliveries due for a retry are sent this often between weekly runs.
RETRY_INTERVAL = 600.0
# Raw probes past the retention age are rolled up once a day (and soon after each start).
RETENTION_INTERVAL = 86400.0
# Overdue and never-run jobs start within this many seconds (or one interval, if shorter).
MAX_SPREAD = 600.0
# A weekly report whose time passed less than this long ago is run on start (sends are claimed
# per recipient and week, so running it again never resends).
REPORT_CATCH_UP = dt.timedelta(hours=12)
REPORT_MISFIRE_GRACE = 3600.0
# The open data and the public site are published on the 1st of each month at 06:00 (report time
# zone), and soon after each start so that the site exists from the first day.
EXPORT_CRON = {"day": "1", "hour": "6", "minute": "0"}


def job_id(kind: JobKind, slug: str) -> str:
    """The deterministic id of a job, ``{kind}:{slug or name}``, e.g. ``probe:munipoptun``."""
    return f"{kind}:{slug}"


def kind_of(job: str) -> JobKind | None:
    """The job's kind from its id; None for an id that is not one of ours."""
    try:
        return JobKind(job.split(":", 1)[0])
    except ValueError:
        return None


def phase(key: str, span: float) -> float:
    """A stable offset in ``[0, span)`` for ``key``: the same portal always gets the same slot."""
    digest = hashlib.sha256(key.encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 * span


def jitter_for(interval: float) -> float:
    """Random delay added to each run: 5% of the interval, at most 30 s."""
    return min(interval * 0.05, 30.0)


def first_run(
    key: str, interval: float, last_run: dt.datetime | None, now: dt.datetime
) -> dt.datetime:
    """When a job first runs after (re)start: last run + interval, or soon when due or never run."""
    if last_run is not None:
        due = last_run + dt.timedelta(seconds=interval)
        if due > now:
            return due
    return now + dt.timedelta(seconds=phase(key, min(interval, MAX_SPREAD)))


@dataclass(frozen=True)
class LastRuns:
    """When a portal was last probed and last crawled, as the database remembers."""

    probe: dt.datetime | None = None
    crawl: dt.datetime | None = None


@dataclass(frozen=True)
class JobSpec:
    """One job to schedule. ``schedule`` identifies the trigger; ``first_run`` is not compared."""

    id: str
    kind: JobKind
    slug: str | None
    schedule: tuple[Any, ...]
    first_run: dt.datetime = field(compare=False)
    misfire_grace_time: float

    def trigger(self) -> BaseTrigger:
        """The APScheduler trigger for this job."""
        if self.schedule[0] == "interval":
            _, interval, jitter = self.schedule
            return IntervalTrigger(
                seconds=interval, start_date=self.first_run, jitter=jitter or None, timezone=dt.UTC
            )
        return CronTrigger(**dict(self.schedule[1]))


def interval_spec(
    kind: JobKind,
    slug: str,
    interval: float,
    last_run: dt.datetime | None,
    now: dt.datetime,
    grace: float,
) -> JobSpec:
    """An interval job of one portal, first run derived from its last run."""
    key = job_id(kind, slug)
    return JobSpec(
        id=key,
        kind=kind,
        slug=slug,
        schedule=("interval", interval, jitter_for(interval)),
        first_run=first_run(key, interval, last_run, now),
        misfire_grace_time=grace,
    )


def report_spec(cron: Mapping[str, Any], now: dt.datetime, settle: float = 60.0) -> JobSpec:
    """The weekly report job; runs soon after start (within ``settle`` s, after the first probe
    round) when its time passed less than 12 h ago."""
    trigger = CronTrigger(**cron)
    recent = trigger.get_next_fire_time(None, now - REPORT_CATCH_UP)
    if recent is not None and recent <= now:
        start = now + dt.timedelta(seconds=phase(REPORT_JOB_ID, settle))
    else:
        start = trigger.get_next_fire_time(None, now) or now
    return JobSpec(
        id=REPORT_JOB_ID,
        kind=REPORT,
        slug=None,
        schedule=("cron", tuple(sorted(cron.items()))),
        first_run=start,
        misfire_grace_time=REPORT_MISFIRE_GRACE,
    )


def export_spec(timezone: str, now: dt.datetime, settle: float = 60.0) -> JobSpec:
    """The monthly open-data export and site publication; first run soon after start."""
    cron = {**EXPORT_CRON, "timezone": timezone}
    return JobSpec(
        id=EXPORT_JOB_ID,
        kind=EXPORT,
        slug=None,
        schedule=("cron", tuple(sorted(cron.items()))),
        first_run=now + dt.timedelta(seconds=phase(EXPORT_JOB_ID, settle)),
        misfire_grace_time=REPORT_MISFIRE_GRACE,
    )


def maintenance_spec(key: str, kind: JobKind, interval: float, now: dt.datetime) -> JobSpec:
    """A fleet-wide interval job (e-mail retries, retention), first run within MAX_SPREAD."""
    return JobSpec(
        id=key,
        kind=kind,
        slug=None,
        schedule=("interval", interval, jitter_for(interval)),
        first_run=first_run(key, interval, None, now),
        misfire_grace_time=interval / 2,
    )


def plan_jobs(
    config: Config,
    last_runs: Mapping[str, LastRuns],
    now: dt.datetime,
    *,
    report_cron: Mapping[str, Any] | None = None,
    maintenance: bool = False,
) -> dict[str, JobSpec]:
    """Every job the config asks for, keyed by id: a probe per portal, a crawl per crawlable one.

    ``maintenance`` adds the e-mail retry job (with the weekly report), the retention job and
    the monthly export (when ``[publish] dir`` is set).
    """
    settings = config.monitor
    grace = settings.misfire_grace_time
    plan: dict[str, JobSpec] = {}
    for portal in config.portals:
        last = last_runs.get(portal.slug, LastRuns())
        probe = interval_spec(PROBE, portal.slug, settings.check_interval, last.probe, now, grace)
        plan[probe.id] = probe
        if portal.crawl:
            crawl = interval_spec(
                CRAWL, portal.slug, settings.crawl_interval, last.crawl, now, grace
            )
            plan[crawl.id] = crawl
    if report_cron is not None:
        settle = min(60.0, settings.check_interval)
        plan[REPORT_JOB_ID] = report_spec(report_cron, now, settle)
        if maintenance:
            plan[RETRY_JOB_ID] = maintenance_spec(RETRY_JOB_ID, RETRY, RETRY_INTERVAL, now)
    if maintenance:
        plan[RETENTION_JOB_ID] = maintenance_spec(
            RETENTION_JOB_ID, RETENTION, RETENTION_INTERVAL, now
        )
    if maintenance and config.publish.dir:
        settle = min(60.0, settings.check_interval)
        plan[EXPORT_JOB_ID] = export_spec(config.report.timezone, now, settle)
    return plan


@dataclass(frozen=True)
class PlanChange:
    """What ``apply_plan`` did to the scheduler."""

    added: list[str]
    removed: list[str]
    rescheduled: list[str]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.rescheduled)


Target = Callable[[JobSpec], tuple[Callable[..., Any], list[Any]]]


def apply_plan(
    scheduler: BaseScheduler,
    plan: Mapping[str, JobSpec],
    current: Mapping[str, JobSpec],
    target: Target,
) -> PlanChange:
    """Make ``scheduler`` run ``plan``: remove stale jobs, add new ones, reschedule changed ones.

    Jobs whose schedule is unchanged are left alone, keeping their next run time.
    """
    removed = sorted(set(current) - set(plan))
    for key in removed:
        with contextlib.suppress(JobLookupError):
            scheduler.remove_job(key)
    added: list[str] = []
    rescheduled: list[str] = []
    for key, spec in plan.items():
        old = current.get(key)
        if old is not None and old == spec:
            continue
        func, args = target(spec)
        scheduler.add_job(
            func,
            trigger=spec.trigger(),
            args=args,
            id=spec.id,
            name=spec.id,
            replace_existing=True,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=max(1, int(spec.misfire_grace_time)),
            next_run_time=spec.first_run,
        )
        (added if old is None else rescheduled).append(key)
    return PlanChange(added=sorted(added), removed=removed, rescheduled=sorted(rescheduled))
