"""Retention: raw probes past the retention age become one ``probe_daily`` row per portal and day.

Only whole UTC days strictly before the day of ``older_than`` are rolled up, so a day is never
split between raw rows and its aggregate, and ``repo.uptime_by_portal`` reads each day from exactly
one of the two. Work goes one (day, group of portals) at a time, each in its own short transaction
that writes the aggregates AND deletes the raw rows they came from: a run stopped half-way leaves
nothing counted twice, and re-running only picks up what is still raw.

Latency percentiles use linear interpolation between closest ranks (numpy's default, PostgreSQL's
``percentile_cont``, the weekly report's ``percentile``), computed in Python so that SQLite and
PostgreSQL give the same numbers. They cover successful probes only, as in the weekly report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from monitor.formats import percentile
from monitor.probes.result import NOT_COUNTED_ERRORS
from monitor.store.models import ProbeDaily, ProbeRun, Transition

PORTALS_PER_BATCH = 100  # ~29,000 raw rows per transaction at one probe every 5 minutes


@dataclass
class RetentionReport:
    """What one ``rollup_and_prune`` run did."""

    cutoff: dt.datetime  # raw probes before this UTC midnight were rolled up and deleted
    days: int = 0  # (portal, day) aggregates written
    merged: int = 0  # of which merged into an existing aggregate (late rows, e.g. a flushed buffer)
    deleted: int = 0  # raw probe rows deleted
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    portals: set[int] = field(default_factory=set)

    def describe(self) -> str:
        """One line for the CLI and the logs."""
        if not self.deleted:
            return f"nothing to roll up: no raw probes before {self.cutoff:%Y-%m-%d %H:%M} UTC"
        return (
            f"rolled up {self.deleted:,} raw probes before {self.cutoff:%Y-%m-%d %H:%M} UTC into "
            f"{self.days:,} daily rows ({len(self.portals)} portals, {self.first_day} to "
            f"{self.last_day}; {self.merged} merged into existing rows)"
        )


def cutoff_for(older_than: dt.datetime) -> dt.datetime:
    """The UTC midnight that starts the day of ``older_than``: everything before it is rolled up."""
    day = older_than.astimezone(dt.UTC).date()
    return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)


def rollup_and_prune(
    session: Session, older_than: dt.datetime, *, portals_per_batch: int = PORTALS_PER_BATCH
) -> RetentionReport:
    """Roll raw probes of whole UTC days before ``older_than``'s day up, then delete them.

    Commits after each batch: pass a plain session (``factory()``), not one inside
    ``transaction()``. Idempotent: a second run finds no raw rows left to roll up.
    """
    report = RetentionReport(cutoff=cutoff_for(older_than))
    after: dt.datetime | None = None
    while (day := _next_day(session, report.cutoff, after)) is not None:
        start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
        end = start + dt.timedelta(days=1)
        portal_ids = session.scalars(
            select(ProbeRun.portal_id)
            .where(ProbeRun.started_at >= start, ProbeRun.started_at < end)
            .distinct()
        ).all()
        portal_ids = sorted(portal_ids)
        for offset in range(0, len(portal_ids), portals_per_batch):
            _roll_up(session, day, portal_ids[offset : offset + portals_per_batch], report)
            session.commit()
        report.first_day = report.first_day or day
        report.last_day = day
        after = end
    return report


def _next_day(session: Session, cutoff: dt.datetime, after: dt.datetime | None) -> dt.date | None:
    """The UTC day of the oldest raw probe before ``cutoff`` (and at or after ``after``)."""
    query = select(func.min(ProbeRun.started_at)).where(ProbeRun.started_at < cutoff)
    if after is not None:
        query = query.where(ProbeRun.started_at >= after)
    oldest = session.scalar(query)
    return None if oldest is None else oldest.astimezone(dt.UTC).date()


@dataclass
class _Day:
    probes: int = 0
    up: int = 0
    counted: int = 0
    latencies: list[float] = field(default_factory=list)


def _roll_up(
    session: Session, day: dt.date, portal_ids: list[int], report: RetentionReport
) -> None:
    start = dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
    end = start + dt.timedelta(days=1)
    in_batch = (
        ProbeRun.portal_id.in_(portal_ids),
        ProbeRun.started_at >= start,
        ProbeRun.started_at < end,
    )
    days: dict[int, _Day] = {}
    rows = session.execute(
        select(ProbeRun.portal_id, ProbeRun.up, ProbeRun.error, ProbeRun.response_time_seconds)
        .where(*in_batch)
        .execution_options(yield_per=10_000)
    )
    for portal_id, up, error, latency in rows:
        entry = days.setdefault(portal_id, _Day())
        entry.probes += 1
        if error in NOT_COUNTED_ERRORS:
            continue
        entry.counted += 1
        if up:
            entry.up += 1
            if latency is not None:
                entry.latencies.append(latency)
    incidents = _incidents(session, portal_ids, start, end)
    existing = {
        row.portal_id: row
        for row in session.scalars(
            select(ProbeDaily).where(ProbeDaily.day == day, ProbeDaily.portal_id.in_(portal_ids))
        )
    }
    for portal_id, entry in days.items():
        entry.latencies.sort()
        fresh = ProbeDaily(
            portal_id=portal_id,
            day=day,
            probes=entry.probes,
            up_probes=entry.up,
            counted_probes=entry.counted,
            latency_p50_seconds=percentile(entry.latencies, 0.50),
            latency_p95_seconds=percentile(entry.latencies, 0.95),
            latency_max_seconds=entry.latencies[-1] if entry.latencies else None,
            incidents=incidents.get(portal_id, 0),
        )
        old = existing.get(portal_id)
        if old is None:
            session.add(fresh)
        else:
            _merge(old, fresh)
            report.merged += 1
        report.days += 1
        report.portals.add(portal_id)
    result = session.execute(delete(ProbeRun).where(*in_batch))
    report.deleted += int(getattr(result, "rowcount", 0) or 0)


def _incidents(
    session: Session, portal_ids: Iterable[int], start: dt.datetime, end: dt.datetime
) -> dict[int, int]:
    """Down transitions of each portal (not of its sections) that started in ``[start, end)``.

    Transitions are kept for ever, so this is recounted, never added up, on a merge.
    """
    rows = session.execute(
        select(Transition.portal_id, func.count())
        .where(
            Transition.portal_id.in_(list(portal_ids)),
            Transition.section_id.is_(None),
            Transition.to_status == "down",
            Transition.at >= start,
            Transition.at < end,
        )
        .group_by(Transition.portal_id)
    ).all()
    return {portal_id: int(count) for portal_id, count in rows}


def _merge(old: ProbeDaily, new: ProbeDaily) -> None:
    """Add late raw rows to an existing aggregate.

    Counts add up exactly; the percentiles of the union are unknowable once raw rows are gone,
    so they become the mean of both weighted by up probes (exact when either side is empty).
    """
    for name in ("latency_p50_seconds", "latency_p95_seconds"):
        mine, theirs = getattr(old, name), getattr(new, name)
        if mine is None or theirs is None:
            setattr(old, name, theirs if mine is None else mine)
        else:
            total = old.up_probes + new.up_probes
            setattr(old, name, (mine * old.up_probes + theirs * new.up_probes) / total)
    if new.latency_max_seconds is not None:
        old.latency_max_seconds = max(old.latency_max_seconds or 0.0, new.latency_max_seconds)
    old.probes += new.probes
    old.up_probes += new.up_probes
    old.counted_probes += new.counted_probes
    old.incidents = new.incidents
