from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from monitor.cli import commands, prune  # noqa: F401 - registers the commands
from monitor.cli.app import app
from monitor.config import PortalConfig
from monitor.store import repo
from monitor.store.db import open_database, transaction
from monitor.store.models import ProbeDaily, ProbeRun, Transition, utcnow
from monitor.store.retention import cutoff_for, rollup_and_prune

# Midnight, so that the uptime windows below cover whole UTC days (see the last test).
NOW = dt.datetime(2026, 11, 20, 0, 0, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


@pytest.fixture
def factory(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine, factory = open_database(db_url)
    yield factory
    engine.dispose()


def add_portals(factory: sessionmaker[Session], *slugs: str) -> dict[str, int]:
    configs = [
        PortalConfig(slug=s, name=f"Municipalidad {s}", url=f"https://{s}.gt/") for s in slugs
    ]
    with transaction(factory) as session:
        return repo.sync_portals(session, configs)


def probe_row(portal_id: int, at: dt.datetime, up: bool, **extra: Any) -> dict[str, Any]:
    row = {"portal_id": portal_id, "started_at": at, "up": up, "redirects": 0, "truncated": False}
    row.update(error=None if up else "connect", response_time_seconds=0.3 if up else None)
    return {**row, **extra}


def seed_history(factory: sessionmaker[Session], ids: dict[str, int], days: int) -> None:
    """Hourly probes for ``days`` days up to NOW, with outages, offline spells and flips."""
    rows = []
    flips = []
    for slug, portal_id in ids.items():
        skew = len(slug)
        for hour in range(days * 24):
            at = NOW - days * DAY + dt.timedelta(hours=hour, minutes=skew)
            if (hour + skew) % 13 == 0:
                rows.append(probe_row(portal_id, at, False, error="monitor_offline"))
            elif (hour * 7 + skew) % 11 < 2:
                rows.append(probe_row(portal_id, at, False))
            else:
                latency = 0.05 + ((hour * 31 + skew) % 97) / 100
                rows.append(probe_row(portal_id, at, True, response_time_seconds=latency))
            if hour % 50 == skew:
                flips.append({"portal_id": portal_id, "to_status": "down", "at": at})
                flips.append({"portal_id": portal_id, "to_status": "up", "at": at + DAY / 24})
    with transaction(factory) as session:
        session.execute(insert(ProbeRun), rows)
        session.execute(insert(Transition), flips)


def daily_rows(session: Session) -> list[tuple[Any, ...]]:
    rows = session.execute(select(ProbeDaily).order_by(ProbeDaily.portal_id, ProbeDaily.day))
    return [
        (d.portal_id, d.day, d.probes, d.up_probes, d.counted_probes, d.latency_p50_seconds,
         d.latency_p95_seconds, d.latency_max_seconds, d.incidents)
        for (d,) in rows
    ]  # fmt: skip


def raw_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ProbeRun)) or 0)


def test_uptime_over_30_and_180_days_is_the_same_before_and_after_retention(
    factory: sessionmaker[Session],
) -> None:
    ids = add_portals(factory, "mixco", "villanueva", "coban")
    seed_history(factory, ids, days=200)
    windows = {"30d": 30 * DAY, "180d": 180 * DAY, "all": 400 * DAY}
    with factory() as session:
        before = {
            name: repo.uptime_by_portal(session, NOW - span, NOW) for name, span in windows.items()
        }
        raw_before = raw_count(session)
    with factory() as session:
        report = rollup_and_prune(session, NOW - 90 * DAY)
    with factory() as session:
        after = {
            name: repo.uptime_by_portal(session, NOW - span, NOW) for name, span in windows.items()
        }
        oldest_raw = session.scalar(select(func.min(ProbeRun.started_at)))
        remaining = raw_count(session)
    assert after == before
    assert 0.5 < min(v for values in before.values() for v in values.values() if v) < 1.0
    assert report.days == 3 * 110
    assert report.deleted == raw_before - remaining == 3 * 110 * 24
    assert oldest_raw is not None and oldest_raw >= NOW - 90 * DAY


def test_a_day_rolls_up_to_counts_percentiles_and_incidents(factory: sessionmaker[Session]) -> None:
    portal_id = add_portals(factory, "mixco")["mixco"]
    day = dt.datetime(2026, 8, 1, tzinfo=dt.UTC)
    latencies = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    rows = [probe_row(portal_id, day + dt.timedelta(minutes=5 * i), True, response_time_seconds=v)
            for i, v in enumerate(reversed(latencies))]  # fmt: skip
    rows.append(probe_row(portal_id, day + dt.timedelta(hours=2), False, response_time_seconds=9.0))
    rows.append(probe_row(portal_id, day + dt.timedelta(hours=3), False, error="monitor_offline"))
    # A probe on the cutoff day itself: before older_than, but its day is not over yet.
    rows.append(probe_row(portal_id, day + DAY + dt.timedelta(hours=1), True))
    with transaction(factory) as session:
        session.execute(insert(ProbeRun), rows)
        session.add(
            Transition(portal_id=portal_id, to_status="down", at=day + dt.timedelta(hours=2))
        )
        session.add(Transition(portal_id=portal_id, section_id="art10-1", to_status="down", at=day))
    with factory() as session:
        report = rollup_and_prune(session, day + DAY + dt.timedelta(hours=6))
    with factory() as session:
        rolled = daily_rows(session)
        left = session.scalars(select(ProbeRun.started_at)).all()
    # p50 = (0.5 + 0.6) / 2; p95 = 0.9 + 0.55 * (1.0 - 0.9): linear interpolation.
    assert rolled == [(portal_id, day.date(), 12, 10, 11, pytest.approx(0.55),
                       pytest.approx(0.955), 1.0, 1)]  # fmt: skip
    assert left == [day + DAY + dt.timedelta(hours=1)]  # the cutoff day itself stays raw
    assert (report.deleted, report.first_day, report.last_day) == (12, day.date(), day.date())
    assert report.cutoff == cutoff_for(day + DAY + dt.timedelta(hours=6)) == day + DAY


def test_running_retention_twice_counts_nothing_twice(factory: sessionmaker[Session]) -> None:
    ids = add_portals(factory, "mixco", "coban")
    seed_history(factory, ids, days=10)
    with factory() as session:
        first = rollup_and_prune(session, NOW - 3 * DAY)
        rolled = daily_rows(session)
    with factory() as session:
        second = rollup_and_prune(session, NOW - 3 * DAY)
        assert daily_rows(session) == rolled
    assert (first.days, second.days, second.deleted) == (14, 0, 0)
    assert "nothing to roll up" in second.describe()


def test_late_probes_of_a_rolled_up_day_are_merged_into_its_row(
    factory: sessionmaker[Session],
) -> None:
    portal_id = add_portals(factory, "mixco")["mixco"]
    day = NOW - 10 * DAY
    with transaction(factory) as session:
        first = probe_row(portal_id, day, True, response_time_seconds=0.2)
        session.execute(insert(ProbeRun), [first, probe_row(portal_id, day + DAY / 2, False)])
        session.add(Transition(portal_id=portal_id, to_status="down", at=day + DAY / 2))
    with factory() as session:
        rollup_and_prune(session, NOW)
    with transaction(factory) as session:  # e.g. written by a write buffer flushed late
        session.execute(insert(ProbeRun), [probe_row(portal_id, day + DAY / 4, True,
                                                     response_time_seconds=0.6)])  # fmt: skip
    with factory() as session:
        report = rollup_and_prune(session, NOW)
        assert daily_rows(session) == [(portal_id, day.date(), 3, 2, 3, pytest.approx(0.4),
                                        pytest.approx(0.4), 0.6, 1)]  # fmt: skip
    assert (report.merged, report.deleted) == (1, 1)


def test_small_batches_give_the_same_rollup_as_one_big_batch(db_url: str) -> None:
    results = []
    for batch in (1, 100):
        engine, factory = open_database(db_url)
        with transaction(factory) as session:
            session.execute(ProbeDaily.__table__.delete())
            session.execute(ProbeRun.__table__.delete())
            session.execute(Transition.__table__.delete())
        ids = add_portals(factory, "mixco", "villanueva", "coban")
        seed_history(factory, ids, days=5)
        with factory() as session:
            rollup_and_prune(session, NOW, portals_per_batch=batch)
            results.append(daily_rows(session))
        engine.dispose()
    assert results[0] == results[1]
    assert len(results[0]) == 15


def test_db_prune_command_rolls_up_what_is_older_than_the_given_age(
    db_url: str, tmp_path: Path
) -> None:
    config = tmp_path / "portals.toml"
    config.write_text('[[portals]]\nslug = "mixco"\nname = "Mixco"\nurl = "https://mixco.gt/"\n')
    engine, factory = open_database(db_url)
    portal_id = add_portals(factory, "mixco")["mixco"]
    now = utcnow()
    with transaction(factory) as session:
        session.execute(insert(ProbeRun), [probe_row(portal_id, now - 40 * DAY, True),
                                           probe_row(portal_id, now - 5 * DAY, True)])  # fmt: skip
    runner = CliRunner()
    args = ["db", "prune", "--config", str(config), "--db", db_url]
    result = runner.invoke(app, [*args, "--older-than", "30d"])
    assert result.exit_code == 0, result.output
    assert "rolled up 1 raw probes" in result.stdout
    with factory() as session:
        assert raw_count(session) == 1
        assert len(daily_rows(session)) == 1
    result = runner.invoke(app, args)  # default: [monitor] retention, 90 days
    assert result.exit_code == 0, result.output
    assert "nothing to roll up" in result.stdout
    assert runner.invoke(app, [*args, "--older-than", "soon"]).exit_code == 2
    engine.dispose()
